#pragma once
// The audit history's tables as ordered migrations of the "audit" component in the shared
// HistoryDatabase. Released migrations are never edited: a change is a new one.

#include "HistoryMigration.h"

class AuditSchema {
public:
    static QString component() { return QStringLiteral("audit"); }
    static QList<HistoryMigration> migrations();
};
