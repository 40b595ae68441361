#include "DaneChecker.h"

#include "DaneMatcher.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {
Finding make(QStringView code, const QString& domain, const QString& detail, const QStringList& evidence,
             std::optional<Severity> severity = std::nullopt) {
    Finding f = FindingCatalogue::make(code, detail, evidence, severity);
    f.area = u"transport"_s;
    f.domain = domain;
    return f;
}

QString hex(const std::optional<QByteArray>& bytes) {
    return bytes ? QString::fromLatin1(bytes->toHex()) : u"(unreadable)"_s;
}

QStringList recordEvidence(const DaneResult& d) {
    QStringList out;
    for (const DaneResult::Tlsa& t : d.tlsa)
        out << u"%1 TLSA %2  (%3)"_s.arg(d.name, t.rdata, t.meaning());
    out << u"DNSSEC: %1%2"_s.arg(dnssecStateName(d.dnssec.state),
                                 d.dnssec.reason.isEmpty() ? QString() : u" (%1)"_s.arg(d.dnssec.reason));
    return out;
}

QStringList chainEvidence(const SmtpProbeResult& p) {
    QStringList out;
    for (qsizetype i = 0; i < p.chain.size(); ++i) {
        const CertificateInfo& c = p.chain.at(i);
        out << u"certificate #%1%2: subject %3, issuer %4; TLSA x 1 1 (key SHA-256) %5; x 0 1 "
               "(certificate SHA-256) %6"_s.arg(i)
                   .arg(i == 0 ? u" (the server's own)"_s : QString(), c.subject, c.issuer,
                        hex(DaneMatcher::associationData(c.der, TlsaRecord::SubjectPublicKeyInfo,
                                                         TlsaRecord::Sha256)),
                        hex(DaneMatcher::associationData(c.der, TlsaRecord::FullCertificate,
                                                         TlsaRecord::Sha256)));
    }
    return out;
}
} // namespace

DaneChecker::DaneChecker(DnsSession& session, DnssecLookup dnssec)
    : m_session(session)
    , m_dnssec(std::move(dnssec)) {}

DnssecStatus DaneChecker::status(const QString& name, DnsRecordType type) const {
    if (!m_dnssec)
        return {DnssecState::Indeterminate, u"DNSSEC not validated"_s, {}};
    return m_dnssec(name, type);
}

void DaneChecker::start(const QList<TransportResult::MxHost>& hosts) {
    m_lookups.clear();
    for (const TransportResult::MxHost& h : hosts)
        m_lookups << (h.ipLiteral ? QFuture<DnsAnswer>()
                                  : m_session.lookup(tlsaName(h.host), DnsRecordType::TLSA));
}

void DaneChecker::fill(DaneResult& dane, const DnsAnswer& a) const {
    dane.name = a.name;
    dane.tlsa.clear();
    dane.dnsError.clear();
    dane.unknown.clear();
    if (a.outcome == DnsOutcome::Refused && a.fromZoneFile()) {
        dane.unknown = a.error; // offline: the name is in no loaded zone
        return;
    }
    if (dnsOutcomeIsFailure(a.outcome) && a.outcome != DnsOutcome::Cancelled) {
        dane.dnsError = a.error.isEmpty() ? dnsOutcomeDescription(a.outcome) : a.error;
        return;
    }
    for (const DnsRecord& r : a.records) {
        if (r.type != DnsRecordType::TLSA)
            continue;
        DaneResult::Tlsa t;
        t.rdata = r.rdata;
        auto parsed = TlsaRecord::parse(r.rdata);
        if (parsed) {
            t.record = *parsed;
            t.rdata = parsed->toString(); // one spelling (lower-case hex) whatever the server printed
        } else {
            t.error = parsed.error();
        }
        dane.tlsa << t;
    }
}

void DaneChecker::collect(QList<TransportResult::MxHost>& hosts) {
    for (qsizetype i = 0; i < hosts.size() && i < m_lookups.size(); ++i) {
        TransportResult::MxHost& h = hosts[i];
        DaneResult& d = h.dane;
        if (h.ipLiteral || !m_lookups[i].isValid())
            continue;
        // RFC 7672 §2.2.2: when the MX host is an alias and the alias is secure, the TLSA base
        // domain is the alias target first, then the MX host name itself.
        if (!h.cnameTarget.isEmpty() && status(h.host, DnsRecordType::A).state == DnssecState::Secure) {
            const QString target = tlsaName(h.cnameTarget);
            d.namesAsked << target;
            fill(d, m_session.lookupNow(target, DnsRecordType::TLSA));
            if (d.published()) {
                d.dnssec = status(target, DnsRecordType::TLSA);
                continue;
            }
        }
        d.namesAsked << tlsaName(h.host);
        fill(d, m_lookups[i].result());
        d.name = tlsaName(h.host);
        if (d.published())
            d.dnssec = status(d.name, DnsRecordType::TLSA);
        else
            d.dnssec = {DnssecState::Indeterminate,
                        !d.dnsError.isEmpty()  ? d.dnsError
                        : !d.unknown.isEmpty() ? d.unknown
                                               : u"no TLSA records: nothing to validate"_s,
                        {}};
    }
}

