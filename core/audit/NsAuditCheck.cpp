#include "NsAuditCheck.h"

#include "dns/DnsSession.h"
#include "nscheck/NsCheck.h"

AuditCheckResult NsAuditCheck::run(const QString& domain, DnsSession& session,
                                   const AuditCheckOptions& options) {
    AuditCheckResult out;
    const QString why = NsCheck::notCheckedReason(session, domain, options.net.offline);
    if (!why.isEmpty()) {
        out.json = NsResult::notCheckedBecause(domain, why).toJson();
        return out;
    }
    NsCheck::Options o;
    o.connectTo = options.net.connectTo;
    o.timeoutMs = options.directTimeoutMs;
    o.retries = options.directRetries;
    NsCheck::ServerResolverFactory factory;
    if (options.rateLimiter)
        factory = [o,
                   limiter = options.rateLimiter](const ServerAddress& server) -> std::shared_ptr<Resolver> {
            LdnsResolverOptions lo;
            lo.servers = {server};
            lo.timeoutMs = o.timeoutMs;
            lo.retries = o.retries;
            lo.recursionDesired = false;
            lo.dnssecOk = false;
            lo.rateLimiter = limiter;
            return std::make_shared<LdnsResolver>(lo);
        };
    NsCheck check(session, o, factory);
    for (const QString& selector : options.dkimSelectors)
        check.addQuestion(selector + QStringLiteral("._domainkey.") + domain, DnsRecordType::TXT);
    check.addQuestionsFromLog(session.log()->entries());
    const NsResult result = check.run(domain);
    out.json = result.toJson();
    out.findings = result.findings;
    return out;
}
