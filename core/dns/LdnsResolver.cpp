#include "LdnsResolver.h"

#include "DnsBlockingExchange.h"
#include "DnsQueryWire.h"
#include "DnsRateLimiter.h"
#include "DnsUdpExchanger.h"
#include "LdnsRecordConverter.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThreadPool>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDns, "mailsight.dns")

namespace {
struct PktDeleter {
    void operator()(ldns_pkt* p) const noexcept { ldns_pkt_free(p); }
};
struct RdfDeleter {
    void operator()(ldns_rdf* p) const noexcept { ldns_rdf_deep_free(p); }
};
struct RrListDeleter {
    void operator()(ldns_rr_list* p) const noexcept { ldns_rr_list_deep_free(p); }
};
struct ResolverDeleter {
    void operator()(ldns_resolver* p) const noexcept { ldns_resolver_deep_free(p); }
};
using Pkt = std::unique_ptr<ldns_pkt, PktDeleter>;
using Rdf = std::unique_ptr<ldns_rdf, RdfDeleter>;

using Transport = DnsBlockingExchange::Transport;
using Exchange = DnsBlockingExchange::Result;

DnsOutcome outcomeForRcode(ldns_pkt_rcode rcode) {
    switch (rcode) {
    case LDNS_RCODE_NOERROR:
        return DnsOutcome::NoData; // refined by the caller
    case LDNS_RCODE_NXDOMAIN:
        return DnsOutcome::NxDomain;
    case LDNS_RCODE_SERVFAIL:
        return DnsOutcome::ServFail;
    case LDNS_RCODE_REFUSED:
        return DnsOutcome::Refused;
    default:
        return DnsOutcome::FormatError;
    }
}

// RFC 1034 §3.6.2 asks resolvers to stop at CNAME loops; 16 aliases is far more than any real
// chain (and what the blocking path allowed before), few enough that a hostile server's chain of
// 100 or a loop costs at most 16 questions.
constexpr qsizetype MaxCnameChain = 16;

// The answer becomes the named chain failure (never "no record"): a loop, or a chain too long.
void failChain(DnsAnswer& a, const QStringList& names, const QString& next, bool loop) {
    a.records.clear();
    a.outcome = DnsOutcome::CnameChain;
    QStringList shown = names;
    if (shown.size() > 6)
        shown = shown.mid(0, 3) + QStringList{QStringLiteral("…")} + shown.mid(shown.size() - 2);
    a.error = loop ? QStringLiteral("CNAME loop: %1 → %2").arg(shown.join(QStringLiteral(" → ")), next)
                   : QStringLiteral("the CNAME chain goes on past %1 aliases: %2 → %3")
                         .arg(MaxCnameChain)
                         .arg(shown.join(QStringLiteral(" → ")), next);
}

// Fills outcome, records and the CNAME chain from a reply packet. chain: the names before a.name
// when a.name is itself a CNAME target being followed (to see loops across questions). Returns
// the name the chain ended at when the reply only holds CNAMEs (an authoritative server outside
// its zones), to be followed; empty otherwise, and when the chain loops or is too long.
QString fillFromPacket(const ldns_pkt* pkt, DnsAnswer& a, const QStringList& chain) {
    a.authenticated = ldns_pkt_ad(pkt);
    a.authoritativeAnswer = ldns_pkt_aa(pkt);
    a.authority.clear();
    a.additional.clear();
    a.signatures.clear();
    a.dnames.clear();
    for (const auto& [section, into] : {std::pair{ldns_pkt_authority(pkt), &a.authority},
                                        std::pair{ldns_pkt_additional(pkt), &a.additional}})
        for (size_t i = 0; section && i < ldns_rr_list_rr_count(section); ++i)
            *into << LdnsRecordConverter::convert(ldns_rr_list_rr(section, i));
    const ldns_pkt_rcode rcode = ldns_pkt_get_rcode(pkt);
    a.outcome = outcomeForRcode(rcode);
    if (a.outcome == DnsOutcome::FormatError) {
        ldns_lookup_table* lt = ldns_lookup_by_id(ldns_rcodes, rcode);
        a.error = QStringLiteral("the server answered %1")
                      .arg(lt ? QString::fromLatin1(lt->name) : QString::number(rcode));
    }
    const ldns_rr_list* answer = ldns_pkt_answer(pkt);
    QList<DnsRecord> all;
    for (size_t i = 0; answer && i < ldns_rr_list_rr_count(answer); ++i)
        all << LdnsRecordConverter::convert(ldns_rr_list_rr(answer, i));
    for (const DnsRecord& r : all)
        if (r.type == DnsRecordType::RRSIG)
            a.signatures << r;
        else if (r.type == DnsRecordType::DNAME)
            a.dnames << r;
    QStringList seen = chain;
    seen << a.name.toLower();
    QString current = a.name;
    while (a.type != DnsRecordType::CNAME) {
        auto it = std::find_if(all.cbegin(), all.cend(), [&](const DnsRecord& r) {
            return r.type == DnsRecordType::CNAME && r.name.compare(current, Qt::CaseInsensitive) == 0;
        });
        if (it == all.cend())
            break;
        a.cnames << *it;
        const QString next = it->target.toLower();
        if (seen.contains(next) || seen.size() > MaxCnameChain) {
            failChain(a, seen, next, seen.contains(next));
            return {};
        }
        seen << next;
        current = it->target;
    }
    for (const DnsRecord& r : all)
        if (r.type == a.type && r.name == current)
            a.records << r;
    if (rcode == LDNS_RCODE_NOERROR)
        a.outcome = a.records.isEmpty() ? DnsOutcome::NoData : DnsOutcome::Answer;
    if (a.records.isEmpty() && !a.cnames.isEmpty() && rcode == LDNS_RCODE_NOERROR) {
        // Only the chain came back: was the target answered as NODATA, or left unresolved?
        const ldns_rr_list* authority = ldns_pkt_authority(pkt);
        bool soaForTarget = false;
        for (size_t i = 0; authority && i < ldns_rr_list_rr_count(authority); ++i)
            soaForTarget =
                soaForTarget || ldns_rr_get_type(ldns_rr_list_rr(authority, i)) == LDNS_RR_TYPE_SOA;
        if (!soaForTarget)
            return current;
    }
    return {};
}
} // namespace

