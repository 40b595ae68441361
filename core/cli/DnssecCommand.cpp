#include "DnssecCommand.h"

#include "dns/DnsName.h"
#include "dnssec/DnssecAnchors.h"
#include "dnssec/DnssecCheck.h"

using namespace Qt::StringLiterals;

namespace {
QString severityTag(Severity s) {
    return u"[%1]"_s.arg(severityName(s).toUpper());
}

QString stateWord(DnssecState s) {
    return dnssecStateName(s).toUpper();
}

void printText(QTextStream& out, const DnssecResult& r) {
    out << "DNSSEC of " << r.domain << "\n\n";
    out << "Trust anchor: " << r.trustAnchor.value(u"source"_s).toString() << "\n";
    for (const QJsonValue& a : r.trustAnchor.value(u"anchors"_s).toArray())
        out << "  " << a.toString() << "\n";
    out << "\n" << severityTag(r.worstSeverity()) << " overall: " << r.overall() << "\n\n";
    out << "Names\n";
    for (const DnssecValidation& v : r.names) {
        out << u"  %1 %2  %3%4\n"_s.arg(v.name, dnsRecordTypeName(v.type), stateWord(v.status.state),
                                        v.ad ? u"  (resolver set AD)"_s : QString());
        out << "      " << v.status.reason << "\n";
        QStringList chain;
        for (const DnssecValidation::Link& l : v.chain)
            chain << u"%1 (%2)"_s.arg(l.zone.isEmpty() ? u"."_s : l.zone, dnssecStateName(l.state));
        if (!chain.isEmpty())
            out << "      chain: " << chain.join(u" → "_s) << "\n";
    }
    if (r.skipped > 0)
        out << "  (" << r.skipped << " more names not validated)\n";
    if (!r.signingIssues.isEmpty()) {
        out << "\nSigning health\n";
        for (const DnssecSigningIssue& i : r.signingIssues)
            out << "  " << i.detail << "\n";
    }
    out << "\nFindings\n";
    if (r.findings.isEmpty())
        out << "  none\n";
    for (const Finding& f : r.findings) {
        out << "  " << severityTag(f.severity) << ' ' << f.code << ": " << f.title << "\n";
        out << "      " << f.detail << "\n";
        out << "      Fix: " << f.fix << " (" << f.rfc << ")\n";
    }
}
} // namespace

QList<CliOption> DnssecCommand::options() const {
    return {{u"trust-anchor"_s, true, false, u"FILE"_s,
             u"dnssec, audit: DS or DNSKEY records to validate from (default: "_s +
                 TrustAnchorSet::defaultPath() +
                 u" from dns-root-data; with --zone: each signed zone file's own key)"_s},
            {u"selector"_s, true, true, u"S"_s, u"dnssec: also validate the DKIM key S._domainkey.DOMAIN"_s}};
}

int DnssecCommand::run(CliContext& context, const CliArgs& args) {
    if (args.positionals.size() != 1)
        return context.fail(u"usage: mailsight-cli dnssec DOMAIN [--trust-anchor FILE]"_s, CliExit::Usage);
    const auto domain = DnsName::fromUserInput(args.positionals.at(0));
    if (!domain)
        return context.fail(u"invalid domain name '%1': %2"_s.arg(args.positionals.at(0), domain.error()),
                            CliExit::Usage);
    if (context.format != CliFormat::Text && context.format != CliFormat::Json)
        return context.fail(u"dnssec prints text or json only"_s, CliExit::Usage);
    QStringList selectors;
    for (const QString& s : args.all(u"selector"_s)) {
        if (!DnsName::fromWire(s + u"._domainkey."_s + domain->ace()))
            return context.fail(u"invalid DKIM selector '%1'"_s.arg(s), CliExit::Usage);
        selectors << s.toLower();
    }
    auto session = context.makeSession();
    if (!session)
        return CliExit::Failure;
    const auto anchors = DnssecAnchors::choose(*session, args.value(u"trust-anchor"_s));
    if (!anchors)
        return context.fail(anchors.error(), CliExit::Usage);
    DnssecValidator validator(*session, anchors->anchors);
    DnssecCheck check(*session, validator);
    const DnssecResult result =
        check.run(domain->ace(), DnssecCheck::mailNames(*session, domain->ace(), selectors),
                  anchors->unsignedZoneFiles);
    if (context.format == CliFormat::Json) {
        QJsonObject o = result.toJson();
        o.insert(u"queries"_s, session->log()->toJson());
        context.printJson(o);
    } else {
        printText(context.out, result);
        context.out.flush();
    }
    bool anyValidated = false;
    for (const DnssecValidation& v : result.names)
        anyValidated = anyValidated || v.status.state != DnssecState::Indeterminate;
    if (!anyValidated) {
        context.err << "mailsight-cli: DNSSEC of " << domain->ace() << " could not be validated"
                    << (result.names.isEmpty() ? QString() : u": "_s + result.names.first().status.reason)
                    << Qt::endl;
        return CliExit::Failure;
    }
    return result.worstSeverity() == Severity::Error ? CliExit::Findings : CliExit::Ok;
}
