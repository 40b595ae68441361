#include "DnssecValidator.h"

#include "DnssecCrypto.h"
#include "DnssecSignature.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QJsonArray>
#include <QMutexLocker>

namespace {
QString shown(const QString& zone) {
    return zone.isEmpty() ? QStringLiteral(".") : zone;
}

// The names from just below `zone` down to `owner`: ("test", "secure.test") for owner
// secure.test under the root.
QStringList namesBelow(const QString& zone, const QString& owner) {
    QStringList out;
    QString n = owner;
    while (n != zone && !n.isEmpty()) {
        out.prepend(n);
        const qsizetype dot = n.indexOf(QLatin1Char('.'));
        n = dot < 0 ? QString() : n.mid(dot + 1);
    }
    return out;
}

bool answered(DnsOutcome o) {
    return o == DnsOutcome::Answer || o == DnsOutcome::NoData || o == DnsOutcome::NxDomain;
}

QString failure(const QString& what, const DnsAnswer& a) {
    QString text = QStringLiteral("the %1 query for %2 failed: %3")
                       .arg(what, shown(a.name), dnsOutcomeDescription(a.outcome));
    if (!a.error.isEmpty())
        text += QStringLiteral(" (%1)").arg(a.error);
    return text;
}

bool isInside(const QString& name, const QString& zone) {
    return zone.isEmpty() || name == zone ||
           (name.endsWith(zone) && name.size() > zone.size() &&
            name.at(name.size() - zone.size() - 1) == QLatin1Char('.'));
}

// The signer of the RRSIGs over (owner, type) in `records`, or over the denial records (type
// NSEC, NSEC3 or SOA: pass nullopt), if any.
std::optional<QString> signerOf(const QList<DnsRecord>& records, const QString& owner,
                                std::optional<DnsRecordType> type) {
    for (const DnsRecord& r : records) {
        const auto sig = DnssecSignature::parse(r);
        if (!sig)
            continue;
        if (type ? (sig->typeCovered == *type && r.name == owner)
                 : (sig->typeCovered == DnsRecordType::NSEC || sig->typeCovered == DnsRecordType::NSEC3 ||
                    sig->typeCovered == DnsRecordType::SOA))
            return sig->signer;
    }
    return std::nullopt;
}

QString anchoredZones(const TrustAnchorSet& anchors) {
    QStringList zones;
    for (const QString& z : anchors.zones())
        zones << shown(z);
    return zones.join(QStringLiteral(", "));
}

// The DNAME that `cname` was synthesised from (RFC 6672 §2.2: owner below the DNAME's owner,
// target the same name with that suffix replaced by the DNAME's target), or nullptr. Servers
// never sign a synthesised CNAME: the DNAME's signature is what proves it (RFC 4035 §3.2.3).
const DnsRecord* synthesisedBy(const DnsRecord& cname, const QList<DnsRecord>& dnames) {
    const QString owner = cname.name.toLower();
    for (const DnsRecord& d : dnames) {
        const QString from = d.name.toLower();
        if (owner == from || !isInside(owner, from))
            continue;
        const QString prefix = from.isEmpty() ? owner : owner.left(owner.size() - from.size() - 1);
        const QString to = d.target.toLower();
        const QString expected = to.isEmpty() ? prefix : prefix + QLatin1Char('.') + to;
        if (expected == cname.target.toLower())
            return &d;
    }
    return nullptr;
}

int rank(DnssecState s) {
    switch (s) {
    case DnssecState::Secure:
        return 0;
    case DnssecState::Insecure:
        return 1;
    case DnssecState::Indeterminate:
        return 2;
    case DnssecState::Bogus:
        return 3;
    }
    return 2;
}
} // namespace

QJsonObject DnssecValidation::toJson() const {
    QJsonArray links;
    for (const Link& l : chain)
        links.append(QJsonObject{{QStringLiteral("zone"), shown(l.zone)},
                                 {QStringLiteral("status"), dnssecStateName(l.state)},
                                 {QStringLiteral("note"), l.note}});
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), dnsRecordTypeName(type)},
                  {QStringLiteral("status"), dnssecStateName(status.state)},
                  {QStringLiteral("reason"), status.reason},
                  {QStringLiteral("ad"), ad},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("chain"), links}};
    if (!status.chainEnd.isNull())
        o.insert(QStringLiteral("chainEnd"), shown(status.chainEnd));
    return o;
}

