#pragma once
// What a cryptographer reads from a DKIM public key: type, size, exponent, encoding and a
// fingerprint that is the same whichever DER form the key was published in.

#include <QJsonObject>
#include <QString>

struct DkimKeyInfo {
    QString keyType;     // "rsa", "ed25519"; empty when the key could not be read
    int bits = 0;        // RSA modulus size; 256 for Ed25519
    QString exponent;    // RSA public exponent, decimal
    QString encoding;    // "SubjectPublicKeyInfo", "RSAPublicKey", "raw"
    QString fingerprint; // "SHA256:" + hex of the SubjectPublicKeyInfo DER
    QString error;       // why the key could not be read (base64, DER, type mismatch)

    bool isReadable() const { return error.isEmpty() && !keyType.isEmpty(); }
    QJsonObject toJson() const;
};
