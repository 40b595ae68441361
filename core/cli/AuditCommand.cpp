#include "AuditCommand.h"

#include "AuditAlerts.h"
#include "BlocklistsCommand.h"
#include "audit/AuditChecks.h"
#include "audit/AuditRunner.h"
#include "audit/AuditTrustOptions.h"
#include "audit/ReportSourcesReader.h"
#include "audit/StagedRecordResolver.h"
#include "audit/TerraformPlanReader.h"
#include "audit/export/AuditCsvExporter.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/AuditJsonExporter.h"
#include "audit/export/AuditJunitExporter.h"
#include "audit/export/AuditSarifExporter.h"
#include "audit/export/SenderSections.h"
#include "demo/DemoReports.h"
#include "dns/DnsName.h"
#include "history/AuditDiff.h"
#include "history/AuditHistory.h"
#include "i18n/AppLanguage.h"
#include "monitor/MetricsFile.h"
#include "reports/ReportImporter.h"
#include "reports/SpfSnapshotStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>

QStringList AuditCommand::usage() const {
    return {QStringLiteral("audit DOMAIN... [--domains-file F]... [--format text|json|csv|sarif|junit|html]"),
            QStringLiteral(
                "audit DOMAIN... [--pdf OUT] [--language en|de|fr|system] [--fail-on error|warning|never]"),
            QStringLiteral("audit DOMAIN... --alert-on regression|error|warning [--alert-command CMD] "
                           "[--alert-webhook URL] [--alert-mail ADDR]")};
}

