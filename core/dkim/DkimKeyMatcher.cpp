#include "DkimKeyMatcher.h"

#include "DkimKeyAnalyzer.h"

#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>

#include <QCoreApplication>
#include <QFile>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DkimKeyMatcher", text);
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

EvpPkeyPtr decode(const QByteArray& bytes, const char* inputType) {
    EVP_PKEY* key = nullptr;
    OSSL_DECODER_CTX* ctx =
        OSSL_DECODER_CTX_new_for_pkey(&key, inputType, nullptr, nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr);
    if (!ctx)
        return {};
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    size_t length = size_t(bytes.size());
    const int ok = OSSL_DECODER_from_data(ctx, &data, &length);
    OSSL_DECODER_CTX_free(ctx);
    EvpPkeyPtr owned(key);
    if (ok != 1)
        return {};
    return owned;
}
} // namespace

std::expected<EvpPkeyPtr, QString> DkimKeyMatcher::readPrivateKey(QByteArray& bytes) {
    EvpPkeyPtr key = decode(bytes, "PEM");
    if (!key)
        key = decode(bytes, "DER");
    if (!key) {
        // A bare base64 Ed25519 seed of 32 bytes (dkimpy's format).
        QByteArray trimmed = bytes.trimmed();
        auto seed = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        wipe(trimmed);
        if (seed && seed.decoded.size() == 32)
            key.reset(EVP_PKEY_new_raw_private_key(
                EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.decoded.constData()),
                32));
        if (seed)
            wipe(seed.decoded);
    }
    wipe(bytes);
    ERR_clear_error();
    if (!key)
        return std::unexpected(tr("the file is not a private key this program reads (PEM or DER, PKCS#1 or "
                                  "PKCS#8, RSA or Ed25519; an encrypted key must be decrypted first)"));
    const int id = EVP_PKEY_get_base_id(key.get());
    if (id != EVP_PKEY_RSA && id != EVP_PKEY_ED25519)
        return std::unexpected(tr("the private key is neither RSA nor Ed25519"));
    return key;
}

std::expected<EvpPkeyPtr, QString> DkimKeyMatcher::readPrivateKeyFile(const QString& path) {
    QFile file(path);
    // Unbuffered, so that no copy of the key stays in QFile's buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 64 * 1024)
        return std::unexpected(tr("%1 is too large to be a private key").arg(path));
    QByteArray bytes(qsizetype(file.size()), Qt::Uninitialized);
    const qint64 n = file.read(bytes.data(), bytes.size());
    if (n < 0) {
        wipe(bytes);
        return std::unexpected(tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    bytes.truncate(qsizetype(n));
    return readPrivateKey(bytes);
}

DkimKeyMatch DkimKeyMatcher::match(EVP_PKEY* privateKey, const DkimKeyRecord& published) {
    DkimKeyMatch m;
    m.privateKey = DkimKeyAnalyzer::describe(privateKey);
    if (published.isRevoked()) {
        m.reason = tr("the selector's key is revoked (empty p=): nothing to match");
        return m;
    }
    QByteArray spki;
    auto pub = DkimKeyAnalyzer::publicKey(published.keyType, published.publicKey, &spki);
    if (!pub) {
        m.publishedKey.error = pub.error();
        m.reason = tr("the published key cannot be read: %1").arg(pub.error());
        return m;
    }
    m.publishedKey = DkimKeyAnalyzer::describe(pub->get(), spki);
    m.matches = EVP_PKEY_eq(privateKey, pub->get()) == 1;
    ERR_clear_error();
    if (m.matches)
        m.reason = tr("the private key matches the published %1 key (%2)")
                       .arg(m.publishedKey.keyType, m.publishedKey.fingerprint);
    else if (m.privateKey.keyType != m.publishedKey.keyType)
        m.reason = tr("the private key is %1, the published key is %2")
                       .arg(m.privateKey.keyType, m.publishedKey.keyType);
    else
        m.reason = tr("the private key's public half is not the published key (fingerprints differ)");
    return m;
}

QJsonObject DkimKeyMatch::toJson() const {
    return QJsonObject{{QStringLiteral("matches"), matches},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("privateKey"), privateKey.toJson()},
                       {QStringLiteral("publishedKey"), publishedKey.toJson()}};
}
