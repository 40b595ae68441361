#pragma once
// JUnit XML for CI test reports: a test suite per domain, a test case per check, a <failure>
// when the check has findings at or above the threshold.

#include "audit/AuditReport.h"

class AuditJunitExporter {
public:
    static QByteArray write(const QList<AuditReport>& reports, Severity failOn = Severity::Error);
};
