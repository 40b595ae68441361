#include "AuditCommand.h"

#include "AuditAlerts.h"
#include "AuditPdfRenderer.h"
#include "AuditProgressLine.h"
#include "AuditQueryBudget.h"
#include "AuditShardOption.h"
#include "AuditWriterFactory.h"
#include "BlocklistsCommand.h"
#include "CliInterruptWatcher.h"
#include "audit/AuditChecks.h"
#include "audit/AuditRunner.h"
#include "audit/AuditTrustOptions.h"
#include "audit/ReportSourcesReader.h"
#include "audit/StagedRecordResolver.h"
#include "audit/TerraformPlanReader.h"
#include "audit/export/AuditDocumentSpool.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/SenderSections.h"
#include "demo/DemoReports.h"
#include "dns/DnsName.h"
#include "dns/DnsRateLimiter.h"
#include "findings/FindingCatalogue.h"
#include "history/AuditDiff.h"
#include "history/AuditHistory.h"
#include "i18n/AppLanguage.h"
#include "monitor/MetricsFile.h"
#include "reports/ReportAnalyzer.h"
#include "reports/ReportImporter.h"
#include "reports/SpfSnapshotStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

QStringList AuditCommand::usage() const {
    return {
        QStringLiteral(
            "audit DOMAIN... [--domains-file F]... [--format text|json|jsonl|csv|sarif|junit|html]"),
        QStringLiteral("audit --domains-file F [--dkim-discovery all|known|none] [--max-qps N] "
                       "[--max-qps-per-server N]"),
        QStringLiteral(
            "audit DOMAIN... [--pdf OUT] [--language en|de|fr|system] [--fail-on error|warning|never]"),
        QStringLiteral("audit DOMAIN... --alert-on regression|error|warning [--alert-command CMD] "
                       "[--alert-webhook URL] [--alert-mail ADDR]"),
        QStringLiteral("audit --domains-file F --shard I/N --format json --output PART.json (then `merge`)")};
}

QString AuditCommand::description() const {
    return QStringLiteral(
        "Runs every check (DNS, SPF, DKIM, DMARC) over one or many domains at once, grades each, compares "
        "it with an earlier audit from the history and stores it, and writes the result as text, JSON, "
        "JSON Lines, CSV, SARIF, JUnit, HTML or PDF, each domain as it finishes (a batch holds only the "
        "domains "
        "in flight; Ctrl-C closes the output, naming the domains not audited). Exits 1 when a finding is at "
        "or above --fail-on. With --alert-on, "
        "sends what regressed since the previous audit (exit 3 when an alert could not be delivered).");
}

QList<CliArgument> AuditCommand::arguments() const {
    return {{QStringLiteral("DOMAIN..."),
             QStringLiteral("the domains to audit (also --domains-file); Unicode names are accepted, IP "
                            "addresses are refused")}};
}

