#include "BimiCheck.h"

#include "BimiSvgProfileChecker.h"
#include "dmarc/DmarcAlignment.h"
#include "dmarc/DmarcDiscovery.h"
#include "dmarc/DmarcPolicyResolver.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
Finding make(QStringView code, const QString& domain, const QString& detail, const QStringList& evidence) {
    Finding f = FindingCatalogue::make(code, detail, evidence);
    f.area = u"transport"_s;
    f.domain = domain;
    return f;
}

NetOptions limited(NetOptions o, qint64 maxBody) {
    o.maxBodyBytes = maxBody;
    return o;
}

QFuture<HttpsResponse> fetch(HttpsFetcher& fetcher, const QString& url) {
    const QUrl u(url);
    const QString host = u.host();
    QString path = u.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_s;
    if (u.hasQuery())
        path += u'?' + u.query(QUrl::FullyEncoded);
    const quint16 port = quint16(u.port(443));
    return QtConcurrent::run(DnsSession::checkPool(),
                             [&fetcher, host, path, port] { return fetcher.get(host, path, port); });
}

// Why a fetch gave no usable document, or "" when it did.
QString fetchProblem(const HttpsResponse& r) {
    if (!r.ok())
        return u"%1 could not be fetched: %2"_s.arg(r.url, r.errorText);
    if (r.isRedirect())
        return u"%1 answered HTTP %2 with a redirect to %3; publish the document at the URL itself"_s
            .arg(r.url)
            .arg(r.httpStatus)
            .arg(r.location.isEmpty() ? u"(no Location)"_s : r.location);
    if (r.httpStatus != 200)
        return u"%1 answered HTTP %2 instead of 200"_s.arg(r.url).arg(r.httpStatus);
    return {};
}

QStringList fetchEvidence(const HttpsResponse& r) {
    QStringList out{r.url};
    if (r.ok())
        out << u"HTTP %1, Content-Type: %2, %3 bytes"_s.arg(r.httpStatus)
                   .arg(r.contentType.isEmpty() ? u"(none)"_s : r.contentType)
                   .arg(r.body.size());
    else
        out << r.errorText;
    return out;
}
} // namespace

BimiCheck::BimiCheck(DnsSession& session, const NetOptions& options, ConnectionLog* log)
    : m_session(session)
    , m_options(options)
    , m_logoFetcher(session, limited(options, maxLogoFetch), log)
    , m_evidenceFetcher(session, limited(options, maxEvidenceFetch), log) {}

BimiCheck::~BimiCheck() {
    // The futures reference the fetchers: never leave them running.
    cancel();
    for (QFuture<HttpsResponse>* f : {&m_logo, &m_evidence})
        if (f->isValid())
            f->waitForFinished();
    if (m_dmarc.isValid())
        m_dmarc.waitForFinished();
}

void BimiCheck::cancel() {
    m_logoFetcher.cancel();
    m_evidenceFetcher.cancel();
}

void BimiCheck::start(const QString& domain, const DnsAnswer& answer, BimiResult& result) {
    m_domain = domain;
    result.name = BimiRecord::recordName(domain);
    if (answer.outcome != DnsOutcome::Answer && answer.outcome != DnsOutcome::NoData &&
        answer.outcome != DnsOutcome::NxDomain)
        result.dnsError = answer.error.isEmpty() ? dnsOutcomeDescription(answer.outcome) : answer.error;
    result.records = BimiRecord::candidates(answer.texts());
    result.recordDomain = domain;
    // §8.2 step 6: with no record at the domain, receivers ask its organizational domain (RFC 7489:
    // the Public Suffix List) with the same selector.
    if (result.records.isEmpty() && result.dnsError.isEmpty()) {
        const QString org = DmarcAlignment::pslOrganizationalDomain(domain).domain;
        if (!org.isEmpty() && org.compare(domain, Qt::CaseInsensitive) != 0) {
            const DnsAnswer orgAnswer = m_session.lookupNow(BimiRecord::recordName(org), DnsRecordType::TXT);
            const QStringList orgRecords = BimiRecord::candidates(orgAnswer.texts());
            if (!orgRecords.isEmpty()) {
                result.records = orgRecords;
                result.recordDomain = org;
                result.name = BimiRecord::recordName(org);
                result.fromOrganizationalDomain = true;
            }
        }
    }
    if (result.records.isEmpty())
        return;
    result.record = BimiRecord::parse(result.records.first());
    if (result.records.size() > 1) // §8.2: several records end discovery
        result.record->errors.prepend(
            u"%1 records start with v=BIMI1; exactly one is allowed"_s.arg(result.records.size()));
    const BimiRecord& r = *result.record;
    if (!r.isValid() || r.isDeclination())
        return;
    result.logo.url = r.location;
    result.authority.url = r.evidence;
    // The DMARC prerequisite is DNS only: asked even offline.
    auto session = std::shared_ptr<DnsSession>(std::shared_ptr<DnsSession>(), &m_session);
    m_dmarc = QtConcurrent::run(DnsSession::checkPool(),
                                [session, domain] { return DmarcDiscovery(session).discover(domain); });
    if (m_options.offline) {
        result.notFetched = u"not fetched: offline (--offline or --demo), no connection is made"_s;
        return;
    }
    if (!r.location.isEmpty()) {
        result.logo.fetched = true;
        m_logo = fetch(m_logoFetcher, r.location);
    }
    if (!r.evidence.isEmpty()) {
        result.authority.fetched = true;
        m_evidence = fetch(m_evidenceFetcher, r.evidence);
    }
}

