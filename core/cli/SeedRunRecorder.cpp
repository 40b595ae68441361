#include "SeedRunRecorder.h"

#include "history/HistoryDatabase.h"
#include "history/SeedHistory.h"
#include "monitor/AlertMonitor.h"

QString SeedRunRecorder::domainOf(const QString& option, const QString& from) {
    if (!option.isEmpty())
        return option.toLower();
    const qsizetype at = from.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : from.mid(at + 1).toLower();
}

int SeedRunRecorder::record(CliContext& context, const SeedRunResult& result, const QString& domain,
                            const std::optional<AlertSettings>& alerts) {
    if (context.noHistory || (context.demo && context.historyPath.isEmpty()) || result.cancelled)
        return CliExit::Ok;
    if (result.sendAsked && !result.sent) {
        // Nothing was measured: the seeds were not looked into. Stored, it would read as
        // "missing" everywhere (metrics, alerts); the exit code and the finding say what failed.
        context.err << "mailsight-cli: seed run not stored: the test message was not sent" << Qt::endl;
        return CliExit::Ok;
    }
    if (domain.isEmpty()) {
        context.err << "mailsight-cli: seed run not stored: name the audited domain with --domain"
                    << Qt::endl;
        return CliExit::Ok;
    }
    auto db = HistoryDatabase::open(context.historyPath);
    if (!db)
        return context.fail(QStringLiteral("seed run not stored: %1").arg(db.error()), CliExit::Failure);
    auto history = SeedHistory::open(*db);
    if (!history)
        return context.fail(QStringLiteral("seed run not stored: %1").arg(history.error()), CliExit::Failure);
    SeedHistoryRun run = SeedHistory::runOf(result, domain);
    auto id = (*history)->record(run);
    if (!id)
        return context.fail(QStringLiteral("seed run not stored: %1").arg(id.error()), CliExit::Failure);
    run.id = *id;
    if (!alerts)
        return CliExit::Ok;
    auto store = AlertStore::open(*db);
    if (!store)
        return context.fail(QStringLiteral("alerts not evaluated: %1").arg(store.error()), CliExit::Failure);
    AlertMonitor monitor(*alerts, std::move(*store));
    const AlertMonitor::Outcome outcome = monitor.runSeeds(run);
    const AlertNotification& n = outcome.notification;
    if (!n.isEmpty() || outcome.delivered > 0)
        context.err << "mailsight-cli: alerts: " << n.firingCount() << " firing, " << n.resolvedCount()
                    << " resolved; " << outcome.delivered << " message(s) delivered" << Qt::endl;
    for (const QString& e : outcome.errors)
        context.err << "mailsight-cli: " << e << Qt::endl;
    return outcome.failed() ? CliExit::Failure : CliExit::Ok;
}
