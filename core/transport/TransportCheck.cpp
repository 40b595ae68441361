#include "TransportCheck.h"

#include "BimiCheck.h"
#include "DaneChecker.h"
#include "MxChecker.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"
#include "net/HttpsFetcher.h"
#include "net/SmtpProber.h"

#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
Finding make(QStringView code, const QString& domain, const QString& detail, const QStringList& evidence,
             std::optional<Severity> severity = std::nullopt) {
    Finding f = FindingCatalogue::make(code, detail, evidence, severity);
    f.area = u"transport"_s;
    f.domain = domain;
    return f;
}

bool answered(const DnsAnswer& a) {
    return a.outcome == DnsOutcome::Answer || a.outcome == DnsOutcome::NoData ||
           a.outcome == DnsOutcome::NxDomain;
}

QStringList chainEvidence(const HttpsResponse& r) {
    QStringList out;
    for (const CertificateInfo& c : r.chain)
        out << u"certificate: subject %1, issuer %2, names %3, valid until %4"_s.arg(
            c.subject, c.issuer, c.sans.isEmpty() ? u"(none)"_s : c.sans.join(u", "_s),
            c.notAfter.toString(Qt::ISODate));
    return out;
}
} // namespace

TransportCheck::TransportCheck(DnsSession& session, NetOptions options, ConnectionLog* log)
    : m_session(session)
    , m_options(std::move(options))
    , m_log(log) {}

void TransportCheck::cancel() {
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_fetcher)
        m_fetcher->cancel();
    if (m_bimi)
        m_bimi->cancel();
    for (SmtpProber* p : std::as_const(m_probers))
        p->cancel();
}

