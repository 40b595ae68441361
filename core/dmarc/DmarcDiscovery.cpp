#include "DmarcDiscovery.h"

#include "DmarcRecordParser.h"
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

// The last n labels of a name.
QString lastLabels(const QString& domain, qsizetype n) {
    const QStringList labels = domain.split(QLatin1Char('.'));
    return labels.mid(qMax<qsizetype>(0, labels.size() - n)).join(QLatin1Char('.'));
}
} // namespace

DmarcDiscovery::DmarcDiscovery(std::shared_ptr<DnsSession> session)
    : m_session(std::move(session)) {}

QStringList DmarcDiscovery::treeWalkDomains(const QString& fromDomain) {
    QStringList out;
    if (fromDomain.isEmpty())
        return out;
    out << fromDomain;
    qsizetype labels = fromDomain.count(QLatin1Char('.')) + 1;
    // RFC 9989 §4.10 steps 5 and 8: from 8 labels or more, jump straight to 7; then one at a time.
    labels = labels >= 8 ? 7 : labels - 1;
    for (; labels >= 1; --labels)
        out << lastLabels(fromDomain, labels);
    return out;
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
    const QStringList walkDomains = treeWalkDomains(fromDomain);

    // The walk's names are known up front (at most eight) and do not depend on each other, nor on
    // the From domain's own TXT (existence for np, an apex record, SPF for the checklist): ask them
    // all at once, one round trip instead of one per label. The walk still reads the answers in
    // order and stops where a receiver stops; answers past that point are only in the query log.
    QList<QFuture<DnsAnswer>> walkAnswers;
    for (const QString& domain : walkDomains)
        walkAnswers << m_session->lookup(dmarcName(domain), DnsRecordType::TXT);
    QFuture<DnsAnswer> own = m_session->lookup(fromDomain, DnsRecordType::TXT);

    for (qsizetype i = 0; i < walkDomains.size(); ++i) {
        const QString& domain = walkDomains.at(i);
        const DnsAnswer answer = walkAnswers[i].result();
        const DmarcDiscoveryStep step = stepFromAnswer(domain, answer);
        result.walk << step;
        if (step.failed())
            break; // a receiver cannot go on either (temporary error)
        if (const DmarcRecord* r = step.single()) {
            if (r->psd == QLatin1Char('n') || (i > 0 && r->psd == QLatin1Char('y')))
                break;
        }
    }

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
    // RFC 9989: the first step with exactly one DMARC record; several records at one name are
    // discarded and the walk goes on.
    DmarcAppliedRecord& a = result.rfc9989;
    QStringList multipleAt;
    int stepNumber = 0;
    for (const DmarcDiscoveryStep& s : std::as_const(result.walk)) {
        ++stepNumber;
        if (s.failed()) {
            if (!a.applies()) {
                a.dnsError = true;
                a.how = tr("the query for %1 failed (%2); the tree walk cannot go on")
                            .arg(s.queryName, dnsOutcomeName(s.outcome));
            }
            break;
        }
        if (s.validCount() > 1)
            multipleAt << s.queryName;
        if (const DmarcRecord* r = s.single(); r && !a.applies()) {
            a.record = *r;
            a.recordDomain = s.domain;
            a.how = s.domain == result.fromDomain
                        ? tr("published at %1").arg(s.queryName)
                        : tr("inherited: the tree walk found it at %1 (query %2 of the walk)")
                              .arg(s.queryName)
                              .arg(stepNumber);
            if (!multipleAt.isEmpty())
                a.how += tr("; the several records at %1 were discarded")
                             .arg(multipleAt.join(QStringLiteral(", ")));
        }
    }
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

    // RFC 9989 organizational domain: psd=n marks it, psd=y marks the level above it, otherwise
    // the record with the fewest labels; without any record, the From domain itself.
    result.orgDomain9989.clear();
    for (qsizetype i = 0; i < result.walk.size() && result.orgDomain9989.isEmpty(); ++i) {
        const DmarcRecord* r = result.walk.at(i).single();
        if (!r)
            continue;
        const QString& d = result.walk.at(i).domain;
        if (r->psd == QLatin1Char('n')) {
            result.orgDomain9989 = d;
            result.orgDomain9989Reason = tr("the record at %1 says psd=n").arg(dmarcName(d));
        } else if (i > 0 && r->psd == QLatin1Char('y')) {
            result.orgDomain9989 = lastLabels(result.fromDomain, d.count(QLatin1Char('.')) + 2);
            result.orgDomain9989Reason = tr("the record at %1 says psd=y (a public suffix domain): the "
                                            "organizational domain is one label "
                                            "below it")
                                             .arg(dmarcName(d));
        }
    }
    if (result.orgDomain9989.isEmpty()) {
        for (const DmarcDiscoveryStep& s : std::as_const(result.walk))
            if (s.single()) {
                result.orgDomain9989 = s.domain; // later steps have fewer labels
                result.orgDomain9989Reason =
                    tr("the record with the fewest labels on the tree walk is at %1").arg(s.queryName);
            }
    }
    if (result.orgDomain9989.isEmpty()) {
        result.orgDomain9989 = result.fromDomain;
        result.orgDomain9989Reason =
            tr("no record on the tree walk: the From domain is its own organizational domain");
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
