#include "DmarcDiscovery.h"

#include "DmarcRecordParser.h"
#include "DmarcTreeWalk.h"
#include "PublicSuffixList.h"
#include "dns/DnsSession.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DmarcDiscovery", text);
}

QString dmarcName(const QString& domain) {
    return QStringLiteral("_dmarc.") + domain;
}
} // namespace

DmarcDiscovery::DmarcDiscovery(std::shared_ptr<DnsSession> session)
    : m_session(std::move(session)) {}

QStringList DmarcDiscovery::treeWalkDomains(const QString& fromDomain) {
    return DmarcTreeWalk::domains(fromDomain);
}

DmarcDiscoveryStep DmarcDiscovery::stepFromAnswer(const QString& domain, const DnsAnswer& answer) {
    DmarcDiscoveryStep s;
    s.domain = domain;
    s.queryName = dmarcName(domain);
    s.outcome = answer.outcome;
    s.error = answer.error;
    for (const DnsRecord& c : answer.cnames)
        s.cnames << c.target;
    if (answer.outcome == DnsOutcome::Answer) {
        s.texts = answer.texts();
        for (const QString& t : std::as_const(s.texts)) {
            if (DmarcRecordParser::looksLikeDmarc(t))
                s.records << DmarcRecordParser::parse(t);
            if (t.trimmed().startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive))
                s.spfAnswer = true;
        }
    }
    return s;
}

DmarcDiscoveryResult DmarcDiscovery::discover(const QString& fromDomain) const {
    DmarcDiscoveryResult result;
    result.fromDomain = fromDomain;
    // The From domain's own TXT (existence for np, an apex record) runs beside the tree walk, whose
    // names are all asked at once (DmarcTreeWalk::run).
    QFuture<DnsAnswer> own = m_session->lookup(fromDomain, DnsRecordType::TXT);
    result.walk = DmarcTreeWalk::run(*m_session, fromDomain);

    // RFC 7489: the From domain, then the PSL organizational domain when the first had none.
    result.orgDomain7489 = PublicSuffixList::organizationalDomain(fromDomain);
    result.publicSuffix7489 = PublicSuffixList::publicSuffix(fromDomain);
    result.rfc7489Steps << result.walk.first();
    const DmarcDiscoveryStep& step0 = result.walk.first();
    if (!step0.failed() && step0.validCount() == 0 && !result.orgDomain7489.isEmpty() &&
        result.orgDomain7489 != fromDomain) {
        bool seen = false;
        for (const DmarcDiscoveryStep& s : std::as_const(result.walk))
            if (s.domain == result.orgDomain7489) {
                result.rfc7489Steps << s;
                seen = true;
            }
        if (!seen)
            result.rfc7489Steps << stepFromAnswer(
                result.orgDomain7489,
                m_session->lookupNow(dmarcName(result.orgDomain7489), DnsRecordType::TXT));
    }

    const DnsAnswer ownAnswer = own.result();
    result.fromOutcome = ownAnswer.outcome;
    if (ownAnswer.outcome == DnsOutcome::NxDomain)
        result.fromExists = false;
    else if (!dnsOutcomeIsFailure(ownAnswer.outcome))
        result.fromExists = true;
    if (ownAnswer.outcome == DnsOutcome::Answer)
        result.fromTexts = ownAnswer.texts();
    for (const QString& t : std::as_const(result.fromTexts))
        if (DmarcRecordParser::looksLikeDmarc(t))
            result.apexRecordText = t;

    decide(result);
    return result;
}

