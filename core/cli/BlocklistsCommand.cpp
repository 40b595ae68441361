#include "BlocklistsCommand.h"

#include "audit/AuditCheckOptions.h"
#include "blocklist/BlocklistCheck.h"
#include "blocklist/BlocklistDefaults.h"
#include "blocklist/BlocklistFileParser.h"
#include "blocklist/BlocklistSubjects.h"
#include "dns/DnsName.h"
#include "reports/DmarcPassingSources.h"
#include "reports/ReportImporter.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QString resultWord(BlocklistVerdict::Result r) {
    switch (r) {
    case BlocklistVerdict::Result::Listed:
        return u"LISTED"_s;
    case BlocklistVerdict::Result::Clear:
        return u"clear"_s;
    case BlocklistVerdict::Result::Refused:
        return u"refused"_s;
    case BlocklistVerdict::Result::Error:
        return u"error"_s;
    }
    return {};
}

void printText(QTextStream& out, const BlocklistResult& r, const QList<BlocklistSubject>& subjects) {
    out << "Blocklists for " << r.domain << "\n\n";
    const int listed = r.count(BlocklistVerdict::Result::Listed);
    if (!r.queried)
        out << "[INFO] No list was asked: " << r.notQueried << "\n";
    else if (listed > 0)
        out << "[ERROR] " << listed << " listing(s) found.\n";
    else
        out << "[OK] No listing found on the lists that answered.\n";
    out << "\nLooked up\n";
    if (subjects.isEmpty())
        out << "  nothing\n";
    for (const BlocklistSubject& s : subjects)
        out << u"  %1  %2\n"_s.arg(s.value, -40).arg(s.reasons.join(u"; "_s));
    for (const QString& s : r.skipped)
        out << "  not looked up: " << s << "\n";
    out << "\nLists\n";
    for (const BlocklistResult::List& l : r.lists) {
        out << u"  %1  %2, %3 list"_s.arg(l.definition.zone, -24)
                   .arg(l.definition.name, BlocklistDefinition::kindName(l.definition.kind));
        if (!l.testQuery.isEmpty())
            out << ", test " << l.testQuery << ": " << l.testOutcome;
        out << ", " << l.asked << " queries\n";
        if (!l.detail.isEmpty())
            out << "      " << l.detail << "\n";
    }
    if (!r.checks.isEmpty()) {
        out << "\nResults\n";
        for (const BlocklistResult::Check& c : r.checks) {
            out << u"  %1 %2 on %3"_s.arg(resultWord(c.verdict.result), -8).arg(c.subject.value, c.list);
            if (c.verdict.result == BlocklistVerdict::Result::Listed) {
                out << ": " << c.verdict.codes.join(u", "_s) << " " << c.verdict.meanings.join(u"; "_s);
                if (!c.reason.isEmpty())
                    out << "\n      reason: " << c.reason;
                if (!c.removal.isEmpty())
                    out << "\n      removal: " << c.removal;
            } else if (c.verdict.result == BlocklistVerdict::Result::Refused && c.asked) {
                out << ": " << c.verdict.meanings.join(u"; "_s);
            } else if (c.verdict.result == BlocklistVerdict::Result::Error && c.asked) {
                out << ": " << c.verdict.error;
            }
            out << "\n";
        }
    }
    out << "\nFindings\n";
    if (r.findings.isEmpty())
        out << "  none\n";
    for (const Finding& f : r.findings) {
        out << "  [" << severityName(f.severity).toUpper() << "] " << f.code << ": " << f.title << "\n";
        out << "      " << f.detail << "\n";
        out << "      Fix: " << f.fix << " (" << f.rfc << ")\n";
    }
    out << "\nRate limit: " << r.rate << " queries a second per list (bursts of " << r.burst << ").\n";
}

} // namespace

QStringList BlocklistsCommand::usage() const {
    return {synopsis(), u"blocklists --print-defaults"_s};
}

QString BlocklistsCommand::description() const {
    return u"Looks the domain's MX addresses, the single addresses and small ranges (up to /28) its SPF "
           u"record "
           "and includes authorise, the busiest DMARC-passing sources of the imported reports (with "
           "--history DB) and the domain and MX host names up on DNS blocklists (RFC 5782): the built-in "
           "set (docs/blocklists.md) or the lists of --blocklists FILE. A refusal code (Spamhaus through a "
           "public resolver) is reported as refused, never as listed. Exits 1 when something is listed, 3 "
           "when no list answered."_s;
}

QList<CliOption> BlocklistsCommand::sharedOptions() {
    return {{u"blocklists"_s, true, false, u"FILE"_s,
             u"the blocklists to ask instead of the built-in set (format: docs/blocklists.md)"_s},
            {u"blocklist-rate"_s, true, false, u"N"_s,
             u"queries a second per blocklist, at most (default 10)"_s}};
}

