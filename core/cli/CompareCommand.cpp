#include "CompareCommand.h"

#include "audit/AuditChecks.h"
#include "audit/AuditRunner.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"
#include "monitor/ConfigComparison.h"
#include "monitor/ZoneDriftChecker.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QStringList CompareCommand::usage() const {
    return {u"compare DOMAIN_A DOMAIN_B [--map FROM=TO]... [--no-transport] [--format text|json]"_s,
            u"compare --zone FILE DOMAIN [--live-zone FILE]... [--format text|json]"_s,
            u"compare --terraform-state FILE DOMAIN [--live-zone FILE]... [--format text|json]"_s};
}

QString CompareCommand::description() const {
    return u"With two domains: audits both (SPF, DMARC, DKIM, and MX, MTA-STS and TLS-RPT unless "
           u"--no-transport) and compares their configurations structurally: the senders SPF authorises "
           u"after expansion, its includes, all-qualifier and lookup count; every DMARC tag's effective "
           u"value "
           u"under RFC 9989 and RFC 7489; the DKIM selectors found with key type and size; MX hosts, "
           u"MTA-STS mode and TLS-RPT destinations. --map rewrites expected differences in names on the "
           u"first domain's side before comparing. With one domain and --zone FILE (here the IaC source, "
           u"not an overlay) or --terraform-state FILE: asks live DNS for every name and type the source "
           u"declares and for the domain's mail names, and reports records live only, in the source only, "
           u"or different. Exits 1 when the domains differ or DNS drifted, 3 when a question got no answer."_s;
}

QList<CliArgument> CompareCommand::arguments() const {
    return {{u"DOMAIN_A"_s, u"the first domain (staging): --map rewrites names on its side"_s},
            {u"DOMAIN_B"_s, u"the second domain (production)"_s},
            {u"DOMAIN"_s, u"with --zone or --terraform-state: the domain whose live DNS is compared"_s}};
}

QList<CliOption> CompareCommand::options() const {
    return {
        {u"map"_s, true, true, u"FROM=TO"_s,
         u"names under FROM on DOMAIN_A's side are read as under TO (staging.example.com=example.com)"_s},
        {u"terraform-state"_s, true, false, u"FILE"_s,
         u"drift: the JSON of `terraform show -json` on a state is the source"_s},
        {u"live-zone"_s, true, true, u"FILE"_s,
         u"drift: zone files that answer as live DNS (offline checks, tests); with --demo they overlay it"_s},
        {u"no-transport"_s, false, false, QString(),
         u"leave MX, MTA-STS and TLS-RPT out of the comparison"_s},
        {u"domain-timeout"_s, true, false, u"MS"_s,
         u"time bound per domain in milliseconds (default 60000)"_s},
    };
}

int CompareCommand::run(CliContext& context, const CliArgs& args) {
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(u"compare writes text or json"_s, CliExit::Usage);
    QStringList domains;
    for (const QString& raw : args.positionals) {
        const auto name = DnsName::fromUserInput(raw);
        if (!name)
            return context.fail(u"invalid domain name '%1': %2"_s.arg(raw, name.error()), CliExit::Usage);
        domains << name->ace();
    }
    const bool drift =
        args.has(u"terraform-state"_s) || (domains.size() == 1 && !context.zoneFiles.isEmpty());
    if (drift) {
        if (domains.size() != 1)
            return context.fail(u"usage: mailsight-cli compare --zone FILE DOMAIN (one domain for drift)"_s,
                                CliExit::Usage);
        if (args.has(u"map"_s) || args.has(u"no-transport"_s))
            return context.fail(u"--map and --no-transport compare two domains: not with a drift check"_s,
                                CliExit::Usage);
        return runDrift(context, args, domains.first());
    }
    if (args.has(u"live-zone"_s))
        return context.fail(u"--live-zone is for a drift check (compare --zone FILE DOMAIN)"_s,
                            CliExit::Usage);
    if (domains.size() != 2)
        return context.fail(u"usage: mailsight-cli compare DOMAIN_A DOMAIN_B, or compare --zone FILE DOMAIN "
                            u"(see --help)"_s,
                            CliExit::Usage);
    return runPair(context, args, domains.at(0), domains.at(1));
}

