#include "BlocklistCheck.h"

#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {

using Result = BlocklistVerdict::Result;

QStringList addressesOf(const DnsAnswer& a) {
    QStringList out;
    for (const DnsRecord& r : a.records)
        if (r.type == DnsRecordType::A)
            out << r.address;
    return out;
}

QString failureText(const DnsAnswer& a) {
    QString text = dnsOutcomeDescription(a.outcome);
    if (!a.error.isEmpty() && !text.contains(a.error))
        text += u" ("_s + a.error + u')';
    return text;
}

// What a list's A answer (or its absence) means.
BlocklistVerdict verdictOf(const BlocklistDefinition& list, const DnsAnswer& a) {
    if (a.outcome == DnsOutcome::NxDomain || a.outcome == DnsOutcome::NoData)
        return BlocklistVerdict{Result::Clear, {}, {}, {}};
    if (a.outcome == DnsOutcome::Answer)
        return list.interpret(addressesOf(a));
    BlocklistVerdict v;
    v.result = Result::Error;
    v.error = u"the query failed: %1"_s.arg(failureText(a));
    return v;
}

Finding make(QStringView code, const QString& detail, const QStringList& evidence) {
    Finding f = FindingCatalogue::make(code, detail, evidence);
    f.area = u"blocklists"_s;
    return f;
}

} // namespace

BlocklistCheck::BlocklistCheck(DnsSession& session, QList<BlocklistDefinition> lists,
                               std::shared_ptr<BlocklistRateLimiter> limiter)
    : m_session(session)
    , m_lists(std::move(lists))
    , m_limiter(limiter ? std::move(limiter) : std::make_shared<BlocklistRateLimiter>()) {}

bool BlocklistCheck::takeToken(const QString& zone) {
    QElapsedTimer waited;
    waited.start();
    const bool ok = m_limiter->acquire(zone, [this, &waited] {
        return m_session.isCancelled() || m_waitedMs + waited.elapsed() > m_maxWaitMs;
    });
    m_waitedMs += waited.elapsed();
    return ok;
}

BlocklistResult BlocklistCheck::notQueried(const QString& domain, const QList<BlocklistDefinition>& lists,
                                           const QString& why) {
    BlocklistResult r;
    r.domain = domain;
    r.queried = false;
    r.notQueried = why;
    for (const BlocklistDefinition& d : lists)
        r.lists << BlocklistResult::List{d, {}, {}, Result::Error, why, 0};
    return r;
}

