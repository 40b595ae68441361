#include "BimiAuthorityEvidence.h"

#include "BimiGzip.h"
#include "BimiLogotype.h"
#include "BimiSvgProfileChecker.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxCertificates = 10;
constexpr qsizetype kMaxSvg = 256 * 1024;

struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

QString nameText(const X509_NAME* name) {
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QString out = QString::fromUtf8(data, size);
    BIO_free(bio);
    return out;
}

QDateTime timeOf(const ASN1_TIME* t) {
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QStringList dnsNames(X509* cert) {
    QStringList out;
    auto* names = static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* n = sk_GENERAL_NAME_value(names, i);
        if (n->type == GEN_DNS)
            out << QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(n->d.dNSName)),
                                       ASN1_STRING_length(n->d.dNSName));
    }
    GENERAL_NAMES_free(names);
    return out;
}

bool hasEku(X509* cert, const char* oid) {
    auto* ekus =
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    if (!ekus)
        return false;
    bool found = false;
    char buffer[80];
    for (int i = 0; i < sk_ASN1_OBJECT_num(ekus); ++i) {
        OBJ_obj2txt(buffer, sizeof buffer, sk_ASN1_OBJECT_value(ekus, i), 1);
        if (qstrcmp(buffer, oid) == 0)
            found = true;
    }
    EXTENDED_KEY_USAGE_free(ekus);
    return found;
}

std::optional<QCryptographicHash::Algorithm> algorithm(const QString& name) {
    if (name == u"sha256"_s)
        return QCryptographicHash::Sha256;
    if (name == u"sha384"_s)
        return QCryptographicHash::Sha384;
    if (name == u"sha512"_s)
        return QCryptographicHash::Sha512;
    if (name == u"sha1"_s)
        return QCryptographicHash::Sha1;
    return std::nullopt;
}

QByteArray decompressed(const QByteArray& data, QString* error) {
    if (!BimiGzip::isGzip(data))
        return data;
    const auto out = BimiGzip::inflate(data, kMaxSvg);
    if (!out) {
        *error = out.error();
        return {};
    }
    return *out;
}

QString sha256Hex(const QByteArray& data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void checkLogotype(BimiAuthorityEvidence& e, X509* leaf, const QByteArray& logo) {
    ASN1_OBJECT* obj = OBJ_txt2obj(BimiAuthorityEvidence::logotypeOid, 1);
    const int index = X509_get_ext_by_OBJ(leaf, obj, -1);
    ASN1_OBJECT_free(obj);
    if (index < 0) {
        e.errors
            << u"the certificate has no logotype extension (RFC 3709, 1.3.6.1.5.5.7.1.12): it carries no logo"_s;
        return;
    }
    const ASN1_OCTET_STRING* value = X509_EXTENSION_get_data(X509_get_ext(leaf, index));
    const BimiLogotype logotype = BimiLogotype::parse(
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value)));
    for (const QString& err : logotype.errors)
        e.errors << u"logotype extension: %1"_s.arg(err);
    if (!logotype.errors.isEmpty())
        return;
    const BimiLogotype::Image* svgImage = nullptr;
    for (const BimiLogotype::Image& i : logotype.images)
        if (i.mediaType == u"image/svg+xml"_s && !svgImage)
            svgImage = &i;
    if (!svgImage) {
        e.errors << u"the logotype extension holds no image/svg+xml image"_s;
        return;
    }
    e.logotypeMediaType = svgImage->mediaType;
    if (svgImage->uris.size() != 1) {
        e.errors << u"the logotype image has %1 URIs; a Mark Certificate embeds exactly one data: URI"_s.arg(
            svgImage->uris.size());
        return;
    }
    const auto data = BimiLogotype::decodeDataUri(svgImage->uris.first());
    if (!data) {
        e.errors << u"the logotype URI: %1"_s.arg(data.error());
        return;
    }
    if (data->first != u"image/svg+xml"_s)
        e.errors << u"the logotype data: URI has media type '%1', not image/svg+xml"_s.arg(data->first);
    // RFC 3709 §4.1: each logotypeHash is computed over the logotype object as referenced (here the
    // data: URI's decoded content); one matching supported hash is required, none may differ.
    bool verified = false;
    for (const BimiLogotype::Hash& h : svgImage->hashes) {
        const auto alg = algorithm(h.algorithm);
        if (!alg)
            continue;
        if (QCryptographicHash::hash(data->second, *alg) == h.value)
            verified = true;
        else
            e.errors << u"the logotype %1 hash %2 does not match the embedded image (%3)"_s.arg(
                h.algorithm, QString::fromLatin1(h.value.toHex()),
                QString::fromLatin1(QCryptographicHash::hash(data->second, *alg).toHex()));
    }
    if (!verified && e.errors.isEmpty())
        e.errors << u"the logotype extension has no SHA-1/SHA-2 hash of the image"_s;
    QString error;
    e.embeddedSvg = decompressed(data->second, &error);
    if (!error.isEmpty()) {
        e.errors << u"the embedded logo cannot be decompressed: %1"_s.arg(error);
        return;
    }
    e.embeddedSvgSha256 = sha256Hex(e.embeddedSvg);
    const BimiSvgProfileChecker::Result profile = BimiSvgProfileChecker::check(e.embeddedSvg);
    for (const QString& err : profile.errors)
        e.errors << u"the embedded logo: %1"_s.arg(err);
    if (logo.isEmpty())
        return;
    const QByteArray published = decompressed(logo, &error);
    e.logoMatches = error.isEmpty() && published == e.embeddedSvg;
    if (!e.logoMatches)
        e.errors << u"the logo at l= (SHA-256 %1) is not the SVG embedded in the certificate (SHA-256 %2)"_s
                        .arg(sha256Hex(published), e.embeddedSvgSha256);
}
} // namespace

