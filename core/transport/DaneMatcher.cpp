#include "DaneMatcher.h"

#include <QCryptographicHash>

#include <memory>
#include <openssl/x509.h>

namespace {
struct X509Deleter {
    void operator()(X509* x) const noexcept { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr parse(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(der.isEmpty() ? nullptr : d2i_X509(nullptr, &p, der.size()));
}
} // namespace

bool DaneMatcher::signedBy(const QByteArray& certificateDer, const QByteArray& issuerDer) {
    const X509Ptr cert = parse(certificateDer);
    const X509Ptr issuer = parse(issuerDer);
    if (!cert || !issuer)
        return false;
    EVP_PKEY* key = X509_get0_pubkey(issuer.get());
    return key && X509_verify(cert.get(), key) == 1;
}

std::optional<QByteArray> DaneMatcher::subjectPublicKeyInfo(const QByteArray& certificateDer) {
    const X509Ptr cert = parse(certificateDer);
    if (!cert)
        return std::nullopt;
    const X509_PUBKEY* key = X509_get_X509_PUBKEY(cert.get());
    if (!key)
        return std::nullopt;
    unsigned char* out = nullptr;
    const int length = i2d_X509_PUBKEY(key, &out);
    if (length <= 0 || !out)
        return std::nullopt;
    QByteArray spki(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return spki;
}

std::optional<QByteArray> DaneMatcher::associationData(const QByteArray& certificateDer, quint8 selector,
                                                       quint8 matchingType) {
    std::optional<QByteArray> selected;
    if (selector == TlsaRecord::FullCertificate)
        selected = certificateDer.isEmpty() ? std::nullopt : std::optional(certificateDer);
    else if (selector == TlsaRecord::SubjectPublicKeyInfo)
        selected = subjectPublicKeyInfo(certificateDer);
    if (!selected)
        return std::nullopt;
    switch (matchingType) {
    case TlsaRecord::Exact:
        return selected;
    case TlsaRecord::Sha256:
        return QCryptographicHash::hash(*selected, QCryptographicHash::Sha256);
    case TlsaRecord::Sha512:
        return QCryptographicHash::hash(*selected, QCryptographicHash::Sha512);
    default:
        return std::nullopt;
    }
}

bool DaneMatcher::matchesCertificate(const TlsaRecord& record, const QByteArray& certificateDer) {
    const auto data = associationData(certificateDer, record.selector, record.matchingType);
    return data && *data == record.data;
}

int DaneMatcher::match(const TlsaRecord& record, const QList<QByteArray>& chain) {
    if (chain.isEmpty())
        return -1;
    switch (record.usage) {
    case TlsaRecord::DaneEe:
        return matchesCertificate(record, chain.first()) ? 0 : -1;
    case TlsaRecord::DaneTa:
        // RFC 7672 §3.2.2: the trust anchor is one of the certificates the server sent above its own,
        // and the leaf chains up to it (each certificate signed by the next). Dates and names of the
        // trust anchor are not checked.
        for (qsizetype i = 1; i < chain.size(); ++i) {
            if (!matchesCertificate(record, chain.at(i)))
                continue;
            bool linked = true;
            for (qsizetype j = 0; j < i && linked; ++j)
                linked = signedBy(chain.at(j), chain.at(j + 1));
            if (linked)
                return int(i);
        }
        return -1;
    default:
        return -1; // PKIX-TA/PKIX-EE: unusable for SMTP (RFC 7672 §3.1.3)
    }
}
