#include "CertificateInfo.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {
QString name(const QSslCertificate& c, bool issuer) {
    const QStringList cn =
        issuer ? c.issuerInfo(QSslCertificate::CommonName) : c.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return cn.join(u", "_s);
    return issuer ? c.issuerDisplayName() : c.subjectDisplayName();
}
} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate& c) {
    CertificateInfo i;
    i.subject = name(c, false);
    i.issuer = name(c, true);
    const auto alt = c.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        i.sans << it.value();
    i.notBefore = c.effectiveDate().toUTC();
    i.notAfter = c.expiryDate().toUTC();
    i.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
    i.der = c.toDer();
    return i;
}

QJsonObject CertificateInfo::toJson() const {
    return {{u"subject"_s, subject},
            {u"issuer"_s, issuer},
            {u"sans"_s, QJsonArray::fromStringList(sans)},
            {u"notBefore"_s, notBefore.toString(Qt::ISODate)},
            {u"notAfter"_s, notAfter.toString(Qt::ISODate)},
            {u"sha256"_s, sha256}};
}
