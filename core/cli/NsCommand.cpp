#include "NsCommand.h"

#include "dns/DnsName.h"
#include "nscheck/NsCheck.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString severityTag(Severity s) {
    return u"[%1]"_s.arg(severityName(s).toUpper());
}

QString headline(const NsResult& r) {
    int lame = 0;
    for (const NsServer& s : r.servers)
        lame += s.lame();
    QStringList parts;
    if (!r.differences.isEmpty())
        parts << u"%1 record set(s) differ between servers"_s.arg(r.differences.size());
    if (lame > 0)
        parts << u"%1 of %2 server address(es) lame"_s.arg(lame).arg(r.servers.size());
    if (r.delegation.known() && !r.delegation.zoneSet.isEmpty() && !r.delegation.matches())
        parts << u"the parent's delegation differs from the zone's NS set"_s;
    if (parts.isEmpty() && !r.findings.isEmpty())
        parts << u"%1 server address(es) answer alike; %2"_s.arg(r.servers.size())
                     .arg(r.findings.first().title);
    if (parts.isEmpty())
        return u"%1 server address(es) of %2 answer alike."_s.arg(r.servers.size()).arg(r.zone);
    return parts.join(u"; "_s) + u'.';
}

void printText(QTextStream& out, const NsResult& r) {
    out << "Authoritative servers of " << r.domain << "\n\n";
    if (!r.notChecked.isEmpty()) {
        out << "not checked: " << r.notChecked
            << (r.notChecked == u"offline"_s
                    ? u" (--offline and --demo send no question to any server)"_s
                    : u" (the domain's records come from a zone file, not from its servers)"_s)
            << "\n";
        return;
    }
    if (!r.error.isEmpty()) {
        out << "could not be checked: " << r.error << "\n";
        return;
    }
    out << severityTag(r.worstSeverity()) << ' ' << headline(r) << "\n\n";
    out << "Zone " << r.zone << "\n";
    const NsResult::Delegation& d = r.delegation;
    out << "\nDelegation\n";
    if (!d.error.isEmpty()) {
        out << "  parent NS set unknown: " << d.error << "\n";
    } else {
        out << "  parent zone " << d.parentZone << ", asked " << d.answeredBy << "\n";
        out << "  at the parent: " << d.parentSet.join(u", "_s) << "\n";
    }
    out << "  in the zone:   " << (d.zoneSet.isEmpty() ? u"(no server answered)"_s : d.zoneSet.join(u", "_s))
        << "\n";
    if (d.known() && !d.zoneSet.isEmpty())
        out << (d.matches() ? u"  the same set on both sides\n"_s
                            : u"  DIFFERENT: only at the parent: %1; only in the zone: %2\n"_s.arg(
                                  d.onlyAtParent().isEmpty() ? u"-"_s : d.onlyAtParent().join(u", "_s),
                                  d.onlyInZone().isEmpty() ? u"-"_s : d.onlyInZone().join(u", "_s)));
    out << "\nServers\n";
    for (const NsServer& s : r.servers) {
        const QString where = s.address.isEmpty() ? u"-"_s : s.address;
        QString state;
        if (s.lame())
            state = u"LAME: "_s + s.error;
        else
            state = u"serial %1, authoritative"_s.arg(s.serial ? QString::number(*s.serial) : u"?"_s);
        QString via;
        if (!s.askedAt.isEmpty() && s.askedAt != ServerAddress{s.address, 53}.toString())
            via = u" (asked at %1)"_s.arg(s.askedAt);
        out << u"  %1  %2  %3%4\n"_s.arg(s.name, -28).arg(where, -16).arg(state, via);
    }
    out << "\nDifferences\n";
    if (r.differences.isEmpty())
        out << "  none: every server that serves the zone gave the same answers\n";
    for (const NsDifference& diff : r.differences) {
        out << "  " << diff.name << ' ' << dnsRecordTypeName(diff.type) << "\n";
        for (const auto& [records, addresses] : diff.versions()) {
            QStringList who;
            for (const QString& a : addresses)
                who << u"%1 (%2)"_s.arg(a, diff.serverNames.value(a));
            out << "    " << who.join(u", "_s) << ":\n";
            if (records.isEmpty())
                out << "      (" << diff.outcomes.value(addresses.first()) << ")\n";
            for (const QString& rec : records)
                out << "      " << rec << "\n";
        }
    }
    out << "\nFindings\n";
    if (r.findings.isEmpty())
        out << "  none\n";
    for (const Finding& f : r.findings) {
        out << "  " << severityTag(f.severity) << ' ' << f.code << ": " << f.title << "\n";
        out << "      " << f.detail << "\n";
        out << "      Fix: " << f.fix << " (" << f.rfc << ")\n";
    }
    QStringList asked;
    for (const NsResult::Question& q : r.names)
        asked << u"%1 %2"_s.arg(q.name, dnsRecordTypeName(q.type));
    out << "\nAsked of every server (besides SOA): " << asked.join(u", "_s) << "\n";
    out << r.queries.size() << " direct question(s); --format json lists them with each answer.\n";
}
} // namespace