QString ServerAddress::toString() const {
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

std::expected<ServerAddress, QString> ServerAddress::parse(const QString& input) {
    const QString text = input.trimmed();
    ServerAddress s;
    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::unexpected(QStringLiteral("invalid resolver address '%1': missing ']'").arg(text));
        host = text.mid(1, close - 1);
        const QString after = text.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return std::unexpected(QStringLiteral("invalid resolver address '%1'").arg(text));
            portText = after.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    }
    QHostAddress address;
    if (!address.setAddress(host))
        return std::unexpected(
            QStringLiteral(
                "invalid resolver address '%1': give an IPv4 or IPv6 address, optionally with :PORT")
                .arg(text));
    s.host = address.toString();
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::unexpected(QStringLiteral("invalid port in resolver address '%1'").arg(text));
        s.port = static_cast<quint16>(port);
    }
    return s;
}

LdnsResolver::LdnsResolver(LdnsResolverOptions options)
    : m_options(std::move(options)) {
    if (m_options.servers.isEmpty())
        m_options.servers = systemServers();
}

QList<ServerAddress> LdnsResolver::systemServers(const QString& resolvConf) {
    QList<ServerAddress> out;
    ldns_resolver* raw = nullptr;
    const QByteArray path = resolvConf.toLocal8Bit();
    if (ldns_resolver_new_frm_file(&raw, path.constData()) != LDNS_STATUS_OK || !raw)
        return out;
    std::unique_ptr<ldns_resolver, ResolverDeleter> res(raw);
    ldns_rdf** ns = ldns_resolver_nameservers(res.get());
    for (size_t i = 0; i < ldns_resolver_nameserver_count(res.get()); ++i) {
        char* s = ldns_rdf2str(ns[i]);
        if (!s)
            continue;
        if (auto server = ServerAddress::parse(QString::fromLatin1(s)))
            out << *server;
        free(s);
    }
    return out;
}

QString LdnsResolver::describe() const {
    QStringList parts;
    for (const ServerAddress& s : m_options.servers)
        parts << s.toString();
    return QStringLiteral("DNS %1 (timeout %2 ms)")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(m_options.timeoutMs);
}

