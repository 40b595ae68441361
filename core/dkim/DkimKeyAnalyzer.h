#pragma once
// Reads the public key of a DKIM key record with OpenSSL 3 (RSA as SubjectPublicKeyInfo or bare
// RSAPublicKey DER, Ed25519 as 32 raw bytes) and turns what it finds into findings (RFC 8301,
// RFC 8463, RFC 6376 §3.6.1).

#include "DkimKeyInfo.h"
#include "DkimKeyRecord.h"
#include "OpenSslHandles.h"
#include "findings/Finding.h"

#include <expected>

class DkimKeyAnalyzer {
public:
    static DkimKeyInfo analyze(const DkimKeyRecord& record);
    // The key as an OpenSSL object, for verification and key matching.
    static std::expected<EvpPkeyPtr, QString> publicKey(const DkimKeyRecord& record);
    static std::expected<EvpPkeyPtr, QString> publicKey(const QString& keyType, const QString& base64);
    // The same; when the key was published as SubjectPublicKeyInfo DER, *spki receives those bytes.
    static std::expected<EvpPkeyPtr, QString> publicKey(const QString& keyType, const QString& base64,
                                                        QByteArray* spki);
    // Fills type, bits, exponent and fingerprint from a key object. spki: the key's
    // SubjectPublicKeyInfo DER when already at hand (saves encoding it again).
    static DkimKeyInfo describe(EVP_PKEY* key, const QByteArray& spki = {});
    // "SHA256:" + lower-case hex of the SubjectPublicKeyInfo DER of the key (of spki when given).
    static QString fingerprint(EVP_PKEY* key, const QByteArray& spki = {});
    // Findings about one record and its key. evidence: the record and the name it was read at.
    static QList<Finding> findings(const DkimKeyRecord& record, const DkimKeyInfo& info,
                                   const QStringList& evidence);
};
