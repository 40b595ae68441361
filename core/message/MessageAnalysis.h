#pragma once
// Everything the message analyzer found for one received message: the From domain, the envelope
// and the delivery path, SPF (MAIL FROM and HELO, with the lookup tree), every DKIM signature,
// the ARC chain, DMARC under both readings, the receiver's own verdict with the differences
// explained, and the findings. The CLI prints toJson(); the GUI shows the same value.

#include "ArcChainResult.h"
#include "DeliveryPath.h"
#include "MessageDmarcResult.h"
#include "MessageEnvelope.h"
#include "ReceiverVerdict.h"
#include "VerdictDifference.h"
#include "dkim/DkimVerification.h"
#include "spf/SpfLookupTree.h"

#include <optional>

struct MessageSpfCheck {
    QString identity;                  // "mailfrom" or "helo"
    QString domain;                    // the domain check_host() was asked about
    QString result;                    // RFC 7208 result; "none" when not evaluated
    QString reason;                    // why, or why it was not evaluated
    std::optional<SpfLookupTree> tree; // with its evaluation; unset when not evaluated

    bool evaluated() const { return tree.has_value() && tree->evaluation.has_value(); }
    QJsonObject toJson() const;
};

struct MessageAnalysis {
    QString label;
    QString fromAddress; // the first From address
    QString fromDomain;
    int fromCount = 0; // addresses in From fields
    bool bodyAvailable = true;
    QString subject;
    QString date;
    MessageEnvelope envelope;
    DeliveryPath path;
    MessageSpfCheck spf;     // the identity DMARC uses: MAIL FROM, or HELO for the null sender
    MessageSpfCheck spfHelo; // the HELO identity (RFC 7208 §2.3)
    DkimVerification dkim;
    ArcChainResult arc;
    MessageDmarcResult dmarc9989;
    MessageDmarcResult dmarc7489;
    ReceiverVerdict receiver;
    QList<VerdictDifference> differences;
    QList<Finding> findings;
    QString verdict; // the headline: one sentence

    // DMARC fails under at least one reading.
    bool dmarcFails() const { return dmarc9989.failed() || dmarc7489.failed(); }
    // A DNS failure left DMARC undetermined under both readings.
    bool undetermined() const;
    QJsonObject toJson() const;
};
