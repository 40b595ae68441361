#include "NetTarget.h"

#include "dns/DnsSession.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

std::expected<QList<NetTarget>, QString> NetTarget::resolve(DnsSession& session, const NetOptions& options,
                                                            const QString& host, quint16 port) {
    QString name = host;
    quint16 toPort = port;
    QString via;
    for (const ConnectToRule& rule : options.connectTo) {
        if (!rule.matches(host, port))
            continue;
        if (!rule.toHost.isEmpty())
            name = rule.toHost;
        if (rule.toPort)
            toPort = rule.toPort;
        via = rule.toString();
        break;
    }
    QList<NetTarget> out;
    if (const QHostAddress literal(name); !literal.isNull()) {
        out.append({literal.toString(), toPort, via});
        return out;
    }
    auto a = session.lookup(name, DnsRecordType::A);
    auto aaaa = session.lookup(name, DnsRecordType::AAAA);
    const DnsAnswer va = a.result();
    const DnsAnswer v6 = aaaa.result();
    for (const DnsAnswer* answer : {&va, &v6})
        for (const DnsRecord& r : answer->records)
            if (out.size() < options.maxAddresses)
                out.append({r.address, toPort, via});
    if (out.isEmpty())
        return std::unexpected(u"%1 has no address (A: %2, AAAA: %3)"_s.arg(
            name, dnsOutcomeDescription(va.outcome), dnsOutcomeDescription(v6.outcome)));
    return out;
}
