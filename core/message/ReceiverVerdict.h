#pragma once
// What the receiving system itself concluded, read from the fields it added (RFC 8601 §5: only
// the Authentication-Results of the receiver's own authserv-id are trusted, and only those it
// wrote: above the Received field of the hop before the one where it accepted the message): SPF, each DKIM
// signature, DMARC and ARC, plus its Received-SPF (RFC 7208 §9.1).

#include "DeliveryPath.h"
#include "mail/AuthenticationResults.h"

#include <optional>

struct ReceiverVerdict {
    QString authServId;                         // "" when the message carries no Authentication-Results
    QList<AuthenticationResultsHeader> headers; // the trusted fields, top first
    std::optional<AuthenticationResultsHeader> receivedSpf;
    std::optional<AuthenticationResult> spf; // from Authentication-Results, else Received-SPF
    QList<AuthenticationResult> dkim;
    std::optional<AuthenticationResult> dmarc;
    std::optional<AuthenticationResult> arc;

    bool isPresent() const { return !headers.isEmpty() || receivedSpf.has_value(); }
    // The authserv-id of the topmost Authentication-Results field ("" when there is none).
    static QString topAuthServId(const MailMessage& message);
    static ReceiverVerdict read(const MailMessage& message, const DeliveryPath& path);
    QJsonValue toJson() const; // null when absent
};