BlocklistResult BlocklistCheck::run(const QString& domain, const QList<BlocklistSubject>& subjects) {
    BlocklistResult result;
    result.domain = domain;
    result.rate = m_limiter->rate();
    result.burst = m_limiter->burst();

    // The test entries first, all lists at once.
    QList<QFuture<DnsAnswer>> tests(m_lists.size());
    for (qsizetype i = 0; i < m_lists.size(); ++i) {
        const BlocklistDefinition& list = m_lists.at(i);
        BlocklistResult::List l{
            list, list.test.isEmpty() ? QString() : list.queryName(list.test), {}, Result::Clear, {}, 0};
        const bool anything =
            std::any_of(subjects.cbegin(), subjects.cend(),
                        [&list](const BlocklistSubject& s) { return !list.queryName(s.value).isEmpty(); });
        if (!anything) {
            l.detail = u"nothing to look up on a%1 list"_s.arg(
                list.kind == BlocklistDefinition::Kind::Ip ? (list.ipv6 ? u"n address"_s : u"n IPv4"_s)
                                                           : u" domain"_s);
            l.testQuery.clear();
        } else if (!l.testQuery.isEmpty()) {
            // The test entry is the same question for every domain of a batch: once answered
            // (or asked by another domain) it comes from the run's cache and costs the list no
            // query, so it takes no token either.
            if (m_session.answersFromCache(l.testQuery, DnsRecordType::A) || takeToken(list.zone)) {
                tests[i] = m_session.lookup(l.testQuery, DnsRecordType::A);
                ++l.asked;
            } else {
                l.state = Result::Error;
                l.detail =
                    u"not asked: the rate limit of %1 queries a second left no time"_s.arg(result.rate);
            }
        }
        result.lists << l;
    }
    for (qsizetype i = 0; i < m_lists.size(); ++i) {
        BlocklistResult::List& l = result.lists[i];
        if (l.asked == 0)
            continue;
        const DnsAnswer a = tests[i].result();
        const BlocklistVerdict v = verdictOf(l.definition, a);
        switch (v.result) {
        case Result::Clear:
            // RFC 5782 §5: a list MUST list its test entry. One that does not is not answering as
            // a list (a retired list, a resolver that rewrites NXDOMAIN, a zone that is not a
            // list): its "not listed" would mean nothing, so nothing more is asked of it.
            l.testOutcome = u"%1: the test entry is not listed"_s.arg(dnsOutcomeName(a.outcome).toUpper());
            l.state = Result::Error;
            l.detail =
                u"the list does not list its test entry %1 (%2), which every list must (RFC 5782 §5): "
                "it is not answering as a blocklist"_s.arg(l.testQuery, dnsOutcomeName(a.outcome).toUpper());
            break;
        case Result::Listed:
            l.testOutcome = u"listed %1 (the list answers)"_s.arg(v.codes.join(u", "_s));
            break;
        case Result::Refused:
            l.testOutcome = u"refused %1"_s.arg(v.codes.join(u", "_s));
            l.state = Result::Refused;
            l.detail = u"the list refused: %1 (%2). Query through your own resolver."_s.arg(
                v.meanings.join(u"; "_s), v.codes.join(u", "_s));
            break;
        case Result::Error:
            l.testOutcome = v.error;
            l.state = Result::Error;
            l.detail = u"the list did not answer its test query %1: %2"_s.arg(l.testQuery, v.error);
            break;
        }
    }

    // The subjects, one query per list per round, so a slow bucket holds up only its own list.
    struct Pending {
        qsizetype list;
        BlocklistSubject subject;
        QString query;
        QFuture<DnsAnswer> answer;
        bool asked = false;
        QString notAsked;
    };
    QList<Pending> pending;
    for (const BlocklistSubject& s : subjects)
        for (qsizetype i = 0; i < m_lists.size(); ++i) {
            const BlocklistDefinition& list = m_lists.at(i);
            const QString query = list.queryName(s.value);
            if (query.isEmpty())
                continue;
            Pending p{i, s, query, {}, false, {}};
            BlocklistResult::List& l = result.lists[i];
            if (l.state != Result::Clear) {
                p.notAsked = l.detail;
            } else if (!m_session.answersFromCache(query, DnsRecordType::A) && !takeToken(list.zone)) {
                p.notAsked =
                    m_session.isCancelled()
                        ? u"not asked: the audit was cancelled"_s
                        : u"not asked: the rate limit of %1 queries a second left no time"_s.arg(result.rate);
            } else {
                p.answer = m_session.lookup(query, DnsRecordType::A);
                p.asked = true;
                ++l.asked;
            }
            pending << p;
        }

    QList<QFuture<DnsAnswer>> reasons(pending.size());
    QList<bool> reasonAsked(pending.size(), false);
    for (qsizetype k = 0; k < pending.size(); ++k) {
        Pending& p = pending[k];
        const BlocklistDefinition& list = m_lists.at(p.list);
        BlocklistResult::Check c{p.subject, list.zone, list.name, p.asked ? p.query : QString(),
                                 p.asked,   {},        {},        list.removal};
        if (!p.asked) {
            c.verdict.result =
                result.lists.at(p.list).state == Result::Refused ? Result::Refused : Result::Error;
            if (c.verdict.result == Result::Refused)
                c.verdict.meanings << p.notAsked;
            else
                c.verdict.error = p.notAsked;
        } else {
            c.verdict = verdictOf(list, p.answer.result());
            // RFC 5782 §2.1: a listing's TXT record says why.
            if (c.verdict.result == Result::Listed && takeToken(list.zone)) {
                reasons[k] = m_session.lookup(p.query, DnsRecordType::TXT);
                reasonAsked[k] = true;
                ++result.lists[p.list].asked;
            }
        }
        result.checks << c;
    }
    for (qsizetype k = 0; k < pending.size(); ++k)
        if (reasonAsked.at(k)) {
            const DnsAnswer txt = reasons[k].result();
            result.checks[k].reason = txt.texts().join(u" "_s);
        }
    addFindings(result);
    return result;
}

