#include "DkimAuditCheck.h"

#include "dkim/DkimChecker.h"

AuditCheckResult DkimAuditCheck::run(const QString& domain, DnsSession& session,
                                     const AuditCheckOptions& options) {
    DkimCheckRequest request;
    request.domain = domain;
    request.discover = options.dkimDiscover;
    for (const QString& s : options.dkimSelectors)
        request.selectors << DkimSelectorCandidate{s, DkimSelectorSource::User, QStringLiteral("audit")};
    for (const QString& s : options.dkimReportSelectors.value(domain))
        request.selectors << DkimSelectorCandidate{s, DkimSelectorSource::Report,
                                                   QStringLiteral("DMARC aggregate reports")};
    const DkimResult result = DkimChecker::check(session, request);
    AuditCheckResult out;
    out.json = result.toJson();
    out.json.remove(QStringLiteral("queries"));
    out.findings = result.findings;
    for (const DkimSelectorResult& s : result.selectors)
        if (s.found)
            for (const QString& t : s.texts)
                out.recordsFound << QStringLiteral("%1._domainkey: %2").arg(s.selector, t);
    return out;
}
