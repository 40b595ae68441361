#include "LookupCommand.h"

#include "dns/DnsName.h"

QStringList LookupCommand::usage() const {
    return {QStringLiteral("lookup NAME [TYPE]")};
}

QString LookupCommand::description() const {
    return QStringLiteral(
        "Asks one DNS question through the resolver stack the audit uses (--resolver, --zone, --offline, "
        "--demo) and shows what the auditor sees: the outcome (answer, NODATA, NXDOMAIN, timeout, "
        "SERVFAIL, REFUSED), the records, the flags (ad, tc, tcp), the time and where the answer came "
        "from (network, zone file, cache).");
}

QList<CliArgument> LookupCommand::arguments() const {
    return {{QStringLiteral("NAME"),
             QStringLiteral("the domain name to ask about; Unicode names are sent as A-labels. An IP address "
                            "is refused: ask its in-addr.arpa or ip6.arpa name for the PTR record")},
            {QStringLiteral("TYPE"),
             QStringLiteral("the record type (default A): A, AAAA, CNAME, MX, NS, PTR, SOA, TXT, CAA, TLSA, "
                            "DS, DNSKEY, RRSIG, SPF, or TYPEnnn")}};
}

int LookupCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.isEmpty() || args.positionals.size() > 2)
        return context.fail(QStringLiteral("usage: mailsight-cli lookup NAME [TYPE]"), CliExit::Usage);
    const auto name = DnsName::fromUserInput(args.positionals.at(0));
    if (!name)
        return context.fail(
            QStringLiteral("invalid domain name '%1': %2").arg(args.positionals.at(0), name.error()),
            CliExit::Usage);
    const QString typeText = args.positionals.value(1, QStringLiteral("A"));
    const auto type = dnsRecordTypeFromName(typeText);
    if (!type)
        return context.fail(QStringLiteral("unknown record type '%1'").arg(typeText), CliExit::Usage);

    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    const DnsAnswer answer = session->lookupNow(name->ace(), *type);

    if (context.format == CliFormat::Json) {
        QJsonObject o = answer.toJson();
        o.insert(QStringLiteral("query"), name->unicode());
        o.insert(QStringLiteral("aLabel"), name->ace());
        if (name->isIdn())
            o.insert(QStringLiteral("unicode"), name->unicode());
        context.printJson(o);
    } else if (context.format == CliFormat::Text) {
        QTextStream& out = context.out;
        out << ";; " << name->ace();
        if (name->isIdn())
            out << " (" << name->unicode() << ")";
        out << " " << dnsRecordTypeName(*type) << "\n";
        out << ";; outcome: " << dnsOutcomeDescription(answer.outcome) << "\n";
        out << ";; flags:";
        if (answer.authenticated)
            out << " ad";
        if (answer.truncated)
            out << " tc";
        if (answer.overTcp)
            out << " tcp";
        out << "  time: " << answer.elapsedMs << " ms  source: " << dnsSourceName(answer.source);
        if (answer.staged)
            out << " (staged)";
        if (!answer.server.isEmpty())
            out << "  server: " << answer.server;
        out << "\n";
        if (!answer.error.isEmpty())
            out << ";; " << answer.error << "\n";
        for (const DnsRecord& r : answer.cnames)
            out << r.toZoneLine() << "\n";
        for (const DnsRecord& r : answer.records)
            out << r.toZoneLine() << "\n";
    } else {
        return context.fail(QStringLiteral("lookup prints text or json only"), CliExit::Usage);
    }
    context.out.flush();
    switch (answer.outcome) {
    case DnsOutcome::Answer:
    case DnsOutcome::NoData:
    case DnsOutcome::NxDomain:
        return CliExit::Ok;
    default:
        if (context.format == CliFormat::Json)
            context.err << "mailsight-cli: " << name->ace() << " " << dnsRecordTypeName(*type) << ": "
                        << dnsOutcomeDescription(answer.outcome) << Qt::endl;
        return CliExit::Failure;
    }
}
