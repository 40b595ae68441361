#pragma once
// The _mta-sts TXT record (RFC 8461 §3.1): "v=STSv1; id=20260101T000000;" and extensions.
// Parsed as a sending MTA reads it: only the version and id matter, anything else must be
// well-formed but is ignored.

#include <QString>
#include <QStringList>

struct MtaStsRecord {
    QString text;       // the record as published
    QString id;         // 1-32 letters and digits: a policy change is announced by a new id
    QStringList errors; // empty when the record is valid
    bool isValid() const { return errors.isEmpty(); }

    static MtaStsRecord parse(const QString& text);
    // RFC 8461 §3.1: of the TXT records at _mta-sts, those not starting with "v=STSv1" are
    // discarded; exactly one must remain.
    static QStringList candidates(const QStringList& txtRecords);
};
