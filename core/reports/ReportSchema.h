#pragma once
// The tables of imported reports in the history database (component "reports"), indexed for the
// dashboard: everything is selected by domain and report date, then grouped by source address.

#include "history/HistoryMigration.h"

#include <QList>

class ReportSchema {
public:
    static QString component() { return QStringLiteral("reports"); }
    static QList<HistoryMigration> migrations();

    // Adds the records of the reports matching `reportFilter` (SQL over dmarc_reports p and
    // dmarc_records r, e.g. "r.report = ?") to the summary totals. Import runs them per report.
    static QString sourceDaysUpsert(const QString& reportFilter);
    static QString sourcesUpsert(const QString& reportFilter);
    // Import of one report: its per-source sums into temp.report_sources, then added to both.
    static QString reportSourcesTable(const QString& reportFilter);
    static QString sourceDaysFromReportSources();
    static QString sourcesFromReportSources();
    static QString daysUpsert(const QString& reportFilter);
    static QString selectorDaysUpsert(const QString& reportFilter);
};
