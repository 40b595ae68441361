#include "DmarcCheck.h"

#include "DmarcDestinationChecker.h"
#include "DmarcDiscovery.h"
#include "DmarcExplainer.h"
#include "DmarcPolicyResolver.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DmarcCheck", text);
}
} // namespace

DmarcCheck::DmarcCheck(std::shared_ptr<DnsSession> session)
    : m_session(std::move(session)) {}

DmarcResult DmarcCheck::run(const QString& domain, const QString& fromDomain) const {
    DmarcResult r;
    r.domain = domain;
    r.fromDomain = fromDomain.isEmpty() ? domain : fromDomain;
    // The audited domain's own TXT (SPF for the checklist) runs beside discovery.
    QFuture<DnsAnswer> domainTxt;
    if (r.fromDomain != domain)
        domainTxt = m_session->lookup(domain, DnsRecordType::TXT);

    r.discovery = DmarcDiscovery(m_session).discover(r.fromDomain);
    r.rfc9989 = DmarcPolicyResolver::rfc9989(r.discovery.rfc9989, r.fromDomain, r.discovery.fromExists);
    r.rfc7489 = DmarcPolicyResolver::rfc7489(r.discovery.rfc7489, r.fromDomain);

    if (r.fromDomain != domain) {
        const DnsAnswer a = domainTxt.result();
        if (a.outcome == DnsOutcome::Answer)
            r.domainTexts = a.texts();
    } else {
        r.domainTexts = r.discovery.fromTexts;
    }

    // Report destinations of the applying record(s): RFC 7489's record only when it is another one.
    QList<DmarcReportUri> uris;
    if (const DmarcRecord* rec = r.record())
        uris << rec->rua << rec->ruf;
    if (!uris.isEmpty()) {
        QStringList orgs{r.discovery.orgDomain9989, r.discovery.orgDomain7489, r.recordDomain()};
        r.destinations = DmarcDestinationChecker(m_session).check(uris, r.recordDomain(), orgs);
    }
    r.findings = findingsFor(r);
    r.explanation = DmarcExplainer::explain(r);
    return r;
}

