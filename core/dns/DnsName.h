#pragma once
// A domain name checked before any query: Unicode input becomes A-labels (IDNA via Qt), and a
// name that DNS cannot carry is rejected with the rule it breaks.

#include <QString>
#include <expected>
#include <optional>

class DnsName {
public:
    // For names users type (a domain to audit): hostname rules, underscores allowed for
    // _dmarc/_domainkey style labels, a trailing dot accepted. An IP address ("192.0.2.1",
    // "2001:db8::1", "[192.0.2.1]", "[IPv6:2001:db8::1]") or a name whose last label is all digits
    // is refused: every place that takes a domain (CLI, domain lists, GUI fields) comes here.
    static std::expected<DnsName, QString> fromUserInput(const QString& input);
    // Why `input` is an IP address or address literal rather than a domain name; nullopt otherwise.
    static std::optional<QString> ipLiteralError(const QString& input);
    // For names built by protocols (SPF macros, DKIM selectors): only the DNS wire limits
    // (label 1..63 bytes, name at most 253), any other byte allowed. "." is the root (ace "").
    static std::expected<DnsName, QString> fromWire(const QString& input);

    QString ace() const { return m_ace; }         // A-labels, lower case, no trailing dot
    QString unicode() const { return m_unicode; } // as users read it
    bool isIdn() const { return m_ace != m_unicode; }
    QStringList labels() const;

private:
    QString m_ace;
    QString m_unicode;
};
