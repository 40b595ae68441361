#pragma once
// DNSSEC status for a check that needs it about a few names (DANE: is the TLSA RRset secure?),
// with the trust anchors chosen as the DNSSEC check chooses them: the --trust-anchor file, else
// the zone files' own keys, else the root key when live DNS is behind the session (never offline).
// Owns the validator; lookup() must not outlive this object.
#include "DnssecStatus.h"

#include <memory>

class DnsSession;
class DnssecValidator;

class SessionDnssec {
public:
    SessionDnssec(DnsSession& session, const QString& trustAnchorFile, bool offline);
    ~SessionDnssec();
    SessionDnssec(const SessionDnssec&) = delete;
    SessionDnssec& operator=(const SessionDnssec&) = delete;

    // Validates through the session; without a usable anchor every name is Indeterminate with the
    // reason (a bad --trust-anchor file, or no anchor offline).
    DnssecLookup lookup();

private:
    std::unique_ptr<DnssecValidator> m_validator;
    QString m_why; // no validator: why
};
