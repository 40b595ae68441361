#pragma once
// The policy one kind of receiver (RFC 9989 or RFC 7489) applies to mail failing DMARC from one
// From domain, after sp/np, t=y and pct, with the explanation.

#include "DmarcPolicy.h"

#include <QJsonObject>

struct DmarcReading {
    QString standard;          // "rfc9989" or "rfc7489"
    bool hasPolicy = false;    // a DMARC record applies at all
    bool undetermined = false; // DNS failed: receivers defer, Mailsight cannot say
    QString recordDomain;
    QString sourceTag;                      // "p", "sp", "np", or "" when none applies / defaulted
    DmarcPolicy stated = DmarcPolicy::None; // the value of sourceTag (or the default used)
    DmarcPolicy applied = DmarcPolicy::None;
    bool testing = false;                            // RFC 9989 t=y lowered the policy
    int pct = 100;                                   // RFC 7489 sampling
    DmarcPolicy sampledPolicy = DmarcPolicy::None;   // pct% of failing mail
    DmarcPolicy unsampledPolicy = DmarcPolicy::None; // the rest
    // Set when the record has no valid p or an invalid sp (RFC 9989: or np): the reading is then
    // p=none when rua holds a valid address, no DMARC otherwise. Says what was invalid.
    QString fallbackCause;
    QString explanation;

    // Same treatment of failing mail (applied, and the pct split).
    bool sameOutcome(const DmarcReading& other) const;
    QJsonObject toJson() const;
};