void DmarcDiscovery::decide(DmarcDiscoveryResult& result) {
    // RFC 9989 §4.10.2: the organizational domain from the tree walk.
    const DmarcOrgDomain org = DmarcTreeWalk::organizationalDomain(result.fromDomain, result.walk);
    result.orgDomain9989 = org.domain;
    result.orgDomain9989Reason = org.reason;

    // RFC 9989 §4.10.1: the policy record is the Author Domain's, else the Organizational Domain's,
    // else the Public Suffix Domain's (the psd=y record that ended the walk). Several records at
    // one name are discarded. A record between the Author Domain and the Organizational Domain is
    // neither and is not applied.
    DmarcAppliedRecord& a = result.rfc9989;
    QStringList multipleAt;
    QStringList skipped; // single records on the walk that are not the policy record
    for (const DmarcDiscoveryStep& s : std::as_const(result.walk))
        if (s.validCount() > 1)
            multipleAt << s.queryName;
    const DmarcDiscoveryStep* first = result.walk.isEmpty() ? nullptr : &result.walk.first();
    const DmarcDiscoveryStep* failedStep = nullptr;
    for (const DmarcDiscoveryStep& s : std::as_const(result.walk))
        if (s.failed() && !failedStep)
            failedStep = &s;
    auto apply = [&](const DmarcDiscoveryStep& s, const QString& how) {
        a.record = *s.single();
        a.recordDomain = s.domain;
        a.how = how;
    };
    if (first && first->failed()) {
        a.dnsError = true;
        a.how = tr("the query for %1 failed (%2); the tree walk cannot go on")
                    .arg(first->queryName, dnsOutcomeName(first->outcome));
    } else if (first && first->single()) {
        apply(*first, tr("published at %1").arg(first->queryName));
    } else {
        const DmarcDiscoveryStep* orgStep = nullptr;
        const DmarcDiscoveryStep* psdStep = nullptr;
        for (const DmarcDiscoveryStep& s : std::as_const(result.walk)) {
            const DmarcRecord* r = s.single();
            if (!r)
                continue;
            if (s.domain == org.domain)
                orgStep = &s;
            else if (r->psd == QLatin1Char('y') && &s != first)
                psdStep = &s;
        }
        for (const DmarcDiscoveryStep& s : std::as_const(result.walk))
            if (s.single() && &s != orgStep && &s != psdStep)
                skipped << s.queryName;
        if (orgStep)
            apply(*orgStep, tr("inherited from the organizational domain %1 (%2): the record at %3")
                                .arg(org.domain, org.reason, orgStep->queryName));
        else if (psdStep)
            apply(*psdStep, tr("inherited from the public suffix domain %1 (psd=y): the organizational "
                               "domain %2 has no record of its own")
                                .arg(psdStep->domain, org.domain));
        if (failedStep && !a.applies()) {
            // A failed query with no record below it: nothing can be said. (With one, it is applied
            // as the best known answer; the organizational domain's reason says a higher record
            // could take precedence.)
            a.dnsError = true;
            a.how = tr("the query for %1 failed (%2); the tree walk cannot go on")
                        .arg(failedStep->queryName, dnsOutcomeName(failedStep->outcome));
        }
        if (a.applies() && !skipped.isEmpty())
            a.how += tr("; the record at %1 is neither the From domain's nor the organizational domain's "
                        "and is not applied (RFC 9989 §4.10.1)")
                         .arg(skipped.join(QStringLiteral(", ")));
    }
    if (a.applies() && !multipleAt.isEmpty())
        a.how += tr("; the several records at %1 were discarded").arg(multipleAt.join(QStringLiteral(", ")));
    if (!a.applies() && !a.dnsError) {
        a.multiple = !multipleAt.isEmpty();
        QStringList asked;
        for (const DmarcDiscoveryStep& s : std::as_const(result.walk))
            asked << s.queryName;
        a.how =
            a.multiple
                ? tr("several records at %1 were discarded and no other name on the walk has one (asked: %2)")
                      .arg(multipleAt.join(QStringLiteral(", ")), asked.join(QStringLiteral(", ")))
                : tr("no DMARC record at any name of the tree walk (asked: %1)")
                      .arg(asked.join(QStringLiteral(", ")));
    }

    // RFC 7489: several records, or none at the From domain and none at the organizational
    // domain, means no DMARC.
    DmarcAppliedRecord& b = result.rfc7489;
    for (const DmarcDiscoveryStep& s : std::as_const(result.rfc7489Steps)) {
        if (s.failed()) {
            b.dnsError = true;
            b.how = tr("the query for %1 failed (%2)").arg(s.queryName, dnsOutcomeName(s.outcome));
            break;
        }
        if (s.validCount() > 1) {
            b.multiple = true;
            b.how = tr("several DMARC records at %1: RFC 7489 receivers apply no DMARC").arg(s.queryName);
            break;
        }
        if (const DmarcRecord* r = s.single()) {
            b.record = *r;
            b.recordDomain = s.domain;
            b.how = s.domain == result.fromDomain
                        ? tr("published at %1").arg(s.queryName)
                        : tr("inherited from the organizational domain (Public Suffix List): %1")
                              .arg(s.queryName);
            break;
        }
    }
    if (!b.applies() && !b.dnsError && !b.multiple) {
        QStringList asked;
        for (const DmarcDiscoveryStep& s : std::as_const(result.rfc7489Steps))
            asked << s.queryName;
        b.how = tr("no DMARC record at %1").arg(asked.join(tr(" or ")));
    }
}

QJsonObject DmarcDiscoveryResult::toJson() const {
    QJsonArray walkArray, steps7489;
    for (const DmarcDiscoveryStep& s : walk)
        walkArray.append(s.toJson());
    for (const DmarcDiscoveryStep& s : rfc7489Steps)
        steps7489.append(s.toJson());
    QJsonObject o{{QStringLiteral("fromDomain"), fromDomain},
                  {QStringLiteral("treeWalk"), walkArray},
                  {QStringLiteral("rfc7489Lookups"), steps7489}};
    o.insert(QStringLiteral("fromDomainExists"), fromExists ? QJsonValue(*fromExists) : QJsonValue());
    // Whether both readings use the record at the same name.
    o.insert(QStringLiteral("recordsAgree"), recordsAgree());
    o.insert(QStringLiteral("rfc9989RecordDomain"),
             rfc9989.recordDomain.isEmpty() ? QJsonValue() : QJsonValue(rfc9989.recordDomain));
    o.insert(QStringLiteral("rfc7489RecordDomain"),
             rfc7489.recordDomain.isEmpty() ? QJsonValue() : QJsonValue(rfc7489.recordDomain));
    if (!apexRecordText.isEmpty())
        o.insert(QStringLiteral("apexRecord"), apexRecordText);
    return o;
}
