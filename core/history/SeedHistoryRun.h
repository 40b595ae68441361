#pragma once
// One seed-mailbox run as the history keeps it (issue #18): when, for which domain, and where the
// test message landed at each seed. Never a password, a user name or a message body.

#include "seed/SeedPlacement.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct SeedHistoryEntry {
    QString seed; // the seed's name in the configuration
    SeedPlacement placement = SeedPlacement::Missing;
    double seconds = -1; // until it was found; -1 when it was not
    QString folder;      // the server's folder name, "" when not found
    QString error;       // seedErrorName() when the seed could not be looked into, else ""

    bool failed() const { return !error.isEmpty(); }
};

struct SeedHistoryRun {
    qint64 id = 0; // assigned by SeedHistory::record
    QString domain;
    QString token;
    QDateTime startedAt;
    bool sent = false; // Mailsight sent the message (else the seeds only watched)
    QList<SeedHistoryEntry> seeds;
};
