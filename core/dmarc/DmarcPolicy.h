#pragma once
// The three DMARC policies a receiver can apply to a failing message, ordered by strength.

#include <QString>
#include <optional>

enum class DmarcPolicy { None = 0, Quarantine = 1, Reject = 2 };

// "none", "quarantine", "reject": stable names used in JSON.
QString dmarcPolicyName(DmarcPolicy policy);
// Case-insensitive, as the ABNF of both RFCs allows ("Reject" is valid).
std::optional<DmarcPolicy> dmarcPolicyFromName(QStringView name);
// One level weaker: reject -> quarantine -> none (t=y in RFC 9989, unsampled pct in RFC 7489).
DmarcPolicy dmarcPolicyDowngraded(DmarcPolicy policy);
// What happens to a failing message, in plain words.
QString dmarcPolicyEffect(DmarcPolicy policy);
