#pragma once
// The full audit as JSON: a list of domain reports (AuditReport::toJson), staged records marked.

#include "audit/AuditReport.h"

class AuditJsonExporter {
public:
    static QByteArray write(const QList<AuditReport>& reports);
};