TransportResult TransportCheck::run(const QString& domain) {
    TransportResult result;
    result.domain = domain;
    // --ca-file: the system store is read while DNS answers; never left running past run().
    QFuture<void> anchors = m_options.prefetchTrustAnchors();
    const auto waitForAnchors = qScopeGuard([&anchors] {
        if (anchors.isValid())
            anchors.waitForFinished();
    });
    // The three independent questions at once.
    auto mxFuture = m_session.lookup(domain, DnsRecordType::MX);
    auto stsFuture = m_session.lookup(u"_mta-sts."_s + domain, DnsRecordType::TXT);
    auto rptFuture = m_session.lookup(u"_smtp._tls."_s + domain, DnsRecordType::TXT);
    auto bimiFuture = m_session.lookup(BimiRecord::recordName(domain), DnsRecordType::TXT);

    // MTA-STS: a sender fetches the policy only when the record is there; the fetch runs while
    // the MX hosts are resolved.
    const DnsAnswer sts = stsFuture.result();
    QFuture<HttpsResponse> fetch;
    HttpsFetcher fetcher(m_session, m_options, m_log);
    {
        QMutexLocker lock(&m_mutex);
        m_fetcher = &fetcher;
    }
    if (m_cancelled)
        fetcher.cancel();
    if (!answered(sts))
        result.mtaSts.dnsError = sts.error.isEmpty() ? dnsOutcomeDescription(sts.outcome) : sts.error;
    result.mtaSts.records = MtaStsRecord::candidates(sts.texts());
    // RFC 8461 §3.1: with no record, several, or an invalid one, senders assume there is no policy
    // and fetch nothing; so does this check.
    const bool senderFetches =
        result.mtaSts.records.size() == 1 && MtaStsRecord::parse(result.mtaSts.records.first()).isValid();
    if (senderFetches && m_options.offline) {
        result.mtaSts.notFetched = u"not fetched: offline (--offline or --demo), no connection is made"_s;
    } else if (senderFetches) {
        result.mtaSts.fetched = true;
        const QString host = policyHost(domain);
        fetch = QtConcurrent::run(DnsSession::checkPool(), [&fetcher, host] {
            return fetcher.get(host, QString::fromLatin1(policyPath));
        });
    }

    // BIMI: the logo and evidence fetches and the DMARC discovery run alongside the MX checks.
    BimiCheck bimi(m_session, m_options, m_log);
    {
        QMutexLocker lock(&m_mutex);
        m_bimi = &bimi;
    }
    if (m_cancelled)
        bimi.cancel();
    bimi.start(domain, bimiFuture.result(), result.bimi);

    MxChecker mx(m_session);
    result.mx = mx.run(domain, mxFuture.result(), result.findings);
    const bool receivesMail = !result.mx.nullMx || !result.mx.hosts.isEmpty();
    // DANE: the TLSA questions run alongside the probes.
    DaneChecker dane(m_session, m_dnssecLookup);
    dane.start(result.mx.hosts);

    // STARTTLS probes of every MX host, in parallel with each other and with the policy fetch.
    std::vector<std::unique_ptr<SmtpProber>> probers;
    QList<QFuture<SmtpProbeResult>> probes;
    if (m_probeSmtp && !m_options.offline) {
        result.smtpProbed = true;
        QMutexLocker lock(&m_mutex);
        for (const TransportResult::MxHost& h : std::as_const(result.mx.hosts)) {
            probers.push_back(std::make_unique<SmtpProber>(m_session, m_options, m_log));
            SmtpProber* prober = probers.back().get();
            m_probers << prober;
            if (m_cancelled)
                prober->cancel();
            const QString host = h.host;
            probes << QtConcurrent::run(DnsSession::checkPool(),
                                        [prober, host] { return prober->probe(host); });
        }
    }

    // The _mta-sts record.
    const QStringList& records = result.mtaSts.records;
    if (records.isEmpty()) {
        if (receivesMail && result.mtaSts.dnsError.isEmpty())
            result.findings << make(u"MTA-STS-MISSING", domain, {},
                                    {u"_mta-sts.%1 TXT: %2"_s.arg(domain, dnsOutcomeName(sts.outcome))});
    } else {
        result.mtaSts.record = MtaStsRecord::parse(records.first());
        if (records.size() > 1)
            result.mtaSts.record->errors.prepend(
                u"%1 records start with v=STSv1; exactly one is allowed"_s.arg(records.size()));
        if (!result.mtaSts.record->isValid())
            result.findings << make(
                u"MTA-STS-RECORD-INVALID", domain,
                u"The _mta-sts record of %1 is invalid: %2. Senders act as if %1 had no MTA-STS policy."_s
                    .arg(domain, result.mtaSts.record->errors.join(u"; "_s)),
                records);
    }
    if (result.mtaSts.fetched) {
        result.mtaSts.fetch = fetch.result();
        evaluatePolicy(result);
        checkCoverage(result);
    }
    for (qsizetype i = 0; i < probes.size(); ++i) {
        const SmtpProbeResult probe = probes[i].result();
        result.starttls.insert(probe.host, probe);
        evaluateProbe(result, probe.host, probe);
    }
    dane.collect(result.mx.hosts);
    for (TransportResult::MxHost& h : result.mx.hosts) {
        const auto probe = result.starttls.constFind(h.host);
        DaneChecker::evaluate(domain, h, probe == result.starttls.cend() ? nullptr : &*probe,
                              result.findings);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_fetcher = nullptr;
        m_probers.clear();
    }

    // TLS-RPT.
    const DnsAnswer rpt = rptFuture.result();
    if (!answered(rpt))
        result.tlsRpt.dnsError = rpt.error.isEmpty() ? dnsOutcomeDescription(rpt.outcome) : rpt.error;
    result.tlsRpt.records = TlsRptRecord::candidates(rpt.texts());
    if (result.tlsRpt.records.isEmpty()) {
        if (receivesMail && result.tlsRpt.dnsError.isEmpty())
            result.findings << make(u"TLSRPT-MISSING", domain, {},
                                    {u"_smtp._tls.%1 TXT: %2"_s.arg(domain, dnsOutcomeName(rpt.outcome))});
    } else {
        result.tlsRpt.record = TlsRptRecord::parse(result.tlsRpt.records.first());
        if (result.tlsRpt.records.size() > 1)
            result.tlsRpt.record->errors.prepend(
                u"%1 records start with v=TLSRPTv1; exactly one is allowed"_s.arg(
                    result.tlsRpt.records.size()));
        if (!result.tlsRpt.record->isValid())
            result.findings << make(
                u"TLSRPT-INVALID", domain,
                u"The TLS-RPT record of %1 is invalid: %2. Senders send no TLS reports."_s.arg(
                    domain, result.tlsRpt.record->errors.join(u"; "_s)),
                result.tlsRpt.records);
    }
    bimi.finish(result.bimi, result.findings);
    {
        QMutexLocker lock(&m_mutex);
        m_bimi = nullptr;
    }
    return result;
}