namespace {
// One question, prepared once for every server and attempt.
struct Question {
    DnsAnswer answer;  // name, type, source filled; the rest as the exchange goes
    QStringList chain; // following a CNAME: the names of the chain before answer.name
    quint16 id = 0;
    QByteArray query;
    Rdf qname; // to check that a reply answers this question
};

// false (and q.answer set to the InvalidName answer) when the name cannot be asked.
bool prepare(Question& q, const QString& name, DnsRecordType type, const LdnsResolverOptions& options) {
    q.answer.name = name.toLower();
    q.answer.type = type;
    q.answer.source = DnsSource::Network;
    q.answer.origin = DnsSource::Network;
    q.id = static_cast<quint16>(QRandomGenerator::system()->bounded(1, 65536));
    const QByteArray wireName = DnsQueryWire::encodeName(q.answer.name);
    if (!wireName.isEmpty())
        q.qname.reset(ldns_rdf_new_frm_data(LDNS_RDF_TYPE_DNAME, static_cast<size_t>(wireName.size()),
                                            wireName.constData()));
    if (!q.qname) {
        q.answer.outcome = DnsOutcome::InvalidName;
        q.answer.error = QStringLiteral("'%1' is not a valid DNS name").arg(name);
        return false;
    }
    q.query = DnsQueryWire::fromWireName(
        wireName, type, q.id, {options.recursionDesired, options.ednsBufferSize, options.dnssecOk});
    return true;
}

Pkt parsePacket(const QByteArray& bytes) {
    ldns_pkt* raw = nullptr;
    if (ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t*>(bytes.constData()),
                      static_cast<size_t>(bytes.size())) != LDNS_STATUS_OK)
        return {};
    return Pkt(raw);
}

// What a (complete, not truncated) reply says: false when it answers another question (the
// answer is then that FormatError). *unresolved: the name a CNAME chain stopped at, to follow.
bool readReply(Question& q, const ldns_pkt* reply, const ServerAddress& server, QString* unresolved) {
    DnsAnswer& a = q.answer;
    const ldns_rr_list* question = ldns_pkt_question(reply);
    if (ldns_pkt_id(reply) != q.id || !question || ldns_rr_list_rr_count(question) != 1 ||
        ldns_dname_compare(ldns_rr_owner(ldns_rr_list_rr(question, 0)), q.qname.get()) != 0 ||
        ldns_rr_get_type(ldns_rr_list_rr(question, 0)) != static_cast<ldns_rr_type>(a.type)) {
        a.outcome = DnsOutcome::FormatError;
        a.error = QStringLiteral("%1 answered a different question").arg(server.toString());
        return false;
    }
    *unresolved = fillFromPacket(reply, a, q.chain);
    return true;
}

// The names of the chain up to (not including) unresolved: those before the question, the
// question's own name and the CNAME targets its reply led through.
QStringList chainBefore(const Question& q) {
    QStringList names = q.chain;
    names << q.answer.name.toLower();
    for (qsizetype i = 0; i + 1 < q.answer.cnames.size(); ++i)
        names << q.answer.cnames.at(i).target.toLower();
    return names;
}

// An authoritative server gave only the CNAME: follow it (blocking), carrying the chain so far so
// that a loop spread over several questions (a CNAME b, b CNAME a, one per reply) is seen.
void followChain(Question& q, const QString& unresolved, const LdnsResolverOptions& options) {
    DnsAnswer& a = q.answer;
    const QStringList before = chainBefore(q);
    DnsAnswer rest = LdnsResolver(options).resolve(unresolved, a.type, before);
    a.cnames += rest.cnames;
    a.records = rest.records;
    a.outcome = rest.outcome;
    a.error = rest.error;
    a.signatures += rest.signatures;
    a.dnames += rest.dnames;
    a.authority = rest.authority;
    a.additional = rest.additional;
}

// A server's UDP reply read to the end, blocking for the rare steps: over TCP again when it was
// truncated, and following a CNAME chain the server left unresolved. false: try the next server
// (*failure and *error say why).
bool finishReply(Question& q, Pkt reply, const ServerAddress& server, const LdnsResolverOptions& options,
                 DnsOutcome* failure, QString* error) {
    DnsAnswer& a = q.answer;
    if (ldns_pkt_tc(reply.get())) {
        a.truncated = true;
        const Exchange tcp = DnsBlockingExchange::tcp(server, q.query, options.timeoutMs);
        if (tcp.transport != Transport::Reply) {
            *failure = tcp.transport == Transport::Timeout ? DnsOutcome::Timeout : DnsOutcome::NetworkError;
            *error = tcp.error;
            return false;
        }
        reply = parsePacket(tcp.reply);
        if (!reply) {
            *failure = DnsOutcome::FormatError;
            *error = QStringLiteral("%1 sent a malformed TCP reply").arg(server.toString());
            return false;
        }
        a.overTcp = true;
    }
    QString unresolved;
    if (readReply(q, reply.get(), server, &unresolved) && !unresolved.isEmpty())
        followChain(q, unresolved, options);
    return true;
}

