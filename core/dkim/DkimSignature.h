#pragma once
// A DKIM-Signature header field read into its tags (RFC 6376 §3.5) and checked as a verifier
// must before any key is fetched (§6.1.1). Problems that make it unusable land in errors.

#include "DkimTagList.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

enum class DkimCanonicalization { Simple, Relaxed };

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
    QStringList errors;

    bool isValid() const { return errors.isEmpty(); }
    static DkimSignature parse(const QString& value);
    QJsonObject toJson() const;
};
