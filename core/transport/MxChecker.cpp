#include "MxChecker.h"

#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"
#include "spf/SpfEvaluator.h"

#include <QFuture>
#include <QHostAddress>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
Finding make(QStringView code, const QString& domain, const QString& detail, const QStringList& evidence,
             std::optional<Severity> severity = std::nullopt) {
    Finding f = FindingCatalogue::make(code, detail, evidence, severity);
    f.area = u"transport"_s;
    f.domain = domain;
    return f;
}

QString rootless(QString name) {
    while (name.endsWith(u'.'))
        name.chop(1);
    return name.toLower();
}
} // namespace

MxChecker::MxChecker(DnsSession& session)
    : m_session(session) {}

QList<TransportResult::ReverseName> MxChecker::reverseNames(const QStringList& addresses) {
    QList<TransportResult::ReverseName> out;
    QList<QFuture<DnsAnswer>> ptrs;
    for (const QString& a : addresses)
        ptrs << m_session.lookup(SpfEvaluator::reverseName(QHostAddress(a)), DnsRecordType::PTR);
    // Forward lookups of every PTR name, all in flight together.
    QList<QList<std::pair<QString, QFuture<DnsAnswer>>>> forward;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const DnsAnswer ptr = ptrs[i].result();
        TransportResult::ReverseName r;
        r.address = addresses.at(i);
        QList<std::pair<QString, QFuture<DnsAnswer>>> names;
        const bool v6 = QHostAddress(r.address).protocol() == QAbstractSocket::IPv6Protocol;
        if (dnsOutcomeIsFailure(ptr.outcome))
            r.error = ptr.error.isEmpty() ? dnsOutcomeDescription(ptr.outcome) : ptr.error;
        for (const DnsRecord& rec : ptr.records) {
            r.ptr << rec.target;
            names.append(
                {rec.target, m_session.lookup(rec.target, v6 ? DnsRecordType::AAAA : DnsRecordType::A)});
        }
        out << r;
        forward << names;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QHostAddress want(out[i].address);
        for (auto& [name, future] : forward[i]) {
            const DnsAnswer a = future.result();
            for (const DnsRecord& rec : a.records)
                if (QHostAddress(rec.address) == want && out[i].confirmedName.isEmpty())
                    out[i].confirmedName = name;
        }
    }
    return out;
}

