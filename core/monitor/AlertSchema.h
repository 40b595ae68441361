#pragma once
// The alert tables as ordered migrations of the "alerts" component in the shared
// HistoryDatabase: the open alerts per (domain, alert key) for deduplication, the queue of
// messages whose delivery failed, retried on the next run, and the audit each domain's alerts
// were last evaluated on. Released migrations are never edited.

#include "history/HistoryMigration.h"

class AlertSchema {
public:
    static QString component() { return QStringLiteral("alerts"); }
    static QList<HistoryMigration> migrations();
};