DnssecValidator::DnssecValidator(DnsSession& session, TrustAnchorSet anchors)
    : m_session(session)
    , m_anchors(std::move(anchors)) {}

QList<DnssecSigningIssue> DnssecValidator::signingIssues() const {
    QMutexLocker lock(&m_mutex);
    QList<DnssecSigningIssue> out = m_issues.values();
    std::sort(out.begin(), out.end(), [](const DnssecSigningIssue& a, const DnssecSigningIssue& b) {
        return std::tie(a.kind, a.zone, a.subject) < std::tie(b.kind, b.zone, b.subject);
    });
    return out;
}

QStringList DnssecValidator::secureZones() const {
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const ZoneKeys& z : m_zoneKeys)
        if (z.state == DnssecState::Secure)
            out << z.zone;
    for (const Cut& c : m_cuts)
        if (c.kind == CutKind::Secure && !out.contains(c.child.zone))
            out << c.child.zone;
    out.sort();
    return out;
}

void DnssecValidator::noteIssue(const DnssecSigningIssue& issue) {
    const QString key =
        QStringLiteral("%1|%2|%3").arg(static_cast<int>(issue.kind)).arg(issue.zone, issue.subject);
    QMutexLocker lock(&m_mutex);
    m_issues.insert(key, issue);
}

void DnssecValidator::noteSignatures(const QList<DnsRecord>& signatures, const QString& what) {
    const QDateTime t = now();
    for (const DnsRecord& r : signatures) {
        const auto sig = DnssecSignature::parse(r);
        if (!sig)
            continue;
        if (sig->expiration > t && sig->expiration <= t.addDays(7)) {
            DnssecSigningIssue i;
            i.kind = DnssecSigningIssue::Kind::RrsigExpiring;
            i.zone = sig->signer;
            i.subject = what;
            i.when = sig->expiration;
            i.detail = QStringLiteral("the RRSIG over %1 (key tag %2) expires on %3")
                           .arg(what)
                           .arg(sig->keyTag)
                           .arg(sig->expiration.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            noteIssue(i);
        }
        if (DnssecSignature::algorithmDeprecated(sig->algorithm)) {
            DnssecSigningIssue i;
            i.kind = DnssecSigningIssue::Kind::AlgorithmDeprecated;
            i.zone = sig->signer;
            i.subject = DnssecSignature::algorithmName(sig->algorithm);
            i.value = sig->algorithm;
            i.detail = QStringLiteral("%1 is signed with %2 (the RRSIG over %3)")
                           .arg(shown(sig->signer), DnssecSignature::algorithmName(sig->algorithm), what);
            noteIssue(i);
        }
    }
}

void DnssecValidator::noteKeys(const QString& zone, const QList<DnsRecord>& keys) {
    for (const DnsRecord& k : keys) {
        const int algorithm = DnssecCrypto::keyAlgorithm(k);
        if (!DnssecSignature::algorithmDeprecated(algorithm))
            continue;
        DnssecSigningIssue i;
        i.kind = DnssecSigningIssue::Kind::AlgorithmDeprecated;
        i.zone = zone;
        i.subject = DnssecSignature::algorithmName(algorithm);
        i.value = algorithm;
        i.detail = QStringLiteral("the DNSKEY of %1 with key tag %2 uses %3")
                       .arg(shown(zone))
                       .arg(DnssecCrypto::keyTag(k))
                       .arg(DnssecSignature::algorithmName(algorithm));
        noteIssue(i);
    }
}

DnssecValidator::ZoneKeys DnssecValidator::anchorKeys(const QString& zone) {
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_zoneKeys.constFind(zone); it != m_zoneKeys.constEnd())
            return *it;
    }
    ZoneKeys z;
    z.zone = zone;
    const DnsAnswer a = m_session.lookupNow(shown(zone), DnsRecordType::DNSKEY);
    QList<DnsRecord> trusted;
    QList<DnsRecord> ds;
    for (const TrustAnchor& t : m_anchors.forZone(zone)) {
        if (t.record.type == DnsRecordType::DS)
            ds << t.record;
        else
            trusted << t.record;
    }
    if (!answered(a.outcome)) {
        z.reason = failure(QStringLiteral("DNSKEY"), a);
    } else if (a.outcome != DnsOutcome::Answer) {
        z.state = DnssecState::Bogus;
        z.reason = QStringLiteral("the trust anchor's zone %1 publishes no DNSKEY").arg(shown(zone));
    } else {
        DnssecCrypto::Verdict match{true, {}, {}};
        if (!ds.isEmpty()) {
            QList<DnsRecord> matched;
            match = DnssecCrypto::matchDs(ds, a.records, zone, &matched);
            trusted += matched;
        }
        const DnssecCrypto::Verdict v =
            trusted.isEmpty() ? match
                              : DnssecCrypto::verifyRrset(a.records, a.signatures, trusted, zone, now(),
                                                          QStringLiteral("%1 DNSKEY").arg(shown(zone)));
        if (!v.ok) {
            z.state = DnssecState::Bogus;
            z.reason = QStringLiteral("the DNSKEY set of %1 does not match the trust anchor: %2")
                           .arg(shown(zone), v.reason);
        } else {
            z.state = DnssecState::Secure;
            z.keys = a.records;
            noteKeys(zone, a.records);
            noteSignatures(v.usedSignatures, QStringLiteral("%1 DNSKEY").arg(shown(zone)));
        }
    }
    z.chain << DnssecValidation::Link{zone, z.state,
                                      z.state == DnssecState::Secure
                                          ? QStringLiteral("trust anchor (%1)").arg(m_anchors.source())
                                          : z.reason};
    QMutexLocker lock(&m_mutex);
    m_zoneKeys.insert(zone, z);
    return z;
}

