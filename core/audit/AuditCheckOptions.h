#pragma once
// What the audit tells every check beyond the domain: selectors to probe (named by the user or
// the expectations file) and whether to run discovery.

#include "net/NetOptions.h"

#include <QJsonObject>
#include <QStringList>

struct AuditCheckOptions {
    QStringList dkimSelectors; // probed in addition to the built-in list
    bool dkimDiscover = true;  // also try the common selector list
    NetOptions net;            // the transport check's HTTPS (and SMTP) connections
    bool probeSmtp = false;    // the transport check probes STARTTLS on port 25
    QString trustAnchorFile;   // DNSSEC: --trust-anchor (empty: zone files' keys or the root key)
    // For checks that run after the others (AuditCheck::runsAfterOthers): area -> that check's
    // JSON ("spf", "transport", …). Empty for the others.
    QJsonObject earlier;
};
