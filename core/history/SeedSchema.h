#pragma once
// The seed-mailbox runs' tables as ordered migrations of the "seed" component in the shared
// HistoryDatabase. Released migrations are never edited: a change is a new one.

#include "HistoryMigration.h"

class SeedSchema {
public:
    static QString component() { return QStringLiteral("seed"); }
    static QList<HistoryMigration> migrations();
};
