#include "BlocklistAuditCheck.h"

#include "blocklist/BlocklistCheck.h"
#include "blocklist/BlocklistDefaults.h"
#include "blocklist/BlocklistSubjects.h"
#include "dns/DnsSession.h"

AuditCheckResult BlocklistAuditCheck::run(const QString& domain, DnsSession& session,
                                          const AuditCheckOptions& options) {
    const QList<BlocklistDefinition> lists =
        options.blocklists.isEmpty() ? BlocklistDefaults::definitions() : options.blocklists;
    AuditCheckResult out;
    if (options.net.offline) {
        out.json = BlocklistCheck::notQueried(
                       domain, lists,
                       QStringLiteral("offline audit (--offline, --demo or zone files only): no blocklist "
                                      "was asked"))
                       .toJson();
        return out;
    }
    // Every question of the other checks failed in transport: the resolver is unreachable, and
    // asking seven lists more would only add their timeouts to the audit.
    const QList<QueryLogEntry> entries = session.log()->entries();
    if (!entries.isEmpty() && std::all_of(entries.cbegin(), entries.cend(), [](const QueryLogEntry& e) {
            return e.answer.outcome == DnsOutcome::Timeout || e.answer.outcome == DnsOutcome::NetworkError ||
                   e.answer.outcome == DnsOutcome::Cancelled;
        })) {
        out.json =
            BlocklistCheck::notQueried(domain, lists,
                                       QStringLiteral("the resolver answered none of the audit's other "
                                                      "questions: no blocklist was asked"))
                .toJson();
        return out;
    }
    std::shared_ptr<BlocklistRateLimiter> limiter;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_limiter)
            m_limiter = std::make_shared<BlocklistRateLimiter>(
                options.blocklistRate > 0 ? options.blocklistRate : BlocklistRateLimiter::defaultRate);
        limiter = m_limiter;
    }
    const BlocklistSubjects::Collected subjects = BlocklistSubjects::collect(
        domain, session, options.earlier.value(QStringLiteral("spf")).toObject(),
        options.earlier.value(QStringLiteral("transport")).toObject(), options.reportSources.value(domain));
    BlocklistCheck check(session, lists, limiter);
    BlocklistResult result = check.run(domain, subjects.subjects);
    result.skipped = subjects.skipped;
    out.json = result.toJson();
    out.findings = result.findings;
    return out;
}
