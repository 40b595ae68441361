#pragma once
// Checks that a private key file belongs to the key published at a selector. The private key is
// read in memory only: the file's bytes and any decoded copy are wiped with OPENSSL_cleanse, and
// nothing about it but its public half is ever returned, logged or written.

#include "DkimKeyInfo.h"
#include "DkimKeyRecord.h"
#include "OpenSslHandles.h"

#include <QJsonObject>
#include <expected>

struct DkimKeyMatch {
    bool matches = false;
    DkimKeyInfo privateKey;   // the public half of the private key: type, bits, fingerprint
    DkimKeyInfo publishedKey; // the key at the selector
    QString reason;
    QJsonObject toJson() const;
};

class DkimKeyMatcher {
public:
    // PEM or DER, PKCS#1 ("RSA PRIVATE KEY") or PKCS#8 ("PRIVATE KEY"), RSA or Ed25519, or a bare
    // base64 Ed25519 seed (as dkimpy writes). The buffer is wiped before returning.
    static std::expected<EvpPkeyPtr, QString> readPrivateKey(QByteArray& bytes);
    static std::expected<EvpPkeyPtr, QString> readPrivateKeyFile(const QString& path);
    static DkimKeyMatch match(EVP_PKEY* privateKey, const DkimKeyRecord& published);
};
