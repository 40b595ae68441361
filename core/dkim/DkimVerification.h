#pragma once
// The outcome of verifying a message's DKIM signatures: one entry per DKIM-Signature in header
// order, with the RFC 8601 result, a reason a person can act on, and the details behind it; plus
// the message's own Authentication-Results / Received-SPF and DMARC alignment with From.

#include "DkimAlignment.h"
#include "DkimKeyInfo.h"
#include "DkimSignature.h"
#include "dns/DnsOutcome.h"
#include "findings/Finding.h"
#include "mail/AuthenticationResults.h"

struct DkimSignatureVerification {
    int headerIndex = -1;
    DkimSignature signature;
    QString result = QStringLiteral("neutral"); // pass, fail, neutral, temperror, permerror
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
    DkimAlignmentMode alignment = DkimAlignmentMode::None;
    QList<Finding> findings;

    QJsonObject toJson() const;
};

struct DkimVerification {
    QString label; // file and message number
    QString fromDomain;
    QList<DkimSignatureVerification> signatures;
    QList<AuthenticationResultsHeader> authenticationResults; // Authentication-Results and Received-SPF
    bool dmarcAligned = false; // a passing signature is aligned (relaxed or strict) with From
    bool convertedLineEndings = false;
    QList<Finding> findings; // message-level and per-signature

    QJsonObject toJson() const;
};