DnssecValidator::ZoneKeys DnssecValidator::childKeys(const QString& child, const QList<DnsRecord>& ds,
                                                     const ZoneKeys& parent) {
    ZoneKeys z;
    z.zone = child;
    z.chain = parent.chain;
    const DnsAnswer a = m_session.lookupNow(child, DnsRecordType::DNSKEY);
    QList<DnsRecord> matched;
    if (!answered(a.outcome)) {
        z.reason = failure(QStringLiteral("DNSKEY"), a);
    } else if (a.outcome != DnsOutcome::Answer) {
        z.state = DnssecState::Bogus;
        z.reason =
            QStringLiteral("%1 has a DS record at %2 but publishes no DNSKEY").arg(child, shown(parent.zone));
    } else if (const auto m = DnssecCrypto::matchDs(ds, a.records, child, &matched); !m.ok) {
        z.state = DnssecState::Bogus;
        z.reason = m.reason;
    } else if (const auto v = DnssecCrypto::verifyRrset(a.records, a.signatures, matched, child, now(),
                                                        QStringLiteral("%1 DNSKEY").arg(child));
               !v.ok) {
        z.state = DnssecState::Bogus;
        z.reason = QStringLiteral("the DNSKEY set of %1 is not signed by the key its DS names: %2")
                       .arg(child, v.reason);
    } else {
        z.state = DnssecState::Secure;
        z.keys = a.records;
        noteKeys(child, a.records);
        noteSignatures(v.usedSignatures, QStringLiteral("%1 DNSKEY").arg(child));
    }
    QStringList tags;
    for (const DnsRecord& k : matched)
        tags << QString::number(DnssecCrypto::keyTag(k));
    z.chain << DnssecValidation::Link{child, z.state,
                                      z.state == DnssecState::Secure
                                          ? QStringLiteral("DS at %1 matches key tag %2")
                                                .arg(shown(parent.zone), tags.join(QStringLiteral(", ")))
                                          : z.reason};
    return z;
}

QList<DnsRecord> DnssecValidator::denialRecords(const DnsAnswer& answer, const QString& zone) const {
    if (!answer.fromZoneFile())
        return answer.authority;
    // Zone files answer without an authority section: the zone's own NSEC/NSEC3 chain stands in
    // (ldns picks the matching and covering records from it).
    QList<DnsRecord> out;
    const auto zones = std::dynamic_pointer_cast<ZoneResolver>(m_session.resolver());
    if (!zones)
        return answer.authority;
    for (const ZoneResolver::Zone& z : zones->zones()) {
        if (z.origin != zone)
            continue;
        for (const QList<DnsRecord>& owned : z.records)
            for (const DnsRecord& r : owned) {
                if (r.type == DnsRecordType::NSEC || r.type == DnsRecordType::NSEC3) {
                    out << r;
                } else if (r.type == DnsRecordType::RRSIG) {
                    const QString covered = r.rdata.section(QLatin1Char(' '), 0, 0);
                    if (covered == QLatin1String("NSEC") || covered == QLatin1String("NSEC3"))
                        out << r;
                }
            }
    }
    return out;
}

