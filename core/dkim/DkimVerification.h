#pragma once
// The outcome of verifying a message's DKIM signatures: one entry per DKIM-Signature in header
// order, with the RFC 8601 result, a reason a person can act on, and the details behind it; plus
// the message's own Authentication-Results / Received-SPF and DMARC alignment with From.

#include "DkimKeyInfo.h"
#include "DkimSignature.h"
#include "dmarc/DmarcAlignmentResult.h"
#include "dns/DnsOutcome.h"
#include "findings/Finding.h"
#include "mail/AuthenticationResults.h"

struct DkimSignatureVerification {
    int headerIndex = -1;
    DkimSignature signature;
    // RFC 8601 §2.7.1: pass; fail (bad signature or body hash); policy (verifies, but refused: key
    // under 1024 bits, rsa-sha1, expired); neutral; temperror; permerror (broken signature or key).
    QString result = QStringLiteral("neutral");
    QString reason;
    QString keyName;
    DnsOutcome keyOutcome = DnsOutcome::NxDomain;
    QString keyRecord;
    DkimKeyInfo key;
    std::optional<bool> bodyHashMatches;  // unset when not computed
    std::optional<bool> signatureMatches; // unset when not computed
    QString computedBodyHash;             // base64
    bool expired = false;
    QStringList overSignedHeaders; // names listed in h= more often than they occur
    // d= against the From domain under both readings, with adkim of the record each applies.
    DmarcAlignmentResult alignment;
    QList<Finding> findings;

    QJsonObject toJson() const;
};

// The DMARC record each reading applies to the From domain (RFC 9989 §4.10.1, RFC 7489 §6.6.3):
// its adkim is the alignment mode of that reading (relaxed without a record).
struct DkimDmarcContext {
    QString recordDomain9989; // "" when no record applies
    QString recordDomain7489;
    DmarcAlignmentMode adkim9989 = DmarcAlignmentMode::Relaxed;
    DmarcAlignmentMode adkim7489 = DmarcAlignmentMode::Relaxed;
    bool dnsError = false; // the From domain's record could not be read
    QJsonObject toJson() const;
};

// A DomainKey-Signature (RFC 4870, historic): reported, never evaluated.
struct DomainKeySignatureInfo {
    QString domain;    // d=
    QString selector;  // s=
    QString algorithm; // a= (rsa-sha1 is the only one)
    QString raw;
    QJsonObject toJson() const;
};

struct DkimVerification {
    QString label; // file and message number
    QString fromDomain;
    QList<DkimSignatureVerification> signatures;
    QList<DomainKeySignatureInfo> domainKeySignatures;
    QList<AuthenticationResultsHeader> authenticationResults; // Authentication-Results and Received-SPF
    DkimDmarcContext dmarc;
    // A passing signature aligns with From, per reading (unset: undetermined, a DNS failure).
    std::optional<bool> dmarcAligned9989 = false;
    bool dmarcAligned7489 = false;
    bool dmarcAligned = false; // under both readings
    bool convertedLineEndings = false;
    QList<Finding> findings; // message-level and per-signature

    QJsonObject toJson() const;
};