QList<Finding> DmarcCheck::findingsFor(const DmarcResult& r) {
    QList<Finding> out;
    auto add = [&](const char* code, const QString& detail, const QStringList& evidence,
                   std::optional<Severity> severity = std::nullopt) {
        Finding f = FindingCatalogue::make(QString::fromLatin1(code), detail, evidence, severity);
        f.domain = r.domain;
        out << f;
    };
    const DmarcDiscoveryResult& d = r.discovery;

    // DNS failures first: they are never "missing".
    // A failure above the record that applies only leaves the organizational domain uncertain.
    for (const DmarcDiscoveryStep& s : d.walk)
        if (s.failed())
            add("DMARC-DNS-ERROR",
                (r.record() ? tr("The tree walk stopped at %1 TXT, above the record that applies: %2. The "
                                 "organizational domain, and with it the record that applies, may lie higher "
                                 "than shown. %3")
                            : tr("The query %1 TXT failed: %2. %3"))
                    .arg(s.queryName, dnsOutcomeDescription(s.outcome), s.error)
                    .trimmed(),
                {QStringLiteral("%1 TXT -> %2").arg(s.queryName, dnsOutcomeName(s.outcome))},
                r.record() ? std::optional(Severity::Info) : std::nullopt);
    for (const DmarcDiscoveryStep& s : d.rfc7489Steps.mid(1))
        if (s.failed() && !d.walk.isEmpty() && s.domain != d.walk.first().domain) {
            bool inWalk = false;
            for (const DmarcDiscoveryStep& w : d.walk)
                inWalk = inWalk || w.domain == s.domain;
            if (!inWalk)
                add("DMARC-DNS-ERROR",
                    tr("The RFC 7489 query %1 TXT failed: %2.")
                        .arg(s.queryName, dnsOutcomeDescription(s.outcome)),
                    {QStringLiteral("%1 TXT -> %2").arg(s.queryName, dnsOutcomeName(s.outcome))},
                    r.record() ? std::optional(Severity::Warning) : std::nullopt);
        }

    // Several records at one name.
    for (const DmarcDiscoveryStep& s : d.walk)
        if (s.validCount() > 1) {
            QStringList ev;
            for (const DmarcRecord& rec : s.records)
                ev << QStringLiteral("%1 TXT \"%2\"").arg(s.queryName, rec.text);
            add("DMARC-MULTIPLE-RECORDS",
                tr("%1 has %2 DMARC records. RFC 7489 receivers apply no DMARC when this is the From "
                   "domain's or "
                   "organizational domain's name; RFC 9989 receivers discard them and continue the tree "
                   "walk%3.")
                    .arg(s.queryName)
                    .arg(s.validCount())
                    .arg(r.discovery.rfc9989.record ? tr(" (here to %1)").arg(d.rfc9989.recordDomain)
                                                    : tr(", which finds nothing above")),
                ev);
        }

    const DmarcDiscoveryStep* first = d.walk.isEmpty() ? nullptr : &d.walk.first();
    if (first && first->spfAnswer) {
        QStringList ev{
            QStringLiteral("%1 TXT -> %2").arg(first->queryName, first->texts.join(QStringLiteral(" | ")))};
        for (const QString& c : first->cnames)
            ev << QStringLiteral("CNAME -> %1").arg(c);
        add("DMARC-SPF-AT-DMARC",
            first->cnames.isEmpty()
                ? tr("%1 answers with an SPF record, most likely through a wildcard TXT record (*.%2); "
                     "receivers "
                     "ignore it as not DMARC.")
                      .arg(first->queryName, r.fromDomain)
                : tr("%1 is a CNAME to %2, which holds an SPF record; receivers ignore it as not DMARC.")
                      .arg(first->queryName, first->cnames.last()),
            ev);
    }
    if (!d.apexRecordText.isEmpty())
        add("DMARC-APEX-RECORD",
            tr("%1 itself has the TXT record \"%2\"; receivers never read it there.")
                .arg(r.fromDomain, d.apexRecordText),
            {QStringLiteral("%1 TXT \"%2\"").arg(r.fromDomain, d.apexRecordText)});

    const DmarcRecord* rec = r.record();
    if (!rec) {
        bool anyMultiple = false;
        for (const DmarcDiscoveryStep& s : d.walk)
            anyMultiple = anyMultiple || s.validCount() > 1;
        if (!r.dnsFailed() && !anyMultiple) {
            QStringList ev;
            for (const DmarcDiscoveryStep& s : d.walk)
                ev << QStringLiteral("%1 TXT -> %2%3")
                          .arg(s.queryName, dnsOutcomeName(s.outcome),
                               s.texts.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(s.texts.join(QStringLiteral(" | "))));
            // A record that claims v=DMARC1 but is malformed is discarded: say so.
            QString detail = tr("No DMARC record applies to %1. %2.").arg(r.fromDomain, d.rfc9989.how);
            for (const DmarcDiscoveryStep& s : d.walk)
                for (const DmarcRecord& bad : s.records)
                    if (!bad.isDmarc)
                        for (const DmarcRecordIssue& i : bad.issues)
                            if (i.severity == Severity::Error)
                                detail += tr(" The TXT record at %1 looks like DMARC but is discarded: %2.")
                                              .arg(s.queryName, i.message);
            add("DMARC-MISSING", detail, ev);
        }
        return out;
    }

    const QString recDomain = r.recordDomain();
    const QString recEvidence = QStringLiteral("_dmarc.%1 TXT \"%2\"").arg(recDomain, rec->text);
    auto addIssues = [&](const DmarcRecord& record, const QString& where) {
        for (const DmarcRecordIssue& i : record.issues)
            add(i.code.toLatin1().constData(),
                tr("%1%2: %3 — %4.")
                    .arg(i.tag.isEmpty() ? QString() : i.tag + QStringLiteral(" "),
                         tr("(in _dmarc.%1)").arg(where), i.message, i.receiverAction),
                {QStringLiteral("_dmarc.%1 TXT \"%2\"").arg(where, record.text)}, i.severity);
    };
    addIssues(*rec, recDomain);
    if (d.rfc7489.record && d.rfc7489.recordDomain != recDomain)
        addIssues(*d.rfc7489.record, d.rfc7489.recordDomain);

    if (rec->policy == DmarcPolicy::None)
        add("DMARC-POLICY-NONE",
            tr("_dmarc.%1 says p=none: mail that fails DMARC, forged mail included, is delivered.")
                .arg(recDomain),
            {recEvidence});
    if (rec->policy) {
        const DmarcPolicy p = *rec->policy;
        const DmarcPolicy sp = rec->subdomainPolicy.value_or(p);
        const DmarcPolicy np = rec->nonExistentPolicy.value_or(sp);
        QStringList weaker;
        if (sp < p)
            weaker << tr("sp=%1 for existing subdomains").arg(dmarcPolicyName(sp));
        if (np < p)
            weaker << tr("np%1=%2 for non-existent subdomains")
                          .arg(rec->nonExistentPolicy ? QString() : tr(" (from sp)"), dmarcPolicyName(np));
        if (!weaker.isEmpty())
            add("DMARC-SUBDOMAIN-POLICY-WEAKER",
                tr("p=%1, but %2.").arg(dmarcPolicyName(p), weaker.join(tr(" and "))), {recEvidence});
    }
    if (rec->testing.value_or(false)) {
        if (r.rfc9989.stated == DmarcPolicy::None)
            add("DMARC-TESTING", tr("t=y has no effect while the policy that applies is none."),
                {recEvidence}, Severity::Info);
        else
            add("DMARC-TESTING",
                tr("t=y: RFC 9989 receivers apply %1 instead of %2; RFC 7489 receivers ignore t and apply "
                   "%2.")
                    .arg(dmarcPolicyName(dmarcPolicyDowngraded(r.rfc9989.stated)),
                         dmarcPolicyName(r.rfc9989.stated)),
                {recEvidence});
    }
    if (rec->pct && *rec->pct < 100 && rec->policy && *rec->policy != DmarcPolicy::None)
        add("DMARC-PCT-PARTIAL",
            tr("pct=%1: RFC 7489 receivers apply %2 to %1% of failing mail and %3 to the rest; RFC 9989 "
               "receivers "
               "apply %2 to all of it.")
                .arg(*rec->pct)
                .arg(dmarcPolicyName(*rec->policy), dmarcPolicyName(dmarcPolicyDowngraded(*rec->policy))),
            {recEvidence});
    if (!rec->hasValidRua())
        add("DMARC-NO-RUA",
            rec->rua.isEmpty() ? tr("_dmarc.%1 has no rua tag.").arg(recDomain)
                               : tr("_dmarc.%1 has rua, but none of its addresses is usable.").arg(recDomain),
            {recEvidence});
    for (const DmarcReportDestination& dest : r.destinations) {
        if (!dest.uri.valid)
            continue;
        const QStringList ev{
            recEvidence,
            dest.external ? QStringLiteral("%1 TXT -> %2%3")
                                .arg(dest.authorizationName, dnsOutcomeName(dest.authorizationOutcome),
                                     dest.authorizationRecord.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" \"%1\"").arg(dest.authorizationRecord))
                          : QStringLiteral("%1 is inside the organizational domain").arg(dest.uri.domain),
            QStringLiteral("%1 MX -> %2")
                .arg(dest.uri.domain, dest.mxHosts.isEmpty() ? dnsOutcomeName(dest.mxOutcome)
                                                             : dest.mxHosts.join(QStringLiteral(", ")))};
        if (dest.dnsError()) {
            add("DMARC-DNS-ERROR",
                tr("Checking the %1 destination %2 failed: %3.")
                    .arg(dest.uri.tag, dest.uri.address, dest.note),
                ev, Severity::Warning);
            continue;
        }
        if (dest.external && !dest.authorized)
            add("DMARC-RUA-UNAUTHORIZED",
                tr("%1 sends %2 reports to %3, outside %4, but %5 has no v=DMARC1 record: receivers send "
                   "nothing "
                   "there.")
                    .arg(recDomain, dest.uri.tag == QLatin1String("rua") ? tr("aggregate") : tr("failure"),
                         dest.uri.address, d.orgDomain9989, dest.authorizationName),
                ev);
        if (!dest.hasMx())
            add("DMARC-RUA-NO-MX",
                dest.nullMx
                    ? tr("%1 publishes a null MX (RFC 7505): reports to %2 are refused.")
                          .arg(dest.uri.domain, dest.uri.address)
                    : tr("%1 has no MX record: reports to %2 cannot be delivered (some senders fall back to "
                         "its address record; many report generators do not).")
                          .arg(dest.uri.domain, dest.uri.address),
                ev);
    }
    if (d.rfc9989.record && d.rfc9989.recordDomain != r.fromDomain)
        add("DMARC-INHERITED",
            tr("%1 has no record of its own; %2 applies (%3). %4")
                .arg(r.fromDomain, QStringLiteral("_dmarc.") + recDomain, r.rfc9989.sourceTag, d.rfc9989.how),
            {recEvidence});
    if (!r.rfc9989.sameOutcome(r.rfc7489))
        add("DMARC-READINGS-DIFFER",
            tr("For mail from %1, RFC 9989 receivers apply %2 (%3), RFC 7489 receivers apply %4 (%5).")
                .arg(r.fromDomain, dmarcPolicyName(r.rfc9989.applied), r.rfc9989.explanation,
                     dmarcPolicyName(r.rfc7489.applied), r.rfc7489.explanation),
            {recEvidence, tr("RFC 9989: %1").arg(d.rfc9989.how), tr("RFC 7489: %1").arg(d.rfc7489.how)});
    if (!d.orgDomainsAgree())
        add("DMARC-ORG-DOMAIN-DIFFERS",
            tr("RFC 9989 tree walk: %1 (%2). RFC 7489 Public Suffix List: %3.")
                .arg(d.orgDomain9989, d.orgDomain9989Reason,
                     d.orgDomain7489.isEmpty() ? r.fromDomain : d.orgDomain7489),
            {recEvidence});
    return out;
}