namespace {
QList<CliOption> auditOptions() {
    return {
        {QStringLiteral("domains-file"), true, true, QStringLiteral("F"),
         QStringLiteral("audit the domains listed in F (one a line, # comments)")},
        {QStringLiteral("expect"), true, false, QStringLiteral("FILE"),
         QStringLiteral(
             "expectations (audit-as-code, docs/expectations.md); unmet ones are EXPECT-* findings")},
        {QStringLiteral("terraform-plan"), true, true, QStringLiteral("FILE"),
         QStringLiteral("`terraform show -json` output: its DNS records overlay live DNS (staged)")},
        {QStringLiteral("pdf"), true, false, QStringLiteral("OUT"),
         QStringLiteral("also write the PDF report to OUT")},
        {QStringLiteral("language"), true, false, QStringLiteral("en|de|fr|system"),
         QStringLiteral("language of the PDF and of explanations and details (default en); codes, "
                        "titles and fixes in json, csv and sarif stay English")},
        {QStringLiteral("output"), true, false, QStringLiteral("FILE"),
         QStringLiteral("write the --format output to FILE instead of stdout")},
        {QStringLiteral("metrics"), true, false, QStringLiteral("FILE"),
         QStringLiteral("also write Prometheus metrics to FILE, atomically, for node_exporter's textfile "
                        "collector (docs/monitoring.md)")},
        {QStringLiteral("fail-on"), true, false, QStringLiteral("error|warning|never"),
         QStringLiteral("exit 1 when a finding is at or above this severity (default error)")},
        {QStringLiteral("compare"), true, false, QStringLiteral("last|quarter|ID"),
         QStringLiteral("audit to compare with (default quarter: the last audit of an earlier quarter)")},
        {QStringLiteral("organisation"), true, false, QStringLiteral("NAME"),
         QStringLiteral("organisation named on the PDF/HTML cover (default: the audited domains)")},
        {QStringLiteral("no-report-sections"), false, false, QString(),
         QStringLiteral("leave the DMARC/TLS-RPT report sections out of the PDF/HTML")},
        {QStringLiteral("reports-since"), true, false, QStringLiteral("YYYY-MM-DD"),
         QStringLiteral("first day of imported reports in the PDF/HTML (default: 90 days ago)")},
        {QStringLiteral("reports-until"), true, false, QStringLiteral("YYYY-MM-DD"),
         QStringLiteral("last day of imported reports in the PDF/HTML (default: today)")},
        {QStringLiteral("no-transport"), false, false, QString(),
         QStringLiteral("leave out how mail reaches each domain (MX, MTA-STS fetched over HTTPS, "
                        "TLS-RPT), which the audit checks by default; no HTTPS connection is made")},
        {QStringLiteral("transport"), false, false, QString(),
         QStringLiteral("check how mail reaches each domain (the default; kept for scripts)")},
        {QStringLiteral("no-ns"), false, false, QString(),
         QStringLiteral("leave out the per-server check (every authoritative server asked directly on "
                        "port 53, which some networks block)")},
        {QStringLiteral("probe-smtp"), false, false, QString(),
         QStringLiteral("also probe STARTTLS on port 25 of every MX host (off by default: many networks "
                        "block port 25)")},
        {QStringLiteral("no-blocklists"), false, false, QString(),
         QStringLiteral("send no blocklist query (some lists forbid queries through public resolvers); the "
                        "audit looks MX and SPF addresses and the domain up on DNS blocklists by default")},
        BlocklistsCommand::sharedOptions().at(0), // --blocklists FILE
        BlocklistsCommand::sharedOptions().at(1), // --blocklist-rate N
        {QStringLiteral("trust-anchor"), true, false, QStringLiteral("FILE"),
         QStringLiteral("DNSSEC: DS or DNSKEY records to validate from (default: the root key of "
                        "dns-root-data; with --zone: each signed zone file's own key)")},
        {QStringLiteral("concurrency"), true, false, QStringLiteral("N"),
         QStringLiteral("domains audited at once (default 16)")},
        {QStringLiteral("domain-timeout"), true, false, QStringLiteral("MS"),
         QStringLiteral("time bound per domain in milliseconds (default 60000)")},
    };
}
} // namespace

QList<CliOption> AuditCommand::options() const {
    // --dkim-discovery, --max-qps ... (docs/batch-audits.md); --alert-on ... (docs/monitoring-alerts.md)
    return auditOptions() + QList<CliOption>{AuditShardOption::option()} + AuditQueryBudget::options() +
           AuditAlerts::options();
}

namespace {

// The SPF tree of one audit, so that `reports summary` (which never asks DNS) can tell which
// include covers each report source. The snapshots live in the reports' tables: prepared once.
void storeSpfSnapshot(CliContext& context, SpfSnapshotStore* store, const AuditReport& r) {
    const QJsonObject spf = r.check(QStringLiteral("spf"));
    // A staged audit's tree is not what the receivers saw; a failed lookup has no tree.
    if (!store || r.staged || r.cancelled || spf.value(QStringLiteral("tree")).toObject().isEmpty())
        return;
    if (auto stored = store->store(r.domain, spf, r.startedAt); !stored)
        context.err << "mailsight-cli: SPF tree of " << r.domain << " not stored: " << stored.error()
                    << Qt::endl;
}

// What the end of the run needs of a report once it is written: everything but the query log
// (alerts and metrics read the checks, records and findings; the query log is most of its size).
AuditReport slim(const AuditReport& r) {
    AuditReport out = r;
    out.queryLog.clear();
    out.queries = QJsonArray();
    return out;
}

} // namespace