QString AuditCommand::description() const {
    return QStringLiteral(
        "Runs every check (DNS, SPF, DKIM, DMARC) over one or many domains at once, grades each, compares "
        "it with an earlier audit from the history and stores it, and writes the result as text, JSON, "
        "CSV, SARIF, JUnit, HTML or PDF. Exits 1 when a finding is at or above --fail-on. With --alert-on, "
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
    return auditOptions() + AuditAlerts::options(); // --alert-on ... (docs/monitoring-alerts.md)
}

namespace {

QString rendererPath() {
    const QString fromEnv = qEnvironmentVariable("MAILSIGHT_REPORT_RENDERER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/mailsight-report");
    if (QFile::exists(beside))
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("mailsight-report"));
}

void printText(QTextStream& out, const QList<AuditReport>& reports) {
    for (const AuditReport& r : reports) {
        out << r.domain << "  grade " << r.grade << "  (" << r.count(Severity::Error) << " errors, "
            << r.count(Severity::Warning) << " warnings, " << r.count(Severity::Info) << " notes)";
        if (r.staged)
            out << "  [STAGED]";
        out << "\n";
        for (const QString& reason : r.gradeReasons)
            out << "  " << reason << "\n";
        QList<Finding> sorted = r.findings;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
        for (const Finding& f : std::as_const(sorted)) {
            // At least one space after the code: some codes are longer than the column.
            out << "  " << QStringLiteral("%1 %2").arg(severityName(f.severity), -8).arg(f.code, -25) << ' '
                << f.title << "\n";
            for (const QString& e : f.evidence)
                out << "      " << e << "\n";
        }
        if (r.staged) {
            out << "  Staged records (not live yet, from " << r.stagedSources.join(QStringLiteral(", "))
                << "):\n";
            for (const AuditRecord& rec : r.records)
                if (rec.staged)
                    out << "    " << rec.zoneLine() << "\n";
        }
        if (!r.diff.isEmpty()) {
            out << "  Since " << r.diff.value(QStringLiteral("baseline")).toString() << " ("
                << r.diff.value(QStringLiteral("from"))
                       .toObject()
                       .value(QStringLiteral("startedAt"))
                       .toString()
                << "):\n";
            for (const QString& line : AuditDiff::summary(r.diff))
                out << "    " << line << "\n";
        }
        if (r.id > 0)
            out << "  Stored as audit " << r.id << "\n";
        out << "\n";
    }
    QMap<QString, int> grades;
    for (const AuditReport& r : reports)
        ++grades[r.grade];
    QStringList parts;
    for (auto it = grades.constBegin(); it != grades.constEnd(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key()).arg(*it);
    out << reports.size() << (reports.size() == 1 ? " domain" : " domains") << " audited; grades "
        << parts.join(QStringLiteral(", ")) << "\n";
}

void storeSpfSnapshots(CliContext& context, const std::shared_ptr<HistoryDatabase>& database,
                       const QList<AuditReport>& reports) {
    if (!database)
        return;
    // The snapshots live in the reports' tables: create them if no report was imported yet.
    if (auto prepared = ReportImporter(database).prepare(); !prepared) {
        context.err << "mailsight-cli: SPF trees not stored: " << prepared.error() << Qt::endl;
        return;
    }
    SpfSnapshotStore store(database);
    for (const AuditReport& r : reports) {
        const QJsonObject spf = r.check(QStringLiteral("spf"));
        // A staged audit's tree is not what the receivers saw; a failed lookup has no tree.
        if (r.staged || spf.value(QStringLiteral("tree")).toObject().isEmpty())
            continue;
        if (auto stored = store.store(r.domain, spf, r.startedAt); !stored)
            context.err << "mailsight-cli: SPF tree of " << r.domain << " not stored: " << stored.error()
                        << Qt::endl;
    }
}

} // namespace

int AuditCommand::run(CliContext& context, const CliArgs& args) {
    // Domains: positionals and files, each once, in order.
    QStringList domains;
    for (const QString& raw : args.positionals) {
        const auto name = DnsName::fromUserInput(raw);
        if (!name)
            return context.fail(QStringLiteral("invalid domain name '%1': %2").arg(raw, name.error()),
                                CliExit::Usage);
        if (!domains.contains(name->ace()))
            domains << name->ace();
    }
    for (const QString& file : args.all(QStringLiteral("domains-file"))) {
        auto listed = AuditRunner::readDomainsFile(file);
        if (!listed)
            return context.fail(listed.error(), QFile::exists(file) ? CliExit::Usage : CliExit::Failure);
        for (const QString& d : std::as_const(*listed))
            if (!domains.contains(d))
                domains << d;
    }
    if (domains.isEmpty())
        return context.fail(
            QStringLiteral("usage: mailsight-cli audit DOMAIN... [--domains-file F] (see --help)"),
            CliExit::Usage);

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
        return context.fail(QStringLiteral("audit writes text, json, csv, sarif, junit or html"),
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

    AuditRunner runner(resolver, options);
    QList<AuditReport> reports = runner.run(domains);

    const QString compare = args.value(QStringLiteral("compare"), QStringLiteral("quarter"));
    if (history) {
        for (AuditReport& r : reports) {
            QString kind;
            auto baseline = history->baseline(r.domain, compare, r.startedAt, &kind);
            if (!baseline) {
                if (args.has(QStringLiteral("compare")))
                    return context.fail(baseline.error(), CliExit::Usage);
            } else if (*baseline) {
                r.diff = AuditDiff::compare(**baseline, r);
                r.diff.insert(QStringLiteral("baseline"), kind);
            }
            if (auto stored = history->store(r); !stored)
                context.err << "mailsight-cli: audit of " << r.domain << " not stored: " << stored.error()
                            << Qt::endl;
        }
        // The SPF trees, so that `reports summary` (which never asks DNS) can tell which include
        // covers each report source.
        storeSpfSnapshots(context, database, reports);
    }
    // Alerts compare with the stored audits, so they run once the new ones are stored.
    const int alertExit = *alerts ? AuditAlerts::run(context, **alerts, history.get(), reports) : CliExit::Ok;
    if (!history && args.has(QStringLiteral("compare")))
        context.err
            << "mailsight-cli: --compare needs the history (no --no-history; with --demo, name --history DB)"
            << Qt::endl;

    AuditDocumentOptions document;
    document.organisation = args.value(QStringLiteral("organisation"));
    if (history) {
        auto trend = history->quarterlyTrend(domains);
        if (trend)
            document.trend = *trend;
    }
    const bool documentWanted = context.format == CliFormat::Html || args.has(QStringLiteral("pdf"));
    if (reportSections && documentWanted) {
        // The demo world has its own reports: without a named database they go into a temporary
        // one, as the GUI demo does, never into the user's history.
        QTemporaryDir demoDir;
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
        document.senders = SenderSections::collect(reportsDb, domains, reportsSince, reportsUntil);
    }

    QByteArray output;
    switch (context.format) {
    case CliFormat::Json:
        output = AuditJsonExporter::write(reports);
        break;
    case CliFormat::Csv:
        output = AuditCsvExporter::write(reports);
        break;
    case CliFormat::Sarif:
        output = AuditSarifExporter::write(reports);
        break;
    case CliFormat::Junit:
        output = AuditJunitExporter::write(reports, failOn);
        break;
    case CliFormat::Html:
        output = AuditHtmlExporter::write(reports, document);
        break;
    default: {
        QString text;
        QTextStream stream(&text);
        printText(stream, reports);
        stream.flush();
        output = text.toUtf8();
        break;
    }
    }
    if (args.has(QStringLiteral("output"))) {
        QSaveFile file(args.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
            return context.fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()),
                                CliExit::Failure);
    } else if (QIODevice* device = context.out.device()) {
        // The bytes as they are: through the QTextStream a 200-domain JSON (30 MB) was copied into
        // a UTF-16 QString (60 MB) and encoded again, a third of the batch's peak memory.
        context.out.flush();
        device->write(output);
    } else {
        context.out << QString::fromUtf8(output);
        context.out.flush();
    }

    // After the output, so that it appears even when the metrics cannot be written.
    std::expected<void, QString> metrics;
    if (args.has(QStringLiteral("metrics")))
        metrics =
            MetricsFile::writeAudits(args.value(QStringLiteral("metrics")), reports, history.get(), database);

    if (args.has(QStringLiteral("pdf"))) {
        // The PDF needs Qt Widgets (QCustomPlot); the CLI links only core, so a small renderer
        // beside it does the drawing from the same JSON.
        const QString renderer = rendererPath();
        if (renderer.isEmpty())
            return context.fail(
                QStringLiteral("--pdf needs mailsight-report (built with the GUI) beside mailsight-cli "
                               "or on PATH, or MAILSIGHT_REPORT_RENDERER"),
                CliExit::Failure);
        QTemporaryFile input(QDir::tempPath() + QStringLiteral("/mailsight-audit-XXXXXX.json"));
        if (!input.open())
            return context.fail(QStringLiteral("cannot write a temporary file: %1").arg(input.errorString()),
                                CliExit::Failure);
        QJsonArray reportArray;
        for (const AuditReport& r : reports)
            reportArray.append(r.toJson());
        QJsonObject senders;
        for (auto it = document.senders.constBegin(); it != document.senders.constEnd(); ++it)
            senders.insert(it.key(), it.value());
        input.write(QJsonDocument(QJsonObject{{QStringLiteral("organisation"), document.organisation},
                                              {QStringLiteral("trend"), document.trend},
                                              {QStringLiteral("senders"), senders},
                                              {QStringLiteral("reports"), reportArray}})
                        .toJson(QJsonDocument::Compact));
        input.flush();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(renderer, {QStringLiteral("--language"), languageCode, input.fileName(),
                                 args.value(QStringLiteral("pdf"))});
        if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return context.fail(QStringLiteral("the PDF could not be rendered (%1)").arg(renderer),
                                CliExit::Failure);
        context.err << "mailsight-cli: PDF written to " << args.value(QStringLiteral("pdf")) << Qt::endl;
    }

    if (!metrics)
        return context.fail(metrics.error(), CliExit::Failure);
    if (alertExit != CliExit::Ok)
        return alertExit; // an alert not delivered (queued for the next run)
    if (failNever)
        return CliExit::Ok;
    for (const AuditReport& r : std::as_const(reports))
        for (const Finding& f : r.findings)
            if (f.severity >= failOn)
                return CliExit::Findings;
    return CliExit::Ok;
}
