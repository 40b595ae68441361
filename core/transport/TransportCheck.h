#pragma once
// How mail reaches a domain: MX (MxChecker), MTA-STS (RFC 8461: record, policy fetched over HTTPS
// exactly as a sending MTA does, MX coverage) and TLS-RPT (RFC 8460). DNS goes through the
// session (its query log is the evidence), HTTPS through core/net (its ConnectionLog). The policy
// fetch runs on DnsSession::checkPool() while the MX hosts are being resolved. DANE (DaneChecker):
// the MX hosts' TLSA records, matched against the STARTTLS probe's chain. run() blocks.

#include "TransportResult.h"
#include "dnssec/DnssecStatus.h"
#include "net/NetOptions.h"

#include <QMutex>
#include <atomic>

class BimiCheck;
class ConnectionLog;
class DnsSession;
class HttpsFetcher;
class SmtpProber;

class TransportCheck {
public:
    TransportCheck(DnsSession& session, NetOptions options, ConnectionLog* log);
    // STARTTLS probing of every MX host on port 25 (off by default: many networks block port 25).
    void setProbeSmtp(bool probe) { m_probeSmtp = probe; }
    // DANE (RFC 7672): how the DNSSEC status of each MX host's TLSA records is found. Not set: every
    // TLSA RRset is "indeterminate: DNSSEC not validated" (matching still runs, no DANE-TLSA-INSECURE).
    void setDnssecLookup(DnssecLookup lookup) { m_dnssecLookup = std::move(lookup); }
    TransportResult run(const QString& domain);
    void cancel(); // thread-safe

    // The RFC 8461 §3.3 URL of a domain's policy.
    static QString policyHost(const QString& domain) { return QStringLiteral("mta-sts.") + domain; }
    static constexpr const char* policyPath = "/.well-known/mta-sts.txt";
    static constexpr qint64 shortMaxAge = 86400; // under a day: MTA-STS-MAX-AGE-SHORT

private:
    void evaluatePolicy(TransportResult& result);
    void checkCoverage(TransportResult& result);
    void probeSmtp(TransportResult& result);
    void evaluateProbe(TransportResult& result, const QString& host, const SmtpProbeResult& probe);

    DnsSession& m_session;
    NetOptions m_options;
    ConnectionLog* m_log;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    HttpsFetcher* m_fetcher = nullptr;
    QList<SmtpProber*> m_probers;
    BimiCheck* m_bimi = nullptr;
    bool m_probeSmtp = false;
    DnssecLookup m_dnssecLookup;
    static constexpr int expiringDays = 21;
};
