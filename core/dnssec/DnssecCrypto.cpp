#include "DnssecCrypto.h"

#include "DnssecSignature.h"
#include "dns/LdnsRecordConverter.h"

#include <QSet>

#include <ldns/ldns.h>
#include <memory>

namespace {
struct RrDeleter {
    void operator()(ldns_rr* rr) const noexcept { ldns_rr_free(rr); }
};
using Rr = std::unique_ptr<ldns_rr, RrDeleter>;

// A list that owns its records (deep free) or only points at records owned elsewhere.
class RrList {
public:
    explicit RrList(bool owning = true)
        : m_list(ldns_rr_list_new())
        , m_owning(owning) {}
    ~RrList() { m_owning ? ldns_rr_list_deep_free(m_list) : ldns_rr_list_free(m_list); }
    RrList(const RrList&) = delete;
    RrList& operator=(const RrList&) = delete;
    ldns_rr_list* get() const { return m_list; }
    size_t size() const { return ldns_rr_list_rr_count(m_list); }
    ldns_rr* at(size_t i) const { return ldns_rr_list_rr(m_list, i); }
    bool push(ldns_rr* rr) { return ldns_rr_list_push_rr(m_list, rr); }

private:
    ldns_rr_list* m_list;
    bool m_owning;
};

QString zoneName(const QString& zone) {
    return zone.isEmpty() ? QStringLiteral(".") : zone;
}

// The record as ldns reads it back from "owner TTL IN TYPE rdata"; nullptr if it does not parse.
Rr toRr(const DnsRecord& r) {
    const QByteArray line = LdnsRecordConverter::presentationName(r.name) + ' ' + QByteArray::number(r.ttl) +
                            " IN " + dnsRecordTypeName(r.type).toLatin1() + ' ' + r.rdata.toUtf8();
    ldns_rr* raw = nullptr;
    if (ldns_rr_new_frm_str(&raw, line.constData(), r.ttl, nullptr, nullptr) != LDNS_STATUS_OK) {
        ldns_rr_free(raw);
        return {};
    }
    return Rr(raw);
}

// The authority section's denial records (NSEC, NSEC3) and the signatures beside them.
struct DenialRecords {
    QList<DnsRecord> nsec;
    QList<DnsRecord> nsec3;
    QList<DnsRecord> sigs;

