#include "ArcSigner.h"

#include "ArcChainVerifier.h"
#include "ArcHeaderParser.h"
#include "dkim/DkimCanonicalizer.h"
#include "dkim/DkimSigner.h"

namespace {
QString canonName(DkimCanonicalization c) {
    return c == DkimCanonicalization::Relaxed ? QStringLiteral("relaxed") : QStringLiteral("simple");
}
} // namespace

std::expected<QList<QByteArray>, QString> ArcSigner::sign(const MailMessage& message, EVP_PKEY* key,
                                                          const ArcSealOptions& options) {
    const bool ed25519 = EVP_PKEY_get_base_id(key) == EVP_PKEY_ED25519;
    if (!ed25519 && EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return std::unexpected(QStringLiteral("only RSA and Ed25519 keys can sign ARC sets"));
    if (options.domain.isEmpty() || options.selector.isEmpty() || options.authServId.isEmpty())
        return std::unexpected(QStringLiteral("an ARC set needs a domain, a selector and an authserv-id"));
    const ArcHeaderParser::Collected existing = ArcHeaderParser::collect(message);
    const int instance =
        options.instance.value_or(existing.sets.isEmpty() ? 1 : existing.sets.last().instance + 1);
    if (instance < 1 || instance > 50)
        return std::unexpected(QStringLiteral("ARC instances run from 1 to 50, not %1").arg(instance));
    QString cv = options.chainValidation.toLower();
    if (cv.isEmpty() && instance == 1)
        cv = QStringLiteral("none");
    if (cv != QLatin1String("none") && cv != QLatin1String("pass") && cv != QLatin1String("fail"))
        return std::unexpected(QStringLiteral("cv= must be none, pass or fail (validate the chain first)"));
    const QString algorithm = ed25519 ? QStringLiteral("ed25519-sha256") : QStringLiteral("rsa-sha256");
    const QString hash = QStringLiteral("sha256");
    const QString timestamp =
        options.timestamp ? QStringLiteral(" t=%1;").arg(*options.timestamp) : QString();

    // ARC-Authentication-Results (§4.1.1).
    const QByteArray aar = QStringLiteral("ARC-Authentication-Results: i=%1; %2;%3\r\n")
                               .arg(instance)
                               .arg(options.authServId, options.authResults.isEmpty()
                                                            ? QStringLiteral(" none")
                                                            : QStringLiteral("\r\n\t") + options.authResults)
                               .toUtf8();

    // ARC-Message-Signature (§4.1.2): DKIM's signature with i= in place of v=.
    const QByteArray bh = DkimCanonicalizer::bodyHash(message.body, options.bodyCanonicalization, hash);
    const QString amsValue =
        QStringLiteral("i=%1; a=%2; c=%3/%4; d=%5; s=%6;%7\r\n\th=%8;\r\n\tbh=%9;\r\n\tb=")
            .arg(instance)
            .arg(algorithm, canonName(options.headerCanonicalization),
                 canonName(options.bodyCanonicalization), options.domain, options.selector, timestamp,
                 options.headers.join(u':'), QString::fromLatin1(bh));
    const QByteArray amsUnsigned = "ARC-Message-Signature: " + amsValue.toLatin1() + "\r\n";
    const auto amsSignature =
        DkimSigner::signBytes(key, hash,
                              DkimCanonicalizer::headerHashInput(message, options.headers, amsUnsigned,
                                                                 options.headerCanonicalization));
    if (!amsSignature)
        return std::unexpected(amsSignature.error());
    const QByteArray ams =
        "ARC-Message-Signature: " + amsValue.toLatin1() + DkimSigner::foldedBase64(*amsSignature) + "\r\n";

    // ARC-Seal (§4.1.3, §5.1.1): over the sets below it, then its own AAR and AMS, then itself.
    QList<QByteArray> fields;
    for (const ArcSet& s : existing.sets) {
        if (s.instance >= instance)
            break;
        for (int index : {s.aarIndex, s.amsIndex, s.sealIndex})
            if (index >= 0)
                fields << message.headers.at(index).raw;
    }
    fields << aar << ams;
    const QString sealValue = QStringLiteral("i=%1; a=%2;%3 cv=%4;\r\n\td=%5; s=%6;\r\n\tb=")
                                  .arg(instance)
                                  .arg(algorithm, timestamp, cv, options.domain, options.selector);
    const QByteArray sealUnsigned = "ARC-Seal: " + sealValue.toLatin1() + "\r\n";
    const auto sealSignature =
        DkimSigner::signBytes(key, hash, ArcChainVerifier::sealHashInput(fields, sealUnsigned));
    if (!sealSignature)
        return std::unexpected(sealSignature.error());
    const QByteArray seal =
        "ARC-Seal: " + sealValue.toLatin1() + DkimSigner::foldedBase64(*sealSignature) + "\r\n";
    return QList<QByteArray>{seal, ams, aar};
}

std::expected<MailMessage, QString> ArcSigner::seal(const MailMessage& message, EVP_PKEY* key,
                                                    const ArcSealOptions& options) {
    const auto fields = sign(message, key, options);
    if (!fields)
        return std::unexpected(fields.error());
    MailMessage out = message;
    const QByteArray names[] = {"ARC-Seal", "ARC-Message-Signature", "ARC-Authentication-Results"};
    for (qsizetype i = fields->size() - 1; i >= 0; --i)
        out.headers.prepend(MailHeader{names[i], fields->at(i)});
    return out;
}