BimiAuthorityEvidence BimiAuthorityEvidence::evaluate(const QByteArray& pem, const QString& domain,
                                                      const QString& selector, const QByteArray& logo,
                                                      const QList<QSslCertificate>& extraCa,
                                                      const QDateTime& now) {
    BimiAuthorityEvidence e;
    std::vector<X509Ptr> chain;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    while (chain.size() < size_t(kMaxCertificates) + 1) {
        X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        if (!x)
            break;
        chain.emplace_back(x);
    }
    BIO_free(bio);
    ERR_clear_error();
    e.certificates = int(chain.size());
    if (chain.empty()) {
        e.errors << u"the document holds no PEM certificate"_s;
        return e;
    }
    if (chain.size() > size_t(kMaxCertificates)) {
        e.errors << u"the document holds more than %1 certificates"_s.arg(kMaxCertificates);
        return e;
    }
    X509* leaf = chain.front().get();
    e.subject = nameText(X509_get_subject_name(leaf));
    e.issuer = nameText(X509_get_issuer_name(leaf));
    e.notBefore = timeOf(X509_get0_notBefore(leaf));
    e.notAfter = timeOf(X509_get0_notAfter(leaf));
    e.sans = dnsNames(leaf);

    if (e.notBefore.isValid() && now < e.notBefore)
        e.errors << u"the certificate is not valid before %1"_s.arg(e.notBefore.toString(Qt::ISODate));
    if (e.notAfter.isValid() && now > e.notAfter)
        e.errors << u"the certificate expired on %1"_s.arg(e.notAfter.toString(Qt::ISODate));

    const QString selectorName = selector + u"._bimi."_s + domain;
    bool named = false;
    for (const QString& san : std::as_const(e.sans))
        if (san.compare(domain, Qt::CaseInsensitive) == 0 ||
            san.compare(selectorName, Qt::CaseInsensitive) == 0)
            named = true;
    if (!named)
        e.errors << u"no subjectAltName names %1 or %2 (it names %3)"_s.arg(
            domain, selectorName, e.sans.isEmpty() ? u"nothing"_s : e.sans.join(u", "_s));
    if (!hasEku(leaf, bimiEku))
        e.errors << u"the certificate lacks the BIMI extended key usage (%1)"_s.arg(QLatin1String(bimiEku));

    // The chain, against the system's roots and --ca-file, at `now`.
    X509_STORE* store = X509_STORE_new();
    X509_STORE_set_default_paths(store);
    for (const QSslCertificate& ca : extraCa) {
        const QByteArray der = ca.toDer();
        const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
        if (X509* x = d2i_X509(nullptr, &p, long(der.size()))) {
            X509_STORE_add_cert(store, x);
            X509_free(x);
        }
    }
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    for (size_t i = 1; i < chain.size(); ++i)
        sk_X509_push(untrusted, chain[i].get());
    X509_STORE_CTX* ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf, untrusted);
    X509_STORE_CTX_set_time(ctx, 0, time_t(now.toSecsSinceEpoch()));
    e.chainValid = X509_verify_cert(ctx) == 1;
    if (!e.chainValid)
        e.errors << u"the certificate chain does not verify: %1 (at depth %2)"_s
                        .arg(QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx))))
                        .arg(X509_STORE_CTX_get_error_depth(ctx));
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted);
    X509_STORE_free(store);
    ERR_clear_error();

    checkLogotype(e, leaf, logo);
    return e;
}
