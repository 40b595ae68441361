#pragma once
// The Deliverability tab's seed mailboxes and submission server as the settings keep them
// (AppSettings::seedList, JSON): names, servers, users and addresses, never a password. The
// passwords live in the desktop keyring (SeedCredentialStore) under passwordKey().

#include "seed/SeedAccount.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct SeedListEntry {
    QString name; // unique in the list: the seed's label in results and history
    QString host;
    quint16 port = 993;
    SeedTlsMode tls = SeedTlsMode::Implicit;
    QString user;
    QString address; // where the test message is sent
};

struct SeedSubmissionEntry {
    QString host;
    quint16 port = 587;
    SeedTlsMode tls = SeedTlsMode::StartTls;
    QString user;
    QString from;

    bool configured() const { return !host.isEmpty(); }
};

class SeedListSettings {
public:
    QList<SeedListEntry> seeds;
    SeedSubmissionEntry submission;
    bool watchOnly = false; // the user's own system sends; Mailsight only looks

    QByteArray toJson() const;
    // Unknown or broken JSON gives an empty list (the settings are the user's own file).
    static SeedListSettings fromJson(const QByteArray& json);

    // The keyring entry of a seed's password, and of the submission server's.
    static QString passwordKey(const QString& seedName);
    static QString submissionPasswordKey();
    // "TLS" or "STARTTLS": for tables.
    static QString tlsName(SeedTlsMode mode);
};