void BimiCheck::finish(BimiResult& result, QList<Finding>& findings) {
    if (!result.record)
        return;
    const BimiRecord& r = *result.record;
    if (!r.isValid()) {
        findings << make(u"BIMI-INVALID", m_domain,
                         u"The BIMI record at %1 is invalid: %2. Receivers ignore it and show no logo."_s.arg(
                             result.name, r.errors.join(u"; "_s)),
                         result.records);
        return;
    }
    if (r.isDeclination())
        return;
    if (m_dmarc.isValid()) {
        evaluateDmarc(m_domain, m_dmarc.result(), result.dmarc);
        if (!result.dmarc.enforced) {
            QStringList evidence{u"%1 TXT: %2"_s.arg(result.name, r.text)};
            const DmarcDiscoveryResult d = m_dmarc.result();
            for (const DmarcAppliedRecord* a : {&d.rfc9989, &d.rfc7489})
                if (a->record)
                    evidence << u"_dmarc.%1 TXT: %2"_s.arg(a->recordDomain, a->record->text);
            evidence.removeDuplicates();
            findings << make(
                u"BIMI-DMARC-NOT-ENFORCED", m_domain,
                u"%1 publishes a BIMI record, but receivers show no logo because its DMARC policy is "
                "not enforced: %2."_s.arg(m_domain, result.dmarc.problems.join(u"; "_s)),
                evidence);
        }
    }
    if (result.logo.fetched) {
        result.logo.fetch = m_logo.result();
        evaluateLogo(result);
        if (!result.logo.valid && result.logo.fetch.error != HttpsResponse::Error::Cancelled)
            findings << make(u"BIMI-LOGO-INVALID", m_domain,
                             u"The BIMI logo at %1 is not usable: %2. Receivers show no logo."_s.arg(
                                 result.logo.url, result.logo.errors.join(u"; "_s)),
                             fetchEvidence(result.logo.fetch) + result.logo.errors);
    }
    if (r.evidence.isEmpty()) {
        findings << make(
            u"BIMI-NO-AUTHORITY", m_domain,
            u"The BIMI record of %1 has no a= evidence (Mark Certificate). Most mailbox providers "
            "(Gmail, Apple Mail, Yahoo) show BIMI logos only with a VMC or CMC."_s.arg(m_domain),
            {u"%1 TXT: %2"_s.arg(result.name, r.text)});
    } else if (result.authority.fetched) {
        result.authority.fetch = m_evidence.result();
        evaluateAuthority(result);
        if (!result.authority.valid && result.authority.fetch.error != HttpsResponse::Error::Cancelled)
            findings << make(
                u"BIMI-AUTHORITY-INVALID", m_domain,
                u"The Mark Certificate at %1 is not valid evidence for %2: %3. Receivers that require "
                "one show no logo."_s.arg(result.authority.url, m_domain,
                                          result.authority.errors.join(u"; "_s)),
                fetchEvidence(result.authority.fetch) + result.authority.errors);
    }
}

void BimiCheck::evaluateLogo(BimiResult& result) {
    BimiResult::Logo& logo = result.logo;
    const HttpsResponse& f = logo.fetch;
    if (const QString problem = fetchProblem(f); !problem.isEmpty()) {
        logo.errors << problem;
        return;
    }
    const QString type = f.mediaType();
    if (type != u"image/svg+xml"_s)
        logo.errors << u"the logo is served as '%1', not image/svg+xml"_s.arg(type.isEmpty() ? u"(none)"_s
                                                                                             : type);
    const BimiSvgProfileChecker::Result check = BimiSvgProfileChecker::check(f.body);
    logo.errors << check.errors;
    logo.title = check.title;
    logo.valid = logo.errors.isEmpty();
    logo.svg = check.svg; // shown by viewers only when valid
}

