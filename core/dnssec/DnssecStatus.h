#pragma once
// What DNSSEC validation says about one RRset (or its denial): the four states of RFC 4035 §4.3,
// with the reason a user reads. Shared by the validator and its users (DANE, the DNS tab), so
// that a check can take "the DNSSEC status of this name" without depending on how it is found.
#include "dns/DnsRecordType.h"
#include <QString>
#include <functional>

enum class DnssecState {
    Secure,        // a chain of signatures from the trust anchor down to the RRset (or its denial)
    Insecure,      // provably unsigned: the chain ends at a delegation without DS (see `chainEnd`)
    Bogus,         // it should be signed and the signatures do not check out (see `reason`)
    Indeterminate, // not validated: no trust anchor, a lookup failed, or validation was not run
};

struct DnssecStatus {
    DnssecState state = DnssecState::Indeterminate;
    QString reason;   // plain words: "RRSIG expired on 2026-11-30", "no DS at test for insecure.test"
    QString chainEnd; // Insecure: the zone whose delegation has no DS
};

inline QString dnssecStateName(DnssecState state) {
    switch (state) {
    case DnssecState::Secure:
        return QStringLiteral("secure");
    case DnssecState::Insecure:
        return QStringLiteral("insecure");
    case DnssecState::Bogus:
        return QStringLiteral("bogus");
    case DnssecState::Indeterminate:
        break;
    }
    return QStringLiteral("indeterminate");
}

// How a check asks for the status of (name, type) without knowing the validator: blocking, called
// from check-pool threads. An empty function means "DNSSEC was not validated" (Indeterminate).
using DnssecLookup = std::function<DnssecStatus(const QString& name, DnsRecordType type)>;
