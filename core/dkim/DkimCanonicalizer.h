#pragma once
// The simple and relaxed canonicalization algorithms of RFC 6376 §3.4, byte for byte, and the
// header hash input of §3.7 (signed headers picked from the bottom, the signature's own header
// with an empty b=).

#include "DkimSignature.h"
#include "mail/MailMessage.h"

class DkimCanonicalizer {
public:
    static QByteArray header(const QByteArray& rawField, DkimCanonicalization mode);
    static QByteArray body(const QByteArray& body, DkimCanonicalization mode);
    // The body hash (§3.7): the canonical body, cut at l= when given, hashed ("sha256", "sha1"), base64.
    static QByteArray bodyHash(const QByteArray& body, DkimCanonicalization mode, const QString& hash,
                               std::optional<qint64> length = std::nullopt);
    // The raw field with the value of its b= tag removed ("b=" kept), as §3.5 asks.
    static QByteArray withoutSignatureValue(const QByteArray& rawField);
    // The bytes the header signature covers. signatureField: the DKIM-Signature field itself.
    static QByteArray headerHashInput(const MailMessage& message, const QStringList& signedHeaders,
                                      const QByteArray& signatureField, DkimCanonicalization mode);
};
