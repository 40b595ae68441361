#include "DnssecCheck.h"

#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QSet>

namespace {
bool inside(const QString& name, const QString& zone) {
    return zone.isEmpty() || name == zone ||
           (name.endsWith(zone) && name.size() > zone.size() &&
            name.at(name.size() - zone.size() - 1) == QLatin1Char('.'));
}

QString shown(const QString& zone) {
    return zone.isEmpty() ? QStringLiteral(".") : zone;
}

QStringList fixedNames(const QString& domain) {
    return {domain, QStringLiteral("_dmarc.") + domain, QStringLiteral("_mta-sts.") + domain,
            QStringLiteral("_smtp._tls.") + domain, QStringLiteral("default._bimi.") + domain};
}
} // namespace

DnssecCheck::DnssecCheck(DnsSession& session, DnssecValidator& validator)
    : m_session(session)
    , m_validator(validator) {}

QList<DnssecCheck::Name> DnssecCheck::mailNames(DnsSession& session, const QString& domain,
                                                const QStringList& selectors) {
    QList<Name> names{{domain, DnsRecordType::TXT},
                      {domain, DnsRecordType::MX},
                      {QStringLiteral("_dmarc.") + domain, DnsRecordType::TXT},
                      {QStringLiteral("_mta-sts.") + domain, DnsRecordType::TXT},
                      {QStringLiteral("_smtp._tls.") + domain, DnsRecordType::TXT}};
    for (const QString& s : selectors)
        names << Name{s + QStringLiteral("._domainkey.") + domain, DnsRecordType::TXT};
    const DnsAnswer mx = session.lookupNow(domain, DnsRecordType::MX);
    for (const DnsRecord& r : mx.records)
        if (!r.target.isEmpty() && names.size() < MaxNames - 1) {
            names << Name{r.target, DnsRecordType::A};
            names << Name{r.target, DnsRecordType::AAAA};
        }
    return names;
}

QList<DnssecCheck::Name> DnssecCheck::namesFromLog(const QList<QueryLogEntry>& entries,
                                                   const QString& domain) {
    const QStringList fixed = fixedNames(domain);
    QList<Name> out;
    for (const QueryLogEntry& e : entries) {
        const DnsAnswer& a = e.answer;
        // The validator's own questions (DS, DNSKEY) and zone data are not what the audit relied on.
        if (a.type == DnsRecordType::DS || a.type == DnsRecordType::DNSKEY || a.type == DnsRecordType::RRSIG)
            continue;
        const bool positive = a.outcome == DnsOutcome::Answer;
        const bool denial =
            (a.outcome == DnsOutcome::NoData || a.outcome == DnsOutcome::NxDomain) && fixed.contains(a.name);
        const Name n{a.name, a.type};
        if ((positive || denial) && !out.contains(n))
            out << n;
    }
    return out;
}

