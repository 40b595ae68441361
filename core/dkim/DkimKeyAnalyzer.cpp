#include "DkimKeyAnalyzer.h"

#include "findings/FindingCatalogue.h"

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <QCoreApplication>

#include <memory>
#include <mutex>
#include <vector>

namespace {
// A context lupdate can see from the free functions below (same context as tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DkimKeyAnalyzer)
};

QString tr(const char* text) {
    return QCoreApplication::translate("DkimKeyAnalyzer", text);
}

std::expected<QByteArray, QString> decodeBase64(const QString& base64) {
    if (base64.isEmpty())
        return std::unexpected(Tr::tr("the key is empty (p=): the key is revoked"));
    for (const QChar c : base64) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
                        u == u'+' || u == u'/' || u == u'=';
        if (!ok)
            return std::unexpected(Tr::tr("p= is not base64: the character '%1' is not allowed").arg(c));
    }
    if (base64.size() % 4 != 0)
        return std::unexpected(
            Tr::tr("p= is not valid base64: its length (%1 characters) is not a multiple of 4 (truncated or "
                   "badly split record?)")
                .arg(base64.size()));
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::unexpected(Tr::tr("p= is not valid base64 ('=' padding in the middle of the key?)"));
    return *decoded;
}

// OpenSSL 3.0 builds a decoder chain for every d2i_PUBKEY() call (~200 µs for an RSA key here,
// against ~12 µs to decode with a chain that exists): a batch audit reads hundreds of keys. So
// the chains are kept and reused, one caller at a time each (a decoder context is not safe to
// share between threads), and new ones are made when all are busy.
class SpkiDecoderPool {
public:
    ~SpkiDecoderPool() {
        for (Entry* e : m_free)
            delete e;
    }

    EvpPkeyPtr decode(const QByteArray& der) {
        Entry* entry = take();
        if (!entry)
            return {};
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        size_t left = static_cast<size_t>(der.size());
        entry->slot = nullptr;
        const bool ok = OSSL_DECODER_from_data(entry->ctx, &p, &left) == 1;
        EvpPkeyPtr key(entry->slot);
        entry->slot = nullptr;
        give(entry);
        // Trailing bytes after the DER structure mean a corrupted record.
        if (!ok || left != 0)
            return {};
        return key;
    }

private:
    struct Entry {
        EVP_PKEY* slot = nullptr; // the context writes the decoded key here
        OSSL_DECODER_CTX* ctx = nullptr;
        ~Entry() { OSSL_DECODER_CTX_free(ctx); }
    };

    Entry* take() {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                Entry* e = m_free.back();
                m_free.pop_back();
                return e;
            }
        }
        auto e = std::make_unique<Entry>();
        e->ctx = OSSL_DECODER_CTX_new_for_pkey(&e->slot, "DER", "SubjectPublicKeyInfo", nullptr,
                                               EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
        return e->ctx ? e.release() : nullptr;
    }

    void give(Entry* e) {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(e);
    }

    std::mutex m_mutex;
    std::vector<Entry*> m_free;
};

// SubjectPublicKeyInfo is SEQUENCE { AlgorithmIdentifier (a SEQUENCE), BIT STRING }; a bare
// RSAPublicKey is SEQUENCE { INTEGER, INTEGER }. OpenSSL 3.0's decoder, unlike d2i_PUBKEY, reads
// either when asked for SubjectPublicKeyInfo, so the encoding (shown to the user) is told here.
bool looksLikeSpki(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const qsizetype n = der.size();
    if (n < 2 || p[0] != 0x30)
        return false;
    qsizetype at = 2;
    if (p[1] & 0x80)
        at += p[1] & 0x7f; // long form: that many length bytes follow
    return at < n && p[at] == 0x30;
}

EvpPkeyPtr fromSubjectPublicKeyInfo(const QByteArray& der) {
    if (!looksLikeSpki(der))
        return {};
    static SpkiDecoderPool pool;
    EvpPkeyPtr key = pool.decode(der);
    if (!key)
        ERR_clear_error();
    return key;
}

EvpPkeyPtr fromRsaPublicKey(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    EvpPkeyPtr key(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size())));
    if (key && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        return {};
    return key;
}
} // namespace