DnssecValidator::Cut DnssecValidator::cutAt(const QString& child, const ZoneKeys& parent) {
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_cuts.constFind(child); it != m_cuts.constEnd())
            return *it;
    }
    Cut c;
    const DnsAnswer ds = m_session.lookupNow(child, DnsRecordType::DS);
    if (!answered(ds.outcome)) {
        c.reason = failure(QStringLiteral("DS"), ds);
    } else if (ds.outcome == DnsOutcome::Answer) {
        const auto v = DnssecCrypto::verifyRrset(ds.records, ds.signatures, parent.keys, parent.zone, now(),
                                                 QStringLiteral("%1 DS").arg(child));
        if (!v.ok) {
            c.failState = DnssecState::Bogus;
            c.reason = v.reason;
        } else {
            noteSignatures(v.usedSignatures, QStringLiteral("%1 DS").arg(child));
            // Only the DS records this validator can use form an authentication path.
            QList<DnsRecord> usable;
            QStringList unusable;
            for (const DnsRecord& d : ds.records) {
                const QStringList f = d.rdata.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                const int algorithm = f.value(1).toInt();
                const int digest = f.value(2).toInt();
                if (DnssecCrypto::algorithmSupported(algorithm) && DnssecCrypto::digestSupported(digest)) {
                    usable << d;
                    continue;
                }
                unusable << (DnssecCrypto::algorithmSupported(algorithm)
                                 ? QStringLiteral("key tag %1: digest type %2").arg(f.value(0)).arg(digest)
                                 : QStringLiteral("key tag %1: %2")
                                       .arg(f.value(0), DnssecSignature::algorithmName(algorithm)));
                if (DnssecSignature::algorithmDeprecated(algorithm)) {
                    DnssecSigningIssue i;
                    i.kind = DnssecSigningIssue::Kind::AlgorithmDeprecated;
                    i.zone = child;
                    i.subject = DnssecSignature::algorithmName(algorithm);
                    i.value = algorithm;
                    i.detail = QStringLiteral("the DS of %1 at %2 uses %3")
                                   .arg(child, shown(parent.zone), DnssecSignature::algorithmName(algorithm));
                    noteIssue(i);
                }
            }
            if (usable.isEmpty()) {
                c.kind = CutKind::Insecure;
                c.reason =
                    QStringLiteral("the DS records of %1 at %2 use only algorithms or digest types that "
                                   "cannot be validated (%3): treated as unsigned (RFC 4035 §5.2, "
                                   "RFC 6840 §5.2)")
                        .arg(child, shown(parent.zone), unusable.join(QStringLiteral("; ")));
            } else {
                c.child = childKeys(child, usable, parent);
                c.kind = c.child.state == DnssecState::Secure ? CutKind::Secure : CutKind::Failed;
                c.failState = c.child.state;
                c.reason = c.child.reason;
            }
        }
    } else {
        QString soaOwner;
        for (const DnsRecord& r : ds.authority)
            if (r.type == DnsRecordType::SOA)
                soaOwner = r.name;
        if (!ds.fromZoneFile() && soaOwner == child) {
            c.reason = QStringLiteral("the DS question for %1 was answered by the zone %1 itself, not by its "
                                      "parent %2: the server asked does not serve the parent zone (use a "
                                      "recursive resolver)")
                           .arg(child, shown(parent.zone));
        } else {
            const DnssecCrypto::Denial d =
                DnssecCrypto::verifyDenial(child, DnsRecordType::DS, ds.outcome,
                                           denialRecords(ds, parent.zone), parent.keys, parent.zone, now());
            if (!d.verdict.ok) {
                c.failState = DnssecState::Bogus;
                c.reason = d.verdict.reason;
            } else {
                noteSignatures(d.usedSignatures, QStringLiteral("%1 NSEC").arg(child));
                if (d.nsec3Iterations > 0) {
                    DnssecSigningIssue i;
                    i.kind = DnssecSigningIssue::Kind::Nsec3Iterations;
                    i.zone = parent.zone;
                    i.subject = QStringLiteral("NSEC3");
                    i.value = d.nsec3Iterations;
                    i.detail = QStringLiteral("the NSEC3 records of %1 use %2 additional iterations")
                                   .arg(shown(parent.zone))
                                   .arg(d.nsec3Iterations);
                    noteIssue(i);
                }
                if (ds.outcome == DnsOutcome::NxDomain)
                    c.kind = CutKind::NoName;
                else if (d.delegationWithoutDs || d.optOut)
                    c.kind = CutKind::Insecure;
                else
                    c.kind = CutKind::NotACut;
                c.reason =
                    d.optOut && !d.delegationWithoutDs
                        ? QStringLiteral("no DS at %1 for %2 (NSEC3 opt-out): the delegation is unsigned")
                              .arg(shown(parent.zone), child)
                        : QStringLiteral("no DS at %1 for %2: the delegation is unsigned")
                              .arg(shown(parent.zone), child);
            }
        }
    }
    QMutexLocker lock(&m_mutex);
    m_cuts.insert(child, c);
    return c;
}

