#pragma once
// Reads the ARC header fields of a message (RFC 8617 §4.1): ARC-Authentication-Results
// ("i=N; authserv-id; results"), ARC-Message-Signature and ARC-Seal (DKIM-style tag lists read by
// DkimSignature), and groups them into sets by instance. Pure: no DNS, never fails; what cannot be
// read is kept with its error so that the chain verifier can name it.

#include "ArcSet.h"
#include "mail/MailMessage.h"

class ArcHeaderParser {
public:
    struct Collected {
        QList<ArcSet> sets;     // one per instance seen, in increasing instance order
        QList<int> unnumbered;  // header indexes of ARC fields whose i= cannot be read
        int fieldCount = 0;     // ARC fields in the message
        int sealFieldCount = 0; // ARC-Seal fields among them
    };

    static ArcAuthenticationResults parseAuthenticationResults(const QString& value);
    static DkimSignature parseMessageSignature(const QString& value);
    static DkimSignature parseSeal(const QString& value);
    static Collected collect(const MailMessage& message);
    static bool isArcField(const MailHeader& header);
};
