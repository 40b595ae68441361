#pragma once
// ARC chain validation exactly in the order of RFC 8617 §5.2: no ARC fields → none; over 50 sets
// → fail; the latest seal says cv=fail → fail; structure (complete sets, instances 1..N without
// gaps or repetition, cv=none at i=1 and cv=pass above) → fail; the latest AMS must verify; earlier
// AMSs give oldest-pass; every seal, N down to 1, must verify; else pass. Every signature and seal
// is also checked for display, so that a failed chain still shows which sets verify today.
//
// The AMS is checked with DKIM's own pieces (canonicalization, header selection, body hash, key
// record, signature check); the seal is hashed over the ARC sets 1..i in the order of §5.1.1
// (each set as AAR, AMS, AS) with relaxed header canonicalization, its own b= emptied.

#include "ArcChainResult.h"
#include "dns/DnsAnswer.h"
#include "mail/MailMessage.h"

#include <QHash>

class DnsSession;

class ArcChainVerifier {
public:
    // Blocking: fetches every key at once through the session, then evaluates. bodyAvailable
    // false (pasted headers): body hashes cannot be checked; the header signatures still are.
    static ArcChainResult verify(const MailMessage& message, DnsSession& session, bool bodyAvailable = true);
    // The same over answers already at hand, keyed by "<selector>._domainkey.<domain>" (a name
    // missing from keys counts as a DNS failure).
    static ArcChainResult evaluate(const MailMessage& message, const QHash<QString, DnsAnswer>& keys,
                                   bool bodyAvailable = true);
    // The key names the ARC signatures and seals of a message name.
    static QStringList keyNames(const MailMessage& message);
    // The bytes a seal covers (§5.1.1): earlierFields (the raw AAR, AMS, AS of each set below it,
    // then its own AAR and AMS) canonicalized relaxed, then the seal with an empty b= and no CRLF.
    static QByteArray sealHashInput(const QList<QByteArray>& earlierFields, const QByteArray& sealField);
};