DnssecValidator::ZoneKeys DnssecValidator::zoneOf(const QString& name, const std::optional<QString>& signer) {
    const QString owner = signer && isInside(name, *signer) ? *signer : name;
    const auto anchor = m_anchors.closestZone(owner);
    if (!anchor) {
        ZoneKeys z;
        z.reason = m_anchors.isEmpty() ? QStringLiteral("no trust anchor: nothing can be validated")
                                       : QStringLiteral("no trust anchor covers %1 (anchored: %2)")
                                             .arg(shown(owner), anchoredZones(m_anchors));
        return z;
    }
    ZoneKeys current = anchorKeys(*anchor);
    if (current.state != DnssecState::Secure)
        return current;
    for (const QString& child : namesBelow(*anchor, owner)) {
        const Cut cut = cutAt(child, current);
        switch (cut.kind) {
        case CutKind::NotACut:
            continue;
        case CutKind::NoName:
            return current;
        case CutKind::Secure:
            current = cut.child;
            continue;
        case CutKind::Insecure:
            current.state = DnssecState::Insecure;
            current.reason = cut.reason;
            current.chainEnd = child;
            current.keys.clear();
            current.chain << DnssecValidation::Link{child, DnssecState::Insecure, cut.reason};
            return current;
        case CutKind::Failed:
            current.state = cut.failState;
            current.reason = cut.reason;
            current.keys.clear();
            if (cut.child.chain.isEmpty())
                current.chain << DnssecValidation::Link{child, cut.failState, cut.reason};
            else
                current.chain = cut.child.chain;
            return current;
        }
    }
    return current;
}

DnssecStatus DnssecValidator::verifyRrset(const QList<DnsRecord>& rrset, const DnsAnswer& answer,
                                          QList<DnssecValidation::Link>* chain) {
    const QString owner = rrset.first().name;
    const QString what = QStringLiteral("%1 %2").arg(shown(owner), dnsRecordTypeName(rrset.first().type));
    const ZoneKeys z = zoneOf(owner, signerOf(answer.signatures, owner, rrset.first().type));
    *chain = z.chain;
    if (z.state != DnssecState::Secure)
        return {z.state, z.reason, z.chainEnd};
    const auto v = DnssecCrypto::verifyRrset(rrset, answer.signatures, z.keys, z.zone, now(), what);
    if (!v.ok)
        return {DnssecState::Bogus, v.reason, {}};
    noteSignatures(v.usedSignatures, what);
    const auto sig = DnssecSignature::parse(v.usedSignatures.first());
    // A wildcard expansion (RRSIG labels below the owner's count; a literal "*" label does not
    // count, RFC 4034 §3.1.3) needs the proof that the name asked does not exist.
    QStringList labels = owner.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (!labels.isEmpty() && labels.first() == QLatin1String("*"))
        labels.removeFirst();
    if (sig && sig->labels < labels.size()) {
        const auto proof = DnssecCrypto::verifyWildcardAnswer(
            owner, sig->labels, denialRecords(answer, z.zone), z.keys, z.zone, now());
        if (!proof.ok)
            return {DnssecState::Bogus, proof.reason, {}};
        noteSignatures(proof.usedSignatures, QStringLiteral("%1 NSEC").arg(shown(owner)));
        return {DnssecState::Secure,
                QStringLiteral("%1 is signed by %2 (key tag %3), expanded from the wildcard *.%4 whose use "
                               "is proven by signed denial records")
                    .arg(what, shown(z.zone))
                    .arg(sig->keyTag)
                    .arg(labels.mid(labels.size() - sig->labels).join(QLatin1Char('.'))),
                {}};
    }
    return {
        DnssecState::Secure,
        QStringLiteral("%1 is signed by %2 (key tag %3)").arg(what, shown(z.zone)).arg(sig ? sig->keyTag : 0),
        {}};
}

