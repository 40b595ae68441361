#include "ReportsCommand.h"

#include "dmarc/DmarcAlignment.h"
#include "dns/DnsName.h"
#include "history/HistoryDatabase.h"
#include "reports/ReportAnalyzer.h"
#include "reports/ReportImporter.h"
#include "reports/ReverseNameStore.h"
#include "reports/SpfSnapshotStore.h"

#include <QFile>
#include <QJsonArray>

namespace {
const QString Usage = QStringLiteral(
    "usage: mailsight-cli [--history DB] reports import FILE|DIR...\n"
    "       mailsight-cli [--history DB] reports summary DOMAIN [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n"
    "                  [--limit N | --all-sources]\n"
    "       mailsight-cli [--history DB] reports resolve DOMAIN     (PTR of the sources, asks DNS)\n"
    "       mailsight-cli [--history DB] reports alignment DOMAIN [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n"
    "                  (DKIM/SPF alignment under RFC 9989 and RFC 7489; asks DNS for the tree walks)\n"
    "       mailsight-cli [--history DB] reports spf-tree DOMAIN TREE.json");

std::shared_ptr<HistoryDatabase> openDatabase(CliContext& context, int& code) {
    if (context.noHistory) {
        code = context.fail(QStringLiteral("reports live in the history database; drop --no-history"),
                            CliExit::Usage);
        return nullptr;
    }
    auto db = HistoryDatabase::open(context.historyPath);
    if (!db) {
        code = context.fail(db.error(), CliExit::Failure);
        return nullptr;
    }
    ReportImporter importer(*db);
    if (auto migrated = importer.prepare(); !migrated) {
        code = context.fail(migrated.error(), CliExit::Failure);
        return nullptr;
    }
    return *db;
}

// The DOMAIN argument of a subcommand, checked like every domain the CLI takes.
std::expected<QString, QString> domainArgument(const QString& text) {
    const auto name = DnsName::fromUserInput(text);
    if (!name)
        return std::unexpected(QStringLiteral("invalid domain name '%1': %2").arg(text, name.error()));
    return name->ace();
}

// --since / --until into a query.
std::expected<void, QString> readDates(const CliArgs& args, ReportQuery& query) {
    for (const auto& [option, date] : {std::pair{QStringLiteral("since"), &query.since},
                                       std::pair{QStringLiteral("until"), &query.until}}) {
        if (!args.has(option))
            continue;
        *date = QDate::fromString(args.value(option), Qt::ISODate);
        if (!date->isValid())
            return std::unexpected(
                QStringLiteral("--%1 needs a date YYYY-MM-DD, not '%2'").arg(option, args.value(option)));
    }
    return {};
}

QString percent(qint64 part, qint64 whole) {
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1)
                     : QStringLiteral("-");
}
} // namespace

QStringList ReportsCommand::usage() const {
    return {
        QStringLiteral("reports import FILE|DIR..."),
        QStringLiteral(
            "reports summary DOMAIN [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--limit N | --all-sources]"),
        QStringLiteral("reports resolve DOMAIN"),
        QStringLiteral("reports alignment DOMAIN [--since YYYY-MM-DD] [--until YYYY-MM-DD]"),
        QStringLiteral("reports spf-tree DOMAIN TREE.json")};
}

QString ReportsCommand::description() const {
    return QStringLiteral(
        "Keeps DMARC aggregate (RFC 7489, RFC 9990) and TLS-RPT (RFC 8460) reports in the history "
        "database. import reads files, folders, archives and mails; summary shows who sends as DOMAIN "
        "and with what results, from the database alone; resolve looks up the reverse names of the "
        "sources; alignment aligns the DKIM and SPF identifiers of the reports with their From under "
        "RFC 9989 (DNS tree walk) and RFC 7489 (Public Suffix List) and flags where they differ; "
        "spf-tree stores an SPF tree (spf --format json) to match sources against.");
}

QList<CliArgument> ReportsCommand::arguments() const {
    return {{QStringLiteral("FILE|DIR..."),
             QStringLiteral("import: report files (XML, JSON, gzip, zip, .eml/.mbox with attachments) or "
                            "folders of them")},
            {QStringLiteral("DOMAIN"),
             QStringLiteral("the domain the reports are about (an IP address is refused)")},
            {QStringLiteral("TREE.json"),
             QStringLiteral("spf-tree: the output of mailsight-cli spf DOMAIN --format json")}};
}

