#include "ZoneDriftSource.h"

#include "audit/TerraformPlanReader.h"
#include "dns/ZoneResolver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool ZoneDriftSource::owned(const DnsRecord& record) {
    switch (record.type) {
    case DnsRecordType::SOA:
    case DnsRecordType::RRSIG:
    case DnsRecordType::NSEC:
    case DnsRecordType::NSEC3:
    case DnsRecordType::NSEC3PARAM:
    case DnsRecordType::DNSKEY:
    case DnsRecordType::DS:
        return false;
    default:
        return true;
    }
}

std::expected<ZoneDriftSource, QString>
ZoneDriftSource::fromZoneText(const QByteArray& text, const QString& origin, const QString& label) {
    auto zone = ZoneResolver::parseZone(text, origin, label);
    if (!zone)
        return std::unexpected(zone.error());
    ZoneDriftSource source;
    source.label = label;
    for (const auto& records : std::as_const(zone->records))
        for (const DnsRecord& r : records)
            if (owned(r))
                source.records << r;
    if (source.records.isEmpty())
        return std::unexpected(
            u"%1: no records to compare (SOA and DNSSEC records are left out)"_s.arg(label));
    return source;
}

std::expected<ZoneDriftSource, QString> ZoneDriftSource::loadZoneFile(const QString& path,
                                                                      const QString& origin) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"%1: %2"_s.arg(path, file.errorString()));
    return fromZoneText(file.readAll(), origin, path);
}

std::expected<ZoneDriftSource, QString>
ZoneDriftSource::fromTerraformState(const QByteArray& json, const QString& domain, const QString& label) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject() &&
        (doc.object().contains(u"planned_values"_s) || doc.object().contains(u"resource_changes"_s)))
        return std::unexpected(u"%1: a Terraform plan, not a state: drift compares live DNS with what "
                               u"was applied (`terraform show -json` without a plan file)"_s.arg(label));
    auto state = TerraformPlanReader::read(json, domain.isEmpty() ? QStringList() : QStringList{domain});
    if (!state)
        return std::unexpected(u"%1: %2"_s.arg(label, state.error()));
    ZoneDriftSource source;
    source.label = label;
    source.skipped = state->skipped;
    for (const DnsRecord& r : std::as_const(state->records))
        if (owned(r))
            source.records << r;
    if (source.records.isEmpty())
        return std::unexpected(u"%1: no DNS record resources in the state"_s.arg(label));
    return source;
}

std::expected<ZoneDriftSource, QString> ZoneDriftSource::loadTerraformState(const QString& path,
                                                                            const QString& domain) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"%1: %2"_s.arg(path, file.errorString()));
    return fromTerraformState(file.readAll(), domain, path);
}
