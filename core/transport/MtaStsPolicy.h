#pragma once
// An MTA-STS policy file (RFC 8461 §3.2) as fetched from
// https://mta-sts.<domain>/.well-known/mta-sts.txt, and the MX pattern match of §4.1.

#include <QString>
#include <QStringList>
#include <optional>

struct MtaStsPolicy {
    enum class Mode { Enforce, Testing, None };
    QString version;
    std::optional<Mode> mode;
    std::optional<qint64> maxAge; // seconds, at most 31557600
    QStringList mx;               // patterns: "mx1.example.com", "*.example.com"
    QStringList errors;           // empty when a sending MTA would use the policy
    bool isValid() const { return errors.isEmpty(); }

    static QString modeName(Mode mode); // "enforce", "testing", "none"
    // Parses the body; lines end in CRLF or LF.
    static MtaStsPolicy parse(const QByteArray& body);
    // RFC 8461 §4.1: a pattern "*.example.com" matches exactly one label in place of the "*";
    // otherwise the names must be equal (case-insensitive, trailing dots ignored).
    static bool patternMatches(const QString& pattern, const QString& host);
    // The first pattern that covers host, or an empty string.
    QString coveringPattern(const QString& host) const;
};
