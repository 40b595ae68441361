#pragma once
// JUnit XML as AuditJunitExporter writes it, a <testsuite> per domain as it arrives, except that
// <testsuites> carries no tests/failures totals: they are known only at the end, after the start
// tag was written (each <testsuite> has its own; JUnit readers add them up).

#include "AuditStreamWriter.h"

#include <QXmlStreamWriter>

class AuditJunitStreamWriter : public AuditStreamWriter {
public:
    AuditJunitStreamWriter(QIODevice* device, Severity failOn);
    void begin() override;
    void add(const AuditReport& report) override;
    void finish() override;

private:
    void checkError();
    Severity m_failOn;
    QXmlStreamWriter m_xml;
};
