#include "DnsName.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace {
// A context lupdate can see from the free functions below (same context as tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DnsName)
};

QString tr(const char* text) {
    return QCoreApplication::translate("DnsName", text);
}

std::expected<void, QString> checkLengths(const QString& ace) {
    if (ace.isEmpty())
        return std::unexpected(Tr::tr("the name is empty"));
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty())
            return std::unexpected(
                Tr::tr("the name has an empty label (two dots in a row, or a leading dot)"));
        const qsizetype bytes = label.toUtf8().size();
        if (bytes > 63)
            return std::unexpected(
                Tr::tr(
                    "the label \"%1…\" is %2 bytes long; a DNS label is at most 63 bytes (RFC 1035 §2.3.4)")
                    .arg(label.left(20))
                    .arg(bytes));
    }
    const qsizetype total = ace.toUtf8().size();
    if (total > 253)
        return std::unexpected(
            Tr::tr("the name is %1 bytes long; a domain name is at most 253 bytes (RFC 1035 §2.3.4)")
                .arg(total));
    return {};
}

// The reverse-lookup name of an address (RFC 1035 §3.5, RFC 3596 §2.5), for the error message.
QString reverseName(const QHostAddress& address) {
    QStringList labels;
    if (address.protocol() == QHostAddress::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        for (int shift = 0; shift < 32; shift += 8)
            labels << QString::number((v4 >> shift) & 0xff);
        return labels.join(QLatin1Char('.')) + QStringLiteral(".in-addr.arpa");
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    for (int i = 15; i >= 0; --i)
        labels << QString::number(v6[i] & 0x0f, 16) << QString::number(v6[i] >> 4, 16);
    return labels.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}
} // namespace

std::optional<QString> DnsName::ipLiteralError(const QString& input) {
    QString text = input.trimmed();
    if (text.endsWith(QLatin1Char('.')) && text.size() > 1)
        text.chop(1);
    // An SMTP address literal (RFC 5321 §4.1.3): "[192.0.2.1]", "[IPv6:2001:db8::1]"; or bare.
    QString inner = text;
    const bool bracketed = inner.startsWith(QLatin1Char('[')) && inner.endsWith(QLatin1Char(']'));
    if (bracketed)
        inner = inner.mid(1, inner.size() - 2).trimmed();
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        inner = inner.mid(5);
    QHostAddress address;
    if (!inner.isEmpty() && address.setAddress(inner) &&
        (address.protocol() == QHostAddress::IPv4Protocol ||
         address.protocol() == QHostAddress::IPv6Protocol))
        return Tr::tr("\"%1\" is an IP address, not a domain name: give the domain instead (the address's "
                      "own name is found by a PTR query for %2)")
            .arg(input.trimmed(), reverseName(address));
    if (bracketed)
        return Tr::tr("\"%1\" is an address literal, not a domain name: give the domain instead")
            .arg(input.trimmed());
    // "192.0.2", "10.1": no top-level domain is all digits (RFC 3696 §2; RFC 1123 §2.1 keeps host
    // names from looking like dotted-decimal addresses). Such input is an address, not a name.
    const QString last = text.section(QLatin1Char('.'), -1);
    bool digits = !last.isEmpty();
    for (const QChar c : last)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (digits)
        return Tr::tr("\"%1\" is not a domain name: its last label \"%2\" is all digits, which no "
                      "top-level domain is (RFC 3696 §2); an IP address is not accepted where a domain is")
            .arg(input.trimmed(), last);
    return std::nullopt;
}

std::expected<DnsName, QString> DnsName::fromUserInput(const QString& input) {
    QString name = input.trimmed();
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    if (name.isEmpty())
        return std::unexpected(tr("the name is empty"));
    // An IP address (or an SMTP address literal) given where a domain is expected is refused before
    // anything is asked: walking "192.0.2.1" as labels would query _dmarc.0.2.1 and the like.
    if (const auto literal = ipLiteralError(name))
        return std::unexpected(*literal);
    for (const QChar c : name) {
        if (c.isSpace())
            return std::unexpected(tr("the name contains white space"));
        if (c.unicode() < 0x80 && !(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                                    c == QLatin1Char('_')))
            return std::unexpected(tr("the character '%1' is not allowed in a domain name (letters, digits, "
                                      "'-', '_' and '.' only)")
                                       .arg(c));
    }
    // Check raw label lengths before IDNA, which refuses over-long labels without saying why.
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    QString ace;
    if (ascii) {
        ace = name.toLower();
    } else {
        ace = QString::fromLatin1(QUrl::toAce(name, QUrl::AceTransitionalProcessing));
        if (ace.isEmpty())
            return std::unexpected(
                tr("\"%1\" cannot be converted to an internationalised domain name (IDNA)").arg(name));
    }
    if (auto ok = checkLengths(ace); !ok)
        return std::unexpected(ok.error());
    for (const QString& label : ace.split(QLatin1Char('.'))) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return std::unexpected(tr("the label \"%1\" starts or ends with a hyphen").arg(label));
    }
    DnsName out;
    out.m_ace = ace;
    out.m_unicode = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (out.m_unicode.isEmpty())
        out.m_unicode = ace;
    return out;
}

std::expected<DnsName, QString> DnsName::fromWire(const QString& input) {
    if (input == QLatin1String("."))
        return DnsName(); // the root (DNSSEC validation asks it for its DNSKEY): ace ""
    QString name = input;
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1)
        name.chop(1);
    const QString lower = name.toLower();
    if (auto ok = checkLengths(lower); !ok)
        return std::unexpected(ok.error());
    DnsName out;
    out.m_ace = lower;
    out.m_unicode = lower;
    return out;
}

QStringList DnsName::labels() const {
    return m_ace.split(QLatin1Char('.'));
}
