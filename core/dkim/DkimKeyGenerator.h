#pragma once
// Key rotation: generates a DKIM key pair with OpenSSL (RSA 2048/3072/4096 or Ed25519), writes the
// private key as PKCS#8 PEM into a file created with mode 0600 (never overwriting one), and
// returns what to publish (the TXT record as a BIND zone line split into 255-byte strings, and a
// Terraform resource) with a rotation plan. The private key never leaves the file.

#include "DkimKeyInfo.h"

#include <QJsonObject>
#include <QStringList>
#include <expected>
#include <optional>

enum class DkimKeyType { Rsa2048, Rsa3072, Rsa4096, Ed25519 };

struct DkimGeneratedKey {
    QString domain;
    QString selector;
    QString typeName;       // "rsa2048", ...
    QString privateKeyPath; // where the key was written (mode 0600)
    QString record;         // the TXT text: v=DKIM1; k=...; p=...
    QStringList strings;    // the record split into strings of at most 255 bytes
    QString zoneLine;       // BIND
    QString terraform;      // aws_route53_record resource
    QStringList rotationPlan;
    DkimKeyInfo key; // public half: type, bits, fingerprint
    QJsonObject toJson() const;
};

class DkimKeyGenerator {
public:
    static std::optional<DkimKeyType> typeFromName(const QString& name); // rsa2048|rsa3072|rsa4096|ed25519
    static QString typeName(DkimKeyType type);
    static std::expected<DkimGeneratedKey, QString> generate(const QString& domain, const QString& selector,
                                                             DkimKeyType type, const QString& outDir);
    // A TXT text cut into character-strings of at most 255 bytes (RFC 1035 §3.3.14).
    static QStringList splitTxt(const QString& text, int size = 255);
    static QString bindZoneLine(const QString& owner, const QString& text, int ttl = 3600);
    static QString terraformResource(const QString& domain, const QString& selector, const QString& text);
    static QStringList rotationPlan(const QString& domain, const QString& selector);
};
