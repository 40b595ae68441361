#pragma once
// What a fetched MTA-STS policy means to a sending MTA, in plain words: the mode, how long senders
// keep it (max_age), which MX hosts the patterns cover, and the record id's role in caching.
// Read from the "mtaSts" object of TransportResult::toJson(); the Transport tab and the audit
// document both show it.

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

class MtaStsExplanation {
    Q_DECLARE_TR_FUNCTIONS(MtaStsExplanation)

public:
    // One sentence per line: mode, max_age, mx patterns, id. Empty when there is no policy or record.
    static QStringList lines(const QJsonObject& mtaSts);
    // "86400 s (1 day)", "604800 s (7 days)", "31557600 s (1 year)"
    static QString duration(qint64 seconds);
};