QList<CliOption> ReportsCommand::options() const {
    return {{QStringLiteral("since"), true, false, QStringLiteral("YYYY-MM-DD"),
             QStringLiteral("reports summary, alignment: first day (report start, UTC)")},
            {QStringLiteral("until"), true, false, QStringLiteral("YYYY-MM-DD"),
             QStringLiteral("reports summary, alignment: last day, inclusive")},
            {QStringLiteral("limit"), true, false, QStringLiteral("N"),
             QStringLiteral("reports summary: list the N biggest sources (default 100; totals cover all)")},
            {QStringLiteral("all-sources"),
             false,
             false,
             {},
             QStringLiteral("reports summary: list every source (slow for many)")},
            {QStringLiteral("top"), true, false, QStringLiteral("N"),
             QStringLiteral("reports summary: older name of --limit (0: all)")}};
}

int ReportsCommand::run(CliContext& context, const CliArgs& args) {
    const QString sub = args.positionals.value(0);
    if (sub == u"import")
        return runImport(context, args);
    if (sub == u"summary")
        return runSummary(context, args);
    if (sub == u"resolve")
        return runResolve(context, args);
    if (sub == u"spf-tree")
        return runSpfTree(context, args);
    if (sub == u"alignment")
        return runAlignment(context, args);
    return context.fail(Usage, CliExit::Usage);
}

int ReportsCommand::runImport(CliContext& context, const CliArgs& args) {
    const QStringList paths = args.positionals.mid(1);
    if (paths.isEmpty())
        return context.fail(Usage, CliExit::Usage);
    int code = CliExit::Ok;
    auto db = openDatabase(context, code);
    if (!db)
        return code;
    ReportImporter importer(db);
    const QList<ImportFileResult> results = importer.importPaths(paths);
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    qint64 records = 0;
    for (const ImportFileResult& r : results) {
        imported += r.status == ImportStatus::Imported;
        duplicates += r.status == ImportStatus::Duplicate;
        rejected += r.status == ImportStatus::Rejected;
        records += r.records;
    }
    if (context.format == CliFormat::Json) {
        QJsonArray files;
        for (const ImportFileResult& r : results)
            files.append(r.toJson());
        context.printJson(QJsonObject{{QStringLiteral("database"), db->path()},
                                      {QStringLiteral("imported"), imported},
                                      {QStringLiteral("duplicate"), duplicates},
                                      {QStringLiteral("rejected"), rejected},
                                      {QStringLiteral("records"), records},
                                      {QStringLiteral("files"), files}});
    } else {
        QTextStream& out = context.out;
        for (const ImportFileResult& r : results) {
            switch (r.status) {
            case ImportStatus::Imported:
                out << "imported   " << r.path << "\n           " << r.reports << " report(s), " << r.records
                    << " row(s), " << r.messages << " message(s)";
                if (r.duplicates > 0)
                    out << ", " << r.duplicates << " duplicate(s) skipped";
                out << "\n";
                for (const QString& w : r.warnings)
                    out << "           warning: " << w << "\n";
                break;
            case ImportStatus::Duplicate:
                out << "duplicate  " << r.path << " (already imported)\n";
                break;
            case ImportStatus::Rejected:
                out << "REFUSED    " << r.path << "\n           " << r.reason << "\n";
                break;
            }
        }
        out << "\n"
            << imported << " imported, " << duplicates << " duplicate, " << rejected << " refused ("
            << records << " rows) into " << db->path() << "\n";
    }
    context.out.flush();
    if (results.isEmpty())
        return context.fail(QStringLiteral("no file found in %1").arg(paths.join(QStringLiteral(", "))),
                            CliExit::Findings);
    return rejected > 0 ? CliExit::Findings : CliExit::Ok;
}

