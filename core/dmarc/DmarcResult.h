#pragma once
// Everything the DMARC check found for one domain (and one From domain under it): discovery,
// both readings, report destinations, the explanation and the findings. The CLI prints its
// toJson(), the GUI tab shows the same value.

#include "DmarcDiscoveryResult.h"
#include "DmarcExplanation.h"
#include "DmarcReading.h"
#include "DmarcReportDestination.h"
#include "findings/Finding.h"

struct DmarcResult {
    QString domain;     // the audited domain
    QString fromDomain; // the From domain the policy is computed for (domain itself by default)
    DmarcDiscoveryResult discovery;
    DmarcReading rfc9989;
    DmarcReading rfc7489;
    QList<DmarcReportDestination> destinations;
    QStringList domainTexts; // TXT at the audited domain (SPF for the checklist)
    DmarcExplanation explanation;
    QList<Finding> findings;

    // The record that applies (RFC 9989's; RFC 7489's when only that reading finds one).
    const DmarcRecord* record() const;
    QString recordDomain() const;
    // No record could be read and DNS failure is why: the CLI exits 3.
    bool dnsFailed() const;
    bool hasFinding(QStringView code) const;
    std::optional<Severity> worstSeverity() const;
    QJsonObject toJson() const;
};
