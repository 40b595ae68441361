#pragma once
// check_host() exactly as RFC 7208 §4-§6 define it: record selection, the 10 DNS-querying-term
// limit, the 2 void-lookup limit, the 10-name limits of mx and ptr, include and redirect result
// mapping, exp, temperror versus permerror. Blocking: run it on DnsSession::checkPool() or in the
// CLI main thread. Lookups go through the session, so they are cached and logged.

#include "SpfEvaluation.h"
#include "SpfMacroContext.h"
#include "SpfRecord.h"

#include <QHostAddress>
#include <optional>

class DnsSession;

class SpfEvaluator {
public:
    struct Input {
        QHostAddress ip;
        QString sender; // "user@example.com"; empty: postmaster@helo
        QString helo;
        QString domain;                // empty: the sender's domain (or HELO when there is no sender)
        std::optional<QString> record; // evaluate this text for the first domain instead of DNS (what-if)
        QString receiver = QStringLiteral("unknown");
        qint64 timestamp = 0; // 0: now
    };

    explicit SpfEvaluator(DnsSession* session);
    void setDefaultExplanation(const QString& text) { m_defaultExplanation = text; }
    SpfEvaluation evaluate(const Input& input);

    // RFC 7208 §4.3: a multi-label name, labels 1..63, at most 253, not a domain literal.
    static bool isValidDomain(const QString& domain);
    static QString reverseName(const QHostAddress& ip);            // 4.3.2.1.in-addr.arpa / nibbles.ip6.arpa
    static QHostAddress normalizedAddress(const QHostAddress& ip); // IPv4-mapped -> IPv4

    static constexpr int LookupLimit = 10;
    static constexpr int VoidLimit = 2;
    static constexpr int NameLimit = 10;

private:
    struct Outcome {
        SpfResult result = SpfResult::Neutral;
        QString explanation;
        QString reason;
        QStringList path;
        QString matchedTerm;
        QString matchedDomain;
    };
    enum class Match { Yes, No, TempError, PermError };
    struct MatchResult {
        Match match = Match::No;
        QString reason;
        Outcome inner; // include: the inner evaluation
    };

    Outcome checkHost(const QString& domain, int depth, const std::optional<QString>& recordText);
    MatchResult matchMechanism(const SpfTerm& term, const QString& domain, int depth);
    QString explain(const SpfRecord& record, const QString& domain);
    QString validatedName(const QString& domain);
    bool countVoid(bool isVoid, QString* reason);
    SpfMacroContext contextFor(const QString& domain);

    DnsSession* m_session;
    QString m_defaultExplanation;
    QHostAddress m_ip;
    QString m_localPart;
    QString m_senderDomain;
    QString m_helo;
    QString m_receiver;
    qint64 m_timestamp = 0;
    int m_lookups = 0;
    int m_voidLookups = 0;
};
