#pragma once
// The tables of imported reports in the history database (component "reports"), indexed for the
// dashboard: everything is selected by domain and report date, then grouped by source address.

#include "history/HistoryMigration.h"

#include <QList>

class ReportSchema {
public:
    static QString component() { return QStringLiteral("reports"); }
    static QList<HistoryMigration> migrations();
};