QList<CliOption> BlocklistsCommand::options() const {
    return sharedOptions() +
           QList<CliOption>{{u"print-defaults"_s,
                             false,
                             false,
                             {},
                             u"print the built-in blocklists in the file format and exit"_s}};
}

int BlocklistsCommand::readOptions(CliContext& context, const CliArgs& args, AuditCheckOptions& options) {
    if (args.has(u"blocklists"_s)) {
        const QString path = args.value(u"blocklists"_s);
        auto lists = BlocklistFileParser::load(path);
        if (!lists)
            return context.fail(lists.error(), QFile::exists(path) ? CliExit::Usage : CliExit::Failure);
        options.blocklists = *lists;
    }
    return readRate(context, args, options);
}

int BlocklistsCommand::readRate(CliContext& context, const CliArgs& args, AuditCheckOptions& options) {
    if (args.has(u"blocklist-rate"_s)) {
        bool ok = false;
        const double rate = args.value(u"blocklist-rate"_s).toDouble(&ok);
        if (!ok || rate <= 0 || rate > 1000)
            return context.fail(u"--blocklist-rate takes queries a second, above 0 and at most 1000"_s,
                                CliExit::Usage);
        options.blocklistRate = rate;
    }
    return 0;
}

int BlocklistsCommand::run(CliContext& context, const CliArgs& args) {
    if (args.has(u"print-defaults"_s)) {
        context.out << QString::fromUtf8(BlocklistDefaults::text());
        context.out.flush();
        return CliExit::Ok;
    }
    if (args.positionals.size() != 1)
        return context.fail(u"usage: mailsight-cli "_s + synopsis(), CliExit::Usage);
    const auto domain = DnsName::fromUserInput(args.positionals.at(0));
    if (!domain)
        return context.fail(u"invalid domain name '%1': %2"_s.arg(args.positionals.at(0), domain.error()),
                            CliExit::Usage);
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(u"blocklists prints text or json only"_s, CliExit::Usage);
    AuditCheckOptions options;
    if (const int code = readOptions(context, args, options); code != 0)
        return code;
    const QList<BlocklistDefinition> lists =
        options.blocklists.isEmpty() ? BlocklistDefaults::definitions() : options.blocklists;

    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    BlocklistResult result;
    QList<BlocklistSubject> subjects;
    if (context.offline || context.demo) {
        result = BlocklistCheck::notQueried(domain->ace(), lists,
                                            u"offline (--offline or --demo): no blocklist was asked"_s);
    } else {
        // The busiest DMARC-passing sources of the imported reports, when a database is named.
        QStringList sources;
        if (!context.historyPath.isEmpty() && !context.noHistory) {
            if (auto db = HistoryDatabase::open(context.historyPath); !db) {
                context.err << "mailsight-cli: report sources not read: " << db.error() << Qt::endl;
            } else if (auto prepared = ReportImporter(*db).prepare(); !prepared) {
                context.err << "mailsight-cli: report sources not read: " << prepared.error() << Qt::endl;
            } else if (auto busiest = DmarcPassingSources::busiest(*db, domain->ace(),
                                                                   QDate::currentDate().addDays(-90));
                       !busiest) {
                context.err << "mailsight-cli: report sources not read: " << busiest.error() << Qt::endl;
            } else {
                sources = *busiest;
            }
        }
        const BlocklistSubjects::Collected collected =
            BlocklistSubjects::collect(domain->ace(), *session, {}, {}, sources);
        subjects = collected.subjects;
        auto limiter = std::make_shared<BlocklistRateLimiter>(
            options.blocklistRate > 0 ? options.blocklistRate : BlocklistRateLimiter::defaultRate);
        BlocklistCheck check(*session, lists, limiter);
        result = check.run(domain->ace(), subjects);
        result.skipped = collected.skipped;
    }
    if (context.format == CliFormat::Json) {
        QJsonObject o = result.toJson();
        QJsonArray subjectArray;
        for (const BlocklistSubject& s : std::as_const(subjects))
            subjectArray.append(s.toJson());
        o.insert(u"subjects"_s, subjectArray);
        o.insert(u"queries"_s, session->log()->toJson());
        context.printJson(o);
    } else {
        printText(context.out, result, subjects);
        context.out.flush();
    }
    if (result.count(BlocklistVerdict::Result::Listed) > 0)
        return CliExit::Findings;
    const bool anyAnswered = std::any_of(result.lists.cbegin(), result.lists.cend(), [](const auto& l) {
        return l.state != BlocklistVerdict::Result::Error && l.asked > 0;
    });
    if (result.queried && !result.checks.isEmpty() && !anyAnswered) {
        context.err << "mailsight-cli: no blocklist answered: the listings of " << domain->ace()
                    << " are unknown" << Qt::endl;
        return CliExit::Failure;
    }
    return CliExit::Ok;
}
