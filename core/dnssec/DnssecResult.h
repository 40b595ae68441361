#pragma once
// What the DNSSEC check found for one domain: each name validated (status, reason, chain, AD
// bit), the signing-health observations, the trust anchors used and the findings. toJson() is
// the "dnssec" section of the audit and what `mailsight-cli dnssec --format json` prints
// (the CLI adds "queries").

#include "DnssecSigningIssue.h"
#include "DnssecValidation.h"
#include "findings/Finding.h"

#include <QJsonObject>

struct DnssecResult {
    QString domain;
    QJsonObject trustAnchor; // TrustAnchorSet::toJson()
    QList<DnssecValidation> names;
    QList<DnssecSigningIssue> signingIssues; // those of the domain's own zones
    QStringList unsignedZoneFiles;           // --zone files without DNSKEY at their apex
    QString notValidated;                    // why nothing was validated (offline, no anchor), if so
    int skipped = 0;                         // names left out (bounded sample), see DnssecCheck
    QList<Finding> findings;

    // secure / insecure / bogus / indeterminate over all names (worst first: bogus, indeterminate,
    // insecure, secure); "indeterminate" when there are none.
    QString overall() const;
    Severity worstSeverity() const;
    QJsonObject toJson() const;
};
