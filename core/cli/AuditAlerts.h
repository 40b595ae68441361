#pragma once
// `audit --alert-on …`: the alert options, checked before the audit runs, and the run of the
// AlertMonitor after the audits are stored. Kept out of AuditCommand, which only hooks it in.

#include "CliArgs.h"
#include "CliContext.h"
#include "CliOption.h"
#include "monitor/AlertSettings.h"

#include <expected>
#include <optional>

class AuditHistory;
struct AuditReport;

class AuditAlerts {
public:
    static QList<CliOption> options();
    // nullopt when no alert option is given; an error (a usage error) when they do not fit.
    static std::expected<std::optional<AlertSettings>, QString>
    parse(const CliArgs& args, const CliContext& context, Severity failOn, bool failNever);
    // Alerts on the stored reports; prints what failed. CliExit::Failure when a delivery failed
    // (the message is queued) or the alerts could not be evaluated, else CliExit::Ok.
    static int run(CliContext& context, const AlertSettings& settings, AuditHistory* history,
                   const QList<AuditReport>& reports);
};
