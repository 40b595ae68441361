#pragma once
// Reads the DNS records a Terraform plan will create (`terraform show -json plan`), or those a
// state holds (`terraform show -json` on a state, its "values"): resource
// types aws_route53_record, cloudflare_record, cloudflare_dns_record, google_dns_record_set and
// azurerm_dns_txt_record, in the root module and every child module. The records are parsed as
// zone text (ZoneResolver::parseZone), so quoting and TXT splitting follow the zone file rules.

#include "dns/DnsRecord.h"

#include <expected>

struct TerraformPlan {
    QList<DnsRecord> records;
    QString zoneText;    // the records as zone lines, for display and the evidence appendix
    QStringList skipped; // resources that could not be read, with the reason
};

class TerraformPlanReader {
public:
    // knownZones: the audited domains, used to place relative names (Cloudflare "@", "www").
    static std::expected<TerraformPlan, QString> read(const QByteArray& json,
                                                      const QStringList& knownZones = {});
    static std::expected<TerraformPlan, QString> load(const QString& path,
                                                      const QStringList& knownZones = {});
};
