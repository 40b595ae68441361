#include "TransportCommand.h"

#include "dns/DnsName.h"
#include "dnssec/SessionDnssec.h"
#include "net/ConnectionLog.h"
#include "transport/TransportCheck.h"

using namespace Qt::StringLiterals;

namespace {
QString severityTag(Severity s) {
    return u"[%1]"_s.arg(severityName(s).toUpper());
}

QString headline(const TransportResult& r) {
    if (r.dnsFailed())
        return u"The MX records of %1 could not be read."_s.arg(r.domain);
    if (r.mx.nullMx && r.mx.hosts.isEmpty())
        return u"%1 receives no mail (null MX)."_s.arg(r.domain);
    if (r.mx.missing)
        return r.mx.fallbackAddresses.isEmpty()
                   ? u"%1 has no MX and no address: mail to it bounces."_s.arg(r.domain)
                   : u"%1 has no MX: senders deliver to its own address."_s.arg(r.domain);
    QString tls = u"without MTA-STS"_s;
    if (r.mtaSts.policy && r.mtaSts.policy->isValid() && r.mtaSts.policy->mode) {
        const auto mode = *r.mtaSts.policy->mode;
        tls = mode == MtaStsPolicy::Mode::Enforce   ? u"with MTA-STS enforced"_s
              : mode == MtaStsPolicy::Mode::Testing ? u"with MTA-STS in testing mode"_s
                                                    : u"with MTA-STS mode none"_s;
    } else if (r.mtaSts.fetched) {
        tls = u"with an MTA-STS policy senders cannot use"_s;
    }
    return u"%1 receives mail on %2 MX host(s), %3."_s.arg(r.domain).arg(r.mx.hosts.size()).arg(tls);
}

void printBimi(QTextStream& out, const TransportResult& r) {
    const TransportResult::Bimi& b = r.bimi;
    out << "\nBIMI\n";
    if (!b.record) {
        out << "  no " << b.name << " record"
            << (b.dnsError.isEmpty() ? QString() : u" (%1)"_s.arg(b.dnsError)) << "\n";
        return;
    }
    out << "  record: " << b.record->text << "\n";
    if (b.fromOrganizationalDomain)
        out << "  (found at " << b.name << ": " << r.domain
            << " has no record of its own, so its organizational domain's applies)\n";
    for (const QString& e : b.record->errors)
        out << "    error: " << e << "\n";
    for (const QString& w : b.record->warnings)
        out << "    note: " << w << "\n";
    if (b.declined()) {
        out << "  declination to publish: no logo is shown for this domain\n";
        return;
    }
    if (!b.record->isValid())
        return;
    if (b.dmarc.checked)
        out << "  DMARC prerequisite: "
            << (b.dmarc.enforced ? u"met (quarantine/reject for all mail under RFC 9989 and RFC 7489)"_s
                                 : u"NOT met: "_s + b.dmarc.problems.join(u"; "_s))
            << "\n";
    if (!b.notFetched.isEmpty())
        out << "  logo and evidence " << b.notFetched << "\n";
    if (b.logo.fetched) {
        out << "  logo " << b.logo.url << ": "
            << (b.logo.valid
                    ? u"SVG Tiny PS, %1 bytes, title \"%2\""_s.arg(b.logo.fetch.body.size()).arg(b.logo.title)
                    : u"NOT valid"_s)
            << "\n";
        for (const QString& e : b.logo.errors)
            out << "    - " << e << "\n";
    }
    if (b.authority.url.isEmpty())
        out << "  no authority evidence (a= is empty)\n";
    if (b.authority.fetched) {
        out << "  evidence " << b.authority.url << ": " << (b.authority.valid ? u"valid"_s : u"NOT valid"_s)
            << "\n";
        if (const auto& e = b.authority.evidence) {
            out << "    subject: " << e->subject << "\n";
            out << "    issuer: " << e->issuer << "\n";
            out << "    valid " << e->notBefore.toString(Qt::ISODate) << " to "
                << e->notAfter.toString(Qt::ISODate) << "\n";
            out << "    names: " << (e->sans.isEmpty() ? u"(none)"_s : e->sans.join(u", "_s)) << "\n";
        }
        for (const QString& e : b.authority.errors)
            out << "    - " << e << "\n";
    }
}

void printDane(QTextStream& out, const DaneResult& d) {
    if (!d.dnsError.isEmpty()) {
        out << "        DANE: the TLSA lookup of " << d.name << " failed: " << d.dnsError << "\n";
        return;
    }
    if (!d.unknown.isEmpty()) {
        out << "        DANE: not known: " << d.unknown << "\n";
        return;
    }
    if (!d.published()) {
        out << "        DANE: no TLSA records at " << d.name << "\n";
        return;
    }
    const QString state = d.state();
    const QString word = state == u"matches"_s      ? u"the presented certificate matches"_s
                         : state == u"mismatch"_s   ? u"NO record matches the presented certificate"_s
                         : state == u"not-secure"_s ? u"records NOT secure, senders ignore them"_s
                                                    : u"published, not matched (%1)"_s.arg(d.notMatched);
    out << "        DANE: " << word << "; DNSSEC " << dnssecStateName(d.dnssec.state)
        << (d.dnssec.reason.isEmpty() ? QString() : u" (%1)"_s.arg(d.dnssec.reason)) << "\n";
    for (const DaneResult::Tlsa& t : d.tlsa) {
        const QString match = !t.matches ? QString() : *t.matches ? u"  [matches]"_s : u"  [no match]"_s;
        out << "          TLSA " << t.rdata.left(90) << match << "\n";
        out << "            " << t.meaning() << "\n";
    }
}

void printText(QTextStream& out, const TransportResult& r, const ConnectionLog& connections) {
    out << "How mail reaches " << r.domain << "\n\n";
    out << severityTag(r.worstSeverity()) << ' ' << headline(r) << "\n\n";
    out << "MX hosts\n";
    if (!r.mx.dnsError.isEmpty())
        out << "  the MX query failed: " << r.mx.dnsError << "\n";
    else if (r.mx.missing)
        out << "  none; RFC 5321 §5.1 fallback to the domain's address: "
            << (r.mx.fallbackAddresses.isEmpty() ? u"none"_s : r.mx.fallbackAddresses.join(u", "_s)) << "\n";
    else if (r.mx.nullMx && r.mx.hosts.isEmpty())
        out << "  0 .  (null MX, RFC 7505)\n";
    for (const TransportResult::MxHost& h : r.mx.hosts) {
        QString cover;
        if (r.mtaSts.covered.contains(h.host))
            cover = r.mtaSts.covered.value(h.host) ? u"  MTA-STS: covered"_s : u"  MTA-STS: NOT covered"_s;
        out << u"  %1 %2%3\n"_s.arg(h.preference, 5).arg(h.host, cover);
        if (h.addresses.isEmpty())
            out << "        no address\n";
        if (r.starttls.contains(h.host)) {
            const SmtpProbeResult& p = r.starttls.value(h.host);
            QString line;
            if (p.outcome == SmtpProbeResult::Outcome::Tls) {
                line = u"STARTTLS: %1 %2"_s.arg(p.tlsVersion, p.cipher);
                if (!p.chain.isEmpty())
                    line += u", certificate %1 until %2%3%4"_s.arg(
                        p.chain.first().subject, p.chain.first().notAfter.toString(Qt::ISODate),
                        p.chainValid ? QString() : u", chain NOT valid"_s,
                        p.nameMatches ? QString() : u", name does NOT match"_s);
            } else {
                line = u"STARTTLS: %1 (%2)"_s.arg(SmtpProbeResult::outcomeName(p.outcome), p.error);
            }
            out << "        " << line << "\n";
        }
        printDane(out, h.dane);
        for (const TransportResult::ReverseName& n : h.fcrdns)
            out << (n.error.isEmpty() ? u"        %1  PTR %2%3\n"_s.arg(
                                            n.address, n.ptr.isEmpty() ? u"(none)"_s : n.ptr.join(u", "_s),
                                            n.confirmed() ? u"  (confirmed)"_s : u"  (not confirmed)"_s)
                                      : u"        %1  PTR lookup failed: %2\n"_s.arg(n.address, n.error));
    }
    out << "\nMTA-STS\n";
    if (r.mtaSts.record)
        out << "  record: " << r.mtaSts.record->text << "\n";
    else
        out << "  no _mta-sts." << r.domain << " record"
            << (r.mtaSts.dnsError.isEmpty() ? QString() : u" (%1)"_s.arg(r.mtaSts.dnsError)) << "\n";
    if (!r.mtaSts.notFetched.isEmpty())
        out << "  policy " << r.mtaSts.notFetched << "\n";
    if (r.mtaSts.fetched) {
        const HttpsResponse& f = r.mtaSts.fetch;
        out << "  fetched " << f.url << ": ";
        if (!f.ok())
            out << f.errorText << "\n";
        else
            out << "HTTP " << f.httpStatus << ", "
                << (f.contentType.isEmpty() ? u"no content type"_s : f.contentType) << ", " << f.body.size()
                << " bytes, certificate valid\n";
        if (r.mtaSts.policy) {
            out << "  policy as fetched:\n";
            for (const QByteArray& line : f.body.split('\n'))
                if (!line.trimmed().isEmpty())
                    out << "    " << QString::fromUtf8(line.trimmed()) << "\n";
        }
    }
    out << "  The id in the record tells senders when to fetch the policy again: they keep a cached policy\n"
           "  until max_age runs out and refetch it only when the id changes.\n";
    out << "\nTLS-RPT\n";
    if (!r.tlsRpt.record)
        out << "  no _smtp._tls." << r.domain << " record\n";
    else {
        out << "  record: " << r.tlsRpt.record->text << "\n";
        for (const QString& uri : r.tlsRpt.record->rua)
            out << "  reports to " << uri << "\n";
    }
    printBimi(out, r);
    out << "\nFindings\n";
    if (r.findings.isEmpty())
        out << "  none\n";
    for (const Finding& f : r.findings) {
        out << "  " << severityTag(f.severity) << ' ' << f.code << ": " << f.title << "\n";
        out << "      " << f.detail << "\n";
        out << "      Fix: " << f.fix << " (" << f.rfc << ")\n";
    }
    if (connections.size() > 0) {
        out << "\nConnections\n";
        for (const ConnectionLogEntry& e : connections.entries())
            out << u"  %1 %2:%3 via %4:%5  %6 %7 %8  %9 ms\n"_s.arg(e.protocol, e.host)
                       .arg(e.port)
                       .arg(e.address.isEmpty() ? u"-"_s : e.address)
                       .arg(e.connectedPort)
                       .arg(e.tlsVersion.isEmpty() ? u"-"_s : e.tlsVersion, e.outcome, e.error)
                       .arg(e.elapsedMs);
    }
}
} // namespace

