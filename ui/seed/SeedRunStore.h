#pragma once
// The Deliverability tab's link to the history database: a seed run stored the way the CLI stores
// it (SeedHistory::runOf, the same conditions as the CLI's SeedRunRecorder), and the domain's stored runs
// read back for the chart. Both block on SQLite: call them off the UI thread.

#include "history/SeedHistoryRun.h"
#include "seed/SeedRunResult.h"

#include <expected>

class SeedRunStore {
public:
    // A sentence saying whether and where the run was stored, or why not (cancelled, not sent,
    // no domain, history off, a database error).
    static QString record(const QString& path, const QString& domain, const SeedRunResult& result);
    // The domain's runs of the last year, oldest first.
    static std::expected<QList<SeedHistoryRun>, QString> load(const QString& path, const QString& domain);
};
