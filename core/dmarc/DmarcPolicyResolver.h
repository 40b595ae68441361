#pragma once
// Decides which policy applies to mail from a From domain under each reading. Pure functions of
// the discovered record, so the effective-policy table is tested without DNS.
//
// RFC 9989 §4.7/§4.10: the record at the From domain gives p; a record found higher up gives np
// for a From domain that does not exist, else sp, else p; t=y lowers the result one level; pct
// is ignored. RFC 7489 §6.3/§6.6.3-4: p at the From domain, sp (else p) from the organizational
// domain; np and t are unknown; pct samples. A record with no valid p or an invalid sp (RFC 9989:
// or an invalid np) means p=none when rua holds at least one valid address and no DMARC otherwise,
// under both readings (RFC 9989 §4.10.1, RFC 7489 §6.6.3 step 6).
//
// With pct between 0 and 100 a single message gets either policy at random; "applied" is then
// the policy most failing messages get (the sampled one from pct=50 up), and the split is kept in
// sampledPolicy/unsampledPolicy.

#include "DmarcAppliedRecord.h"
#include "DmarcReading.h"

#include <optional>

class DmarcPolicyResolver {
public:
    static DmarcReading rfc9989(const DmarcAppliedRecord& applied, const QString& fromDomain,
                                std::optional<bool> fromExists);
    static DmarcReading rfc7489(const DmarcAppliedRecord& applied, const QString& fromDomain);
};
