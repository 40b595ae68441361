#pragma once
// A DKIM-Signature header field read into its tags (RFC 6376 §3.5) and checked as a verifier
// must before any key is fetched (§6.1.1). Problems that make it unusable land in errors.
// ARC's ARC-Message-Signature and ARC-Seal (RFC 8617 §4.1.2, §4.1.3) are DKIM-style signatures
// read by the same parser: no v=, i= is the instance, and the seal has cv= instead of h= and bh=.

#include "DkimTagList.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

enum class DkimCanonicalization { Simple, Relaxed };
enum class DkimSignatureKind { Dkim, ArcMessage, ArcSeal };

struct DkimSignature {
    QString raw; // the header value as written
    DkimTagList tags;
    QString version;
    QString algorithm;     // a=, e.g. "rsa-sha256"
    QString keyAlgorithm;  // "rsa", "ed25519"
    QString hashAlgorithm; // "sha256", "sha1"
    QByteArray signature;  // b=, decoded
    QByteArray bodyHash;   // bh=, decoded
    DkimCanonicalization headerCanonicalization = DkimCanonicalization::Simple;
    DkimCanonicalization bodyCanonicalization = DkimCanonicalization::Simple;
    QString canonicalization;         // c= as written ("relaxed/relaxed"), "simple/simple" by default
    QString domain;                   // d=, lower case
    QString selector;                 // s=
    QString identity;                 // i= decoded (dkim-quoted-printable), default "@" + d
    QString identityAsWritten;        // i= as written, "" when absent
    QStringList signedHeaders;        // h=, as written
    std::optional<qint64> bodyLength; // l=
    std::optional<qint64> timestamp;  // t=
    std::optional<qint64> expiry;     // x=
    QString queryMethods;             // q=
    DkimSignatureKind kind = DkimSignatureKind::Dkim;
    int instance = 0;        // ARC i= (1..50); 0 for DKIM
    QString chainValidation; // ARC-Seal cv= ("none", "pass", "fail"), lower case
    QStringList errors;

    bool isValid() const { return errors.isEmpty(); }
    static DkimSignature parse(const QString& value, DkimSignatureKind kind = DkimSignatureKind::Dkim);
    QJsonObject toJson() const;
};
