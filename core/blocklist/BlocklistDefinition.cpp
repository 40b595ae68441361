#include "BlocklistDefinition.h"

#include "BlocklistVerdict.h"
#include "dns/DnsName.h"

#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString BlocklistDefinition::Code::text() const {
    return first == last ? ipv4Text(first) : ipv4Text(first) + u'-' + ipv4Text(last);
}

QString BlocklistDefinition::kindName(Kind kind) {
    return kind == Kind::Ip ? u"ip"_s : u"domain"_s;
}

std::optional<quint32> BlocklistDefinition::parseIpv4(const QString& text) {
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 v = 0;
    for (const QString& p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return std::nullopt;
        for (const QChar c : p)
            if (c < u'0' || c > u'9')
                return std::nullopt;
        const uint octet = p.toUInt();
        if (octet > 255)
            return std::nullopt;
        v = (v << 8) | octet;
    }
    return v;
}

QString BlocklistDefinition::ipv4Text(quint32 a) {
    return u"%1.%2.%3.%4"_s.arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

QString BlocklistDefinition::reversedAddress(const QString& address) {
    if (const auto v4 = parseIpv4(address))
        return u"%1.%2.%3.%4"_s.arg(*v4 & 0xff).arg((*v4 >> 8) & 0xff).arg((*v4 >> 16) & 0xff).arg(*v4 >> 24);
    if (!address.contains(u':'))
        return {};
    QHostAddress a;
    if (!a.setAddress(address) || a.protocol() != QAbstractSocket::IPv6Protocol || !a.scopeId().isEmpty())
        return {};
    // RFC 5782 §2.4: every nibble of the 128-bit address, least significant first.
    const Q_IPV6ADDR v6 = a.toIPv6Address();
    QStringList nibbles;
    for (int i = 15; i >= 0; --i) {
        nibbles << QString::number(v6[i] & 0x0f, 16);
        nibbles << QString::number((v6[i] >> 4) & 0x0f, 16);
    }
    return nibbles.join(u'.');
}

QString BlocklistDefinition::queryName(const QString& subject) const {
    QString label;
    if (kind == Kind::Ip) {
        if (!ipv6 && subject.contains(u':'))
            return {};
        label = reversedAddress(subject);
    } else {
        if (!reversedAddress(subject).isEmpty())
            return {};
        const auto name = DnsName::fromUserInput(subject);
        if (!name)
            return {};
        label = name->ace();
    }
    if (label.isEmpty())
        return {};
    const auto full = DnsName::fromWire(label + u'.' + zone);
    return full ? full->ace() : QString();
}

BlocklistVerdict BlocklistDefinition::interpret(const QStringList& addresses) const {
    BlocklistVerdict v;
    v.codes = addresses;
    if (addresses.isEmpty()) {
        v.result = BlocklistVerdict::Result::Clear;
        return v;
    }
    // RFC 5782 §2.3: every answer of a list is in 127.0.0.0/8. Anything else is not the list
    // speaking: a resolver that rewrites NXDOMAIN into an advertising page, or a wildcard.
    for (const QString& a : addresses) {
        const auto code = parseIpv4(a);
        if (!code || (*code >> 24) != 127) {
            v.result = BlocklistVerdict::Result::Error;
            v.error = u"unexpected answer %1: lists answer in 127.0.0.0/8 only (a resolver that rewrites "
                      "NXDOMAIN answers?)"_s.arg(a);
            return v;
        }
    }
    for (const QString& a : addresses) {
        const quint32 code = *parseIpv4(a);
        for (const Code& r : refusals)
            if (r.contains(code)) {
                v.result = BlocklistVerdict::Result::Refused;
                v.meanings = QStringList{r.meaning};
                return v;
            }
    }
    v.result = BlocklistVerdict::Result::Listed;
    for (const QString& a : addresses) {
        const quint32 code = *parseIpv4(a);
        QStringList found;
        if (bitmask) {
            for (const Code& c : codes)
                if ((c.first >> 8) == (code >> 8) && (code & c.first & 0xff) != 0)
                    found << c.meaning;
        } else {
            for (const Code& c : codes)
                if (c.contains(code))
                    found << c.meaning;
        }
        if (found.isEmpty())
            found << u"return code %1, not documented for this list"_s.arg(a);
        for (const QString& m : std::as_const(found))
            if (!v.meanings.contains(m))
                v.meanings << m;
    }
    return v;
}

QJsonObject BlocklistDefinition::toJson() const {
    auto codesJson = [](const QList<Code>& list) {
        QJsonArray out;
        for (const Code& c : list)
            out.append(QJsonObject{{u"code"_s, c.text()}, {u"meaning"_s, c.meaning}});
        return out;
    };
    QJsonObject o{{u"zone"_s, zone},
                  {u"name"_s, name},
                  {u"kind"_s, kindName(kind)},
                  {u"ipv6"_s, ipv6},
                  {u"bitmask"_s, bitmask},
                  {u"codes"_s, codesJson(codes)},
                  {u"refusals"_s, codesJson(refusals)},
                  {u"removal"_s, removal},
                  {u"terms"_s, terms},
                  {u"test"_s, test}};
    return o;
}
