#pragma once
// JUnit XML for CI test reports: a test suite per domain, a test case per check, a <failure>
// when the check has findings at or above the threshold.

#include "audit/AuditReport.h"

class QXmlStreamWriter;

class AuditJunitExporter {
public:
    static QByteArray write(const QList<AuditReport>& reports, Severity failOn = Severity::Error);
    // One domain's <testsuite> (AuditJunitStreamWriter writes them one by one).
    static void writeSuite(QXmlStreamWriter& xml, const AuditReport& report, Severity failOn);
    // A domain's test cases and how many of them fail.
    static std::pair<int, int> counts(const AuditReport& report, Severity failOn);
};
