#pragma once
// SARIF as AuditSarifExporter writes it, the same bytes: QJsonDocument sorts keys, so the run's
// "results" come before its "tool" (whose driver lists the rules). Each result is written as its
// domain arrives; only the rules (one per finding code, bounded by the catalogue) are held until
// finish() closes the document with them.

#include "AuditStreamWriter.h"

#include <QHash>
#include <QJsonArray>

class AuditSarifStreamWriter : public AuditStreamWriter {
public:
    using AuditStreamWriter::AuditStreamWriter;
    void add(const AuditReport& report) override;
    void finish() override;

private:
    // The document with one placeholder result, split around it: what comes before the results,
    // their indentation, and what comes after them.
    void split();
    QJsonArray m_rules;
    QHash<QString, int> m_ruleIndex;
    qsizetype m_results = 0;
    QByteArray m_indent;
};
