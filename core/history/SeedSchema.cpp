#include "SeedSchema.h"

QList<HistoryMigration> SeedSchema::migrations() {
    return {
        {1,
         QStringLiteral("seed-mailbox runs and where each seed placed the test message"),
         {QStringLiteral("CREATE TABLE seed_runs (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, "
                         "token TEXT NOT NULL, started_at INTEGER NOT NULL, sent INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX seed_runs_domain ON seed_runs (domain, started_at)"),
          QStringLiteral("CREATE TABLE seed_results (run INTEGER NOT NULL REFERENCES seed_runs (id) "
                         "ON DELETE CASCADE, seed TEXT NOT NULL, placement TEXT NOT NULL, "
                         "seconds REAL, folder TEXT, error TEXT, PRIMARY KEY (run, seed))")}},
    };
}