int ReportsCommand::runSummary(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 2)
        return context.fail(Usage, CliExit::Usage);
    ReportQuery query;
    const auto domain = domainArgument(args.positionals.at(1));
    if (!domain)
        return context.fail(domain.error(), CliExit::Usage);
    query.domain = *domain;
    if (auto dates = readDates(args, query); !dates)
        return context.fail(dates.error(), CliExit::Usage);
    // Listing every source of a large domain costs most of the summary's time: the biggest 100 by
    // default; the totals and counts cover all of them either way.
    int top = 100;
    for (const QString& option : {QStringLiteral("top"), QStringLiteral("limit")}) {
        if (!args.has(option))
            continue;
        bool ok = false;
        top = args.value(option).toInt(&ok);
        if (!ok || top < 0 || (option == u"limit" && top == 0))
            return context.fail(
                QStringLiteral("--%1 needs a number of %2 or more")
                    .arg(option, option == u"limit" ? QStringLiteral("1") : QStringLiteral("0")),
                CliExit::Usage);
    }
    if (args.has(QStringLiteral("all-sources")))
        top = 0;
    query.sourceLimit = top;
    int code = CliExit::Ok;
    auto db = openDatabase(context, code);
    if (!db)
        return code;
    ReportAnalyzer analyzer(db);
    const auto summary = analyzer.summarize(query);
    if (!summary)
        return context.fail(summary.error(), CliExit::Failure);
    if (context.format == CliFormat::Json) {
        context.printJson(summary->toJson(top));
        return CliExit::Ok;
    }
    QTextStream& out = context.out;
    const ReportSummary& s = *summary;
    out << "DMARC reports for " << s.domain;
    if (s.since.isValid() || s.until.isValid())
        out << " (" << (s.since.isValid() ? s.since.toString(Qt::ISODate) : QStringLiteral("…")) << " to "
            << (s.until.isValid() ? s.until.toString(Qt::ISODate) : QStringLiteral("…")) << ")";
    out << "\n";
    if (s.reports == 0 && s.tlsReports == 0) {
        out << "No reports stored for this domain. Import some with: mailsight-cli reports import FILE|DIR\n";
        return CliExit::Ok;
    }
    out << s.reports << " report(s), " << s.messages << " message(s); DMARC pass "
        << percent(s.dmarc.pass, s.messages) << ", fail " << s.dmarc.fail << "\n";
    if (!s.publishedPolicy.isEmpty())
        out << "Published policy (latest report): p="
            << s.publishedPolicy.value(QStringLiteral("p")).toString() << "\n";
    out << (s.spfSnapshotTakenAt.isEmpty()
                ? QStringLiteral("No stored SPF tree: includes show as 'unknown'.\n")
                : QStringLiteral("SPF tree of %1 used for includes.\n").arg(s.spfSnapshotTakenAt));
    out << "\n"
        << QStringLiteral("%1 %2 %3 %4 %5  %6")
               .arg(QStringLiteral("source"), -17)
               .arg(QStringLiteral("messages"), 9)
               .arg(QStringLiteral("SPF"), 6)
               .arg(QStringLiteral("DKIM"), 6)
               .arg(QStringLiteral("DMARC"), 6)
               .arg(QStringLiteral("include / reverse name"))
        << "\n";
    const int shown = int(qMin<qsizetype>(s.sources.size(), top > 0 ? qMin(top, 25) : 25));
    for (int i = 0; i < shown; ++i) {
        const ReportSource& src = s.sources.at(i);
        QString where = src.matchedInclude;
        if (!src.reverseName.isEmpty())
            where += QStringLiteral(" / ") + src.reverseName;
        // A long IPv6 address gets a line of its own so that the columns stay within 80.
        QString address = src.ip;
        if (address.size() > 17) {
            out << address << "\n";
            address.clear();
        }
        out << QStringLiteral("%1 %2 %3 %4 %5  %6")
                   .arg(address, -17)
                   .arg(src.count, 9)
                   .arg(percent(src.spf.pass, src.count), 6)
                   .arg(percent(src.dkim.pass, src.count), 6)
                   .arg(percent(src.dmarc.pass, src.count), 6)
                   .arg(where.left(32))
            << "\n";
    }
    if (s.sourceCount > shown)
        out << "… and " << (s.sourceCount - shown)
            << " more source(s) (--format json --all-sources lists all)\n";
    if (s.forwarderCount > 0)
        out << "\nForwarders (DKIM pass, SPF fail): " << s.forwarderCount << " source(s)\n";
    if (!s.dkimSelectors.isEmpty()) {
        out << "DKIM selectors seen:\n";
        for (const SelectorSeen& sel : s.dkimSelectors)
            out << "  " << (sel.selector + QStringLiteral("._domainkey.") + sel.domain).left(60) << " ("
                << sel.messages << ")\n";
    }
    for (const PolicySimulation* sim : {&s.quarantine, &s.reject})
        out << "Under p=" << sim->policy << ": " << sim->messages << " message(s) from " << sim->sourceCount
            << " source(s) would be " << (sim->policy == u"reject" ? "rejected" : "quarantined") << "\n    ("
            << (sim->messages - sim->alreadyApplied) << " not so already; " << sim->knownSenders
            << " from senders the SPF record lists)\n";
    if (s.tlsReports > 0)
        out << "\nTLS-RPT: " << s.tlsReports << " report(s), " << s.tlsSuccessful << " successful and "
            << s.tlsFailed << " failed session(s)\n";
    return CliExit::Ok;
}

