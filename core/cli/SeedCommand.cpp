#include "SeedCommand.h"

#include "AuditAlerts.h"
#include "CliInterruptWatcher.h"
#include "SeedRunRecorder.h"
#include "net/ConnectionLog.h"
#include "seed/SeedRun.h"
#include "seed/SeedTestMessage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
void printText(QTextStream& out, const SeedRunResult& r) {
    out << "Token: " << r.token << "\n";
    if (r.sendAsked)
        out << "Sent: "
            << (r.sent ? u"yes, through %1 (%2)"_s.arg(r.submissionServer, r.submission.queueId)
                       : u"no: %1"_s.arg(r.submission.errorText))
            << "\n";
    else
        out << "Sent: no (watching for a message sent by your own system)\n";
    out << "\n";
    for (const SeedResult& s : r.seeds) {
        QString where =
            s.arrived ? u"%1 in \"%2\" after %3 s"_s.arg(seedPlacementName(s.placement).toUpper(), s.folder)
                            .arg(s.seconds.value_or(0), 0, 'f', 1)
            : s.failed()   ? u"FAILED (%1)"_s.arg(seedErrorName(s.error))
            : s.lookedInto ? u"MISSING"_s
                           : u"NOT CHECKED"_s;
        out << u"  %1 %2"_s.arg(s.name, -16).arg(where) << "\n";
        if (!s.errorText.isEmpty() && !s.arrived)
            out << "      " << s.errorText << "\n";
        if (!s.analysis)
            continue;
        const MessageAnalysis& a = *s.analysis;
        QStringList receiver;
        if (a.receiver.spf)
            receiver << u"spf="_s + a.receiver.spf->result;
        for (const AuthenticationResult& d : a.receiver.dkim)
            receiver << u"dkim="_s + d.result;
        if (a.receiver.dmarc)
            receiver << u"dmarc="_s + a.receiver.dmarc->result;
        out << "      receiver (" << (a.receiver.authServId.isEmpty() ? u"-"_s : a.receiver.authServId)
            << "): " << (receiver.isEmpty() ? u"no Authentication-Results"_s : receiver.join(u", "_s))
            << "\n";
        QStringList ours{u"spf="_s + a.spf.result};
        for (const DkimSignatureVerification& d : a.dkim.signatures)
            ours << u"dkim="_s + d.result;
        ours << u"dmarc="_s + a.dmarc9989.result;
        out << "      Mailsight: " << ours.join(u", "_s) << "\n";
        for (const VerdictDifference& d : a.differences)
            out << u"      ≠ %1 %2: receiver %3, Mailsight %4 — %5"_s.arg(d.method.toUpper(), d.subject,
                                                                          d.receiver, d.ours, d.explanation)
                << "\n";
    }
    if (!r.findings.isEmpty()) {
        out << "\nFindings\n";
        for (const Finding& f : r.findings)
            out << u"  %1 %2: %3"_s.arg(severityName(f.severity).toUpper(), -8).arg(f.code, f.detail) << "\n";
    }
}
} // namespace

SeedCommand::SeedCommand(ProbeFactory probes)
    : m_probes(std::move(probes)) {}

QString SeedCommand::description() const {
    return u"Checks where seed mailboxes (IMAP accounts you own at the big providers) put a test message. "
           u"With "
           "--send, a message carrying a unique token (X-Mailsight-Token and the subject) goes through your "
           "own "
           "submission server to every seed; without it, the seeds are watched for a message your own system "
           "sends with --token. Each seed is then polled over IMAP until the message is found or --wait "
           "seconds "
           "have passed: the folder (inbox, spam, other), the delay, and the copy read by the message "
           "analyzer, "
           "the receiver's Authentication-Results beside Mailsight's own evaluation. Found messages are "
           "deleted "
           "(or kept, or moved: the configuration's \"cleanup\"). The configuration (--config FILE, JSON) is "
           "described in docs/seed.md; passwords come from environment variables or a file of mode 0600. "
           "Exit 0: "
           "every seed has it outside spam; 1: a seed put it in spam or never received it; 3: a seed or the "
           "submission server could not be reached or refused the login."_s;
}

QList<CliArgument> SeedCommand::arguments() const {
    return {{u"check"_s, u"the only action: send (with --send) and look"_s}};
}