std::expected<EvpPkeyPtr, QString> DkimKeyAnalyzer::publicKey(const DkimKeyRecord& record) {
    return publicKey(record.keyType, record.publicKey);
}

std::expected<EvpPkeyPtr, QString> DkimKeyAnalyzer::publicKey(const QString& keyType, const QString& base64) {
    return publicKey(keyType, base64, nullptr);
}

std::expected<EvpPkeyPtr, QString> DkimKeyAnalyzer::publicKey(const QString& keyType, const QString& base64,
                                                              QByteArray* spki) {
    const auto bytes = decodeBase64(base64);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (keyType == QLatin1String("ed25519")) {
        // RFC 8463 §4: the raw 32-byte public key, not wrapped in DER.
        if (bytes->size() != 32) {
            QString hint;
            if (fromSubjectPublicKeyInfo(*bytes) || fromRsaPublicKey(*bytes))
                hint = tr(" It decodes as a DER public key: an RSA key published with k=ed25519?");
            return std::unexpected(
                tr("an Ed25519 key is 32 raw bytes; p= decodes to %1 bytes.").arg(bytes->size()) + hint);
        }
        EvpPkeyPtr key(EVP_PKEY_new_raw_public_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(bytes->constData()), 32));
        if (!key)
            return std::unexpected(tr("OpenSSL rejected the Ed25519 key: %1").arg(OpenSsl::lastError()));
        return key;
    }
    if (keyType != QLatin1String("rsa"))
        return std::unexpected(tr("k=%1 is not a key type this program can read").arg(keyType));
    // RFC 6376 §3.6.1 says SubjectPublicKeyInfo; many signers publish the bare RSAPublicKey and
    // most verifiers accept it, so both are read (and the encoding is shown).
    if (EvpPkeyPtr key = fromSubjectPublicKeyInfo(*bytes)) {
        if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
            return std::unexpected(
                tr("k=rsa but the key is a %1 key")
                    .arg(QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key.get())))));
        if (spki)
            *spki = *bytes;
        return key;
    }
    if (EvpPkeyPtr key = fromRsaPublicKey(*bytes))
        return key;
    ERR_clear_error();
    if (bytes->size() == 32)
        return std::unexpected(
            tr("p= holds 32 bytes, the size of an Ed25519 key, but the record says k=rsa (or "
               "no k=, which means rsa): add k=ed25519"));
    return std::unexpected(tr("p= decodes to %1 bytes that are not a DER RSA public key "
                              "(truncated, or a key split wrongly across strings?)")
                               .arg(bytes->size()));
}

QString DkimKeyAnalyzer::fingerprint(EVP_PKEY* key, const QByteArray& spki) {
    if (!spki.isEmpty())
        return QStringLiteral("SHA256:") + QString::fromLatin1(OpenSsl::sha256(spki).toHex());
    // Encoding the key again costs ~90 µs with OpenSSL 3.0 (an encoder chain per call).
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return {};
    const QByteArray digest = OpenSsl::sha256(QByteArray(reinterpret_cast<const char*>(der), length));
    OPENSSL_free(der);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toHex());
}

DkimKeyInfo DkimKeyAnalyzer::describe(EVP_PKEY* key, const QByteArray& spki) {
    DkimKeyInfo info;
    const int id = EVP_PKEY_get_base_id(key);
    if (id == EVP_PKEY_RSA) {
        info.keyType = QStringLiteral("rsa");
        info.bits = EVP_PKEY_get_bits(key);
        BIGNUM* e = nullptr;
        if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
            BignumPtr owned(e);
            char* dec = BN_bn2dec(e);
            info.exponent = QString::fromLatin1(dec);
            OPENSSL_free(dec);
        }
    } else if (id == EVP_PKEY_ED25519) {
        info.keyType = QStringLiteral("ed25519");
        info.bits = 256;
    } else {
        info.keyType = QString::fromLatin1(OBJ_nid2sn(id));
        info.bits = EVP_PKEY_get_bits(key);
    }
    info.fingerprint = fingerprint(key, spki);
    return info;
}

