#pragma once
// One CSV row per finding (RFC 4180 quoting), the code in its own column, for spreadsheets.

#include "audit/AuditReport.h"

class AuditCsvExporter {
public:
    static QStringList columns();
    static QByteArray write(const QList<AuditReport>& reports);
};
