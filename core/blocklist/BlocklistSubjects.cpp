#include "BlocklistSubjects.h"

#include "dns/DnsSession.h"
#include "spf/SpfTreeBuilder.h"

#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

void BlocklistSubjects::add(Collected& out, const QString& value, BlocklistSubject::Kind kind,
                            const QString& reason) {
    for (BlocklistSubject& s : out.subjects)
        if (s.value == value && s.kind == kind) {
            if (!s.reasons.contains(reason))
                s.reasons << reason;
            return;
        }
    if (kind == BlocklistSubject::Kind::Address) {
        const auto addresses = std::count_if(out.subjects.cbegin(), out.subjects.cend(), [](const auto& s) {
            return s.kind == BlocklistSubject::Kind::Address;
        });
        if (addresses >= maxAddresses) {
            out.skipped
                << u"%1 (%2): more than %3 addresses to look up"_s.arg(value, reason).arg(maxAddresses);
            return;
        }
    }
    out.subjects << BlocklistSubject{value, kind, {reason}};
}

QStringList BlocklistSubjects::expandRange(const QString& cidr, QString* whyNot) {
    const auto [network, prefix] = QHostAddress::parseSubnet(cidr);
    if (network.isNull() || prefix < 0) {
        if (whyNot)
            *whyNot = u"%1 is not an address range"_s.arg(cidr);
        return {};
    }
    QStringList out;
    if (network.protocol() == QAbstractSocket::IPv4Protocol) {
        if (prefix < smallestV4Prefix) {
            if (whyNot)
                *whyNot = u"%1 is larger than /%2: not looked up address by address"_s.arg(cidr).arg(
                    smallestV4Prefix);
            return {};
        }
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        const quint32 base = network.toIPv4Address() & mask;
        const quint32 count = quint32(1) << (32 - prefix);
        for (quint32 i = 0; i < count; ++i)
            out << QHostAddress(base + i).toString();
        return out;
    }
    if (prefix < smallestV6Prefix) {
        if (whyNot)
            *whyNot =
                u"%1 is larger than /%2: not looked up address by address"_s.arg(cidr).arg(smallestV6Prefix);
        return {};
    }
    Q_IPV6ADDR v6 = network.toIPv6Address();
    const int hostBits = 128 - prefix; // at most 4: all in the last byte
    v6[15] &= quint8(0xff << hostBits);
    for (int i = 0; i < (1 << hostBits); ++i) {
        Q_IPV6ADDR a = v6;
        a[15] = quint8(v6[15] | i);
        out << QHostAddress(a).toString();
    }
    return out;
}

void BlocklistSubjects::addSpfRanges(const QJsonObject& spfJson, Collected& out) {
    // The evaluated tree only: terms after "all" or a redirect beside "all" authorise nothing, and
    // "-ip4:" or "~ip4:" terms name addresses that must not send.
    std::function<void(const QJsonObject&)> walk = [&](const QJsonObject& node) {
        const QStringList flags = [&] {
            QStringList f;
            for (const QJsonValue& v : node.value(u"flags"_s).toArray())
                f << v.toString();
            return f;
        }();
        if (flags.contains(u"after-all"_s) || flags.contains(u"redirect-ignored"_s))
            return;
        const QString mechanism = node.value(u"mechanism"_s).toString();
        if ((mechanism == u"ip4"_s || mechanism == u"ip6"_s) &&
            node.value(u"qualifier"_s).toString() == u"+"_s) {
            const QString reason =
                u"SPF %1 in %2"_s.arg(node.value(u"term"_s).toString(), node.value(u"domain"_s).toString());
            for (const QJsonValue& r : node.value(u"ranges"_s).toArray()) {
                QString whyNot;
                const QStringList addresses = expandRange(r.toString(), &whyNot);
                if (addresses.isEmpty())
                    out.skipped << u"%1 (%2)"_s.arg(whyNot, reason);
                for (const QString& a : addresses)
                    add(out, a, BlocklistSubject::Kind::Address, reason);
            }
        }
        for (const QJsonValue& c : node.value(u"children"_s).toArray())
            walk(c.toObject());
    };
    walk(spfJson.value(u"tree"_s).toObject());
}

void BlocklistSubjects::addMx(const QJsonObject& transportJson, Collected& out) {
    for (const QJsonValue& v : transportJson.value(u"mx"_s).toArray()) {
        const QJsonObject host = v.toObject();
        const QString name = host.value(u"host"_s).toString();
        for (const QJsonValue& a : host.value(u"addresses"_s).toArray())
            add(out, a.toString(), BlocklistSubject::Kind::Address, u"MX %1"_s.arg(name));
        if (!name.isEmpty() && !host.value(u"ipLiteral"_s).toBool())
            add(out, name, BlocklistSubject::Kind::Domain, u"MX host"_s);
    }
    const QJsonObject status = transportJson.value(u"mxStatus"_s).toObject();
    for (const QJsonValue& a : status.value(u"fallbackAddresses"_s).toArray())
        add(out, a.toString(), BlocklistSubject::Kind::Address, u"the domain's own address (no MX)"_s);
}

QJsonObject BlocklistSubjects::mxFromDns(const QString& domain, DnsSession& session) {
    const DnsAnswer mx = session.lookupNow(domain, DnsRecordType::MX);
    QJsonArray hosts;
    QList<std::pair<QString, std::pair<QFuture<DnsAnswer>, QFuture<DnsAnswer>>>> pending;
    for (const DnsRecord& r : mx.records) {
        QString target = r.target;
        if (target.endsWith(u'.'))
            target.chop(1);
        if (target.isEmpty()) // null MX
            continue;
        pending.append(
            {target,
             {session.lookup(target, DnsRecordType::A), session.lookup(target, DnsRecordType::AAAA)}});
    }
    for (auto& [host, futures] : pending) {
        QStringList addresses;
        for (QFuture<DnsAnswer>* f : {&futures.first, &futures.second})
            for (const DnsRecord& r : f->result().records)
                addresses << r.address;
        hosts.append(QJsonObject{{u"host"_s, host}, {u"addresses"_s, QJsonArray::fromStringList(addresses)}});
    }
    QJsonObject out{{u"mx"_s, hosts}};
    if (mx.outcome == DnsOutcome::NoData || mx.outcome == DnsOutcome::NxDomain) {
        QStringList fallback;
        for (const DnsRecordType t : {DnsRecordType::A, DnsRecordType::AAAA})
            for (const DnsRecord& r : session.lookupNow(domain, t).records)
                fallback << r.address;
        out.insert(u"mxStatus"_s,
                   QJsonObject{{u"fallbackAddresses"_s, QJsonArray::fromStringList(fallback)}});
    }
    return out;
}

BlocklistSubjects::Collected BlocklistSubjects::collect(const QString& domain, DnsSession& session,
                                                        QJsonObject spfJson, QJsonObject transportJson,
                                                        const QStringList& reportSources) {
    Collected out;
    add(out, domain, BlocklistSubject::Kind::Domain, u"the domain"_s);
    if (transportJson.isEmpty())
        transportJson = mxFromDns(domain, session);
    addMx(transportJson, out);
    if (spfJson.isEmpty())
        spfJson = SpfTreeBuilder(&session, {}).build(domain).toJson();
    addSpfRanges(spfJson, out);
    for (const QString& source : reportSources) {
        QHostAddress a;
        if (a.setAddress(source))
            add(out, a.toString(), BlocklistSubject::Kind::Address,
                u"aggregate reports: a busy source passing DMARC"_s);
        else
            out.skipped << u"%1 (aggregate reports): not an address"_s.arg(source);
    }
    return out;
}
