#pragma once
// The outcome of check_host() for one client: the result, the term that decided it and the path
// through includes and redirects that led there, the explanation of a fail, and the DNS work done.

#include "SpfResult.h"

#include <QJsonObject>
#include <QStringList>

struct SpfEvaluation {
    SpfResult result = SpfResult::None;
    QString explanation;   // fail only: from "exp", else the default explanation
    QString reason;        // why: "the IP matched ip4:192.0.2.0/24", "over 10 DNS lookups", ...
    QString matchedTerm;   // the mechanism that decided ("" when none matched)
    QString matchedDomain; // the domain whose record holds it
    QStringList path;      // "example.com: include:_spf.example.net", "_spf.example.net: ip4:..."
    int lookups = 0;       // DNS-querying terms evaluated (RFC 7208 §4.6.4)
    int voidLookups = 0;
    QString ip;
    QString sender;
    QString helo;
    QString domain;

    // {result, matched, matchedDomain, path, explanation, reason, lookups, voidLookups, ip, sender, helo,
    // domain}
    QJsonObject toJson() const;
};
