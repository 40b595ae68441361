#include "DbCommand.h"

#include "history/HistoryCopier.h"

#include <QJsonDocument>
#include <QJsonObject>

QStringList DbCommand::usage() const {
    return {QStringLiteral("db migrate --from STORE --to STORE [--skip-reports] [--format text|json]")};
}

QString DbCommand::description() const {
    return QStringLiteral(
        "Copies the history of one store into another: audits with their findings and DKIM key sightings, "
        "seed-mailbox runs, open alerts, alert baselines and undelivered alert messages. A STORE is "
        "sqlite:PATH (or a path) or postgresql://USER@HOST:PORT/DB, the password from PGPASSFILE / ~/.pgpass "
        "or PGPASSWORD (never the URL). Both stores are brought to the last schema first. Idempotent: a row "
        "the destination already holds (an audit of the same domain, times and report; a seed run of the "
        "same token; a DMARC or TLS-RPT report of the same organisation and report id) is not copied again, "
        "so the command can be rerun. DMARC aggregate and TLS-RPT reports are copied with their records, the "
        "SPF snapshots and the reverse names; the summary totals of the reports copied are added in the "
        "destination (a report both stores hold counts once). --skip-reports leaves the reports where they "
        "are. "
        "Exit 3 when a store cannot be opened or a row cannot be copied "
        "(what was committed stays).");
}

QList<CliArgument> DbCommand::arguments() const {
    return {{QStringLiteral("migrate"), QStringLiteral("the action (the only one so far)")}};
}

QList<CliOption> DbCommand::options() const {
    return {{QStringLiteral("from"), true, false, QStringLiteral("STORE"),
             QStringLiteral("the store to copy from")},
            {QStringLiteral("to"), true, false, QStringLiteral("STORE"),
             QStringLiteral("the store to copy into")},
            {QStringLiteral("skip-reports"),
             false,
             false,
             {},
             QStringLiteral("copy everything but the DMARC / TLS-RPT reports (they stay in the source)")}};
}

int DbCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals != QStringList{QStringLiteral("migrate")})
        return context.fail(QStringLiteral("usage: mailsight-cli db migrate --from STORE --to STORE"),
                            CliExit::Usage);
    const QString fromText = args.value(QStringLiteral("from"));
    const QString toText = args.value(QStringLiteral("to"));
    if (fromText.trimmed().isEmpty() || toText.trimmed().isEmpty())
        return context.fail(QStringLiteral("db migrate needs --from STORE and --to STORE"), CliExit::Usage);
    for (const QString& text : {fromText, toText})
        if (auto parsed = HistoryLocation::parse(text, {}); !parsed)
            return context.fail(parsed.error(), CliExit::Usage);
    auto from = HistoryDatabase::open(fromText);
    if (!from)
        return context.fail(from.error(), CliExit::Failure);
    auto to = HistoryDatabase::open(toText);
    if (!to)
        return context.fail(to.error(), CliExit::Failure);
    HistoryCopier copier(*from, *to);
    copier.setSkipReports(args.has(QStringLiteral("skip-reports")));
    if (context.format == CliFormat::Text)
        copier.setProgress([&context](const QString& line) { context.err << line << Qt::endl; });
    const auto counts = copier.copy();
    if (!counts)
        return context.fail(counts.error(), CliExit::Failure);
    const HistoryReportCounts& r = counts->reports;
    if (context.format == CliFormat::Json) {
        context.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("from"), (*from)->path()},
                                       {QStringLiteral("to"), (*to)->path()},
                                       {QStringLiteral("audits"), counts->audits},
                                       {QStringLiteral("auditsPresent"), counts->auditsPresent},
                                       {QStringLiteral("seedRuns"), counts->seedRuns},
                                       {QStringLiteral("seedRunsPresent"), counts->seedRunsPresent},
                                       {QStringLiteral("alerts"), counts->alerts},
                                       {QStringLiteral("queuedAlerts"), counts->queued},
                                       {QStringLiteral("reportsSkipped"), counts->reportsSkipped},
                                       {QStringLiteral("dmarcReports"), r.dmarcReports},
                                       {QStringLiteral("dmarcReportsPresent"), r.dmarcReportsPresent},
                                       {QStringLiteral("dmarcRecords"), r.dmarcRecords},
                                       {QStringLiteral("dmarcDkim"), r.dmarcDkim},
                                       {QStringLiteral("tlsrptReports"), r.tlsrptReports},
                                       {QStringLiteral("tlsrptReportsPresent"), r.tlsrptReportsPresent},
                                       {QStringLiteral("tlsrptPolicies"), r.tlsrptPolicies},
                                       {QStringLiteral("tlsrptFailures"), r.tlsrptFailures},
                                       {QStringLiteral("spfSnapshots"), r.spfSnapshots},
                                       {QStringLiteral("spfSnapshotsPresent"), r.spfSnapshotsPresent},
                                       {QStringLiteral("reverseNames"), r.reverseNames},
                                       {QStringLiteral("reverseNamesPresent"), r.reverseNamesPresent}})
                           .toJson(QJsonDocument::Indented);
        return CliExit::Ok;
    }
    context.out << QStringLiteral("Copied %1 -> %2\n").arg((*from)->path(), (*to)->path());
    context.out << QStringLiteral("  audits: %1 copied, %2 already there\n")
                       .arg(counts->audits)
                       .arg(counts->auditsPresent);
    context.out << QStringLiteral("  seed runs: %1 copied, %2 already there\n")
                       .arg(counts->seedRuns)
                       .arg(counts->seedRunsPresent);
    context.out << QStringLiteral("  alerts: %1 open alerts and baselines, %2 queued messages\n")
                       .arg(counts->alerts)
                       .arg(counts->queued);
    if (counts->reportsSkipped) {
        context.out << QStringLiteral("  DMARC / TLS-RPT reports: not copied (--skip-reports)\n");
        return CliExit::Ok;
    }
    context.out << QStringLiteral("  DMARC reports: %1 copied (%2 records), %3 already there\n")
                       .arg(r.dmarcReports)
                       .arg(r.dmarcRecords)
                       .arg(r.dmarcReportsPresent);
    context.out << QStringLiteral("  TLS-RPT reports: %1 copied (%2 policies), %3 already there\n")
                       .arg(r.tlsrptReports)
                       .arg(r.tlsrptPolicies)
                       .arg(r.tlsrptReportsPresent);
    context.out << QStringLiteral("  SPF snapshots: %1 copied, %2 already there\n")
                       .arg(r.spfSnapshots)
                       .arg(r.spfSnapshotsPresent);
    context.out << QStringLiteral("  reverse names: %1 copied or newer, %2 already there\n")
                       .arg(r.reverseNames)
                       .arg(r.reverseNamesPresent);
    return CliExit::Ok;
}
