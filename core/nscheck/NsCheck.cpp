#include "NsCheck.h"

#include "NsComparison.h"
#include "dns/ZoneResolver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QMutex>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

struct NsCheck::Logged {
    QDateTime startedAt;
    QJsonObject entry;
};

struct NsCheck::Work {
    NsServer* server = nullptr;
    QList<DnsAnswer> answers;
    QList<Logged> log;
};

namespace {
QString sameName(const QString& a) {
    QString s = a.toLower();
    while (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

bool inZone(const QString& name, const QString& zone) {
    const QString n = sameName(name);
    return n == zone || n.endsWith(u'.' + zone);
}

QString describe(const DnsAnswer& a) {
    return a.error.isEmpty() ? dnsOutcomeName(a.outcome)
                             : u"%1 (%2)"_s.arg(dnsOutcomeName(a.outcome), a.error);
}

bool isFailure(const DnsAnswer& a) {
    return a.outcome != DnsOutcome::Answer && a.outcome != DnsOutcome::NoData &&
           a.outcome != DnsOutcome::NxDomain;
}
} // namespace

NsCheck::NsCheck(DnsSession& session, Options options, ServerResolverFactory factory)
    : m_session(session)
    , m_options(std::move(options))
    , m_factory(std::move(factory)) {
    if (!m_factory) {
        const int timeoutMs = m_options.timeoutMs;
        const int retries = m_options.retries;
        m_factory = [timeoutMs, retries](const ServerAddress& server) -> std::shared_ptr<Resolver> {
            LdnsResolverOptions o;
            o.servers = {server};
            o.timeoutMs = timeoutMs;
            o.retries = retries;
            o.recursionDesired = false;
            o.dnssecOk = false;
            return std::make_shared<LdnsResolver>(o);
        };
    }
}

QList<NsResult::Question> NsCheck::defaultQuestions(const QString& domain) {
    return {{domain, DnsRecordType::TXT},
            {domain, DnsRecordType::MX},
            {u"_dmarc."_s + domain, DnsRecordType::TXT},
            {u"_mta-sts."_s + domain, DnsRecordType::TXT},
            {u"_smtp._tls."_s + domain, DnsRecordType::TXT}};
}

void NsCheck::addQuestion(const QString& name, DnsRecordType type) {
    const NsResult::Question q{sameName(name), type};
    if (!m_extra.contains(q))
        m_extra << q;
}

void NsCheck::addQuestionsFromLog(const QList<QueryLogEntry>& entries) {
    static const QList<DnsRecordType> mailTypes{
        DnsRecordType::TXT,   DnsRecordType::MX,   DnsRecordType::A,  DnsRecordType::AAAA,
        DnsRecordType::CNAME, DnsRecordType::TLSA, DnsRecordType::SPF};
    for (const QueryLogEntry& e : entries) {
        const DnsAnswer& a = e.answer;
        if (!mailTypes.contains(a.type) || a.staged || a.fromZoneFile())
            continue;
        if (a.outcome != DnsOutcome::Answer && a.cnames.isEmpty())
            continue;
        const NsResult::Question q{sameName(a.name), a.type};
        if (!m_fromLog.contains(q))
            m_fromLog << q;
    }
}

QList<NsResult::Question> NsCheck::questionsFor(const QString& zone, const QString& domain) const {
    QList<NsResult::Question> out{{zone, DnsRecordType::NS}};
    for (const QList<NsResult::Question>& list : {defaultQuestions(domain), m_extra, m_fromLog})
        for (const NsResult::Question& q : list)
            if (inZone(q.name, zone) && !out.contains(q) && out.size() <= m_options.maxNames)
                out << q;
    return out;
}

std::expected<ServerAddress, QString> NsCheck::route(const QString& nsName, const QString& address,
                                                     const QList<ConnectToRule>& rules) {
    ServerAddress at{address, 53};
    for (const ConnectToRule& rule : rules) {
        if (!rule.matches(nsName, 53) && !rule.matches(address, 53))
            continue;
        const QString host = rule.toHost.isEmpty() ? address : rule.toHost;
        const QHostAddress parsed(host);
        if (parsed.isNull())
            return std::unexpected(
                u"--connect-to %1: DNS questions need an address as target, not '%2'"_s.arg(rule.toString(),
                                                                                            host));
        at.host = parsed.toString();
        at.port = rule.toPort ? rule.toPort : quint16(53);
        break;
    }
    return at;
}

QString NsCheck::notCheckedReason(const DnsSession& session, const QString& domain, bool offline) {
    if (offline)
        return u"offline"_s;
    if (const auto* zones = dynamic_cast<const ZoneResolver*>(session.resolver().get());
        zones && zones->covers(domain))
        return u"zone file"_s;
    return {};
}

std::expected<QString, QString> NsCheck::zoneOf(const QString& name) {
    const DnsAnswer a = m_session.lookupNow(name, DnsRecordType::SOA);
    if (!a.cnames.isEmpty())
        return std::unexpected(u"%1 is an alias (CNAME) of %2"_s.arg(name, a.cnames.last().target));
    for (const QList<DnsRecord>& section : {a.records, a.authority})
        for (const DnsRecord& r : section)
            if (r.type == DnsRecordType::SOA && inZone(name, sameName(r.name)))
                return sameName(r.name);
    if (isFailure(a))
        return std::unexpected(u"the SOA question for %1 failed: %2"_s.arg(name, describe(a)));
    return std::unexpected(u"the answer for %1 SOA names no zone (%2)"_s.arg(name, describe(a)));
}

QStringList NsCheck::addressesOf(const QString& name, QString* error) {
    QFuture<DnsAnswer> v4 = m_session.lookup(name, DnsRecordType::A);
    QFuture<DnsAnswer> v6 = m_session.lookup(name, DnsRecordType::AAAA);
    QStringList out;
    const DnsAnswer a = v4.result();
    const DnsAnswer aaaa = v6.result();
    for (const DnsAnswer& answer : {a, aaaa})
        for (const DnsRecord& r : answer.records)
            if (!r.address.isEmpty() && !out.contains(r.address))
                out << r.address;
    if (out.isEmpty() && error)
        *error = u"no address (A: %1, AAAA: %2)"_s.arg(describe(a), describe(aaaa));
    return out;
}

DnsAnswer NsCheck::ask(Resolver& resolver, const ServerAddress& at, const QString& nsName,
                       const QString& name, DnsRecordType type, QList<Logged>* log) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    DnsAnswer a;
    if (m_session.isCancelled()) {
        a.name = name;
        a.type = type;
        a.outcome = DnsOutcome::Cancelled;
    } else {
        a = resolver.resolve(name, type);
    }
    return logged(started, a, at, nsName, log);
}

DnsAnswer NsCheck::logged(const QDateTime& started, DnsAnswer a, const ServerAddress& at,
                          const QString& nsName, QList<Logged>* log) {
    a.server = at.toString();
    QueryLogEntry e;
    e.startedAt = started;
    e.answer = a;
    QJsonObject o = e.toJson();
    o.insert(u"direct"_s, true);
    o.insert(u"rd"_s, false);
    o.insert(u"aa"_s, a.authoritativeAnswer);
    o.insert(u"nameServer"_s, nsName);
    *log << Logged{started, o};
    return a;
}

QList<DnsAnswer> NsCheck::askMany(Resolver& resolver, const ServerAddress& at, const QString& nsName,
                                  const QList<NsResult::Question>& questions, QList<Logged>* log) {
    // All of a server's questions at once when the resolver can send them without a thread each
    // (an uncapped LdnsResolver): a round trip for the lot instead of one per question. The
    // answers and the log keep the questions' order, as asked one by one.
    struct Pending {
        QMutex mutex;
        QWaitCondition done;
        qsizetype left = 0;
        QList<DnsAnswer> answers;
    };
    auto pending = std::make_shared<Pending>();
    pending->answers.resize(questions.size());
    QList<QDateTime> started(questions.size());
    qsizetype sent = 0;
    for (; sent < questions.size() && !m_session.isCancelled(); ++sent) {
        const NsResult::Question& q = questions.at(sent);
        started[sent] = QDateTime::currentDateTimeUtc();
        {
            QMutexLocker lock(&pending->mutex);
            ++pending->left;
        }
        const bool async = resolver.resolveAsync(q.name, q.type, false, [pending, i = sent](DnsAnswer a) {
            QMutexLocker lock(&pending->mutex);
            pending->answers[i] = std::move(a);
            if (--pending->left == 0)
                pending->done.wakeAll();
        });
        if (!async) {
            QMutexLocker lock(&pending->mutex);
            --pending->left;
            break;
        }
    }
    {
        QMutexLocker lock(&pending->mutex);
        while (pending->left > 0)
            pending->done.wait(&pending->mutex);
    }
    QList<DnsAnswer> out;
    for (qsizetype i = 0; i < sent; ++i)
        out << logged(started.at(i), pending->answers.at(i), at, nsName, log);
    // Not sent asynchronously (or cancelled): one by one, as before.
    for (qsizetype i = sent; i < questions.size(); ++i)
        out << ask(resolver, at, nsName, questions.at(i).name, questions.at(i).type, log);
    return out;
}

void NsCheck::findDelegation(NsResult& r, QHash<QString, QStringList>* glue, QList<Logged>* log) {
    NsResult::Delegation& del = r.delegation;
    if (!r.zone.contains(u'.')) {
        del.error =
            u"%1 is a top-level domain: its delegation (in the root zone) is not checked"_s.arg(r.zone);
        return;
    }
    const auto parent = zoneOf(r.zone.section(u'.', 1));
    if (!parent) {
        del.error = u"the parent zone could not be found: "_s + parent.error();
        return;
    }
    del.parentZone = *parent;
    const DnsAnswer ns = m_session.lookupNow(del.parentZone, DnsRecordType::NS);
    QStringList parentNames;
    for (const DnsRecord& rec : ns.records)
        if (rec.type == DnsRecordType::NS && !parentNames.contains(sameName(rec.target)))
            parentNames << sameName(rec.target);
    if (parentNames.isEmpty()) {
        del.error = u"the name servers of the parent zone %1 could not be read: %2"_s.arg(del.parentZone,
                                                                                          describe(ns));
        return;
    }
    parentNames.sort();
    QList<QPair<QString, QString>> parentServers;
    for (const QString& name : std::as_const(parentNames)) {
        QString error;
        const QStringList addresses = addressesOf(name, &error);
        for (const QString& address : addresses) {
            parentServers << qMakePair(name, address);
            del.parentServers << u"%1 %2"_s.arg(name, address);
        }
        if (addresses.isEmpty())
            del.parentServers << u"%1: %2"_s.arg(name, error);
    }
    QString lastError = u"no address"_s;
    int tried = 0;
    for (const auto& [name, address] : std::as_const(parentServers)) {
        if (tried++ >= m_options.maxParentAddresses || m_session.isCancelled())
            break;
        const auto at = route(name, address, m_options.connectTo);
        if (!at) {
            lastError = at.error();
            continue;
        }
        auto resolver = m_factory(*at);
        const DnsAnswer a = ask(*resolver, *at, name, r.zone, DnsRecordType::NS, log);
        QStringList set;
        for (const QList<DnsRecord>& section : {a.authority, a.records})
            for (const DnsRecord& rec : section)
                if (rec.type == DnsRecordType::NS && sameName(rec.name) == r.zone &&
                    !set.contains(sameName(rec.target)))
                    set << sameName(rec.target);
        if (set.isEmpty()) {
            lastError = u"%1 (%2) answered %3 without the NS set of %4"_s.arg(name, at->toString(),
                                                                              describe(a), r.zone);
            continue;
        }
        set.sort();
        del.parentSet = set;
        del.answeredBy = u"%1 %2"_s.arg(name, at->toString());
        for (const DnsRecord& rec : a.additional)
            if ((rec.type == DnsRecordType::A || rec.type == DnsRecordType::AAAA) && !rec.address.isEmpty() &&
                set.contains(sameName(rec.name)))
                (*glue)[sameName(rec.name)] << rec.address;
        return;
    }
    del.error = u"no server of %1 gave the delegation: %2"_s.arg(del.parentZone, lastError);
}

QList<NsServer> NsCheck::serversFor(const QStringList& names, const QHash<QString, QStringList>& glue) {
    QList<NsServer> out;
    for (const QString& name : names.mid(0, m_options.maxNameServers)) {
        QString error;
        QStringList addresses = glue.value(name);
        if (addresses.isEmpty())
            addresses = addressesOf(name, &error);
        addresses = addresses.mid(0, m_options.maxAddresses);
        if (addresses.isEmpty()) {
            NsServer s;
            s.name = name;
            s.error = error;
            out << s;
        }
        for (const QString& address : std::as_const(addresses)) {
            NsServer s;
            s.name = name;
            s.address = address;
            out << s;
        }
    }
    return out;
}

void NsCheck::askAll(QList<NsServer>& servers, const NsResult& r, QHash<QString, QList<DnsAnswer>>* answers,
                     QList<Logged>* log) {
    QList<Work> work;
    for (NsServer& s : servers)
        work << Work{&s, {}, {}};
    QtConcurrent::blockingMap(DnsSession::dnsPool(), work, [this, &r](Work& w) {
        NsServer& s = *w.server;
        if (s.lame())
            return; // no address to ask
        const auto at = route(s.name, s.address, m_options.connectTo);
        if (!at) {
            s.error = at.error();
            return;
        }
        s.askedAt = at->toString();
        auto resolver = m_factory(*at);
        const DnsAnswer soa = ask(*resolver, *at, s.name, r.zone, DnsRecordType::SOA, &w.log);
        s.authoritative = soa.authoritativeAnswer;
        s.serial = NsComparison::serial(soa, r.zone);
        s.error = NsComparison::lameReason(soa, r.zone);
        if (s.lame())
            return; // one failed question says it: no further timeouts
        w.answers = askMany(*resolver, *at, s.name, r.names, &w.log);
    });
    for (const Work& w : std::as_const(work)) {
        (*answers)[w.server->address] += w.answers;
        *log += w.log;
    }
}

NsResult NsCheck::run(const QString& domainInput) {
    NsResult r;
    r.domain = sameName(domainInput);
    const auto zone = zoneOf(r.domain);
    if (!zone) {
        r.error = u"the zone of %1 could not be found: %2"_s.arg(r.domain, zone.error());
        return r;
    }
    r.zone = *zone;
    r.names = questionsFor(r.zone, r.domain);

    QList<Logged> log;
    QHash<QString, QStringList> glue;
    findDelegation(r, &glue, &log);
    QStringList names = r.delegation.parentSet;
    if (names.isEmpty()) {
        const DnsAnswer ns = m_session.lookupNow(r.zone, DnsRecordType::NS);
        for (const DnsRecord& rec : ns.records)
            if (rec.type == DnsRecordType::NS && !names.contains(sameName(rec.target)))
                names << sameName(rec.target);
        names.sort();
        if (names.isEmpty()) {
            r.error = u"no name server of %1 was found: the delegation is unknown (%2) and the NS question "
                      "answered %3"_s.arg(r.zone, r.delegation.error, describe(ns));
            return r;
        }
    }

    QHash<QString, QList<DnsAnswer>> answers;
    r.servers = serversFor(names, glue);
    askAll(r.servers, r, &answers, &log);

    // The zone's own NS set: what its servers publish, authoritatively.
    QStringList zoneSet;
    for (const NsServer& s : std::as_const(r.servers)) {
        if (s.lame())
            continue;
        for (const DnsAnswer& a : answers.value(s.address))
            if (a.type == DnsRecordType::NS && sameName(a.name) == r.zone && NsComparison::comparable(a))
                for (const DnsRecord& rec : a.records)
                    if (!zoneSet.contains(sameName(rec.target)))
                        zoneSet << sameName(rec.target);
    }
    zoneSet.sort();
    r.delegation.zoneSet = zoneSet;
    // Servers the zone names but the parent does not: asked as well.
    QStringList more;
    for (const QString& name : std::as_const(zoneSet))
        if (!names.contains(name))
            more << name;
    if (!more.isEmpty()) {
        QList<NsServer> extra = serversFor(more, glue);
        askAll(extra, r, &answers, &log);
        r.servers += extra;
    }
    for (NsServer& s : r.servers) {
        s.inDelegation = r.delegation.parentSet.contains(s.name);
        s.inZone = zoneSet.contains(s.name);
    }

    if (m_session.isCancelled()) {
        // Unasked servers are not lame: report nothing rather than findings about them.
        r.error = u"the check was cancelled before every server was asked"_s;
        r.findings.clear();
    }
    std::stable_sort(log.begin(), log.end(),
                     [](const Logged& a, const Logged& b) { return a.startedAt < b.startedAt; });
    int seq = 0;
    for (Logged& l : log) {
        l.entry.insert(u"seq"_s, ++seq);
        r.queries.append(l.entry);
    }
    if (r.error.isEmpty()) {
        r.differences = NsComparison::differences(r.servers, answers, r.names);
        r.findings = NsComparison::findings(r);
    }
    return r;
}