DnssecStatus DnssecValidator::verifyAnswer(const DnsAnswer& a, QList<DnssecValidation::Link>* chain) {
    QList<DnssecStatus> parts;
    for (const DnsRecord& cname : a.cnames) {
        if (const DnsRecord* dname = synthesisedBy(cname, a.dnames)) {
            DnssecStatus s = verifyRrset({*dname}, a, chain);
            if (s.state == DnssecState::Secure)
                s.reason += QStringLiteral("; the CNAME %1 → %2 is synthesised from it (RFC 6672)")
                                .arg(cname.name, cname.target);
            parts << s;
        } else {
            parts << verifyRrset({cname}, a, chain);
        }
    }
    if (a.outcome == DnsOutcome::Answer) {
        parts << verifyRrset(a.records, a, chain);
    } else {
        const QString owner = a.finalName();
        const ZoneKeys z = zoneOf(owner, signerOf(a.authority, owner, std::nullopt));
        *chain = z.chain;
        if (z.state != DnssecState::Secure) {
            parts << DnssecStatus{z.state, z.reason, z.chainEnd};
        } else {
            const DnssecCrypto::Denial d = DnssecCrypto::verifyDenial(
                owner, a.type, a.outcome, denialRecords(a, z.zone), z.keys, z.zone, now());
            if (!d.verdict.ok) {
                parts << DnssecStatus{DnssecState::Bogus, d.verdict.reason, {}};
            } else {
                noteSignatures(d.usedSignatures, QStringLiteral("%1 NSEC").arg(shown(owner)));
                if (d.nsec3Iterations > 0) {
                    DnssecSigningIssue i;
                    i.kind = DnssecSigningIssue::Kind::Nsec3Iterations;
                    i.zone = z.zone;
                    i.subject = QStringLiteral("NSEC3");
                    i.value = d.nsec3Iterations;
                    i.detail = QStringLiteral("the NSEC3 records of %1 use %2 additional iterations")
                                   .arg(shown(z.zone))
                                   .arg(d.nsec3Iterations);
                    noteIssue(i);
                }
                parts << DnssecStatus{
                    DnssecState::Secure,
                    QStringLiteral("%1 proven by signed %2 records of %3")
                        .arg(a.outcome == DnsOutcome::NxDomain ? QStringLiteral("NXDOMAIN")
                                                               : QStringLiteral("NODATA"),
                             d.nsec3Iterations >= 0 ? QStringLiteral("NSEC3") : QStringLiteral("NSEC"),
                             shown(z.zone)),
                    {}};
            }
        }
    }
    DnssecStatus worst = parts.first();
    for (const DnssecStatus& s : parts)
        if (rank(s.state) > rank(worst.state))
            worst = s;
    return worst;
}

DnssecValidation DnssecValidator::validate(const QString& rawName, DnsRecordType type) {
    QString name = rawName.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QString key = name + QLatin1Char('/') + dnsRecordTypeName(type);
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_results.constFind(key); it != m_results.constEnd())
            return *it;
    }
    DnssecValidation r;
    r.name = name;
    r.type = type;
    const DnsAnswer a = m_session.lookupNow(name.isEmpty() ? QStringLiteral(".") : name, type);
    r.outcome = dnsOutcomeName(a.outcome);
    r.ad = a.authenticated;
    if (!answered(a.outcome))
        r.status = {DnssecState::Indeterminate, failure(dnsRecordTypeName(type), a), {}};
    else
        r.status = verifyAnswer(a, &r.chain);
    QMutexLocker lock(&m_mutex);
    m_results.insert(key, r);
    return r;
}
