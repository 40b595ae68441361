#pragma once
// The BIMI part of the transport check (draft-brand-indicators-for-message-identification): the
// record at default._bimi.<domain>, the DMARC prerequisite of §8.1 under both readings (RFC 9989
// and RFC 7489, the organizational domain's policy applying to a subdomain through discovery), the
// logo at l= fetched over HTTPS and checked against SVG Tiny PS, and the Mark Certificate at a=.
// start() launches the fetches and the DMARC discovery on DnsSession::checkPool() so that they run
// while TransportCheck resolves the MX hosts; finish() waits for them and writes the findings.

#include "BimiResult.h"
#include "dmarc/DmarcDiscoveryResult.h"
#include "findings/Finding.h"
#include "net/HttpsFetcher.h"

#include <QFuture>

class ConnectionLog;
class DnsSession;
struct DnsAnswer;

class BimiCheck {
public:
    BimiCheck(DnsSession& session, const NetOptions& options, ConnectionLog* log);
    ~BimiCheck();
    void start(const QString& domain, const DnsAnswer& answer, BimiResult& result);
    void finish(BimiResult& result, QList<Finding>& findings);
    void cancel(); // thread-safe

    static constexpr qint64 maxLogoFetch = 64 * 1024; // the profile's limit is 32 KiB; more is read to say so
    static constexpr qint64 maxEvidenceFetch = 256 * 1024; // a PEM chain with the embedded logo

    // §8.1 steps 7-9 under both readings: fills dmarc from a discovery of domain.
    static void evaluateDmarc(const QString& domain, const DmarcDiscoveryResult& discovery,
                              BimiResult::Dmarc& dmarc);

private:
    void evaluateLogo(BimiResult& result);
    void evaluateAuthority(BimiResult& result);

    DnsSession& m_session;
    NetOptions m_options;
    HttpsFetcher m_logoFetcher;
    HttpsFetcher m_evidenceFetcher;
    QString m_domain;
    QFuture<HttpsResponse> m_logo;
    QFuture<HttpsResponse> m_evidence;
    QFuture<DmarcDiscoveryResult> m_dmarc;
};
