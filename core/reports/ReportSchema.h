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
    // dmarc_records r, e.g. "r.report = ?") to the summary totals: the definition of the totals
    // (migration 2 runs them over every stored report). Import sums the same while it reads
    // (SourceTotals and ReportImporter); tst_reportimport checks that both agree.
    static QString sourceDaysUpsert(const QString& reportFilter);
    static QString sourcesUpsert(const QString& reportFilter);
    static QString daysUpsert(const QString& reportFilter);
    static QString selectorDaysUpsert(const QString& reportFilter);
};
