#pragma once
// Every authoritative server of a domain's zone, asked directly. Finds the zone cut (SOA) and the
// parent zone through the session's resolver, asks the parent's servers (RD=0) for the
// delegation (the referral's NS set and glue), then every address (IPv4 and IPv6) of every name
// server, directly and without recursion, for the zone's SOA and NS and for each mail record: the
// domain's TXT and MX, _dmarc, _mta-sts and _smtp._tls TXT, DKIM keys and whatever else an audit
// read in the zone. NsComparison judges the answers. Direct questions go to port 53, or where a
// --connect-to rule sends them (matched by the server's name or address, port 53); each one is in
// the result's `queries`. Blocking: run it on a worker thread (DnsSession::checkPool()).

#include "NsResult.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "net/ConnectToRule.h"

#include <expected>
#include <functional>

class NsCheck {
public:
    struct Options {
        int timeoutMs = 2000;           // per direct question and attempt
        int retries = 1;                // further attempts after a timeout
        QList<ConnectToRule> connectTo; // where direct questions go instead of ADDRESS:53
        int maxNames = 40;              // mail names asked of each server (besides SOA and NS)
        int maxNameServers = 16;        // NS names checked (a hostile referral may list hundreds)
        int maxAddresses = 4;           // addresses checked per NS name
        int maxParentAddresses = 3;     // parent server addresses tried for the referral
    };
    // Makes the resolver that asks one server (tests: a fake). Default: LdnsResolver with
    // recursionDesired=false and that server only.
    using ServerResolverFactory = std::function<std::shared_ptr<Resolver>(const ServerAddress& server)>;

    NsCheck(DnsSession& session, Options options, ServerResolverFactory factory = {});

    // One more name to ask every server (a DKIM key named by the user), if it lies in the zone.
    void addQuestion(const QString& name, DnsRecordType type);
    // The questions an audit asked through its session: those answered inside the zone (TXT, MX,
    // A, AAAA, CNAME, TLSA) are asked of every server too.
    void addQuestionsFromLog(const QList<QueryLogEntry>& entries);
    NsResult run(const QString& domain);

    // The mail records of a domain, always asked: TXT and MX of the domain, _dmarc, _mta-sts and
    // _smtp._tls TXT.
    static QList<NsResult::Question> defaultQuestions(const QString& domain);
    // Where a question meant for NAME/ADDRESS port 53 goes: the first --connect-to rule matching
    // the server's name or its address (port 53 or any) decides; its target must be an address.
    static std::expected<ServerAddress, QString> route(const QString& nsName, const QString& address,
                                                       const QList<ConnectToRule>& rules);
    // Why the servers are not asked: "offline" (--offline, --demo), "zone file" (the domain's
    // records come from a loaded zone file); empty when they are.
    static QString notCheckedReason(const DnsSession& session, const QString& domain, bool offline);

private:
    struct Logged;
    struct Work;
    std::expected<QString, QString> zoneOf(const QString& name);
    QStringList addressesOf(const QString& name, QString* error);
    DnsAnswer ask(Resolver& resolver, const ServerAddress& at, const QString& nsName, const QString& name,
                  DnsRecordType type, QList<Logged>* log);
    DnsAnswer logged(const QDateTime& started, DnsAnswer a, const ServerAddress& at, const QString& nsName,
                     QList<Logged>* log);
    QList<DnsAnswer> askMany(Resolver& resolver, const ServerAddress& at, const QString& nsName,
                             const QList<NsResult::Question>& questions, QList<Logged>* log);
    void findDelegation(NsResult& r, QHash<QString, QStringList>* glue, QList<Logged>* log);
    QList<NsServer> serversFor(const QStringList& names, const QHash<QString, QStringList>& glue);
    void askAll(QList<NsServer>& servers, const NsResult& r, QHash<QString, QList<DnsAnswer>>* answers,
                QList<Logged>* log);
    QList<NsResult::Question> questionsFor(const QString& zone, const QString& domain) const;

    DnsSession& m_session;
    Options m_options;
    ServerResolverFactory m_factory;
    QList<NsResult::Question> m_extra;
    QList<NsResult::Question> m_fromLog;
};
