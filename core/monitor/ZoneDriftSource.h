#pragma once
// The records an IaC source declares, for drift detection: a zone file, or the JSON of
// `terraform show -json` on a state (its resources read by TerraformPlanReader). Records that a
// signer or the registry makes (SOA, DNSSEC records) are left out: the source does not own them.

#include "dns/DnsRecord.h"

#include <expected>

struct ZoneDriftSource {
    QString label; // the file, for messages
    QList<DnsRecord> records;
    QStringList skipped; // Terraform resources that could not be read, with the reason

    // origin: used when the file has neither $ORIGIN nor SOA.
    static std::expected<ZoneDriftSource, QString> fromZoneText(const QByteArray& text, const QString& origin,
                                                                const QString& label);
    static std::expected<ZoneDriftSource, QString> loadZoneFile(const QString& path, const QString& origin);
    // Refuses a plan: drift compares with what was applied, which a plan is not.
    static std::expected<ZoneDriftSource, QString>
    fromTerraformState(const QByteArray& json, const QString& domain, const QString& label);
    static std::expected<ZoneDriftSource, QString> loadTerraformState(const QString& path,
                                                                      const QString& domain);
    static bool owned(const DnsRecord& record);
};