DnssecResult DnssecCheck::run(const QString& domain, const QList<Name>& names,
                              const QStringList& unsignedZoneFiles) {
    DnssecResult r;
    r.domain = domain;
    r.trustAnchor = m_validator.anchors().toJson();
    r.unsignedZoneFiles = unsignedZoneFiles;
    QList<Name> todo = names;
    if (todo.size() > MaxNames) {
        r.skipped = static_cast<int>(todo.size() - MaxNames);
        todo.resize(MaxNames);
    }
    for (const Name& n : todo) {
        // The closest unsigned zone file holding the name, when no anchor covers it.
        QString unsignedZone, closest;
        for (const QString& z : unsignedZoneFiles) {
            const QString zone = z == QLatin1String(".") ? QString() : z;
            if (inside(n.name, zone) && (unsignedZone.isEmpty() || zone.size() > closest.size())) {
                unsignedZone = z;
                closest = zone;
            }
        }
        if (m_validator.anchors().closestZone(n.name))
            unsignedZone.clear();
        if (!unsignedZone.isEmpty()) {
            const DnsAnswer a = m_session.lookupNow(n.name, n.type);
            DnssecValidation v;
            v.name = n.name;
            v.type = n.type;
            v.outcome = dnsOutcomeName(a.outcome);
            v.ad = a.authenticated;
            v.status = {
                DnssecState::Insecure,
                QStringLiteral("the zone file %1 is not signed (no DNSKEY at its apex)").arg(unsignedZone),
                unsignedZone};
            v.chain << DnssecValidation::Link{unsignedZone, DnssecState::Insecure, v.status.reason};
            r.names << v;
            continue;
        }
        r.names << m_validator.validate(n.name, n.type);
    }

    // The domain's own zones: where its own names are signed, and every zone at or below it.
    QSet<QString> own;
    for (const DnssecValidation& v : std::as_const(r.names))
        if (v.name == domain && !v.chain.isEmpty())
            own.insert(v.chain.last().zone);
    for (const DnssecSigningIssue& i : m_validator.signingIssues())
        if (own.contains(i.zone) || inside(i.zone, domain))
            r.signingIssues << i;

    // One DNSSEC-BOGUS per distinct reason (a broken DS makes every name of the zone bogus for the
    // same reason), naming the names it hits; one DNSSEC-UNSIGNED for the names without a chain.
    QStringList bogusReasons;
    QHash<QString, QStringList> bogusNames, bogusChains;
    QStringList insecure;
    QSet<QString> ends;
    for (const DnssecValidation& v : std::as_const(r.names)) {
        const QString what = QStringLiteral("%1 %2").arg(v.name, dnsRecordTypeName(v.type));
        if (v.status.state == DnssecState::Bogus) {
            if (!bogusReasons.contains(v.status.reason)) {
                bogusReasons << v.status.reason;
                for (const DnssecValidation::Link& l : v.chain)
                    bogusChains[v.status.reason] << QStringLiteral("chain: %1 %2 (%3)")
                                                        .arg(shown(l.zone), dnssecStateName(l.state), l.note);
            }
            bogusNames[v.status.reason] << what;
        } else if (v.status.state == DnssecState::Insecure) {
            insecure << QStringLiteral("%1: %2").arg(what, v.status.reason);
            ends.insert(shown(v.status.chainEnd));
        }
    }
    for (const QString& reason : std::as_const(bogusReasons)) {
        const QStringList hit = bogusNames.value(reason);
        r.findings << FindingCatalogue::make(
            u"DNSSEC-BOGUS",
            hit.size() == 1
                ? QStringLiteral("%1 is bogus: %2").arg(hit.first(), reason)
                : QStringLiteral("%1 names are bogus (%2, …): %3").arg(hit.size()).arg(hit.first(), reason),
            hit + bogusChains.value(reason));
    }
    if (!insecure.isEmpty()) {
        QStringList endList = ends.values();
        endList.sort();
        r.findings << FindingCatalogue::make(
            u"DNSSEC-UNSIGNED",
            QStringLiteral("%1 of %2 names checked are not signed: the chain of trust ends at %3.")
                .arg(insecure.size())
                .arg(r.names.size())
                .arg(endList.join(QStringLiteral(", "))),
            insecure);
    }
    QHash<DnssecSigningIssue::Kind, QStringList> byKind;
    QDateTime firstExpiry;
    QSet<QString> expiringZones;
    for (const DnssecSigningIssue& i : std::as_const(r.signingIssues)) {
        byKind[i.kind] << i.detail;
        if (i.kind == DnssecSigningIssue::Kind::RrsigExpiring) {
            expiringZones.insert(shown(i.zone));
            if (!firstExpiry.isValid() || i.when < firstExpiry)
                firstExpiry = i.when;
        }
    }
    if (const QStringList d = byKind.value(DnssecSigningIssue::Kind::RrsigExpiring); !d.isEmpty()) {
        QStringList zones = expiringZones.values();
        zones.sort();
        r.findings << FindingCatalogue::make(
            u"DNSSEC-RRSIG-EXPIRING",
            QStringLiteral("%1 signature(s) of %2 expire within 7 days, the first on %3.")
                .arg(d.size())
                .arg(zones.join(QStringLiteral(", ")),
                     firstExpiry.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
            d);
    }
    if (const QStringList d = byKind.value(DnssecSigningIssue::Kind::AlgorithmDeprecated); !d.isEmpty())
        r.findings << FindingCatalogue::make(u"DNSSEC-ALGORITHM-DEPRECATED", d.join(QStringLiteral("; ")), d);
    if (const QStringList d = byKind.value(DnssecSigningIssue::Kind::Nsec3Iterations); !d.isEmpty())
        r.findings << FindingCatalogue::make(u"DNSSEC-NSEC3-ITERATIONS", d.join(QStringLiteral("; ")), d);
    for (Finding& f : r.findings) {
        f.area = QStringLiteral("dnssec");
        f.domain = domain;
    }
    return r;
}