void TransportCheck::evaluatePolicy(TransportResult& result) {
    const QString& domain = result.domain;
    const HttpsResponse& r = result.mtaSts.fetch;
    const QString url = r.url;
    const QString consequence =
        u" Senders that have no cached policy deliver to %1 without MTA-STS; those that cached one keep "
        "applying it until its max_age runs out."_s.arg(domain);
    using E = HttpsResponse::Error;
    switch (r.error) {
    case E::Cancelled:
        return;
    case E::Certificate:
        result.findings << make(
            u"MTA-STS-CERT-INVALID", domain,
            u"Fetching %1 failed the certificate check: %2."_s.arg(url, r.certificateErrors.join(u"; "_s)) +
                consequence,
            QStringList{url} + chainEvidence(r));
        return;
    case E::TooLarge:
        result.findings << make(u"MTA-STS-POLICY-INVALID", domain,
                                u"%1 is larger than 64 KiB; senders stop reading and discard it."_s.arg(url) +
                                    consequence,
                                {url, r.errorText});
        return;
    case E::NoAddress:
    case E::Connect:
    case E::Timeout:
    case E::Tls:
    case E::Protocol:
        result.findings << make(u"MTA-STS-POLICY-UNREACHABLE", domain,
                                u"%1 could not be fetched: %2."_s.arg(url, r.errorText) + consequence,
                                {url, r.errorText});
        return;
    case E::None:
        break;
    }
    if (r.isRedirect()) {
        result.findings << make(
            u"MTA-STS-REDIRECT", domain,
            u"%1 answered HTTP %2 with a redirect to %3; senders do not follow it."_s.arg(url)
                    .arg(r.httpStatus)
                    .arg(r.location.isEmpty() ? u"(no Location)"_s : r.location) +
                consequence,
            {url, u"HTTP %1"_s.arg(r.httpStatus), u"Location: %1"_s.arg(r.location)});
        return;
    }
    if (r.httpStatus != 200) {
        result.findings << make(u"MTA-STS-POLICY-UNREACHABLE", domain,
                                u"%1 answered HTTP %2 instead of 200."_s.arg(url).arg(r.httpStatus) +
                                    consequence,
                                {url, u"HTTP %1"_s.arg(r.httpStatus)});
        return;
    }
    result.mtaSts.policy = MtaStsPolicy::parse(r.body);
    QStringList problems;
    if (r.mediaType() != u"text/plain"_s)
        problems << u"the content type is '%1', not text/plain"_s.arg(
            r.contentType.isEmpty() ? u"(none)"_s : r.contentType);
    problems << result.mtaSts.policy->errors;
    if (!problems.isEmpty()) {
        result.findings << make(
            u"MTA-STS-POLICY-INVALID", domain,
            u"A sending MTA rejects the policy at %1: %2."_s.arg(url, problems.join(u"; "_s)) + consequence,
            {url, u"Content-Type: %1"_s.arg(r.contentType), QString::fromUtf8(r.body.left(2000))});
        return;
    }
    const MtaStsPolicy& p = *result.mtaSts.policy;
    if (p.mode == MtaStsPolicy::Mode::Testing)
        result.findings << make(u"MTA-STS-TESTING", domain, {}, {url, u"mode: testing"_s});
    if (p.maxAge && *p.maxAge < shortMaxAge)
        result.findings << make(
            u"MTA-STS-MAX-AGE-SHORT", domain,
            u"max_age is %1 seconds: senders forget the policy after less than a day, so "
            "an attacker who blocks a single policy refresh can strip TLS again."_s.arg(*p.maxAge),
            {url, u"max_age: %1"_s.arg(*p.maxAge)});
}

void TransportCheck::checkCoverage(TransportResult& result) {
    if (!result.mtaSts.policy || !result.mtaSts.policy->isValid())
        return;
    const MtaStsPolicy& p = *result.mtaSts.policy;
    for (const TransportResult::MxHost& h : result.mx.hosts) {
        const QString pattern = p.coveringPattern(h.host);
        result.mtaSts.covered.insert(h.host, !pattern.isEmpty());
        if (!pattern.isEmpty() || p.mode == MtaStsPolicy::Mode::None)
            continue;
        const bool enforce = p.mode == MtaStsPolicy::Mode::Enforce;
        const QString detail =
            enforce
                ? u"No mx pattern of the policy (%1) matches the MX host %2. Senders that cached your "
                  u"enforce "
                  "policy will refuse to deliver to %2."_s.arg(p.mx.join(u", "_s), h.host)
                : u"No mx pattern of the policy (%1) matches the MX host %2. In testing mode senders still "
                  "deliver to it, but report a failure for every message; in enforce mode they would refuse "
                  "to deliver to %2."_s.arg(p.mx.join(u", "_s), h.host);
        result.findings << make(u"MTA-STS-MX-NOT-COVERED", result.domain, detail,
                                {u"%1 MX %2 %3."_s.arg(result.domain).arg(h.preference).arg(h.host),
                                 u"mx: %1"_s.arg(p.mx.join(u", mx: "_s))},
                                enforce ? Severity::Error : Severity::Warning);
    }
}

