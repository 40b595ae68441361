#pragma once
// What became of one DNS question. Every failure is distinct: a timeout is never "no record".

#include <QString>

enum class DnsOutcome {
    Answer,       // NOERROR with records of the asked type
    NoData,       // NOERROR, the name exists, no record of that type
    NxDomain,     // the name does not exist
    ServFail,     // the server failed (SERVFAIL)
    Refused,      // the server refused (REFUSED), or offline and the name is in no loaded zone
    Timeout,      // no answer within the time limit
    NetworkError, // the query could not be sent or was rejected by the network (e.g. nothing listens)
    FormatError,  // FORMERR, NOTIMP, a malformed or mismatched reply
    InvalidName,  // the name cannot be asked (empty label, label over 63 bytes, name over 253)
    Cancelled,    // the audit was cancelled before the answer arrived
    CnameChain,   // the CNAME chain loops or goes on past 16 aliases: no record can be reached
};

// Stable machine name: "answer", "nodata", "nxdomain", "servfail", "refused", "timeout",
// "network-error", "format-error", "invalid-name", "cancelled", "cname-chain".
QString dnsOutcomeName(DnsOutcome outcome);
// One line for users: "NXDOMAIN: the name does not exist".
QString dnsOutcomeDescription(DnsOutcome outcome);
// True where the answer says nothing about the record's existence (RFC 7208 temperror class).
bool dnsOutcomeIsFailure(DnsOutcome outcome);