// Where the rare, blocking steps of an asynchronous question run (TCP after a truncated reply,
// following a CNAME chain), never on the exchanger's I/O thread.
QThreadPool* slowPathPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(64);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}
} // namespace

DnsAnswer LdnsResolver::answerFromReply(const QString& name, DnsRecordType type, const QByteArray& bytes) {
    Question q;
    if (!prepare(q, name, type, {}))
        return q.answer;
    if (bytes.size() >= 2)
        q.id = static_cast<quint16>((static_cast<quint8>(bytes[0]) << 8) | static_cast<quint8>(bytes[1]));
    const ServerAddress server{QStringLiteral("127.0.0.1"), 53};
    q.answer.server = server.toString();
    Pkt reply = parsePacket(bytes);
    if (!reply) {
        q.answer.outcome = DnsOutcome::FormatError;
        q.answer.error = QStringLiteral("%1 sent a malformed reply").arg(server.toString());
        return q.answer;
    }
    q.answer.truncated = ldns_pkt_tc(reply.get());
    QString unresolved;
    readReply(q, reply.get(), server, &unresolved);
    return q.answer;
}

// Blocking, with its own sockets (exchangeUdp), not a wait on DnsUdpExchanger: the asynchronous
// path's slow steps call it from slowPathPool(), and a wait there on answers that may themselves
// need slowPathPool() could deadlock the pool.
DnsAnswer LdnsResolver::resolve(const QString& name, DnsRecordType type) {
    return resolve(name, type, {});
}

DnsAnswer LdnsResolver::resolve(const QString& name, DnsRecordType type, const QStringList& chain) {
    QElapsedTimer clock;
    clock.start();
    Question q;
    q.chain = chain;
    if (!prepare(q, name, type, m_options))
        return q.answer;
    if (chain.contains(q.answer.name) || chain.size() > MaxCnameChain) {
        failChain(q.answer, chain, q.answer.name, chain.contains(q.answer.name));
        return q.answer;
    }
    DnsAnswer& a = q.answer;
    if (m_options.servers.isEmpty()) {
        a.outcome = DnsOutcome::NetworkError;
        a.error = QStringLiteral("no DNS server configured");
        return a;
    }
    Exchange last;
    DnsOutcome failure = DnsOutcome::NetworkError;
    // Const access only: resolve() runs on many threads at once, and a non-const range-for would
    // detach the implicitly shared list from each of them (a data race).
    for (const ServerAddress& server : std::as_const(m_options.servers)) {
        a.server = server.toString();
        for (int attempt = 0; attempt <= m_options.retries; ++attempt) {
            if (m_options.rateLimiter && !m_options.rateLimiter->acquire(a.server)) {
                a.outcome = DnsOutcome::Cancelled;
                a.error = QStringLiteral("the run was cancelled before the question was sent");
                a.elapsedMs = clock.elapsed();
                return a;
            }
            last = DnsBlockingExchange::udp(server, q.query, m_options.timeoutMs);
            if (last.transport != Transport::Timeout)
                break;
        }
        if (last.transport != Transport::Reply) {
            failure = last.transport == Transport::Timeout ? DnsOutcome::Timeout : DnsOutcome::NetworkError;
            continue;
        }
        Pkt reply = parsePacket(last.reply);
        if (!reply) {
            last.error = QStringLiteral("%1 sent a malformed reply").arg(server.toString());
            failure = DnsOutcome::FormatError;
            continue;
        }
        if (!finishReply(q, std::move(reply), server, m_options, &failure, &last.error))
            continue;
        a.elapsedMs = clock.elapsed();
        return a;
    }
    a.outcome = failure;
    a.error = last.error;
    a.elapsedMs = clock.elapsed();
    qCDebug(lcDns) << "query failed" << name << dnsRecordTypeName(type) << a.error;
    return a;
}

