#pragma once
// One CSV row per finding (RFC 4180 quoting), the code in its own column, for spreadsheets.

#include "audit/AuditReport.h"

class AuditCsvExporter {
public:
    static QStringList columns();
    static QByteArray write(const QList<AuditReport>& reports);
    // The header line and one report's rows (each with its CRLF): write() is header + rows.
    static QByteArray header();
    static QByteArray rows(const AuditReport& report);
};
