#pragma once
// DNSSEC validation of (name, type) from a set of trust anchors, every question asked through the
// audit's DnsSession (the query log holds them, the cache shares them, --resolver/--zone apply):
// the chain is walked from the closest anchor down. For each name below the anchored zone a DS
// question finds the zone cuts: a signed DS RRset is a secure delegation (the child's DNSKEY set
// must match it and be signed by the matching key); a proven NODATA whose NSEC/NSEC3 shows NS
// without SOA is the end of the chain (Insecure); a proven NODATA elsewhere is no cut. Then the
// RRSIG over the answer RRset (DnsAnswer::signatures), or for NXDOMAIN/NODATA the NSEC/NSEC3
// denial in DnsAnswer::authority (zone files: the zone's own NSEC/NSEC3 records).
//
// Thread-safe: called from several check-pool threads. Validated zone keys, zone cuts and results
// are cached (two threads may compute the same thing once each; the result is the same).
// The AD bit of answers is recorded, never trusted. The crypto is ldns's (DnssecCrypto).
//
// A wildcard-expanded positive answer needs, beside its RRSIG, the signed NSEC/NSEC3 proof that
// no closer name exists (RFC 4035 §5.3.4, RFC 5155 §8.8). A DS set with only algorithms or
// digests this build cannot use ends the chain as insecure (RFC 4035 §5.2).

#include "DnssecSigningIssue.h"
#include "DnssecValidation.h"
#include "TrustAnchorSet.h"
#include "dns/DnsAnswer.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <optional>

class DnsSession;

class DnssecValidator {
public:
    DnssecValidator(DnsSession& session, TrustAnchorSet anchors);

    // The status of (name, type): blocking, for check-pool threads and the CLI.
    DnssecStatus status(const QString& name, DnsRecordType type) { return validate(name, type).status; }
    // The same with the chain walked and the AD bit.
    DnssecValidation validate(const QString& name, DnsRecordType type);
    // For checks that take a DnssecLookup (DANE): calls status() on this validator, which must
    // outlive the function.
    DnssecLookup lookup() {
        return [this](const QString& name, DnsRecordType type) { return status(name, type); };
    }

    const TrustAnchorSet& anchors() const { return m_anchors; }
    // Validation time (default: now); signatures are checked against it, "expiring" is 7 days after.
    void setNow(const QDateTime& now) { m_now = now; }
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    // The signing-health observations made so far (on signatures that verified), without duplicates.
    QList<DnssecSigningIssue> signingIssues() const;
    // The zones whose keys were validated as Secure so far.
    QStringList secureZones() const;

private:
    struct ZoneKeys {
        DnssecState state = DnssecState::Indeterminate;
        QString zone;
        QString reason;
        QString chainEnd;
        QList<DnsRecord> keys;
        QList<DnssecValidation::Link> chain;
    };
    enum class CutKind { NotACut, Secure, Insecure, NoName, Failed };
    struct Cut {
        CutKind kind = CutKind::Failed;
        DnssecState failState = DnssecState::Indeterminate;
        QString reason;
        ZoneKeys child; // Secure: the child's validated keys
    };

    ZoneKeys anchorKeys(const QString& zone);
    // The zone holding `owner` and its keys, walked down from the closest anchor. signer: the
    // signer name of the RRSIGs over the answer (or its denial), when it is owner or an ancestor:
    // the walk then stops there instead of probing every name below it for a zone cut.
    ZoneKeys zoneOf(const QString& owner, const std::optional<QString>& signer = std::nullopt);
    Cut cutAt(const QString& child, const ZoneKeys& parent);
    ZoneKeys childKeys(const QString& child, const QList<DnsRecord>& ds, const ZoneKeys& parent);
    DnssecStatus verifyAnswer(const DnsAnswer& answer, QList<DnssecValidation::Link>* chain);
    DnssecStatus verifyRrset(const QList<DnsRecord>& rrset, const DnsAnswer& answer,
                             QList<DnssecValidation::Link>* chain);
    QList<DnsRecord> denialRecords(const DnsAnswer& answer, const QString& zone) const;
    void noteSignatures(const QList<DnsRecord>& signatures, const QString& what);
    void noteKeys(const QString& zone, const QList<DnsRecord>& keys);
    void noteIssue(const DnssecSigningIssue& issue);

    DnsSession& m_session;
    TrustAnchorSet m_anchors;
    QDateTime m_now;
    mutable QMutex m_mutex;
    QHash<QString, ZoneKeys> m_zoneKeys;
    QHash<QString, Cut> m_cuts;
    QHash<QString, DnssecValidation> m_results; // "name/TYPE"
    QHash<QString, DnssecSigningIssue> m_issues;
};