// The same steps as resolve(), driven by DnsUdpExchanger's callbacks: the UDP exchanges with
// every server in turn, then the reply read on the I/O thread (it does not block); the truncated
// and CNAME-only cases continue on slowPathPool() with resolve()'s blocking code.
struct LdnsResolver::AsyncQuestion {
    Question q;
    LdnsResolverOptions options;
    std::function<void(DnsAnswer)> done;
    bool background = false;
    qsizetype server = 0;
    DnsOutcome failure = DnsOutcome::NetworkError;
    QString lastError;
    QElapsedTimer clock;

    static void next(const std::shared_ptr<AsyncQuestion>& self);
    static void replied(const std::shared_ptr<AsyncQuestion>& self, DnsUdpExchanger::Outcome outcome);
    void complete() {
        q.answer.elapsedMs = clock.elapsed();
        done(std::move(q.answer));
    }
};

void LdnsResolver::AsyncQuestion::next(const std::shared_ptr<AsyncQuestion>& self) {
    DnsAnswer& a = self->q.answer;
    while (self->server < self->options.servers.size()) {
        const ServerAddress& server = self->options.servers.at(self->server);
        a.server = server.toString();
        DnsUdpExchanger::Request r;
        if (!DnsBlockingExchange::socketAddress(server, &r.address, &r.addressLength)) {
            self->lastError = QStringLiteral("invalid server address %1").arg(server.toString());
            self->failure = DnsOutcome::NetworkError;
            ++self->server;
            continue;
        }
        r.server = a.server;
        r.query = self->q.query;
        r.id = self->q.id;
        r.timeoutMs = self->options.timeoutMs;
        r.attempts = self->options.retries + 1;
        r.background = self->background;
        r.done = [self](DnsUdpExchanger::Outcome o) { replied(self, std::move(o)); };
        DnsUdpExchanger::instance().exchange(std::move(r));
        return;
    }
    a.outcome = self->failure;
    a.error = self->lastError;
    qCDebug(lcDns) << "query failed" << a.name << dnsRecordTypeName(a.type) << a.error;
    self->complete();
}

void LdnsResolver::AsyncQuestion::replied(const std::shared_ptr<AsyncQuestion>& self,
                                          DnsUdpExchanger::Outcome outcome) {
    const ServerAddress server = self->options.servers.at(self->server);
    if (outcome.result != DnsUdpExchanger::Result::Reply) {
        self->failure = outcome.result == DnsUdpExchanger::Result::Timeout ? DnsOutcome::Timeout
                                                                           : DnsOutcome::NetworkError;
        self->lastError = outcome.error;
        ++self->server;
        next(self);
        return;
    }
    Pkt reply = parsePacket(outcome.reply);
    if (!reply) {
        self->lastError = QStringLiteral("%1 sent a malformed reply").arg(server.toString());
        self->failure = DnsOutcome::FormatError;
        ++self->server;
        next(self);
        return;
    }
    // The usual reply is read here, on the I/O thread; a truncated one (TCP) or a CNAME chain to
    // follow goes on with the blocking steps on slowPathPool().
    const bool truncated = ldns_pkt_tc(reply.get());
    QString unresolved;
    if (!truncated && !(readReply(self->q, reply.get(), server, &unresolved) && !unresolved.isEmpty())) {
        self->complete();
        return;
    }
    slowPathPool()->start([self, server, truncated, unresolved, bytes = outcome.reply] {
        if (truncated) {
            if (!finishReply(self->q, parsePacket(bytes), server, self->options, &self->failure,
                             &self->lastError)) {
                ++self->server;
                next(self);
                return;
            }
        } else {
            followChain(self->q, unresolved, self->options);
        }
        self->complete();
    });
}

bool LdnsResolver::resolveAsync(const QString& name, DnsRecordType type, bool background,
                                std::function<void(DnsAnswer)> done) {
    if (m_options.rateLimiter)
        return false; // resolve() waits for its tokens on the asking thread
    auto self = std::make_shared<AsyncQuestion>();
    self->clock.start();
    self->done = std::move(done);
    self->background = background;
    self->options = m_options;
    if (!prepare(self->q, name, type, m_options)) {
        self->done(std::move(self->q.answer));
        return true;
    }
    if (m_options.servers.isEmpty()) {
        self->q.answer.outcome = DnsOutcome::NetworkError;
        self->q.answer.error = QStringLiteral("no DNS server configured");
        self->done(std::move(self->q.answer));
        return true;
    }
    AsyncQuestion::next(self);
    return true;
}
