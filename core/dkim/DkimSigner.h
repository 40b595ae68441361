#pragma once
// Signs a message with DKIM (RFC 6376 §5, RFC 8463): used to prove that a freshly generated key
// pair works end to end, and by the tests to make messages with known defects.

#include "DkimSignature.h"
#include "OpenSslHandles.h"
#include "mail/MailMessage.h"

#include <expected>
#include <optional>

struct DkimSignOptions {
    QString domain;
    QString selector;
    QString identity; // i= exactly as written (dkim-quoted-printable, RFC 6376 §2.11); "" for none
    QStringList headers{QStringLiteral("from"), QStringLiteral("to"),         QStringLiteral("subject"),
                        QStringLiteral("date"), QStringLiteral("message-id"), QStringLiteral("from")};
    DkimCanonicalization headerCanonicalization = DkimCanonicalization::Relaxed;
    DkimCanonicalization bodyCanonicalization = DkimCanonicalization::Relaxed;
    QString hash = QStringLiteral("sha256"); // "sha1" only to test that it is flagged
    std::optional<qint64> timestamp;
    std::optional<qint64> expiry;
    std::optional<qint64> bodyLength;
};

class DkimSigner {
public:
    // The DKIM-Signature field to put on top of the message ("DKIM-Signature: ...\r\n").
    static std::expected<QByteArray, QString> sign(const MailMessage& message, EVP_PKEY* key,
                                                   const DkimSignOptions& options);
    // The signature of header hash input (RSA with the hash, or Ed25519 over its SHA-256), raw bytes.
    // Shared with the ARC signer.
    static std::expected<QByteArray, QString> signBytes(EVP_PKEY* key, const QString& hash,
                                                        const QByteArray& input);
    // Base64 of a signature folded in 72-character lines, to follow "b=".
    static QByteArray foldedBase64(const QByteArray& signature);
    // The message with the field added on top.
    static std::expected<MailMessage, QString> signedMessage(const MailMessage& message, EVP_PKEY* key,
                                                             const DkimSignOptions& options);
};
