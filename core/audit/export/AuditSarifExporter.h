#pragma once
// SARIF 2.1.0 for code-scanning dashboards: findings as results, finding codes as rules (from the
// catalogue). A staged audit points its results at the staged zone file or plan, so a pull
// request that changes DNS gets its alerts on the file it changes.

#include "audit/AuditReport.h"

class AuditSarifExporter {
public:
    static QJsonObject toJson(const QList<AuditReport>& reports);
    static QByteArray write(const QList<AuditReport>& reports);
    // The pieces, for AuditSarifStreamWriter: a finding's rule (from the catalogue), its result
    // (ruleIndex: the rule's place in the rules array), and the document around them.
    static QJsonObject rule(const Finding& finding);
    static QJsonObject result(const AuditReport& report, const Finding& finding, int ruleIndex);
    static QJsonObject document(const QJsonArray& rules, const QJsonArray& results);
};
