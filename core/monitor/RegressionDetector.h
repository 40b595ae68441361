#pragma once
// Which regressions are present after an audit, given an earlier audit of the domain
// (the baseline) and the alerts still open from earlier runs:
// - a finding at or above the threshold: new since the baseline (mode regression), or any such
//   finding (modes error and warning); an open one stays until the finding is gone;
// - a grade below the baseline's (or below the grade before an open drop);
// - a record that changed since the baseline: SPF terms, DMARC tags, DKIM key, MX set, MTA-STS
//   id and policy mode (events: they alert once);
// - a STARTTLS certificate that expires within the warning window, DNSSEC signatures about to
//   expire.
// Pure: no database, no clock of its own (now is passed in), so that each rule is testable.

#include "AlertCondition.h"
#include "AlertSettings.h"
#include "audit/AuditReport.h"

#include <QHash>

class RegressionDetector {
public:
    static QList<AlertCondition> detect(const AuditReport& current, const AuditReport* baseline,
                                        const QHash<QString, AlertCondition>& open,
                                        const AlertSettings& settings, const QDateTime& now);

    // A resolved alert: before is what the alert reported, after is how it is now (the grade now,
    // "absent" for a finding).
    static AlertCondition resolution(const AlertCondition& open, const AuditReport& current);

    // The alert key of a finding: its code and (hashed) first evidence line, as AuditDiff matches.
    static QString findingKey(const Finding& finding);
};
