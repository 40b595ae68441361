#include "NsComparison.h"

#include "dns/DnsOutcome.h"
#include "findings/FindingCatalogue.h"

#include <QHostAddress>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
bool isTextType(DnsRecordType t) {
    return t == DnsRecordType::TXT || t == DnsRecordType::SPF;
}

QString sameName(const QString& a) {
    QString s = a.toLower();
    while (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

Finding make(QStringView code, const QString& domain, const QString& detail, const QStringList& evidence,
             std::optional<Severity> severity = std::nullopt) {
    Finding f = FindingCatalogue::make(code, detail, evidence, severity);
    f.area = u"ns"_s;
    f.domain = domain;
    return f;
}

QString serverLabel(const NsServer& s) {
    return s.address.isEmpty() ? s.name : u"%1 (%2)"_s.arg(s.name, s.address);
}

QString shown(const QStringList& records, const QString& outcome) {
    if (!records.isEmpty())
        return records.join(u" | "_s);
    return outcome == u"nxdomain"_s ? u"no such name (NXDOMAIN)"_s : u"no record (NODATA)"_s;
}
} // namespace

QStringList NsComparison::recordSet(const DnsAnswer& answer) {
    QStringList out;
    for (qsizetype i = 0; i < answer.cnames.size(); ++i) {
        const DnsRecord& c = answer.cnames.at(i);
        const QString line = u"CNAME "_s + sameName(c.target);
        out << (i == 0 ? line : sameName(c.name) + u' ' + line);
    }
    for (const DnsRecord& r : answer.records)
        out << (isTextType(r.type) ? r.rdata : r.rdata.toLower());
    out.sort();
    out.removeDuplicates();
    return out;
}

bool NsComparison::comparable(const DnsAnswer& a) {
    if (!a.authoritativeAnswer)
        return false;
    if (a.outcome == DnsOutcome::Answer || a.outcome == DnsOutcome::NoData ||
        a.outcome == DnsOutcome::NxDomain)
        return true;
    // An alias whose target lies outside the zone: the server gave the CNAME authoritatively,
    // following it on the same server then failed. The CNAME is what it holds.
    return !a.cnames.isEmpty();
}

QString NsComparison::lameReason(const DnsAnswer& soa, const QString& zone) {
    switch (soa.outcome) {
    case DnsOutcome::Timeout:
        return u"timeout: no answer"_s;
    case DnsOutcome::NetworkError:
        return soa.error.isEmpty() ? u"no answer: network error"_s : u"no answer: "_s + soa.error;
    case DnsOutcome::Refused:
        return u"REFUSED"_s;
    case DnsOutcome::ServFail:
        return u"SERVFAIL"_s;
    case DnsOutcome::FormatError:
        return soa.error.isEmpty() ? u"malformed or unexpected reply"_s : soa.error;
    case DnsOutcome::Cancelled:
        return u"not asked: the check was cancelled"_s;
    case DnsOutcome::InvalidName:
    case DnsOutcome::CnameChain:
        return soa.error.isEmpty() ? dnsOutcomeName(soa.outcome) : soa.error;
    case DnsOutcome::Answer:
    case DnsOutcome::NoData:
    case DnsOutcome::NxDomain:
        break;
    }
    if (!soa.authoritativeAnswer)
        return u"not authoritative (AA flag clear)"_s;
    if (soa.outcome == DnsOutcome::NxDomain)
        return u"answers that %1 does not exist (NXDOMAIN)"_s.arg(zone);
    if (!serial(soa, zone))
        return u"answers without the SOA of %1"_s.arg(zone);
    return {};
}

std::optional<quint32> NsComparison::serial(const DnsAnswer& soa, const QString& zone) {
    for (const DnsRecord& r : soa.records) {
        if (r.type != DnsRecordType::SOA || sameName(r.name) != sameName(zone))
            continue;
        const QStringList fields = r.rdata.split(u' ', Qt::SkipEmptyParts);
        bool ok = false;
        const quint32 value = fields.size() >= 3 ? fields.at(2).toUInt(&ok) : 0;
        if (ok)
            return value;
    }
    return std::nullopt;
}

QList<NsDifference> NsComparison::differences(const QList<NsServer>& servers,
                                              const QHash<QString, QList<DnsAnswer>>& answers,
                                              const QList<NsResult::Question>& questions) {
    QList<NsDifference> out;
    for (const NsResult::Question& q : questions) {
        NsDifference d;
        d.name = q.name;
        d.type = q.type;
        for (const NsServer& s : servers) {
            if (s.lame() || s.address.isEmpty() || d.values.contains(s.address))
                continue;
            const QList<DnsAnswer> given = answers.value(s.address);
            const auto it = std::find_if(given.cbegin(), given.cend(), [&](const DnsAnswer& a) {
                return sameName(a.name) == sameName(q.name) && a.type == q.type;
            });
            if (it == given.cend() || !comparable(*it))
                continue;
            d.values.insert(s.address, recordSet(*it));
            d.outcomes.insert(s.address, it->records.isEmpty() && it->cnames.isEmpty()
                                             ? dnsOutcomeName(it->outcome)
                                             : dnsOutcomeName(DnsOutcome::Answer));
            d.serverNames.insert(s.address, s.name);
        }
        // A difference: two servers hold other records, or one says NXDOMAIN where another NODATA.
        QSet<QString> versions;
        for (auto it = d.values.cbegin(); it != d.values.cend(); ++it)
            versions.insert(it.value().join(u'\n') + u'\x1f' + d.outcomes.value(it.key()));
        if (versions.size() > 1)
            out << d;
    }
    return out;
}

bool NsComparison::sameNetwork(const QStringList& addresses) {
    QSet<QString> distinct;
    QSet<QString> v4Nets;
    QSet<QString> v6Nets;
    for (const QString& text : addresses) {
        const QHostAddress a(text);
        if (a.isNull())
            continue;
        distinct.insert(a.toString());
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            v4Nets.insert(QString::number(a.toIPv4Address() >> 8));
        } else {
            const Q_IPV6ADDR b = a.toIPv6Address();
            v6Nets.insert(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(b.c), 6).toHex()));
        }
    }
    return distinct.size() >= 2 && v4Nets.size() <= 1 && v6Nets.size() <= 1;
}