void DaneChecker::evaluate(const QString& domain, TransportResult::MxHost& h, const SmtpProbeResult* probe,
                           QList<Finding>& findings) {
    DaneResult& d = h.dane;
    if (!d.published())
        return;
    const bool bogus = d.dnssec.state == DnssecState::Bogus;
    const bool ignored = bogus || d.dnssec.state == DnssecState::Insecure;
    const QStringList records = recordEvidence(d);
    if (ignored)
        findings << make(
            u"DANE-TLSA-INSECURE"_s, domain,
            bogus ? u"The TLSA records of %1 (%2) are DNSSEC-bogus: %3. Validating senders cannot use %1 "
                    "and defer mail to it."_s.arg(h.host, d.name, d.dnssec.reason)
                  : u"The TLSA records of %1 (%2) are not DNSSEC-signed (%3): senders ignore them and use "
                    "opportunistic TLS, as if %1 published no TLSA."_s.arg(
                        h.host, d.name, d.dnssec.reason.isEmpty() ? u"insecure"_s : d.dnssec.reason),
            records, bogus ? std::optional(Severity::Error) : std::nullopt);

    // Matching against the presented chain.
    using O = SmtpProbeResult::Outcome;
    if (!probe) {
        d.notMatched = u"not probed: the chain is matched only with --probe-smtp"_s;
    } else if (probe->outcome == O::Tls) {
        QList<QByteArray> chain;
        for (const CertificateInfo& c : probe->chain)
            chain << c.der;
        bool any = false;
        bool nameless = false;
        for (DaneResult::Tlsa& t : d.tlsa) {
            if (!t.usable())
                continue;
            t.matchedCertificate = DaneMatcher::match(*t.record, chain);
            // RFC 7672 §3.2.3: under DANE-TA the server's certificate must also name the MX host.
            if (t.matchedCertificate >= 0 && t.record->usage == TlsaRecord::DaneTa && !probe->nameMatches) {
                t.matchedCertificate = -1;
                nameless = true;
            }
            t.matches = t.matchedCertificate >= 0;
            any = any || *t.matches;
        }
        if (nameless && !any)
            d.notMatched =
                u"the CA of a DANE-TA(2) record is in the chain, but the server's certificate does not "
                "name %1 (RFC 7672 §3.2.3)"_s.arg(h.host);
        if (d.usableCount() > 0)
            d.matches = any;
        else
            d.notMatched = u"no record is usable for SMTP (RFC 7672 §3.1.3): DANE senders require TLS but "
                           "authenticate nothing"_s;
    } else if (probe->outcome == O::NotOffered || probe->outcome == O::TlsFailed) {
        if (d.usableCount() > 0)
            d.matches = false;
        d.notMatched =
            u"the server presented no certificate: %1"_s.arg(SmtpProbeResult::outcomeName(probe->outcome));
    } else {
        d.notMatched = u"the STARTTLS probe did not reach the server: %1"_s.arg(
            probe->error.isEmpty() ? SmtpProbeResult::outcomeName(probe->outcome) : probe->error);
    }

    if (!ignored && d.matches == false) {
        QStringList evidence = records;
        if (probe)
            evidence << chainEvidence(*probe);
        QStringList usable;
        for (const DaneResult::Tlsa& t : d.tlsa)
            if (t.usable())
                usable << t.rdata.left(80);
        const QString what =
            probe && probe->outcome == O::Tls
                ? u"none of its %1 usable TLSA record(s) (%2) matches the %3 certificate(s) it presented"_s
                          .arg(usable.size())
                          .arg(usable.join(u"; "_s))
                          .arg(probe->chain.size()) +
                      (d.notMatched.isEmpty() ? QString() : u" (%1)"_s.arg(d.notMatched))
                : u"it publishes %1 usable TLSA record(s) but presents no certificate (%2)"_s
                      .arg(usable.size())
                      .arg(d.notMatched);
        const QString unvalidated = d.dnssec.state == DnssecState::Indeterminate
                                        ? u" (DNSSEC was not validated here; this applies once the records "
                                          "validate as secure)"_s
                                        : QString();
        findings << make(u"DANE-TLSA-MISMATCH"_s, domain,
                         u"%1: %2. DANE senders refuse to deliver to it%3."_s.arg(h.host, what, unvalidated),
                         evidence);
    }

    if (!ignored && d.matches != false && d.usableCount() == 1) {
        const auto single =
            std::find_if(d.tlsa.cbegin(), d.tlsa.cend(), [](const auto& t) { return t.usable(); });
        if (single->record->usage == TlsaRecord::DaneEe) {
            QStringList evidence = records;
            if (probe && probe->outcome == O::Tls)
                evidence << chainEvidence(*probe).mid(0, 1);
            findings << make(
                u"DANE-SINGLE-RECORD"_s, domain,
                u"%1 has a single usable TLSA record, %2 (%3)%4: the next certificate renewal with a new "
                "key breaks delivery from DANE senders."_s.arg(
                    h.host, single->rdata.left(80), single->meaning(),
                    single->matches == true ? u", which matches the current certificate"_s : QString()),
                evidence);
        }
    }
}
