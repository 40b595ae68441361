#pragma once
// One DNS blocklist (RFC 5782): its zone, whether it lists addresses or domain names, what each
// return code means, the codes by which it refuses to answer (Spamhaus's 127.255.255.254 when
// asked through a public resolver), where a listed sender asks for removal, and its terms of use.
// Built-in lists come from BlocklistDefaults, the user's from BlocklistFileParser.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct BlocklistVerdict;

struct BlocklistDefinition {
    enum class Kind { Ip, Domain };
    // A return code or an inclusive range of them (127.0.0.4-127.0.0.7), as IPv4 numbers.
    struct Code {
        quint32 first = 0;
        quint32 last = 0;
        QString meaning;
        bool contains(quint32 address) const { return address >= first && address <= last; }
        QString text() const; // "127.0.0.2" or "127.0.0.4-127.0.0.7"
    };

    QString zone; // "zen.spamhaus.org": A-labels, lower case, no trailing dot
    QString name; // "Spamhaus ZEN"
    Kind kind = Kind::Ip;
    bool ipv6 = false;    // the list answers reversed-nibble IPv6 queries
    bool bitmask = false; // SURBL style: each code is one bit of the last octet
    QList<Code> codes;
    QList<Code> refusals; // "the list refused to answer": never a listing
    QString removal;      // removal or lookup page
    QString terms;        // terms of use in one or two sentences
    QString test;         // RFC 5782 §5 test entry ("127.0.0.2", "test"); empty: none

    static QString kindName(Kind kind); // "ip", "domain"
    // The name to ask for a subject: 192.0.2.1 -> 1.2.0.192.<zone>, 2001:db8::1 -> 32 nibbles
    // reversed, example.com -> example.com.<zone>. Empty when the subject does not fit the list
    // (an address on a domain list, IPv6 on a list without IPv6, not an address or name at all).
    QString queryName(const QString& subject) const;
    // The A records of a listing, interpreted by this list's conventions.
    BlocklistVerdict interpret(const QStringList& addresses) const;
    QJsonObject toJson() const;

    // "192.0.2.1" -> "1.2.0.192"; "2001:db8::1" -> "1.0.0.0…8.b.d.0.1.0.0.2"; empty if not an address.
    static QString reversedAddress(const QString& address);
    static std::optional<quint32> parseIpv4(const QString& text);
    static QString ipv4Text(quint32 address);
};
