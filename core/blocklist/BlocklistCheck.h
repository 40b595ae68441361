#pragma once
// Looks subjects up on DNS blocklists (RFC 5782): IPv4 addresses reversed octet by octet, IPv6
// reversed nibble by nibble, names prepended to the list's zone. Each list is first asked its test
// entry (RFC 5782 §5): a list that refuses (Spamhaus through a public resolver) or does not answer
// is reported once per subject as refused or error and not asked further. An A answer is read by
// the list's own codes; NXDOMAIN is clear; a TXT record gives the reason of a listing. Every query
// goes through the session (the query log is the evidence) and through the rate limiter. run()
// blocks: call it on a check thread.

#include "BlocklistDefinition.h"
#include "BlocklistRateLimiter.h"
#include "BlocklistResult.h"

#include <memory>

class DnsSession;

class BlocklistCheck {
public:
    BlocklistCheck(DnsSession& session, QList<BlocklistDefinition> lists,
                   std::shared_ptr<BlocklistRateLimiter> limiter);
    // Time spent waiting for the rate limiter per domain, at most: past it, what is left is not
    // asked (an error, never "clear"), so a busy batch never runs into the audit's time bound.
    void setMaxWaitMs(qint64 ms) { m_maxWaitMs = ms; }
    BlocklistResult run(const QString& domain, const QList<BlocklistSubject>& subjects);

    // The result of an audit that sends no list query (offline, demo, zone files only).
    static BlocklistResult notQueried(const QString& domain, const QList<BlocklistDefinition>& lists,
                                      const QString& why);

private:
    bool takeToken(const QString& zone);
    void addFindings(BlocklistResult& result) const;

    DnsSession& m_session;
    QList<BlocklistDefinition> m_lists;
    std::shared_ptr<BlocklistRateLimiter> m_limiter;
    qint64 m_maxWaitMs = 20000;
    qint64 m_waitedMs = 0;
};