void TransportCheck::evaluateProbe(TransportResult& result, const QString& host, const SmtpProbeResult& p) {
    using O = SmtpProbeResult::Outcome;
    const QString& domain = result.domain;
    const QString where = p.address.isEmpty() ? host : u"%1 (%2)"_s.arg(host, p.address);
    QStringList evidence{
        u"smtp %1 port %2: %3"_s.arg(where).arg(p.port).arg(SmtpProbeResult::outcomeName(p.outcome))};
    if (!p.banner.isEmpty())
        evidence << u"greeting: %1"_s.arg(p.banner.left(200));
    if (!p.ehlo.isEmpty())
        evidence << u"EHLO: %1"_s.arg(p.ehlo.join(u' '));
    if (!p.tlsVersion.isEmpty())
        evidence << u"%1 %2"_s.arg(p.tlsVersion, p.cipher);
    for (const CertificateInfo& c : p.chain)
        evidence << u"certificate: subject %1, issuer %2, names %3, valid until %4"_s.arg(
            c.subject, c.issuer, c.sans.isEmpty() ? u"(none)"_s : c.sans.join(u", "_s),
            c.notAfter.toString(Qt::ISODate));
    const bool enforced = result.mtaSts.policy && result.mtaSts.policy->isValid() &&
                          result.mtaSts.policy->mode == MtaStsPolicy::Mode::Enforce;
    const QString consequence =
        enforced
            ? u" Your MTA-STS policy is in enforce mode: senders that apply it refuse to deliver to %1."_s
                  .arg(host)
            : u" Opportunistic senders still deliver; senders that require authenticated TLS do not "
              u"(MTA-STS; "
              "DANE too, unless a DANE-EE(3) TLSA record matches the server's key, which checks no name or "
              "date)."_s;
    switch (p.outcome) {
    case O::Cancelled:
        return;
    case O::NoAddress:
    case O::Refused:
    case O::Timeout:
    case O::ProtocolError:
        result.findings << make(
            u"STARTTLS-UNREACHABLE", domain,
            u"Probing %1 on port %2 failed: %3. This says nothing about TLS on that host."_s.arg(where)
                .arg(p.port)
                .arg(p.error),
            evidence);
        return;
    case O::NotOffered:
        result.findings << make(u"STARTTLS-NOT-OFFERED", domain,
                                u"%1 does not offer STARTTLS: mail to it travels in clear text."_s.arg(where),
                                evidence);
        return;
    case O::TlsFailed:
        result.findings << make(
            u"STARTTLS-NOT-OFFERED", domain,
            u"%1 offers STARTTLS but TLS fails: %2. Senders fall back to clear text or give up."_s.arg(
                where, p.error),
            evidence);
        return;
    case O::Tls:
        break;
    }
    const Severity severity = enforced ? Severity::Error : Severity::Warning;
    if (!p.chainValid)
        result.findings << make(
            u"STARTTLS-CERT-INVALID", domain,
            u"The certificate of %1 is not valid: %2."_s.arg(where, p.certificateErrors.join(u"; "_s)) +
                consequence,
            evidence, severity);
    if (!p.nameMatches)
        result.findings << make(u"STARTTLS-CERT-NAME", domain,
                                u"The certificate of %1 names %2, not %3."_s.arg(
                                    where,
                                    p.chain.isEmpty() || p.chain.first().sans.isEmpty()
                                        ? (p.chain.isEmpty() ? u"nothing"_s : p.chain.first().subject)
                                        : p.chain.first().sans.join(u", "_s),
                                    host) +
                                    consequence,
                                evidence, severity);
    if (p.chainValid && !p.chain.isEmpty()) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(p.chain.first().notAfter);
        if (days < expiringDays)
            result.findings << make(u"STARTTLS-CERT-EXPIRING", domain,
                                    u"The certificate of %1 expires on %2, in %3 day(s)."_s
                                        .arg(where, p.chain.first().notAfter.toString(Qt::ISODate))
                                        .arg(days),
                                    evidence);
    }
    if (p.outdatedTls)
        result.findings << make(u"STARTTLS-OLD-TLS", domain, u"%1 negotiated %2."_s.arg(where, p.tlsVersion),
                                evidence);
}
