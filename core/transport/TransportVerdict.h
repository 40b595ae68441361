#pragma once
// The one-line verdict on how mail reaches a domain, read from TransportResult::toJson() (so the
// Transport tab and the audit document say the same): a level, a word and a sentence such as
// "Mail reaches example.com over 2 MX hosts; MTA-STS enforce covers both."

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

struct TransportVerdict {
    Q_DECLARE_TR_FUNCTIONS(TransportVerdict)

public:
    enum class Level {
        Protected, // mail arrives, MTA-STS enforce covers every MX host, nothing worse than info
        Partial,   // mail arrives, with warnings (no MTA-STS, testing mode, ...)
        AtRisk,    // an error finding: mail may not arrive, or not over authenticated TLS
        NoMail,    // a null MX: the domain says it receives no mail
        Unknown,   // the MX query failed: nothing is known
    };
    Level level = Level::Unknown;
    QString word;     // "Protected", "Partly protected", "At risk", "No mail", "Unknown" (translated)
    QString sentence; // the headline after the word

    static TransportVerdict fromJson(const QJsonObject& transport);
    static QString levelKey(Level level); // "protected", "partial", "at-risk", "no-mail", "unknown"
};
