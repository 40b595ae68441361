#pragma once
// The public key a DKIM-style signature names, read from the DNS answer for
// <selector>._domainkey.<domain> as a verifier must (RFC 6376 §6.1.2, RFC 8463): a DNS failure, a
// missing, revoked or unusable record, and a key type or hash the record does not allow are told
// apart. A key too short to accept (RFC 8301) is usable here; tooShort() lets the caller refuse it. Shared by
// DKIM-Signature and ARC (RFC 8617 §5.2) verification, together with the signature check itself.

#include "DkimKeyInfo.h"
#include "DkimKeyRecord.h"
#include "DkimSignature.h"
#include "OpenSslHandles.h"
#include "dns/DnsAnswer.h"

struct DkimPublicKey {
    enum class Problem {
        None,
        DnsError,        // the answer says nothing (timeout, SERVFAIL...): temperror
        Missing,         // no TXT record at the name
        Revoked,         // p= is empty
        InvalidRecord,   // the record is not a usable key record
        TypeMismatch,    // a=rsa-* but k=ed25519, or the other way round
        HashNotAllowed,  // the record's h= does not list the signature's hash
        StrictSubdomain, // t=s and the DKIM i= is in a subdomain of d=
        UnreadableKey,   // p= is not a key OpenSSL can read
    };

    QString keyName;
    DnsOutcome outcome = DnsOutcome::NxDomain;
    Problem problem = Problem::None;
    QString result; // "" when usable, else "temperror" or "permerror" (RFC 8601)
    QString reason; // a sentence a person can act on
    DkimKeyRecord record;
    DkimKeyInfo info;
    EvpPkeyPtr key;

    bool usable() const { return problem == Problem::None && key != nullptr; }
    // RSA under 1024 bits: verifiers must not accept it (RFC 8301 §3.2).
    bool tooShort() const { return info.keyType == QLatin1String("rsa") && info.bits < 1024; }

    // Reads the key for the signature out of the answer (several records: the first usable one).
    static DkimPublicKey fromAnswer(const DkimSignature& signature, const DnsAnswer& answer);
    // Checks the signature's b= over data (RFC 6376 §3.7; Ed25519 over the SHA-256 of data, RFC 8463).
    static bool verify(EVP_PKEY* key, const DkimSignature& signature, const QByteArray& data);
};
