#pragma once
// DMARC for one received message under one reading (RFC 9989 or RFC 7489): how each
// authenticated identifier (the SPF domain, each DKIM d=) aligns with the From domain, the result,
// the policy that applies, what happens to the message, and whether an ARC-based local override is
// plausible.

#include "dmarc/DmarcAlignmentResult.h"
#include "dmarc/DmarcReading.h"

#include <QJsonObject>

struct MessageIdentifierAlignment {
    QString method;                  // "spf" or "dkim"
    QString domain;                  // the authenticated identifier
    QString selector;                // DKIM only
    QString result;                  // its SPF or DKIM result ("pass", "fail", ...)
    DmarcAlignmentReading alignment; // under this reading, in the mode its record asks for

    bool aligned() const { return alignment.aligned.value_or(false); }
    // A passing identifier aligned with From: DMARC passes on it.
    bool counts() const { return aligned() && result == QLatin1String("pass"); }
    QJsonObject toJson() const;
};

struct MessageDmarcResult {
    QString standard;                        // "rfc9989", "rfc7489"
    QString result = QStringLiteral("none"); // "pass", "fail", "none" (no policy), "temperror"
    QString fromOrgDomain;
    QString orgDomainMethod; // how the organizational domain was found
    DmarcReading reading;
    MessageIdentifierAlignment spf;
    QList<MessageIdentifierAlignment> dkim;
    QString policy;      // the applied policy ("none", "quarantine", "reject"); "" when none applies
    QString disposition; // what happens to this message: "deliver", "quarantine", "reject", "unknown"
    QString explanation;
    bool arcOverridePlausible = false;
    QString arcOverride; // why (or why not), when the message fails

    bool failed() const { return result == QLatin1String("fail"); }
    QJsonObject toJson() const;
};