QString NsCommand::description() const {
    return u"Finds the zone of DOMAIN and its parent, asks the parent's servers for the delegation, then "
           "every address (IPv4 and IPv6) of every authoritative server directly, without recursion, for "
           "the SOA and NS of the zone and the domain's mail records (TXT, MX, _dmarc, _mta-sts, "
           "_smtp._tls, and the DKIM keys named with --selector). Reports each server's serial, lame "
           "servers, records that differ between servers, a delegation that differs from the zone's NS "
           "set, and fewer than two servers or all in one network. Questions go to port 53; the global "
           "--connect-to HOST:53:ADDR:PORT sends those for a server name or address elsewhere. "
           "With --offline or --demo nothing is asked."_s;
}

QList<CliArgument> NsCommand::arguments() const {
    return {{u"DOMAIN"_s, u"the domain whose zone is checked"_s}};
}

QList<CliOption> NsCommand::options() const {
    return {{u"selector"_s, true, true, u"S"_s,
             u"ns: also compare the DKIM key S._domainkey.DOMAIN between servers (repeatable)"_s}};
}

int NsCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 1)
        return context.fail(u"usage: mailsight-cli ns DOMAIN [--selector S]..."_s, CliExit::Usage);
    const auto domain = DnsName::fromUserInput(args.positionals.at(0));
    if (!domain)
        return context.fail(u"invalid domain name '%1': %2"_s.arg(args.positionals.at(0), domain.error()),
                            CliExit::Usage);
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(u"ns prints text or json only"_s, CliExit::Usage);
    QStringList selectors;
    for (const QString& s : args.all(u"selector"_s)) {
        const QString name = s.trimmed() + u"._domainkey."_s + domain->ace();
        if (s.trimmed().isEmpty() || !DnsName::fromWire(name))
            return context.fail(u"invalid --selector '%1'"_s.arg(s), CliExit::Usage);
        selectors << name;
    }
    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    NsResult result;
    const QString why = NsCheck::notCheckedReason(*session, domain->ace(), context.offline || context.demo);
    if (!why.isEmpty()) {
        result = NsResult::notCheckedBecause(domain->ace(), why);
    } else {
        NsCheck::Options options;
        options.timeoutMs = context.timeoutMs;
        options.retries = context.retries;
        options.connectTo = context.net.connectTo;
        NsCheck check(*session, options);
        for (const QString& name : std::as_const(selectors))
            check.addQuestion(name, DnsRecordType::TXT);
        result = check.run(domain->ace());
    }
    if (context.format == CliFormat::Json) {
        QJsonObject o = result.toJson();
        // The resolver's questions (zone cut, parent, addresses) first, then the direct ones.
        QJsonArray queries = session->log()->toJson();
        for (const QJsonValue& q : std::as_const(result.queries))
            queries.append(q);
        o.insert(u"queries"_s, queries);
        context.printJson(o);
    } else {
        printText(context.out, result);
        context.out.flush();
    }
    if (!result.error.isEmpty()) {
        context.err << "mailsight-cli: " << result.error << Qt::endl;
        return CliExit::Failure;
    }
    return result.worstSeverity() == Severity::Error ? CliExit::Findings : CliExit::Ok;
}