int ReportsCommand::runResolve(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 2)
        return context.fail(Usage, CliExit::Usage);
    const auto domain = domainArgument(args.positionals.at(1));
    if (!domain)
        return context.fail(domain.error(), CliExit::Usage);
    int code = CliExit::Ok;
    auto db = openDatabase(context, code);
    if (!db)
        return code;
    ReverseNameStore names(db);
    const QStringList missing = names.missing(*domain);
    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    const int stored = names.resolve(missing, *session);
    context.out << stored << " reverse name(s) looked up and stored (" << missing.size()
                << " source(s) had none)\n";
    return CliExit::Ok;
}

int ReportsCommand::runAlignment(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 2)
        return context.fail(Usage, CliExit::Usage);
    ReportQuery query;
    const auto domain = domainArgument(args.positionals.at(1));
    if (!domain)
        return context.fail(domain.error(), CliExit::Usage);
    query.domain = *domain;
    if (auto dates = readDates(args, query); !dates)
        return context.fail(dates.error(), CliExit::Usage);
    int code = CliExit::Ok;
    auto db = openDatabase(context, code);
    if (!db)
        return code;
    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    const DmarcAlignment alignment(session.get());
    const auto result = ReportAnalyzer(db).identifierAlignment(query, alignment);
    if (!result)
        return context.fail(result.error(), CliExit::Failure);
    if (context.format == CliFormat::Json) {
        QJsonObject o = result->toJson();
        o.insert(QStringLiteral("queries"), session->log()->toJson());
        context.printJson(o);
        return CliExit::Ok;
    }
    QTextStream& out = context.out;
    out << "DKIM and SPF alignment in the reports for " << result->domain << ": " << result->rows.size()
        << " identifier(s)";
    if (result->differing > 0)
        out << "; " << result->differing << " passing identifier(s) (" << result->differingMessages
            << " message(s)) align under one reading and not the other";
    out << "\n";
    for (const ReportAlignmentRow& r : result->rows) {
        out << QStringLiteral("  %1 %2 %3 for From %4: %5 message(s), alignment %6 (%7)")
                   .arg(r.readingsDiffer() ? QStringLiteral("!") : QStringLiteral(" "), r.kind.toUpper(),
                        r.domain + QLatin1Char('=') + r.result, r.headerFrom)
                   .arg(r.messages)
                   .arg(r.alignment.summary(), dmarcAlignmentModeName(r.alignment.rfc9989.mode))
            << "\n";
        if (r.alignment.readingsDiffer()) {
            out << "      RFC 9989: " << r.alignment.rfc9989.explanation << "\n";
            out << "      RFC 7489: " << r.alignment.rfc7489.explanation << "\n";
        }
    }
    return CliExit::Ok;
}

int ReportsCommand::runSpfTree(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 3)
        return context.fail(Usage, CliExit::Usage);
    const auto domain = domainArgument(args.positionals.at(1));
    if (!domain)
        return context.fail(domain.error(), CliExit::Usage);
    QFile file(args.positionals.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()),
                            CliExit::Failure);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return context.fail(
            QStringLiteral("%1 is not a JSON object: %2").arg(file.fileName(), error.errorString()),
            CliExit::Usage);
    int code = CliExit::Ok;
    auto db = openDatabase(context, code);
    if (!db)
        return code;
    SpfSnapshotStore store(db);
    if (auto stored = store.store(*domain, doc.object()); !stored)
        return context.fail(stored.error(), CliExit::Failure);
    context.out << "SPF tree of " << *domain << " stored\n";
    return CliExit::Ok;
}
