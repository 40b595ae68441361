#pragma once
// Adds an ARC set to a message as an intermediary does (RFC 8617 §5.1): the
// ARC-Authentication-Results it saw, an ARC-Message-Signature over the message as it leaves, and
// an ARC-Seal over every ARC set up to the new one. Real signatures with OpenSSL keys (RSA or
// Ed25519): the tests build chains with it, broken ones included (a forced instance or cv=).

#include "dkim/DkimSignature.h"
#include "dkim/OpenSslHandles.h"
#include "mail/MailMessage.h"

#include <expected>
#include <optional>

struct ArcSealOptions {
    QString domain;     // d= of the signature and the seal
    QString selector;   // s=
    QString authServId; // the authserv-id of the ARC-Authentication-Results
    // What the intermediary's own authentication found, as Authentication-Results resinfo
    // ("spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com"); empty: "none".
    QString authResults;
    // cv=: "none", "pass" or "fail". Empty: "none" for the first set; a later set must say what
    // validating the chain gave (ArcChainVerifier), so an empty value is refused there.
    QString chainValidation;
    QStringList headers{QStringLiteral("from"),          QStringLiteral("to"),
                        QStringLiteral("subject"),       QStringLiteral("date"),
                        QStringLiteral("message-id"),    QStringLiteral("mime-version"),
                        QStringLiteral("dkim-signature")};
    DkimCanonicalization headerCanonicalization = DkimCanonicalization::Relaxed;
    DkimCanonicalization bodyCanonicalization = DkimCanonicalization::Relaxed;
    std::optional<qint64> timestamp;
    std::optional<int> instance; // default: the highest instance present plus one
};

class ArcSigner {
public:
    // The three fields of the new set, in the order they go on top of the message (ARC-Seal
    // first), each "Name: value\r\n".
    static std::expected<QList<QByteArray>, QString> sign(const MailMessage& message, EVP_PKEY* key,
                                                          const ArcSealOptions& options);
    // The message with the new set on top.
    static std::expected<MailMessage, QString> seal(const MailMessage& message, EVP_PKEY* key,
                                                    const ArcSealOptions& options);
};
