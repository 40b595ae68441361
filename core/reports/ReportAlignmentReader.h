#pragma once
// Reads the identifiers of the stored aggregate reports of one domain (grouped: header From,
// DKIM d= or SPF domain, result, published adkim/aspf) and aligns each under both readings with a
// DmarcAlignment. The database is read once; the tree walks are the only DNS work, one per distinct
// name (cached by the DmarcAlignment). ReportAnalyzer::identifierAlignment() is the entry point.

#include "ReportAlignment.h"

#include <QSqlDatabase>
#include <expected>

class DmarcAlignment;
struct ReportQuery;

class ReportAlignmentReader {
public:
    static std::expected<ReportAlignment, QString> read(const QSqlDatabase& db, const ReportQuery& query,
                                                        const DmarcAlignment& alignment);
};