    static DenialRecords from(const QList<DnsRecord>& authority) {
        DenialRecords d;
        for (const DnsRecord& r : authority) {
            if (r.type == DnsRecordType::NSEC)
                d.nsec << r;
            else if (r.type == DnsRecordType::NSEC3)
                d.nsec3 << r;
            else if (r.type == DnsRecordType::RRSIG)
                d.sigs << r;
        }
        return d;
    }
};

bool pushAll(RrList& list, const QList<DnsRecord>& records) {
    for (const DnsRecord& r : records) {
        Rr rr = toRr(r);
        if (!rr || !list.push(rr.get()))
            return false;
        rr.release();
    }
    return true;
}

QString utc(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString keyList(const QList<DnsRecord>& keys) {
    QStringList tags;
    for (const DnsRecord& k : keys)
        tags << QStringLiteral("%1 (%2)")
                    .arg(DnssecCrypto::keyTag(k))
                    .arg(DnssecSignature::algorithmName(DnssecCrypto::keyAlgorithm(k)));
    return tags.isEmpty() ? QStringLiteral("none") : tags.join(QStringLiteral(", "));
}

QString signatureFailure(ldns_status status, const DnssecSignature& sig, const QList<DnsRecord>& keys,
                         const QString& what) {
    const QString by = QStringLiteral("key tag %1, %2, signer %3")
                           .arg(sig.keyTag)
                           .arg(DnssecSignature::algorithmName(sig.algorithm), zoneName(sig.signer));
    switch (status) {
    case LDNS_STATUS_CRYPTO_SIG_EXPIRED:
        return QStringLiteral("the RRSIG over %1 expired on %2 (%3)").arg(what, utc(sig.expiration), by);
    case LDNS_STATUS_CRYPTO_SIG_NOT_INCEPTED:
        return QStringLiteral("the RRSIG over %1 is not valid before %2 (%3)")
            .arg(what, utc(sig.inception), by);
    case LDNS_STATUS_CRYPTO_EXPIRATION_BEFORE_INCEPTION:
        return QStringLiteral("the RRSIG over %1 expires (%2) before it begins (%3)")
            .arg(what, utc(sig.expiration), utc(sig.inception));
    case LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY:
        return QStringLiteral("the RRSIG over %1 was made with key tag %2 (%3), which no validated DNSKEY "
                              "of %4 has (its keys: %5)")
            .arg(what)
            .arg(sig.keyTag)
            .arg(DnssecSignature::algorithmName(sig.algorithm), zoneName(sig.signer), keyList(keys));
    case LDNS_STATUS_CRYPTO_BOGUS:
        return QStringLiteral("the RRSIG over %1 does not verify (%2): the records or the signature were "
                              "changed after signing")
            .arg(what, by);
    case LDNS_STATUS_CRYPTO_ALGO_NOT_IMPL:
    case LDNS_STATUS_CRYPTO_UNKNOWN_ALGO:
        return QStringLiteral("the RRSIG over %1 uses %2, which this build cannot verify")
            .arg(what, DnssecSignature::algorithmName(sig.algorithm));
    default:
        return QStringLiteral("the RRSIG over %1 does not verify (%2): %3")
            .arg(what, by, QString::fromLatin1(ldns_get_errorstr_by_id(status)));
    }
}
} // namespace

bool DnssecCrypto::parses(const DnsRecord& record) {
    return toRr(record) != nullptr;
}

quint16 DnssecCrypto::keyTag(const DnsRecord& dnskey) {
    Rr rr = toRr(dnskey);
    return rr ? ldns_calc_keytag(rr.get()) : 0;
}

int DnssecCrypto::keyAlgorithm(const DnsRecord& dnskey) {
    return dnskey.rdata.section(QLatin1Char(' '), 2, 2).toInt();
}

int DnssecCrypto::keyFlags(const DnsRecord& dnskey) {
    return dnskey.rdata.section(QLatin1Char(' '), 0, 0).toInt();
}

DnssecCrypto::Verdict DnssecCrypto::verifyRrset(const QList<DnsRecord>& records,
                                                const QList<DnsRecord>& signatures,
                                                const QList<DnsRecord>& keys, const QString& signer,
                                                const QDateTime& now, const QString& what) {
    Verdict v;
    if (records.isEmpty()) {
        v.reason = QStringLiteral("no records to verify for %1").arg(what);
        return v;
    }
    const DnsRecordType type = records.first().type;
    QList<std::pair<DnsRecord, DnssecSignature>> candidates;
    QStringList otherSigners;
    for (const DnsRecord& s : signatures) {
        const auto sig = DnssecSignature::parse(s);
        if (!sig || sig->typeCovered != type || s.name != records.first().name)
            continue;
        if (sig->signer != signer) {
            otherSigners << zoneName(sig->signer);
            continue;
        }
        candidates.append({s, *sig});
    }
    if (candidates.isEmpty()) {
        v.reason = otherSigners.isEmpty()
                       ? QStringLiteral("no RRSIG over %1, although the zone %2 is signed")
                             .arg(what, zoneName(signer))
                       : QStringLiteral("the RRSIG over %1 is by %2, not by its zone %3")
                             .arg(what, otherSigners.join(QStringLiteral(", ")), zoneName(signer));
        return v;
    }
    RrList rrset, keyset;
    if (!pushAll(rrset, records) || !pushAll(keyset, keys)) {
        v.reason = QStringLiteral("the records of %1 could not be read back for verification").arg(what);
        return v;
    }
    for (const auto& [record, sig] : candidates) {
        Rr rrsig = toRr(record);
        if (!rrsig) {
            v.reason = QStringLiteral("the RRSIG over %1 cannot be read").arg(what);
            continue;
        }
        RrList good(false);
        const ldns_status status = ldns_verify_rrsig_keylist_time(
            rrset.get(), rrsig.get(), keyset.get(), static_cast<time_t>(now.toSecsSinceEpoch()), good.get());
        if (status == LDNS_STATUS_OK) {
            v.ok = true;
            v.reason.clear();
            v.usedSignatures << record;
            return v;
        }
        // Keep the most telling failure: a date problem or a bad signature over "no such key".
        if (v.reason.isEmpty() || status != LDNS_STATUS_CRYPTO_NO_MATCHING_KEYTAG_DNSKEY)
            v.reason = signatureFailure(status, sig, keys, what);
    }
    return v;
}

bool DnssecCrypto::algorithmSupported(int algorithm) {
    switch (algorithm) {
    case 5:  // RSASHA1
    case 7:  // RSASHA1-NSEC3-SHA1
    case 8:  // RSASHA256
    case 10: // RSASHA512
    case 13: // ECDSAP256SHA256
    case 14: // ECDSAP384SHA384
    case 15: // ED25519
        return true;
    case 16: // ED448: only when this ldns was built with it
        return ldns_key_algo_supported(16) != 0;
    default:
        return false;
    }
}

bool DnssecCrypto::digestSupported(int digestType) {
    return digestType == 1 || digestType == 2 || digestType == 4; // SHA-1, SHA-256, SHA-384
}

DnssecCrypto::Verdict DnssecCrypto::matchDs(const QList<DnsRecord>& ds, const QList<DnsRecord>& dnskeys,
                                            const QString& zone, QList<DnsRecord>* matched) {
    Verdict v;
    QStringList problems;
    for (const DnsRecord& d : ds) {
        const QStringList f = d.rdata.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const quint16 tag = static_cast<quint16>(f.value(0).toUInt());
        const int algorithm = f.value(1).toInt();
        Rr dsRr = toRr(d);
        if (!dsRr) {
            problems << QStringLiteral("the DS with key tag %1 cannot be read").arg(tag);
            continue;
        }
        bool sameTag = false, sameAlgorithm = false;
        for (const DnsRecord& k : dnskeys) {
            if (keyTag(k) != tag)
                continue;
            sameTag = true;
            if (keyAlgorithm(k) != algorithm)
                continue;
            sameAlgorithm = true;
            Rr keyRr = toRr(k);
            if (keyRr && ldns_rr_compare_ds(dsRr.get(), keyRr.get()) && !matched->contains(k))
                *matched << k;
        }
        if (!sameTag)
            problems << QStringLiteral("the DS names key tag %1 (%2), but no DNSKEY of %3 has that key tag")
                            .arg(tag)
                            .arg(DnssecSignature::algorithmName(algorithm), zoneName(zone));
        else if (!sameAlgorithm)
            problems << QStringLiteral("key tag/algorithm mismatch: the DS names key tag %1 with %2, the "
                                       "DNSKEY with that tag uses another algorithm")
                            .arg(tag)
                            .arg(DnssecSignature::algorithmName(algorithm));
        else if (matched->isEmpty())
            problems
                << QStringLiteral("the digest of the DS with key tag %1 does not match the DNSKEY").arg(tag);
    }
    if (!matched->isEmpty()) {
        v.ok = true;
        return v;
    }
    v.reason = QStringLiteral("the DS matches no DNSKEY of %1: %2 (DNSKEYs published: %3)")
                   .arg(zoneName(zone), problems.join(QStringLiteral("; ")), keyList(dnskeys));
    return v;
}

DnssecCrypto::Denial DnssecCrypto::verifyDenial(const QString& name, DnsRecordType type, DnsOutcome outcome,
                                                const QList<DnsRecord>& authority,
                                                const QList<DnsRecord>& keys, const QString& zone,
                                                const QDateTime& now) {
    Denial d;
    const QString what =
        outcome == DnsOutcome::NxDomain
            ? QStringLiteral("that %1 does not exist").arg(zoneName(name))
            : QStringLiteral("that %1 has no %2 record").arg(zoneName(name), dnsRecordTypeName(type));
    const auto [nsec, nsec3, sigs] = DenialRecords::from(authority);
    if (nsec.isEmpty() && nsec3.isEmpty()) {
        d.verdict.reason = QStringLiteral("no NSEC or NSEC3 record proves %1, although the zone %2 is signed")
                               .arg(what, zoneName(zone));
        return d;
    }
    // Each NSEC/NSEC3 record is an RRset of its own; every one used must carry a valid signature.
    for (const DnsRecord& r : nsec + nsec3) {
        const Verdict sig = verifyRrset({r}, sigs, keys, zone, now,
                                        QStringLiteral("%1 %2").arg(r.name, dnsRecordTypeName(r.type)));
        if (!sig.ok) {
            d.verdict.reason = QStringLiteral("the denial %1 is not valid: %2").arg(what, sig.reason);
            return d;
        }
        d.usedSignatures += sig.usedSignatures;
    }
    RrList nsecList, sigList;
    if (!pushAll(nsecList, nsec.isEmpty() ? nsec3 : nsec) || !pushAll(sigList, sigs)) {
        d.verdict.reason = QStringLiteral("the NSEC records proving %1 cannot be read").arg(what);
        return d;
    }
    Rr question(ldns_rr_new());
    ldns_rdf* owner = ldns_dname_new_frm_str(LdnsRecordConverter::presentationName(name).constData());
    if (!question || !owner) {
        ldns_rdf_deep_free(owner);
        d.verdict.reason = QStringLiteral("%1 is not a valid name").arg(name);
        return d;
    }
    ldns_rr_set_owner(question.get(), owner);
    ldns_rr_set_type(question.get(), static_cast<ldns_rr_type>(type));
    ldns_rr_set_class(question.get(), LDNS_RR_CLASS_IN);
    ldns_status status;
    const ldns_rr* match = nullptr;
    if (!nsec.isEmpty()) {
        status = ldns_dnssec_verify_denial(question.get(), nsecList.get(), sigList.get());
        for (size_t i = 0; i < nsecList.size(); ++i)
            if (ldns_dname_compare(ldns_rr_owner(nsecList.at(i)), owner) == 0)
                match = nsecList.at(i);
        if (status == LDNS_STATUS_OK && outcome == DnsOutcome::NxDomain && match)
            status = LDNS_STATUS_DNSSEC_NSEC_RR_NOT_COVERED; // an NSEC at the name: it exists
        // ldns does not know the NODATA of an empty non-terminal (_domainkey.example.com): such a
        // name has no NSEC of its own; the NSEC before it, whose next name lies below it, proves
        // that it exists without records (RFC 4035 §3.1.3.2, RFC 5155 §7.2.3 for NSEC3).
        if (status != LDNS_STATUS_OK && outcome == DnsOutcome::NoData && !match)
            for (size_t i = 0; i < nsecList.size(); ++i) {
                const ldns_rdf* next = ldns_rr_rdf(nsecList.at(i), 0);
                if (ldns_nsec_covers_name(nsecList.at(i), owner) && next &&
                    ldns_dname_is_subdomain(next, owner))
                    status = LDNS_STATUS_OK;
            }
    } else {
        ldns_rr* found = nullptr;
        const bool nodata = outcome == DnsOutcome::NoData;
        status = ldns_dnssec_verify_denial_nsec3_match(question.get(), nsecList.get(), sigList.get(),
                                                       nodata ? LDNS_RCODE_NOERROR : LDNS_RCODE_NXDOMAIN,
                                                       static_cast<ldns_rr_type>(type), nodata, &found);
        match = found;
        for (size_t i = 0; i < nsecList.size(); ++i)
            d.nsec3Iterations = std::max<int>(d.nsec3Iterations, ldns_nsec3_iterations(nsecList.at(i)));
    }
    if (status != LDNS_STATUS_OK) {
        QString why;
        switch (status) {
        case LDNS_STATUS_DNSSEC_NSEC_RR_NOT_COVERED:
            why = match && outcome == DnsOutcome::NoData
                      ? QStringLiteral("the NSEC record at the name lists the type as present")
                      : QStringLiteral("no record of the chain covers the name");
            break;
        case LDNS_STATUS_DNSSEC_NSEC_WILDCARD_NOT_COVERED:
            why = QStringLiteral("nothing proves that no wildcard could have answered");
            break;
        default:
            why = QString::fromLatin1(ldns_get_errorstr_by_id(status));
        }
        d.verdict.reason =
            QStringLiteral("the %1 records do not prove %2: %3")
                .arg(nsec.isEmpty() ? QStringLiteral("NSEC3") : QStringLiteral("NSEC"), what, why);
        return d;
    }
    if (match) {
        ldns_rdf* bitmap = nsec.isEmpty() ? ldns_nsec3_bitmap(match) : ldns_nsec_get_bitmap(match);
        d.delegationWithoutDs = bitmap && ldns_nsec_bitmap_covers_type(bitmap, LDNS_RR_TYPE_NS) &&
                                !ldns_nsec_bitmap_covers_type(bitmap, LDNS_RR_TYPE_SOA);
        d.optOut = nsec.isEmpty() && ldns_nsec3_optout(match);
    }
    d.verdict.ok = true;
    return d;
}

DnssecCrypto::Verdict DnssecCrypto::verifyWildcardAnswer(const QString& name, int rrsigLabels,
                                                         const QList<DnsRecord>& authority,
                                                         const QList<DnsRecord>& keys, const QString& zone,
                                                         const QDateTime& now) {
    Verdict v;
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (rrsigLabels < 0 || rrsigLabels >= labels.size()) {
        v.reason = QStringLiteral("the RRSIG over %1 claims %2 labels, the name has %3")
                       .arg(zoneName(name))
                       .arg(rrsigLabels)
                       .arg(labels.size());
        return v;
    }
    const QString encloser = labels.mid(labels.size() - rrsigLabels).join(QLatin1Char('.'));
    const QString nextCloser = labels.mid(labels.size() - rrsigLabels - 1).join(QLatin1Char('.'));
    const QString what = QStringLiteral("%1 was answered from the wildcard *.%2, but ")
                             .arg(zoneName(name), zoneName(encloser));
    const auto [nsec, nsec3, sigs] = DenialRecords::from(authority);
    if (nsec.isEmpty() && nsec3.isEmpty()) {
        v.reason =
            what + QStringLiteral("no NSEC or NSEC3 record proves that %1 does not exist (RFC 4035 "
                                  "§5.3.4): the wildcard may have been replayed for a name that exists")
                       .arg(zoneName(name));
        return v;
    }
    auto dname = [](const QString& n) {
        ldns_rdf* d = ldns_dname_new_frm_str(LdnsRecordConverter::presentationName(n).constData());
        if (d)
            ldns_dname2canonical(d);
        return d;
    };
    for (const DnsRecord& r : nsec.isEmpty() ? nsec3 : nsec) {
        Rr rr = toRr(r);
        if (!rr)
            continue;
        ldns_rr2canonical(rr.get());
        bool covers = false;
        if (r.type == DnsRecordType::NSEC) {
            ldns_rdf* target = dname(name);
            covers = target && ldns_dname_compare(ldns_rr_owner(rr.get()), target) != 0 &&
                     ldns_nsec_covers_name(rr.get(), target);
            ldns_rdf_deep_free(target);
        } else {
            ldns_rdf* closer = dname(nextCloser);
            ldns_rdf* hashed = closer ? ldns_nsec3_hash_name_frm_nsec3(rr.get(), closer) : nullptr;
            ldns_rdf* nsec3Zone = ldns_dname_left_chop(ldns_rr_owner(rr.get()));
            if (hashed && nsec3Zone && ldns_dname_cat(hashed, nsec3Zone) == LDNS_STATUS_OK) {
                ldns_dname2canonical(hashed);
                covers = ldns_dname_compare(ldns_rr_owner(rr.get()), hashed) != 0 &&
                         ldns_nsec_covers_name(rr.get(), hashed);
            }
            ldns_rdf_deep_free(nsec3Zone);
            ldns_rdf_deep_free(hashed);
            ldns_rdf_deep_free(closer);
        }
        if (!covers)
            continue;
        const Verdict sig = verifyRrset({r}, sigs, keys, zone, now,
                                        QStringLiteral("%1 %2").arg(r.name, dnsRecordTypeName(r.type)));
        if (!sig.ok) {
            v.reason =
                what + QStringLiteral("the record that should prove it is not valid: %1").arg(sig.reason);
            return v;
        }
        v.ok = true;
        v.usedSignatures = sig.usedSignatures;
        return v;
    }
    v.reason =
        nsec.isEmpty()
            ? what + QStringLiteral("no NSEC3 record covers the next closer name %1 (RFC 5155 §8.8): "
                                    "nothing proves that it does not exist")
                         .arg(zoneName(nextCloser))
            : what + QStringLiteral("no NSEC record covers it (RFC 4035 §5.3.4): nothing proves that it "
                                    "does not exist");
    return v;
}
