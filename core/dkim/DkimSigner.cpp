#include "DkimSigner.h"

#include "DkimCanonicalizer.h"

#include <openssl/err.h>

std::expected<QByteArray, QString> DkimSigner::sign(const MailMessage& message, EVP_PKEY* key,
                                                    const DkimSignOptions& options) {
    const bool ed25519 = EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519;
    if (!ed25519 && EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return std::unexpected(QStringLiteral("only RSA and Ed25519 keys can sign DKIM"));
    const QString algorithm =
        ed25519 ? QStringLiteral("ed25519-sha256") : QStringLiteral("rsa-") + options.hash;
    auto canon = [](DkimCanonicalization c) {
        return c == DkimCanonicalization::Relaxed ? QStringLiteral("relaxed") : QStringLiteral("simple");
    };
    const QString hash = ed25519 ? QStringLiteral("sha256") : options.hash;
    const QByteArray bh =
        DkimCanonicalizer::bodyHash(message.body, options.bodyCanonicalization, hash, options.bodyLength);

    QString value = QStringLiteral("v=1; a=%1; c=%2/%3; d=%4; s=%5;")
                        .arg(algorithm, canon(options.headerCanonicalization),
                             canon(options.bodyCanonicalization), options.domain, options.selector);
    if (!options.identity.isEmpty())
        value += QStringLiteral(" i=%1;").arg(options.identity);
    if (options.timestamp)
        value += QStringLiteral(" t=%1;").arg(*options.timestamp);
    if (options.expiry)
        value += QStringLiteral(" x=%1;").arg(*options.expiry);
    if (options.bodyLength)
        value += QStringLiteral(" l=%1;").arg(*options.bodyLength);
    value += QStringLiteral("\r\n\th=%1;\r\n\tbh=%2;\r\n\tb=")
                 .arg(options.headers.join(u':'), QString::fromLatin1(bh));
    const QByteArray unsignedField = "DKIM-Signature: " + value.toLatin1() + "\r\n";
    const QByteArray input = DkimCanonicalizer::headerHashInput(message, options.headers, unsignedField,
                                                                options.headerCanonicalization);

    const auto signature = signBytes(key, hash, input);
    if (!signature)
        return std::unexpected(signature.error());
    return "DKIM-Signature: " + value.toLatin1() + foldedBase64(*signature) + "\r\n";
}

std::expected<QByteArray, QString> DkimSigner::signBytes(EVP_PKEY* key, const QString& hash,
                                                         const QByteArray& input) {
    const bool ed25519 = EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519;
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray data = input;
    const EVP_MD* md = nullptr;
    if (ed25519)
        data = OpenSsl::sha256(input); // RFC 8463 §3
    else
        md = hash == QLatin1String("sha1") ? EVP_sha1() : EVP_sha256();
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) != 1)
        return std::unexpected(QStringLiteral("signing failed: %1").arg(OpenSsl::lastError()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size())) != 1)
        return std::unexpected(QStringLiteral("signing failed: %1").arg(OpenSsl::lastError()));
    signature.truncate(qsizetype(length));
    return signature;
}

QByteArray DkimSigner::foldedBase64(const QByteArray& signature) {
    // Folded in 72-character lines; the folding sits inside b=, which verifiers empty anyway.
    const QByteArray b64 = signature.toBase64();
    QByteArray folded;
    for (qsizetype i = 0; i < b64.size(); i += 72)
        folded += (i ? "\r\n\t " : "") + b64.mid(i, 72);
    return folded;
}

std::expected<MailMessage, QString> DkimSigner::signedMessage(const MailMessage& message, EVP_PKEY* key,
                                                              const DkimSignOptions& options) {
    const auto field = sign(message, key, options);
    if (!field)
        return std::unexpected(field.error());
    MailMessage out = message;
    out.headers.prepend(MailHeader{"DKIM-Signature", *field});
    return out;
}
