#pragma once
// The CLI's text output: each domain's grade, findings, staged records and changes as it
// arrives, then one summary line (domains, grades, cancelled, DNS questions asked).

#include "AuditStreamWriter.h"

#include <QMap>

class AuditTextStreamWriter : public AuditStreamWriter {
public:
    using AuditStreamWriter::AuditStreamWriter;
    void add(const AuditReport& report) override;
    void finish() override;

    static QString reportText(const AuditReport& report);

private:
    QMap<QString, int> m_grades;
    qsizetype m_domains = 0;
    qsizetype m_cancelled = 0;
    qint64 m_queries = 0;
};
