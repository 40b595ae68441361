#pragma once
// What the audit tells every check beyond the domain: selectors to probe (named by the user or
// the expectations file) and whether to run discovery.

#include "blocklist/BlocklistDefinition.h"
#include "net/NetOptions.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

class DnsRateLimiter;

struct AuditCheckOptions {
    QStringList dkimSelectors; // probed in addition to the built-in list
    bool dkimDiscover = true;  // also try the common selector list
    // Per domain, selectors receivers saw signing in imported DMARC reports (the CLI reads them;
    // the check never reads storage): probed in addition, whatever dkimDiscover says.
    QHash<QString, QStringList> dkimReportSelectors;
    NetOptions net;          // the transport check's HTTPS (and SMTP) connections
    bool probeSmtp = false;  // the transport check probes STARTTLS on port 25
    QString trustAnchorFile; // DNSSEC: --trust-anchor (empty: zone files' keys or the root key)
    // For checks that run after the others (AuditCheck::runsAfterOthers): area -> that check's
    // JSON ("spf", "transport", …). Empty for the others.
    QJsonObject earlier;
    // The blocklist check: the lists to ask (empty: the built-in set), queries a second per list
    // (0: the default), and per domain the busiest report sources passing DMARC (the CLI reads them
    // from the reports database; the check never reads storage).
    QList<BlocklistDefinition> blocklists;
    double blocklistRate = 0;
    QHash<QString, QStringList> reportSources;

    // Questions a check sends to one server directly (ns: every authoritative server).
    int directTimeoutMs = 2000;
    int directRetries = 1;
    // --max-qps / --max-qps-per-server: the per-server check's direct questions take their tokens
    // here too (the resolver stack's LdnsResolver holds the same limiter). Empty: no cap.
    std::shared_ptr<DnsRateLimiter> rateLimiter;
};
