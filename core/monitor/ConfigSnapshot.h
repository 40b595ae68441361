#pragma once
// A domain's mail configuration as comparable items, read from the check JSON of its audit:
// SPF (authorised senders after expansion, unresolved mechanisms, includes, the all-qualifier,
// the lookup count), DMARC (each tag's effective value under RFC 9989 and RFC 7489, the applied
// policy and the record's domain under each), DKIM (selectors found, key type and size) and,
// when the audit has them, MX hosts, the MTA-STS mode and the TLS-RPT destinations.

#include "ConfigItem.h"

#include <QJsonObject>
#include <QList>

struct AuditReport;

class ConfigSnapshot {
public:
    static QList<ConfigItem> fromReport(const AuditReport& report);
    // Each area from its check JSON (as AuditReport::check(area) holds it); empty JSON, no items.
    static QList<ConfigItem> spfItems(const QJsonObject& spf);
    static QList<ConfigItem> dmarcItems(const QJsonObject& dmarc);
    static QList<ConfigItem> dkimItems(const QJsonObject& dkim);
    static QList<ConfigItem> transportItems(const QJsonObject& transport);
};