void BimiCheck::evaluateAuthority(BimiResult& result) {
    BimiResult::Authority& a = result.authority;
    if (const QString problem = fetchProblem(a.fetch); !problem.isEmpty()) {
        a.errors << problem;
        return;
    }
    const QByteArray logo = result.logo.fetched && fetchProblem(result.logo.fetch).isEmpty()
                                ? result.logo.fetch.body
                                : QByteArray();
    a.evidence = BimiAuthorityEvidence::evaluate(a.fetch.body, m_domain, u"default"_s, logo,
                                                 m_options.extraCa, QDateTime::currentDateTimeUtc());
    a.errors << a.evidence->errors;
    a.valid = a.errors.isEmpty();
}

void BimiCheck::evaluateDmarc(const QString& domain, const DmarcDiscoveryResult& d, BimiResult::Dmarc& out) {
    out.checked = true;
    QStringList problems;
    const DmarcReading r9989 = DmarcPolicyResolver::rfc9989(d.rfc9989, domain, d.fromExists);
    const DmarcReading r7489 = DmarcPolicyResolver::rfc7489(d.rfc7489, domain);
    for (const DmarcReading* r : {&r9989, &r7489}) {
        const bool is9989 = r == &r9989;
        const QString who = is9989 ? u"RFC 9989"_s : u"RFC 7489"_s;
        (is9989 ? out.policy9989 : out.policy7489) = r->hasPolicy ? dmarcPolicyName(r->applied) : QString();
        (is9989 ? out.recordDomain9989 : out.recordDomain7489) = r->recordDomain;
        if (r->undetermined) {
            problems << u"the DMARC policy under %1 cannot be determined (DNS failed)"_s.arg(who);
            continue;
        }
        if (!r->hasPolicy) {
            problems << u"no DMARC policy applies to %1 under %2"_s.arg(domain, who);
            continue;
        }
        // p=none and sp=none written in a record are listed once below; here what only a reading sees.
        if (r->stated == DmarcPolicy::None && !r->fallbackCause.isEmpty())
            problems << u"the record at _dmarc.%1 has %2, so %3 receivers read it as p=none"_s.arg(
                r->recordDomain, r->fallbackCause, who);
        else if (r->stated == DmarcPolicy::None && r->sourceTag == u"np"_s)
            problems << u"the record at _dmarc.%1 gives np=none under %2"_s.arg(r->recordDomain, who);
        if (is9989 && r->testing) {
            out.testing = true;
            problems << u"t=y at _dmarc.%1: RFC 9989 receivers apply %2 instead of %3"_s.arg(
                r->recordDomain, dmarcPolicyName(r->applied), dmarcPolicyName(r->stated));
        }
        if (!is9989) {
            out.pct = r->pct;
            if (r->pct < 100 && r->stated != DmarcPolicy::None)
                problems << u"pct=%1 at _dmarc.%2: RFC 7489 receivers apply %3 to only %1% of failing mail"_s
                                .arg(r->pct)
                                .arg(r->recordDomain, dmarcPolicyName(r->stated));
        }
    }
    // §8.1 steps 7-8: p=none or sp=none at the Author Domain or its Organizational Domain (the
    // records each reading applies, and those RFC 7489 discovery read on its way).
    QList<std::pair<QString, const DmarcRecord*>> seen;
    for (const DmarcAppliedRecord* a : {&d.rfc9989, &d.rfc7489})
        if (a->record)
            seen.append({a->recordDomain, &*a->record});
    for (const DmarcDiscoveryStep& s : d.rfc7489Steps)
        if (const DmarcRecord* rec = s.single())
            seen.append({s.domain, rec});
    for (const auto& [where, rec] : seen) {
        if (rec->policy == DmarcPolicy::None)
            problems << u"the record at _dmarc.%1 says p=none"_s.arg(where);
        if (rec->subdomainPolicy == DmarcPolicy::None)
            problems << u"the record at _dmarc.%1 says sp=none"_s.arg(where);
    }
    problems.removeDuplicates();
    out.problems = problems;
    out.enforced = problems.isEmpty();
}
