#include "DnsRecordType.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<DnsRecordType, const char*>, 18> kNames{{
    {DnsRecordType::A, "A"},
    {DnsRecordType::NS, "NS"},
    {DnsRecordType::CNAME, "CNAME"},
    {DnsRecordType::SOA, "SOA"},
    {DnsRecordType::PTR, "PTR"},
    {DnsRecordType::MX, "MX"},
    {DnsRecordType::TXT, "TXT"},
    {DnsRecordType::AAAA, "AAAA"},
    {DnsRecordType::DNAME, "DNAME"},
    {DnsRecordType::DS, "DS"},
    {DnsRecordType::RRSIG, "RRSIG"},
    {DnsRecordType::NSEC, "NSEC"},
    {DnsRecordType::DNSKEY, "DNSKEY"},
    {DnsRecordType::NSEC3, "NSEC3"},
    {DnsRecordType::NSEC3PARAM, "NSEC3PARAM"},
    {DnsRecordType::TLSA, "TLSA"},
    {DnsRecordType::SPF, "SPF"},
    {DnsRecordType::CAA, "CAA"},
}};
} // namespace

QString dnsRecordTypeName(DnsRecordType type) {
    for (const auto& [t, name] : kNames)
        if (t == type)
            return QString::fromLatin1(name);
    return QStringLiteral("TYPE%1").arg(static_cast<quint16>(type));
}

std::optional<DnsRecordType> dnsRecordTypeFromName(QStringView name) {
    for (const auto& [t, n] : kNames)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return t;
    if (name.startsWith(QLatin1String("TYPE"), Qt::CaseInsensitive)) {
        bool ok = false;
        const uint value = name.mid(4).toUInt(&ok);
        if (ok && value > 0 && value < 65536)
            return static_cast<DnsRecordType>(value);
    }
    return std::nullopt;
}