DkimKeyInfo DkimKeyAnalyzer::analyze(const DkimKeyRecord& record) {
    DkimKeyInfo info;
    if (record.isRevoked() || !record.hasPublicKey)
        return info;
    QByteArray spki;
    auto key = publicKey(record.keyType, record.publicKey, &spki);
    if (!key) {
        info.error = key.error();
        return info;
    }
    info = describe(key->get(), spki);
    if (info.keyType == QLatin1String("ed25519"))
        info.encoding = QStringLiteral("raw");
    else
        info.encoding =
            spki.isEmpty() ? QStringLiteral("RSAPublicKey") : QStringLiteral("SubjectPublicKeyInfo");
    return info;
}

QList<Finding> DkimKeyAnalyzer::findings(const DkimKeyRecord& record, const DkimKeyInfo& info,
                                         const QStringList& evidence) {
    QList<Finding> out;
    if (record.isRevoked()) {
        out << FindingCatalogue::make(u"DKIM-KEY-REVOKED", {}, evidence);
        return out;
    }
    QStringList problems = record.errors;
    if (!info.error.isEmpty())
        problems << info.error;
    if (!problems.isEmpty()) {
        out << FindingCatalogue::make(
            u"DKIM-KEY-INVALID",
            tr("A verifier ignores this record, so every signature made with this selector fails: %1.")
                .arg(problems.join(QStringLiteral("; "))),
            evidence);
    }
    if (info.keyType == QLatin1String("rsa") && info.bits > 0) {
        if (info.bits < 1024)
            out << FindingCatalogue::make(u"DKIM-KEY-INSECURE",
                                          tr("The RSA key is %1 bits. RFC 8301 §3.2: verifiers must not "
                                             "accept keys under 1024 bits, and "
                                             "such keys can be factored.")
                                              .arg(info.bits),
                                          evidence);
        else if (info.bits < 2048)
            out << FindingCatalogue::make(
                u"DKIM-KEY-WEAK",
                tr("The RSA key is %1 bits. RFC 8301 §3.2 asks signers to use at least 2048 bits.")
                    .arg(info.bits),
                evidence);
        else if (info.bits > 4096)
            out << FindingCatalogue::make(
                u"DKIM-KEY-TOO-LARGE",
                tr("The RSA key is %1 bits. RFC 8301 §3.2 only requires verifiers to "
                   "handle keys up to 4096 bits; larger ones may not be verified.")
                    .arg(info.bits),
                evidence);
        if (!info.exponent.isEmpty() && info.exponent.size() < 5 && info.exponent.toInt() < 65537)
            out << FindingCatalogue::make(u"DKIM-RSA-EXPONENT",
                                          tr("The public exponent is %1.").arg(info.exponent), evidence);
    }
    if (!record.hashAlgorithms.isEmpty() && record.hashAlgorithms.contains(QStringLiteral("sha1"))) {
        const bool only = !record.hashAlgorithms.contains(QStringLiteral("sha256"));
        out << FindingCatalogue::make(
            u"DKIM-SHA1",
            only
                ? tr("h=%1 allows only SHA-1: RFC 8301 §3.1 forbids signing with it and verifiers treat such "
                     "signatures as failing.")
                      .arg(record.hashAlgorithms.join(u':'))
                : tr("h=%1 still allows SHA-1 next to SHA-256 (RFC 8301 §3.1): drop sha1.")
                      .arg(record.hashAlgorithms.join(u':')),
            evidence, only ? Severity::Error : Severity::Warning);
    }
    if (record.isTesting())
        out << FindingCatalogue::make(u"DKIM-TESTING", {}, evidence);
    if (record.isStrictSubdomain())
        out << FindingCatalogue::make(u"DKIM-STRICT-SUBDOMAIN", {}, evidence);
    if (record.hasGranularity && record.granularity != QLatin1String("*"))
        out << FindingCatalogue::make(
            u"DKIM-GRANULARITY",
            tr("g=%1 comes from DomainKeys (RFC 4870). RFC 6376 ignores it, but old verifiers may reject "
               "signatures whose i= local part does not match it.")
                .arg(record.granularity),
            evidence);
    return out;
}