TransportResult::Mx MxChecker::run(const QString& domain, const DnsAnswer& mxAnswer,
                                   QList<Finding>& findings) {
    TransportResult::Mx mx;
    const QString evidenceLine = u"%1 MX: %2"_s.arg(domain, dnsOutcomeName(mxAnswer.outcome));
    if (mxAnswer.outcome != DnsOutcome::Answer && mxAnswer.outcome != DnsOutcome::NoData &&
        mxAnswer.outcome != DnsOutcome::NxDomain) {
        mx.dnsError = mxAnswer.error.isEmpty() ? dnsOutcomeDescription(mxAnswer.outcome) : mxAnswer.error;
        findings << make(
            u"MX-DNS-FAILURE", domain,
            u"The MX query for %1 failed: %2. Senders queue mail and retry while this lasts."_s.arg(
                domain, mx.dnsError),
            {evidenceLine});
        return mx;
    }
    if (!mxAnswer.hasRecords()) {
        mx.missing = true;
        auto a = m_session.lookup(domain, DnsRecordType::A);
        auto aaaa = m_session.lookup(domain, DnsRecordType::AAAA);
        for (const DnsAnswer& ans : {a.result(), aaaa.result()})
            for (const DnsRecord& r : ans.records)
                mx.fallbackAddresses << r.address;
        const QString detail =
            mx.fallbackAddresses.isEmpty()
                ? u"%1 has no MX record and no A/AAAA record. Senders have nowhere to deliver and bounce "
                  u"mail "
                  "to it, but without a null MX they cannot tell that the domain takes no mail on purpose."_s
                      .arg(domain)
                : u"%1 has no MX record, so senders fall back to its own address (RFC 5321 §5.1) and try to "
                  "deliver to %2 on port 25. If no mail server listens there, mail waits in queues for days "
                  "and then bounces."_s.arg(domain, mx.fallbackAddresses.join(u", "_s));
        findings << make(
            u"MX-MISSING", domain, detail,
            {evidenceLine, u"%1 A/AAAA: %2"_s.arg(domain, mx.fallbackAddresses.isEmpty()
                                                              ? u"none"_s
                                                              : mx.fallbackAddresses.join(u", "_s))});
        return mx;
    }

    QList<DnsRecord> records = mxAnswer.records;
    std::stable_sort(records.begin(), records.end(),
                     [](const DnsRecord& a, const DnsRecord& b) { return a.preference < b.preference; });
    QStringList rdata;
    for (const DnsRecord& r : records)
        rdata << u"%1 MX %2 %3."_s.arg(domain).arg(r.preference).arg(rootless(r.target));
    qsizetype nullCount = 0;
    for (const DnsRecord& r : records)
        if (rootless(r.target).isEmpty())
            ++nullCount;
    if (nullCount > 0 && nullCount == records.size()) {
        mx.nullMx = true;
        findings << make(
            u"MX-NULL", domain,
            u"%1 publishes the null MX \"0 .\": it declares that it receives no mail, and senders "
            "bounce mail to it at once."_s.arg(domain),
            rdata);
        return mx;
    }
    if (nullCount > 0) {
        mx.nullMx = true;
        findings << make(
            u"MX-NULL-WITH-OTHERS", domain,
            u"%1 publishes the null MX \"0 .\" and %2 other MX record(s). Some senders deliver to "
            "the other hosts, others bounce the mail."_s.arg(domain)
                .arg(records.size() - nullCount),
            rdata);
    }

    // Every host's A and AAAA in flight at once.
    QList<std::pair<QFuture<DnsAnswer>, QFuture<DnsAnswer>>> lookups;
    QList<DnsRecord> hosts;
    for (const DnsRecord& r : records) {
        if (rootless(r.target).isEmpty())
            continue;
        hosts << r;
        lookups.append({m_session.lookup(rootless(r.target), DnsRecordType::A),
                        m_session.lookup(rootless(r.target), DnsRecordType::AAAA)});
    }
    int withAddress = 0;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        TransportResult::MxHost h;
        h.host = rootless(hosts[i].target);
        h.preference = hosts[i].preference;
        h.ipLiteral = !QHostAddress(h.host).isNull();
        const DnsAnswer a = lookups[i].first.result();
        const DnsAnswer aaaa = lookups[i].second.result();
        for (const DnsAnswer* ans : {&a, &aaaa}) {
            for (const DnsRecord& r : ans->records)
                h.addresses << r.address;
            if (!ans->cnames.isEmpty() && h.cnameTarget.isEmpty())
                h.cnameTarget = ans->finalName();
        }
        if (!h.addresses.isEmpty())
            ++withAddress;
        mx.hosts << h;
    }
    for (TransportResult::MxHost& h : mx.hosts) {
        const QString mxLine = u"%1 MX %2 %3."_s.arg(domain).arg(h.preference).arg(h.host);
        if (h.ipLiteral)
            findings << make(
                u"MX-IP-LITERAL", domain,
                u"The MX record names %1, an IP address, not a host name. Senders look up a host "
                "of that name, find none, and cannot deliver to it."_s.arg(h.host),
                {mxLine});
        if (!h.cnameTarget.isEmpty())
            findings << make(
                u"MX-CNAME", domain,
                u"The MX host %1 is an alias of %2. MX records must name the canonical host."_s.arg(
                    h.host, h.cnameTarget),
                {mxLine, u"%1 CNAME %2"_s.arg(h.host, h.cnameTarget)});
        if (h.addresses.isEmpty() && !h.ipLiteral) {
            const bool none = withAddress == 0;
            findings << make(
                u"MX-NO-ADDRESS", domain,
                none ? u"The MX host %1 has no A or AAAA record, and no other MX host has one "
                       "either: no mail can be delivered to %2."_s.arg(h.host, domain)
                     : u"The MX host %1 has no A or AAAA record; senders skip it and use the other "
                       "MX hosts."_s.arg(h.host),
                {mxLine, u"%1 A/AAAA: none"_s.arg(h.host)}, none ? Severity::Error : Severity::Warning);
        }
    }
    // Reverse names of every address, then the forward confirmation.
    QStringList all;
    for (const TransportResult::MxHost& h : std::as_const(mx.hosts))
        all << h.addresses;
    all.removeDuplicates();
    const QList<TransportResult::ReverseName> reverse = reverseNames(all);
    for (TransportResult::MxHost& h : mx.hosts) {
        for (const TransportResult::ReverseName& r : reverse) {
            if (!h.addresses.contains(r.address))
                continue;
            h.fcrdns << r;
            if (r.confirmed() || !r.error.isEmpty())
                continue; // a failed lookup is not a missing PTR
            const QString detail =
                r.ptr.isEmpty()
                    ? u"The address %1 of MX host %2 has no PTR record."_s.arg(r.address, h.host)
                    : u"The address %1 of MX host %2 has the reverse name %3, which does not resolve back to "
                      "%1."_s.arg(r.address, h.host, r.ptr.join(u", "_s));
            findings << make(u"MX-NO-FCRDNS", domain, detail,
                             {u"%1 PTR %2"_s.arg(SpfEvaluator::reverseName(QHostAddress(r.address)),
                                                 r.ptr.isEmpty() ? u"(none)"_s : r.ptr.join(u", "_s))});
        }
    }
    return mx;
}