QList<Finding> NsComparison::findings(const NsResult& r) {
    QList<Finding> out;
    if (!r.checked())
        return out;
    const QString& domain = r.domain;

    // Lame servers, one finding each; an error when no server serves the zone at all.
    const bool allLame = !r.servers.isEmpty() && std::all_of(r.servers.cbegin(), r.servers.cend(),
                                                             [](const NsServer& s) { return s.lame(); });
    for (const NsServer& s : r.servers) {
        if (!s.lame())
            continue;
        const QString detail =
            s.address.isEmpty()
                ? u"The name server %1 of %2 cannot be asked: %3."_s.arg(s.name, r.zone, s.error)
                : u"The name server %1 of %2 does not serve the zone: its answer to the SOA question was "
                  "%3."_s.arg(serverLabel(s), r.zone, s.error);
        QStringList evidence{
            u"%1 SOA asked of %2: %3"_s.arg(r.zone, s.askedAt.isEmpty() ? s.name : s.askedAt, s.error)};
        if (r.delegation.known() && !r.delegation.zoneSet.isEmpty() && s.inDelegation != s.inZone)
            evidence << (s.inDelegation ? u"%1 is named by the parent's delegation only"_s.arg(s.name)
                                        : u"%1 is named by the zone's NS records only"_s.arg(s.name));
        out << make(u"NS-LAME", domain, detail, evidence,
                    allLame ? std::optional<Severity>(Severity::Error) : std::nullopt);
    }

    // Serials.
    QMap<quint32, QStringList> bySerial;
    for (const NsServer& s : r.servers)
        if (!s.lame() && s.serial)
            bySerial[*s.serial] << serverLabel(s);
    if (bySerial.size() > 1) {
        QStringList evidence;
        for (auto it = bySerial.cbegin(); it != bySerial.cend(); ++it)
            evidence << u"serial %1: %2"_s.arg(it.key()).arg(it.value().join(u", "_s));
        out << make(u"NS-SERIAL-MISMATCH", domain,
                    u"The servers of %1 serve %2 different SOA serials (%3): some have not "
                    "transferred the current zone."_s.arg(r.zone)
                        .arg(bySerial.size())
                        .arg(evidence.join(u"; "_s)),
                    evidence);
    }

    // Records.
    for (const NsDifference& d : r.differences) {
        QStringList evidence;
        QStringList parts;
        for (const auto& [records, addresses] : d.versions()) {
            QStringList who;
            for (const QString& a : addresses)
                who << u"%1 (%2)"_s.arg(d.serverNames.value(a), a);
            const QString what = shown(records, d.outcomes.value(addresses.first()));
            evidence << u"%1 %2 from %3: %4"_s.arg(d.name, dnsRecordTypeName(d.type), who.join(u", "_s),
                                                   what);
            parts << u"%1: %2"_s.arg(who.join(u", "_s), what);
        }
        out << make(u"NS-RECORD-MISMATCH", domain,
                    u"The %1 record of %2 differs between the authoritative servers. %3."_s.arg(
                        dnsRecordTypeName(d.type), d.name, parts.join(u"; "_s)),
                    evidence);
    }

    // Delegation.
    const NsResult::Delegation& del = r.delegation;
    if (del.known() && !del.zoneSet.isEmpty() && !del.matches()) {
        QStringList parts;
        if (!del.onlyAtParent().isEmpty())
            parts << u"only at the parent (%1): %2"_s.arg(del.parentZone, del.onlyAtParent().join(u", "_s));
        if (!del.onlyInZone().isEmpty())
            parts << u"only in the zone: %1"_s.arg(del.onlyInZone().join(u", "_s));
        out << make(
            u"NS-DELEGATION-MISMATCH", domain,
            u"The delegation of %1 at %2 does not list the same name servers as the zone itself: "
            "%3."_s.arg(r.zone, del.parentZone, parts.join(u"; "_s)),
            {u"%1 NS at the parent (%2): %3"_s.arg(r.zone, del.answeredBy, del.parentSet.join(u", "_s)),
             u"%1 NS in the zone: %2"_s.arg(r.zone, del.zoneSet.join(u", "_s))});
    }

    // RFC 2182: at least two servers, not all in one network.
    QStringList names = del.known() ? del.parentSet : del.zoneSet;
    if (names.isEmpty())
        for (const NsServer& s : r.servers)
            if (!names.contains(s.name))
                names << s.name;
    QStringList addresses;
    for (const NsServer& s : r.servers)
        if (!s.address.isEmpty() && !addresses.contains(s.address))
            addresses << s.address;
    if (names.size() < 2 || addresses.size() == 1) {
        out << make(u"NS-TOO-FEW", domain,
                    names.size() < 2
                        ? u"%1 is served by one name server only: %2."_s.arg(r.zone, names.join(u", "_s))
                        : u"The %1 name servers of %2 (%3) all have one address, %4: they are one server."_s
                              .arg(names.size())
                              .arg(r.zone, names.join(u", "_s), addresses.first()),
                    {u"%1 NS: %2"_s.arg(r.zone, names.join(u", "_s)),
                     u"addresses: %1"_s.arg(addresses.join(u", "_s))});
    } else if (sameNetwork(addresses)) {
        out << make(u"NS-SAME-NETWORK", domain,
                    u"Every address of the name servers of %1 lies in one network (one IPv4 /24, one IPv6 "
                    "/48): %2."_s.arg(r.zone, addresses.join(u", "_s)),
                    {u"addresses: %1"_s.arg(addresses.join(u", "_s))});
    }
    return out;
}