int CompareCommand::runPair(CliContext& context, const CliArgs& args, const QString& a, const QString& b) {
    ConfigNameMap map;
    for (const QString& rule : args.all(u"map"_s))
        if (auto added = map.add(rule); !added)
            return context.fail(added.error(), CliExit::Usage);
    AuditRunOptions options;
    options.checks = ConfigComparison::auditChecks(!args.has(u"no-transport"_s));
    options.checkOptions.net = context.net;
    options.checkOptions.net.offline = context.offline || context.demo;
    options.concurrency = 2;
    if (args.has(u"domain-timeout"_s)) {
        bool ok = false;
        options.domainTimeoutMs = args.value(u"domain-timeout"_s).toInt(&ok);
        if (!ok || options.domainTimeoutMs < 1)
            return context.fail(u"--domain-timeout needs a positive number of milliseconds"_s,
                                CliExit::Usage);
    }
    auto resolver = context.buildResolver();
    if (!resolver)
        return context.fail(resolver.error(), CliExit::Failure);
    AuditRunner runner(*resolver, options);
    const QList<AuditReport> reports = runner.run({a, b});
    if (reports.size() != 2)
        return context.fail(u"the audits did not finish"_s, CliExit::Failure);
    const ConfigComparison comparison = ConfigComparison::compare(reports.at(0), reports.at(1), map);
    if (context.format == CliFormat::Json)
        context.printJson(comparison.toJson());
    else
        context.out << comparison.toText();
    return comparison.identical() ? CliExit::Ok : CliExit::Findings;
}

int CompareCommand::runDrift(CliContext& context, const CliArgs& args, const QString& domain) {
    const QStringList zoneSources = context.zoneFiles;
    if (!zoneSources.isEmpty() && args.has(u"terraform-state"_s))
        return context.fail(u"give the source as --zone FILE or --terraform-state FILE, not both"_s,
                            CliExit::Usage);
    if (zoneSources.size() > 1)
        return context.fail(u"one source zone file at a time (the domain's zone)"_s, CliExit::Usage);
    std::expected<ZoneDriftSource, QString> source =
        zoneSources.isEmpty() ? ZoneDriftSource::loadTerraformState(args.value(u"terraform-state"_s), domain)
                              : ZoneDriftSource::loadZoneFile(zoneSources.first(), domain);
    if (!source) {
        const QString path = zoneSources.isEmpty() ? args.value(u"terraform-state"_s) : zoneSources.first();
        return context.fail(source.error(), QFile::exists(path) ? CliExit::Usage : CliExit::Failure);
    }
    for (const QString& skipped : std::as_const(source->skipped))
        context.err << "mailsight-cli: " << source->label << ": skipped " << skipped << Qt::endl;
    // The live side: DNS (or the demo, or --live-zone files); the source never answers.
    context.zoneFiles = args.all(u"live-zone"_s);
    if (context.offline && context.zoneFiles.isEmpty())
        return context.fail(u"with --offline, give the live side as --live-zone FILE"_s, CliExit::Usage);
    auto resolver = context.buildResolver();
    if (!resolver)
        return context.fail(resolver.error(), CliExit::Failure);
    // DKIM selectors live: the DKIM check's discovery (plus those the source names).
    AuditRunOptions options;
    options.checks = AuditChecks::all();
    options.checks.removeIf([](const auto& check) { return check->area() != u"dkim"_s; });
    options.checkOptions.net.offline = true;
    AuditRunner runner(*resolver, options);
    const AuditReport dkim = runner.auditDomain(domain);
    QStringList selectors;
    for (const auto& v : dkim.check(u"dkim"_s).value(u"selectors"_s).toArray())
        if (v.toObject().value(u"found"_s).toBool())
            selectors << v.toObject().value(u"selector"_s).toString();
    const auto session = std::make_shared<DnsSession>(*resolver);
    ZoneDriftReport report = ZoneDriftChecker(session).check(domain, *source, selectors);
    if (context.format == CliFormat::Json)
        context.printJson(report.toJson());
    else
        context.out << report.toText();
    if (report.hasDrift())
        return CliExit::Findings;
    return report.hasUnanswered() ? CliExit::Failure : CliExit::Ok;
}
