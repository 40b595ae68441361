#pragma once
// The full audit as JSON: a list of domain reports (AuditReport::toJson), staged records marked.

#include "audit/AuditReport.h"

class AuditJsonExporter {
public:
    static QByteArray write(const QList<AuditReport>& reports);
    // One report as an element of write()'s array: indented one level, no final newline.
    static QByteArray element(const AuditReport& report);
    // One report as one line of JSON Lines (the same object, compact), with its newline.
    static QByteArray line(const AuditReport& report);
};
