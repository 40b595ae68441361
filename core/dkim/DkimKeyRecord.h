#pragma once
// A DKIM key record (RFC 6376 §3.6.1, RFC 8463) as read from <selector>._domainkey.<domain>:
// every tag, the problems that make it unusable, and the JSON the CLI and GUI show.

#include "DkimTagList.h"

#include <QJsonObject>
#include <QStringList>

struct DkimKeyRecord {
    QString raw;                             // the TXT text as published (strings joined)
    DkimTagList tags;                        // every tag in order
    QString version;                         // v= ("DKIM1"), empty when absent
    QStringList hashAlgorithms;              // h=, empty when absent (all allowed)
    QString keyType = QStringLiteral("rsa"); // k= (default rsa)
    bool keyTypeGiven = false;
    QString notes;             // n=
    QString publicKey;         // p= with whitespace removed; empty = revoked
    bool hasPublicKey = false; // p= present at all
    QStringList serviceTypes;  // s=, empty when absent ("*")
    QStringList flags;         // t= ("y", "s", unknown ones kept)
    QString granularity;       // g= from DomainKeys (RFC 4870), ignored by RFC 6376
    bool hasGranularity = false;
    QStringList errors; // make the record unusable: a verifier ignores it (RFC 6376 §6.1.2)

    bool isValid() const { return errors.isEmpty(); }
    bool isRevoked() const { return hasPublicKey && publicKey.isEmpty(); }
    bool isTesting() const { return flags.contains(QStringLiteral("y")); }
    bool isStrictSubdomain() const { return flags.contains(QStringLiteral("s")); }
    bool allowsHash(const QString& hash) const {
        return hashAlgorithms.isEmpty() || hashAlgorithms.contains(hash);
    }
    bool allowsEmail() const {
        return serviceTypes.isEmpty() || serviceTypes.contains(QStringLiteral("*")) ||
               serviceTypes.contains(QStringLiteral("email"));
    }
    QJsonObject toJson() const;
};