void BlocklistCheck::addFindings(BlocklistResult& result) const {
    for (const BlocklistResult::Check& c : std::as_const(result.checks)) {
        if (c.verdict.result != Result::Listed)
            continue;
        QString detail =
            u"%1 (%2) is listed on %3 (%4): %5."_s.arg(c.subject.value, c.subject.reasons.join(u"; "_s),
                                                       c.listName, c.list, c.verdict.meanings.join(u"; "_s));
        if (!c.reason.isEmpty())
            detail += u" The list says: \"%1\"."_s.arg(c.reason);
        detail += c.subject.kind == BlocklistSubject::Kind::Address
                      ? u" Receivers that use this list reject or junk mail from this address."_s
                      : u" Receivers that use this list reject or junk mail that names this domain."_s;
        if (!c.removal.isEmpty())
            detail += u" Removal: %1"_s.arg(c.removal);
        QStringList evidence{u"%1 A %2"_s.arg(c.query, c.verdict.codes.join(u" "_s))};
        if (!c.reason.isEmpty())
            evidence << u"%1 TXT \"%2\""_s.arg(c.query, c.reason);
        if (!c.removal.isEmpty())
            evidence << u"removal: %1"_s.arg(c.removal);
        result.findings << make(u"BLOCKLIST-LISTED", detail, evidence);
    }
    // Single answers with a refusal code from lists that answered their test entry.
    QMap<QString, QStringList> refusedAnswers;
    for (const BlocklistResult::Check& c : std::as_const(result.checks))
        if (c.asked && c.verdict.result == Result::Refused)
            refusedAnswers[c.list] << u"%1 A %2: %3"_s.arg(c.query, c.verdict.codes.join(u" "_s),
                                                           c.verdict.meanings.join(u"; "_s));
    for (auto it = refusedAnswers.cbegin(); it != refusedAnswers.cend(); ++it)
        result.findings << make(
            u"BLOCKLIST-REFUSED",
            u"%1 refused to answer %2 of the lookups with a refusal code. Those answers are "
            "not listings: query through your own resolver."_s.arg(it.key())
                .arg(it.value().size()),
            it.value());
    QStringList unanswered;
    QStringList unansweredEvidence;
    for (const BlocklistResult::List& l : std::as_const(result.lists)) {
        if (l.state == Result::Refused) {
            QStringList evidence;
            if (!l.testQuery.isEmpty())
                evidence << u"%1 A → %2"_s.arg(l.testQuery, l.testOutcome);
            for (const BlocklistResult::Check& c : std::as_const(result.checks))
                if (c.list == l.definition.zone)
                    evidence << u"not asked: %1"_s.arg(c.subject.value);
            result.findings << make(
                u"BLOCKLIST-REFUSED",
                u"%1 (%2) refused to answer: %3 Its answers about %4 are unknown; they are "
                "not listings."_s.arg(l.definition.name, l.definition.zone, l.detail, result.domain),
                evidence);
        } else if (l.state == Result::Error) {
            unanswered << u"%1 (%2)"_s.arg(l.definition.name, l.definition.zone);
            unansweredEvidence << u"%1: %2"_s.arg(l.definition.zone, l.detail);
        }
    }
    // Single queries that failed on lists that answered their test entry.
    for (const BlocklistResult::Check& c : std::as_const(result.checks))
        if (c.asked && c.verdict.result == Result::Error) {
            const QString name = u"%1 (%2)"_s.arg(c.listName, c.list);
            if (!unanswered.contains(name))
                unanswered << name;
            unansweredEvidence << u"%1: %2"_s.arg(c.query, c.verdict.error);
        }
    if (!unanswered.isEmpty())
        result.findings << make(
            u"BLOCKLIST-UNANSWERED",
            u"Some lookups got no usable answer from %1, so whether %2 is listed there is "
            "unknown. This is not the domain's fault and not a listing."_s.arg(unanswered.join(u", "_s),
                                                                               result.domain),
            unansweredEvidence);
}