QList<CliOption> TransportCommand::options() const {
    return {{u"probe-smtp"_s,
             false,
             false,
             {},
             u"transport: connect to each MX host on port 25, EHLO, STARTTLS, check the certificate "
             "(off by default: many networks block port 25)"_s},
            {u"trust-anchor"_s, true, false, u"FILE"_s,
             u"transport: DS or DNSKEY records to validate TLSA records (DANE) from (default: the root key "
             "of dns-root-data; with --zone: each signed zone file's own key)"_s}};
}

int TransportCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 1)
        return context.fail(u"usage: mailsight-cli transport DOMAIN [--probe-smtp]"_s, CliExit::Usage);
    const auto domain = DnsName::fromUserInput(args.positionals.at(0));
    if (!domain)
        return context.fail(u"invalid domain name '%1': %2"_s.arg(args.positionals.at(0), domain.error()),
                            CliExit::Usage);
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(u"transport prints text or json only"_s, CliExit::Usage);
    NetOptions net = context.net;
    net.offline = context.offline || context.demo;
    if (net.offline && args.has(u"probe-smtp"_s))
        return context.fail(
            u"--probe-smtp connects to port 25 of the MX hosts: not with --offline or --demo"_s,
            CliExit::Usage);
    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    ConnectionLog connections;
    TransportCheck check(*session, net, &connections);
    check.setProbeSmtp(args.has(u"probe-smtp"_s));
    SessionDnssec dnssec(*session, args.value(u"trust-anchor"_s), net.offline);
    check.setDnssecLookup(dnssec.lookup());
    const TransportResult result = check.run(domain->ace());
    if (context.format == CliFormat::Json) {
        QJsonObject o = result.toJson();
        o.insert(u"queries"_s, session->log()->toJson());
        o.insert(u"connections"_s, connections.toJson());
        context.printJson(o);
    } else {
        printText(context.out, result, connections);
        context.out.flush();
    }
    if (result.dnsFailed()) {
        context.err << "mailsight-cli: the MX records of " << domain->ace()
                    << " could not be read: DNS failed" << Qt::endl;
        return CliExit::Failure;
    }
    return result.worstSeverity() == Severity::Error ? CliExit::Findings : CliExit::Ok;
}
