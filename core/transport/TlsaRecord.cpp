#include "TlsaRecord.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {
std::expected<quint8, QString> field(QStringView token, const char* what) {
    bool ok = false;
    const uint value = token.toUInt(&ok, 10);
    if (!ok || token.startsWith(u'+'))
        return std::unexpected(u"the %1 '%2' is not a number"_s.arg(QLatin1StringView(what), token));
    if (value > 255)
        return std::unexpected(
            u"the %1 %2 does not fit in one octet (0–255)"_s.arg(QLatin1StringView(what)).arg(value));
    return static_cast<quint8>(value);
}
} // namespace

std::expected<TlsaRecord, QString> TlsaRecord::parse(QStringView rdata) {
    const QList<QStringView> tokens = rdata.trimmed().split(u' ', Qt::SkipEmptyParts);
    // Tabs and line breaks count as spaces too (zone files, copied records).
    QList<QStringView> parts;
    for (QStringView t : tokens)
        for (QStringView p : t.split(u'\t', Qt::SkipEmptyParts))
            for (QStringView q : p.split(u'\n', Qt::SkipEmptyParts))
                if (!q.trimmed().isEmpty())
                    parts << q.trimmed();
    if (parts.size() < 4)
        return std::unexpected(
            u"a TLSA record has four fields (usage selector matching-type data); this one has %1"_s.arg(
                parts.size()));
    TlsaRecord r;
    auto usage = field(parts[0], "certificate usage");
    if (!usage)
        return std::unexpected(usage.error());
    auto selector = field(parts[1], "selector");
    if (!selector)
        return std::unexpected(selector.error());
    auto matching = field(parts[2], "matching type");
    if (!matching)
        return std::unexpected(matching.error());
    if (*usage > DaneEe)
        return std::unexpected(
            u"certificate usage %1 is not defined (RFC 6698 §2.1.1 and RFC 7218: 0 PKIX-TA, 1 PKIX-EE, "
            "2 DANE-TA, 3 DANE-EE); senders ignore the record"_s.arg(*usage));
    if (*selector > SubjectPublicKeyInfo)
        return std::unexpected(u"selector %1 is not defined (RFC 6698 §2.1.2: 0 full certificate, 1 "
                               "SubjectPublicKeyInfo); senders ignore the record"_s.arg(*selector));
    if (*matching > Sha512)
        return std::unexpected(u"matching type %1 is not defined (RFC 6698 §2.1.3: 0 exact, 1 SHA-256, 2 "
                               "SHA-512); senders ignore the record"_s.arg(*matching));
    r.usage = *usage;
    r.selector = *selector;
    r.matchingType = *matching;
    QByteArray hex;
    for (qsizetype i = 3; i < parts.size(); ++i)
        hex += parts[i].toLatin1();
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const char c = hex.at(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return std::unexpected(
                u"the certificate association data is not hexadecimal (character %1 is '%2')"_s.arg(i + 1)
                    .arg(QString(QChar::fromLatin1(c))));
    }
    if (hex.size() % 2 != 0)
        return std::unexpected(
            u"the certificate association data has an odd number of hex digits (%1)"_s.arg(hex.size()));
    r.data = QByteArray::fromHex(hex);
    if (r.data.isEmpty())
        return std::unexpected(u"the certificate association data is empty"_s);
    const qsizetype expected = r.matchingType == Sha256 ? 32 : r.matchingType == Sha512 ? 64 : 0;
    if (expected && r.data.size() != expected)
        return std::unexpected(
            u"matching type %1 needs a %2-byte digest; the data has %3 bytes"_s.arg(r.matchingTypeName())
                .arg(expected)
                .arg(r.data.size()));
    return r;
}

QString TlsaRecord::usageName() const {
    switch (usage) {
    case PkixTa:
        return u"PKIX-TA(0)"_s;
    case PkixEe:
        return u"PKIX-EE(1)"_s;
    case DaneTa:
        return u"DANE-TA(2)"_s;
    case DaneEe:
        return u"DANE-EE(3)"_s;
    }
    return u"unknown(%1)"_s.arg(usage);
}

QString TlsaRecord::selectorName() const {
    switch (selector) {
    case FullCertificate:
        return u"Cert(0)"_s;
    case SubjectPublicKeyInfo:
        return u"SPKI(1)"_s;
    }
    return u"unknown(%1)"_s.arg(selector);
}

QString TlsaRecord::matchingTypeName() const {
    switch (matchingType) {
    case Exact:
        return u"Full(0)"_s;
    case Sha256:
        return u"SHA2-256(1)"_s;
    case Sha512:
        return u"SHA2-512(2)"_s;
    }
    return u"unknown(%1)"_s.arg(matchingType);
}

QString TlsaRecord::meaning() const {
    const QString how = matchingType == Exact    ? u"given in full"_s
                        : matchingType == Sha256 ? u"by its SHA-256 digest"_s
                                                 : u"by its SHA-512 digest"_s;
    const QString what = selector == FullCertificate ? u"certificate"_s : u"key (its SubjectPublicKeyInfo)"_s;
    switch (usage) {
    case PkixTa:
        return u"PKIX-TA(0): a public CA that must also be trusted by the sender; ignored for SMTP by RFC "
               u"7672 "
               "§3.1.3 (senders have no common CA list), so this record protects nothing"_s;
    case PkixEe:
        return u"PKIX-EE(1): this certificate, which must also chain to a public CA; ignored for SMTP by RFC "
               "7672 §3.1.3, so this record protects nothing"_s;
    case DaneTa:
        return u"DANE-TA(2): a CA of our own in the chain: the server must send this CA %1 above its own "
               "certificate (matched %2), and its certificate must be issued under it and name the MX host"_s
                   .arg(what, how);
    case DaneEe:
        return u"DANE-EE(3): this exact server %1, matched %2; names and dates in the certificate are not "
               "checked"_s.arg(what, how);
    }
    return u"unknown certificate usage %1"_s.arg(usage);
}

QString TlsaRecord::toString() const {
    return u"%1 %2 %3 %4"_s.arg(usage).arg(selector).arg(matchingType).arg(QString::fromLatin1(data.toHex()));
}
