#pragma once
// `seed check` after the run: the run stored in the history (placement over time, the metrics'
// mailsight_seed_*), and with --alert-on its alerts (spam, missing, unreachable seed) evaluated and
// delivered like an audit's. Kept out of SeedCommand, which only hooks it in. The run itself knows
// nothing of storage.

#include "CliContext.h"
#include "history/SeedHistoryRun.h"
#include "monitor/AlertSettings.h"
#include "seed/SeedRunResult.h"

#include <optional>

class SeedRunRecorder {
public:
    // The history's view of a run: placements, delays, folders and failure names only.
    // The domain a run is filed under: --domain, else the submission's From address's domain.
    static QString domainOf(const QString& option, const QString& from);
    // Stores the run (unless --no-history, --demo without --history, a cancelled run, or a run
    // whose message could not be sent: nothing was measured) and runs the alerts.
    // CliExit::Ok, or CliExit::Failure when the history could not be written or an alert not
    // delivered (queued for the next run); what failed is printed.
    static int record(CliContext& context, const SeedRunResult& result, const QString& domain,
                      const std::optional<AlertSettings>& alerts);
};