int AuditCommand::run(CliContext& context, const CliArgs& args) {
    // Domains: positionals and files, each once, in order.
    QStringList domains;
    QSet<QString> seen; // a list of ten thousand: contains() on the list was quadratic
    for (const QString& raw : args.positionals) {
        const auto name = DnsName::fromUserInput(raw);
        if (!name)
            return context.fail(QStringLiteral("invalid domain name '%1': %2").arg(raw, name.error()),
                                CliExit::Usage);
        if (!seen.contains(name->ace())) {
            seen.insert(name->ace());
            domains << name->ace();
        }
    }
    for (const QString& file : args.all(QStringLiteral("domains-file"))) {
        auto listed = AuditRunner::readDomainsFile(file);
        if (!listed)
            return context.fail(listed.error(), QFile::exists(file) ? CliExit::Usage : CliExit::Failure);
        for (const QString& d : std::as_const(*listed))
            if (!seen.contains(d)) {
                seen.insert(d);
                domains << d;
            }
    }
    if (domains.isEmpty())
        return context.fail(
            QStringLiteral("usage: mailsight-cli audit DOMAIN... [--domains-file F] (see --help)"),
            CliExit::Usage);
    auto shard = AuditShardOption::parse(args, context);
    if (!shard)
        return context.fail(shard.error(), CliExit::Usage);
    if (*shard) {
        const qsizetype listed = domains.size();
        domains = (*shard)->select(domains);
        context.err << "mailsight-cli: shard " << (*shard)->shard().text() << ": " << domains.size() << " of "
                    << listed << " domains" << Qt::endl;
    }

    Severity failOn = Severity::Error;
    bool failNever = false;
    const QString failOnText = args.value(QStringLiteral("fail-on"), QStringLiteral("error"));
    if (failOnText == QLatin1String("never"))
        failNever = true;
    else if (auto s = severityFromName(failOnText); s && *s != Severity::Info)
        failOn = *s;
    else
        return context.fail(QStringLiteral("--fail-on takes error, warning or never"), CliExit::Usage);
    const auto alerts = AuditAlerts::parse(args, context, failOn, failNever);
    if (!alerts)
        return context.fail(alerts.error(), CliExit::Usage);
    if (context.format == CliFormat::Markdown)
        return context.fail(QStringLiteral("audit writes text, json, jsonl, csv, sarif, junit or html"),
                            CliExit::Usage);
    // The PDF is for people and may be in their language; checked here, before the audit runs.
    const QString language = args.value(QStringLiteral("language"), QStringLiteral("en")).toLower();
    static const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                        QStringLiteral("system")};
    if (!kLanguages.contains(language))
        return context.fail(QStringLiteral("--language takes en, de, fr or system"), CliExit::Usage);
    // The explanations are written while the audit runs, so the translator must be in place first.
    const QString languageCode =
        AppLanguage::resolve(language == QLatin1String("system") ? QString() : language);
    if (languageCode != QLatin1String("en") &&
        !AppLanguage::install(QCoreApplication::instance(), languageCode))
        context.err << "mailsight-cli: no " << languageCode << " translation; writing English" << Qt::endl;

    AuditRunOptions options;
    // How mail reaches the domain is part of the audit: DNS and the MTA-STS policy over HTTPS by
    // default (none with --offline/--demo), STARTTLS on port 25 only when asked.
    if (args.has(QStringLiteral("no-transport")) &&
        (args.has(QStringLiteral("transport")) || args.has(QStringLiteral("probe-smtp"))))
        return context.fail(
            QStringLiteral("--no-transport leaves the transport checks out: not with --transport "
                           "or --probe-smtp"),
            CliExit::Usage);
    options.checkOptions.net = context.net;
    options.checkOptions.net.offline = context.offline || context.demo;
    options.checkOptions.probeSmtp = args.has(QStringLiteral("probe-smtp"));
    if (options.checkOptions.probeSmtp && options.checkOptions.net.offline)
        return context.fail(QStringLiteral("--probe-smtp connects to port 25 of the MX hosts: not with "
                                           "--offline or --demo"),
                            CliExit::Usage);
    options.checks = AuditChecks::all();
    if (args.has(QStringLiteral("no-transport")))
        options.checks.removeIf(
            [](const auto& check) { return check->area() == QLatin1String("transport"); });
    // Blocklists: on by default when online (an offline audit asks no list), off with --no-blocklists.
    if (args.has(QStringLiteral("no-blocklists")) &&
        (args.has(QStringLiteral("blocklists")) || args.has(QStringLiteral("blocklist-rate"))))
        return context.fail(QStringLiteral("--no-blocklists asks no blocklist: not with --blocklists or "
                                           "--blocklist-rate"),
                            CliExit::Usage);
    // The trust anchor, the blocklist file, --no-ns and --no-blocklists as the GUI's settings
    // apply them (AuditTrustOptions): the same files are refused with the same messages.
    AuditTrustOptions trust;
    trust.trustAnchorFile = args.value(QStringLiteral("trust-anchor"));
    trust.blocklistsFile = args.value(QStringLiteral("blocklists"));
    trust.askEveryServer = !args.has(QStringLiteral("no-ns"));
    trust.checkBlocklists = !args.has(QStringLiteral("no-blocklists"));
    if (auto applied = trust.apply(options); !applied) {
        const bool usage = applied.error().kind == AuditTrustOptions::Error::Kind::TrustAnchor ||
                           QFile::exists(applied.error().file);
        return context.fail(applied.error().message, usage ? CliExit::Usage : CliExit::Failure);
    }
    if (trust.checkBlocklists)
        if (const int code = BlocklistsCommand::readRate(context, args, options.checkOptions); code != 0)
            return code;
    options.checkOptions.directTimeoutMs = context.timeoutMs;
    options.checkOptions.directRetries = context.retries;
    if (args.has(QStringLiteral("concurrency"))) {
        bool ok = false;
        options.concurrency = args.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || options.concurrency < 1)
            return context.fail(QStringLiteral("--concurrency needs a number of 1 or more"), CliExit::Usage);
    }
    if (args.has(QStringLiteral("domain-timeout"))) {
        bool ok = false;
        options.domainTimeoutMs = args.value(QStringLiteral("domain-timeout")).toInt(&ok);
        if (!ok || options.domainTimeoutMs < 1)
            return context.fail(QStringLiteral("--domain-timeout needs a positive number of milliseconds"),
                                CliExit::Usage);
    }
    if (args.has(QStringLiteral("expect"))) {
        auto expectations = AuditExpectations::load(args.value(QStringLiteral("expect")));
        if (!expectations)
            return context.fail(expectations.error(), QFile::exists(args.value(QStringLiteral("expect")))
                                                          ? CliExit::Usage
                                                          : CliExit::Failure);
        options.expectations = *expectations;
    }
    const auto budget = AuditQueryBudget::parse(args);
    if (!budget)
        return context.fail(budget.error(), CliExit::Usage);
    budget->apply(options.checkOptions);
    options.checkOptions.rateLimiter = budget->makeLimiter();
    context.rateLimiter = options.checkOptions.rateLimiter;
    // A list of thousands: the run's shared cache keeps the most recent answers only.
    options.cacheEntries = 5000;

    // Report sections: the period is checked before any work is done.
    const bool reportSections = !args.has(QStringLiteral("no-report-sections"));
    QDate reportsUntil = QDate::currentDate();
    QDate reportsSince;
    const QList<std::pair<QString, QDate*>> dateOptions{{QStringLiteral("reports-since"), &reportsSince},
                                                        {QStringLiteral("reports-until"), &reportsUntil}};
    for (const auto& [option, date] : dateOptions)
        if (args.has(option)) {
            *date = QDate::fromString(args.value(option), Qt::ISODate);
            if (!date->isValid())
                return context.fail(QStringLiteral("--%1 takes a date as YYYY-MM-DD").arg(option),
                                    CliExit::Usage);
        }
    if (!reportsSince.isValid())
        reportsSince = SenderSections::defaultSince(reportsUntil);

    auto base = context.buildResolver();
    if (!base)
        return context.fail(base.error(), CliExit::Failure);
    std::shared_ptr<Resolver> resolver = *base;
    for (const QString& planPath : args.all(QStringLiteral("terraform-plan"))) {
        auto plan = TerraformPlanReader::load(planPath, domains);
        if (!plan)
            return context.fail(plan.error(), QFile::exists(planPath) ? CliExit::Usage : CliExit::Failure);
        for (const QString& skipped : std::as_const(plan->skipped))
            context.err << "mailsight-cli: " << planPath << ": skipped " << skipped << Qt::endl;
        resolver = std::make_shared<StagedRecordResolver>(plan->records, planPath, resolver);
    }

    // History: read the baseline and key ages, store the new audits. The demo world stays out of
    // the user's history unless a database is named.
    std::unique_ptr<AuditHistory> history;
    std::shared_ptr<HistoryDatabase> database;
    const bool useHistory = !context.noHistory && (!context.demo || !context.historyPath.isEmpty());
    if (useHistory) {
        auto db = HistoryDatabase::open(context.historyPath);
        if (db) {
            database = *db;
            auto opened = AuditHistory::open(*db);
            if (opened)
                history = std::move(*opened);
            else
                context.err << "mailsight-cli: history not used: " << opened.error() << Qt::endl;
        } else {
            context.err << "mailsight-cli: history not used: " << db.error() << Qt::endl;
        }
    }
    // The busiest DMARC-passing sources of the imported reports are looked up on the blocklists too.
    if (database && !args.has(QStringLiteral("no-blocklists")) && !options.checkOptions.net.offline) {
        QStringList errors;
        options.checkOptions.reportSources =
            ReportSourcesReader::read(database, domains, reportsSince, &errors);
        for (const QString& e : std::as_const(errors))
            context.err << "mailsight-cli: " << e << Qt::endl;
    }
    if (history)
        options.keyFirstSeen = [h = history.get()](const QString& domain) { return h->keyFirstSeen(domain); };

    // --dkim-discovery known: the selectors receivers saw signing for each domain, from the
    // imported DMARC aggregate reports (with `all` the common list is asked anyway).
    if (database && budget->discovery == AuditQueryBudget::Discovery::Known) {
        ReportAnalyzer analyzer(database);
        for (const QString& d : std::as_const(domains))
            if (const QStringList signing = analyzer.dkimSelectors(d); !signing.isEmpty())
                options.checkOptions.dkimReportSelectors.insert(d, signing);
    }
    if (domains.size() > AuditQueryBudget::kAdviceAbove)
        for (const QString& line : budget->advice(domains.size()))
            context.err << "mailsight-cli: " << line << Qt::endl;

    const QString compare = args.value(QStringLiteral("compare"), QStringLiteral("quarter"));
    // A --compare that names no audit fails before the run, not half way through its output.
    if (history && args.has(QStringLiteral("compare")) && !domains.isEmpty())
        if (auto baseline = history->baseline(domains.first(), compare, QDateTime::currentDateTimeUtc());
            !baseline)
            return context.fail(baseline.error(), CliExit::Usage);

    // The output is written as the domains finish: to a QSaveFile (committed at the end, also
    // after Ctrl-C) or straight to stdout's device.
    std::unique_ptr<QSaveFile> file;
    QBuffer buffer; // stdout without a device (tests' string streams): written at the end
    QIODevice* device = nullptr;
    if (args.has(QStringLiteral("output"))) {
        file = std::make_unique<QSaveFile>(args.value(QStringLiteral("output")));
        if (!file->open(QIODevice::WriteOnly))
            return context.fail(QStringLiteral("%1: %2").arg(file->fileName(), file->errorString()),
                                CliExit::Failure);
        device = file.get();
    } else if (context.out.device()) {
        context.out.flush();
        device = context.out.device();
    } else {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    }
    std::unique_ptr<AuditStreamWriter> writer = AuditWriterFactory::make(context.format, device, failOn);
    // HTML and the PDF are written at the end from a spool of the reports on disk, one report at a
    // time (the cover, the summary and Appendix B read the small summary the spool keeps); alerts
    // and metrics read each report's checks and findings at the end (kept without the query log).
    const bool documentWanted = context.format == CliFormat::Html || args.has(QStringLiteral("pdf"));
    const bool keepSlim = *alerts || args.has(QStringLiteral("metrics"));
    AuditDocumentOptions documentBase;
    documentBase.organisation = args.value(QStringLiteral("organisation"));
    // The demo world has its own reports: without a named database they go into a temporary one,
    // as the GUI demo does, never into the user's history.
    QTemporaryDir demoDir;
    if (reportSections && documentWanted) {
        std::shared_ptr<HistoryDatabase> reportsDb = database;
        if (context.demo && !database) {
            auto demoDb = HistoryDatabase::open(demoDir.filePath(QStringLiteral("demo.sqlite")));
            if (demoDir.isValid() && demoDb) {
                if (auto imported = DemoReports::importInto(*demoDb); imported)
                    reportsDb = *demoDb;
                else
                    context.err << "mailsight-cli: demo reports not loaded: " << imported.error() << Qt::endl;
            }
        }
        documentBase.senders = SenderSections::collect(reportsDb, domains, reportsSince, reportsUntil);
    }
    std::unique_ptr<AuditDocumentSpool> spool;
    if (documentWanted) {
        // Beside the output (or the PDF) when there is one: the spool is as large as a JSON Lines
        // output, and the system's temporary directory may be held in memory.
        QString spoolDir;
        if (args.has(QStringLiteral("output")))
            spoolDir = QFileInfo(args.value(QStringLiteral("output"))).absolutePath();
        else if (args.has(QStringLiteral("pdf")))
            spoolDir = QFileInfo(args.value(QStringLiteral("pdf"))).absolutePath();
        spool = std::make_unique<AuditDocumentSpool>(documentBase.senders);
        if (auto opened = spool->open(spoolDir); !opened)
            return context.fail(opened.error(), CliExit::Failure);
    }
    QList<AuditReport> reports;
    QString spoolError; // the first write to the spool that failed
    bool failing = false;
    qint64 queriesAsked = 0;
    std::unique_ptr<SpfSnapshotStore> snapshots;
    if (database && history) {
        if (auto prepared = ReportImporter(database).prepare(); prepared)
            snapshots = std::make_unique<SpfSnapshotStore>(database);
        else
            context.err << "mailsight-cli: SPF trees not stored: " << prepared.error() << Qt::endl;
    }

    AuditRunner runner(resolver, options);
    CliInterruptWatcher interrupts([&runner, limiter = options.checkOptions.rateLimiter](int) {
        runner.cancel();
        if (limiter)
            limiter->cancel();
    });
    AuditProgressLine progress(context.err, domains.size(), AuditProgressLine::stderrIsTerminal());
    if (writer)
        writer->begin();
    runner.run(domains, [&](qsizetype index, AuditReport& r) {
        if (*shard)
            (*shard)->stamp(index, r);
        if (r.cancelled) {
            // Named in every format as not audited; never stored (a partial audit is no evidence).
            if (!r.hasFinding(u"AUDIT-CANCELLED")) {
                Finding f = FindingCatalogue::make(u"AUDIT-CANCELLED", {}, {r.domain});
                f.area = QStringLiteral("audit");
                f.domain = r.domain;
                r.findings.prepend(f);
                runner.finishReport(r);
            }
        } else if (history) {
            // Stored one by one (one small transaction each), so that a long batch leaves what it
            // finished in the history even when it is interrupted.
            QString kind;
            if (auto baseline = history->baseline(r.domain, compare, r.startedAt, &kind);
                baseline && *baseline) {
                r.diff = AuditDiff::compare(**baseline, r);
                r.diff.insert(QStringLiteral("baseline"), kind);
            }
            if (auto stored = history->store(r); !stored)
                context.err << "mailsight-cli: audit of " << r.domain << " not stored: " << stored.error()
                            << Qt::endl;
            storeSpfSnapshot(context, snapshots.get(), r);
        }
        progress.clear();
        if (writer) {
            writer->add(r);
            if (auto* f = qobject_cast<QFileDevice*>(device))
                f->flush();
        }
        if (spool)
            if (auto spooled = spool->add(r); !spooled && spoolError.isEmpty())
                spoolError = spooled.error();
        for (const Finding& f : std::as_const(r.findings))
            failing = failing || f.severity >= failOn;
        queriesAsked += std::max(0, r.queriesAsked);
        progress.update(index + 1, queriesAsked);
        if (keepSlim)
            reports << slim(r);
    });
    progress.clear();
    const int interrupted = interrupts.signal();
    if (writer)
        writer->finish();
    if (!spoolError.isEmpty())
        return context.fail(spoolError, CliExit::Failure);
    if (interrupted)
        context.err << "mailsight-cli: interrupted: the domains not audited are marked AUDIT-CANCELLED"
                    << Qt::endl;
    // Alerts compare with the stored audits, so they run once the new ones are stored.
    const int alertExit =
        *alerts && !interrupted ? AuditAlerts::run(context, **alerts, history.get(), reports) : CliExit::Ok;
    if (!history && args.has(QStringLiteral("compare")))
        context.err
            << "mailsight-cli: --compare needs the history (no --no-history; with --demo, name --history DB)"
            << Qt::endl;

    AuditDocumentOptions document = std::move(documentBase);
    if (history && documentWanted) {
        auto trend = history->quarterlyTrend(domains);
        if (trend)
            document.trend = *trend;
    }
    if (!writer)
        if (auto written = spool->writeHtml(device, document); !written)
            return context.fail(QStringLiteral("%1: %2").arg(
                                    file ? file->fileName() : QStringLiteral("output"), written.error()),
                                CliExit::Failure);
    if (writer && !writer->error().isEmpty())
        return context.fail(
            QStringLiteral("%1: %2").arg(file ? file->fileName() : QStringLiteral("output"), writer->error()),
            CliExit::Failure);
    if (file && !file->commit())
        return context.fail(QStringLiteral("%1: %2").arg(file->fileName(), file->errorString()),
                            CliExit::Failure);
    if (device == &buffer) {
        context.out << QString::fromUtf8(buffer.data());
        context.out.flush();
    } else if (!file) {
        if (auto* f = qobject_cast<QFileDevice*>(device))
            f->flush();
    }
    if (interrupted)
        return 128 + interrupted; // the shell's convention: 130 after Ctrl-C, 143 after SIGTERM

    // After the output, so that it appears even when the metrics cannot be written.
    std::expected<void, QString> metrics;
    if (args.has(QStringLiteral("metrics")))
        metrics =
            MetricsFile::writeAudits(args.value(QStringLiteral("metrics")), reports, history.get(), database);

    if (args.has(QStringLiteral("pdf"))) {
        // The PDF needs Qt Widgets (QCustomPlot): mailsight-report draws it from the spool.
        if (auto rendered =
                AuditPdfRenderer::render(*spool, document, languageCode, args.value(QStringLiteral("pdf")));
            !rendered)
            return context.fail(rendered.error(), CliExit::Failure);
        context.err << "mailsight-cli: PDF written to " << args.value(QStringLiteral("pdf")) << Qt::endl;
    }

    if (!metrics)
        return context.fail(metrics.error(), CliExit::Failure);
    if (alertExit != CliExit::Ok)
        return alertExit; // an alert not delivered (queued for the next run)
    if (failNever)
        return CliExit::Ok;
    return failing ? CliExit::Findings : CliExit::Ok;
}