QList<CliOption> SeedCommand::options() const {
    return QList<CliOption>{
               {u"send"_s,
                false,
                false,
                {},
                u"send the test message through the configured submission server first"_s},
               {u"wait"_s, true, false, u"SECONDS"_s,
                u"how long to wait for the message, overall (default 300)"_s},
               {u"poll"_s, true, false, u"SECONDS"_s, u"time between two looks into the seeds (default 5)"_s},
               {u"token"_s, true, false, u"T"_s,
                u"the token to look for ([A-Za-z0-9-]); needed without --send, made up with it"_s},
               {u"domain"_s, true, false, u"DOMAIN"_s,
                u"the audited domain the run is filed under in the history, the metrics and the alerts "
                u"(default: the domain of the submission's From address)"_s},
           } +
           AuditAlerts::options();
}

int SeedCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals != QStringList{u"check"_s})
        return context.fail(u"usage: mailsight-cli seed check --config FILE [--send] [--wait SECONDS]"_s,
                            CliExit::Usage);
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(u"seed check prints text or json"_s, CliExit::Usage);
    const QStringList configs = args.all(u"config"_s);
    if (configs.size() != 1)
        return context.fail(u"seed check needs one --config FILE (the seed configuration, docs/seed.md)"_s,
                            CliExit::Usage);
    auto seconds = [&](const QString& name, int fallback, int min) -> std::optional<int> {
        if (!args.has(name))
            return fallback;
        bool ok = false;
        const int v = args.value(name).toInt(&ok);
        return ok && v >= min && v <= 86400 ? std::optional<int>(v) : std::nullopt;
    };
    const auto wait = seconds(u"wait"_s, 300, 0);
    const auto poll = seconds(u"poll"_s, 5, 1);
    if (!wait || !poll)
        return context.fail(u"--%1 needs a number of seconds"_s.arg(!wait ? u"wait"_s : u"poll"_s),
                            CliExit::Usage);
    SeedRun::Options options;
    options.send = args.has(u"send"_s);
    options.waitSeconds = *wait;
    options.pollIntervalMs = *poll * 1000;
    options.token = args.value(u"token"_s).toLatin1();
    if (args.has(u"token"_s) && !SeedTestMessage::isToken(options.token))
        return context.fail(u"--token: 8 to 64 letters, digits and '-'"_s, CliExit::Usage);
    if (!options.send && options.token.isEmpty())
        return context.fail(u"without --send, give the --token your own system puts in its message"_s,
                            CliExit::Usage);

    const auto alerts = AuditAlerts::parse(args, context, Severity::Error, false);
    if (!alerts)
        return context.fail(alerts.error(), CliExit::Usage);

    auto config = SeedConfig::read(configs.first(), options.send);
    if (!config)
        return context.fail(config.error(), CliExit::Usage);
    const QString domain = SeedRunRecorder::domainOf(
        args.value(u"domain"_s), config->submission ? config->submission->from : QString());
    if (*alerts && domain.isEmpty())
        return context.fail(u"--alert-on: name the audited domain with --domain (nothing is sent from it)"_s,
                            CliExit::Usage);
    if (options.send && !config->submission)
        return context.fail(u"--send: %1 names no submission server (\"submission\")"_s.arg(configs.first()),
                            CliExit::Usage);
    for (SeedConfig::Seed& s : config->seeds)
        s.account.extraCa << context.net.extraCa;
    if (config->submission)
        config->submission->extraCa << context.net.extraCa;

    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    ConnectionLog log;
    const NetOptions net = context.net;
    SeedRun run(
        *config, [&] { return m_probes(net, &log); }, net, &log, session);
    CliInterruptWatcher interrupt([&](int) { run.cancel(); });
    const bool text = context.format == CliFormat::Text;
    const SeedRunResult result = run.run(options, [&](const SeedProgress& p) {
        using S = SeedProgress::State;
        if (!text)
            return;
        const QString who = p.name.isEmpty() ? u"submission"_s : u"seed "_s + p.name;
        const QString what = p.state == S::Sending  ? u"sending"_s
                             : p.state == S::Sent   ? u"sent"_s
                             : p.state == S::Found  ? u"found in \"%1\""_s.arg(p.detail)
                             : p.state == S::Failed ? u"failed: "_s + p.detail
                                                    : u"waiting"_s;
        context.err << u"%1: %2 (%3 s)"_s.arg(who, what).arg(p.seconds, 0, 'f', 0) << Qt::endl;
    });
    if (text) {
        printText(context.out, result);
    } else {
        QJsonObject o = result.toJson();
        o.insert(u"config"_s, configs.first());
        o.insert(u"connections"_s, log.toJson());
        context.printJson(o);
    }
    const int recorded = SeedRunRecorder::record(context, result, domain, *alerts);
    // A seed's verdict (1) or an unreachable seed (3) first; then a failure to store or alert.
    return result.exitCode() != CliExit::Ok ? result.exitCode() : recorded;
}
