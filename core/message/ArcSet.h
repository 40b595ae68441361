#pragma once
// One ARC set (RFC 8617 §4.1): the three header fields an intermediary adds under one instance
// i=, where they sit in the message, and what verification made of its signature (AMS) and its
// seal (AS). ArcHeaderParser groups the fields; ArcChainVerifier fills in the results.

#include "dkim/DkimKeyInfo.h"
#include "dkim/DkimSignature.h"
#include "mail/AuthenticationResults.h"

#include <QJsonObject>
#include <optional>

// The ARC-Authentication-Results field: "i=N;" then an Authentication-Results payload (§4.1.1).
struct ArcAuthenticationResults {
    int instance = 0; // 0 when i= is missing or not 1..50
    QString error;    // why the field cannot be read
    AuthenticationResultsHeader results;

    bool isValid() const { return error.isEmpty(); }
    QJsonObject toJson() const;
};

// What one signature (AMS or AS) of a set came to.
struct ArcSignatureCheck {
    QString result = QStringLiteral("unchecked"); // "pass", "fail", "unchecked"
    QString reason;
    QString keyName;
    DkimKeyInfo key;
    bool temporary = false;               // the key could not be fetched (DNS failure)
    std::optional<bool> bodyHashMatches;  // AMS only, unset when not computed
    std::optional<bool> signatureMatches; // unset when not computed

    bool passed() const { return result == QLatin1String("pass"); }
    QJsonObject toJson() const;
};

struct ArcSet {
    int instance = 0;
    // Header indexes in the message, -1 when the field is missing. More than one field of a kind
    // for one instance is a structural error; the counts say how many were seen.
    int aarIndex = -1;
    int amsIndex = -1;
    int sealIndex = -1;
    int aarCount = 0;
    int amsCount = 0;
    int sealCount = 0;
    ArcAuthenticationResults aar;
    DkimSignature ams;  // kind ArcMessage
    DkimSignature seal; // kind ArcSeal
    ArcSignatureCheck amsCheck;
    ArcSignatureCheck sealCheck;

    bool isComplete() const { return aarCount == 1 && amsCount == 1 && sealCount == 1; }
    // The sealer: the d= of the ARC-Seal (of the AMS when the seal is missing).
    QString sealer() const;
    QJsonObject toJson() const;
};
