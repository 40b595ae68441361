#pragma once
// What changed between two audits of a domain, finding by finding and record by record: findings
// new / fixed / unchanged, records added / removed / changed, SPF includes and lookup counts,
// DKIM keys and sizes, the DMARC policy, and the grade. The JSON is the report's `diff`.

#include "audit/AuditReport.h"

class AuditDiff {
public:
    static QJsonObject compare(const AuditReport& before, const AuditReport& after);
    // Lines for people ("Grade: B -> A (improved)", "Fixed: DMARC-NO-RUA").
    static QStringList summary(const QJsonObject& diff);
    // "improved", "regressed" or "unchanged" (A is best).
    static QString gradeChange(const QString& before, const QString& after);
};
