#pragma once
// A signing-health observation the validator made on a signature or key it checked: an RRSIG
// expiring within 7 days, a deprecated algorithm (RFC 8624 §3.1), NSEC3 iterations above 0
// (RFC 9276 §3.1). Turned into findings by DnssecCheck.

#include <QDateTime>
#include <QString>

struct DnssecSigningIssue {
    enum class Kind { RrsigExpiring, AlgorithmDeprecated, Nsec3Iterations };
    Kind kind = Kind::RrsigExpiring;
    QString zone;    // the signing zone ("" for the root)
    QString subject; // "secure.test TXT", "DNSKEY key tag 1234", "NSEC3"
    QString detail;  // the sentence shown as evidence
    QDateTime when;  // RrsigExpiring: the expiration
    int value = 0;   // AlgorithmDeprecated: the algorithm; Nsec3Iterations: the iterations
};
