#pragma once
// One certificate as evidence: who it names, who issued it, when it expires.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QStringList>

struct CertificateInfo {
    QString subject; // the subject's common name (or the whole subject when it has none)
    QString issuer;
    QStringList sans; // DNS names and IP addresses of the subjectAltName extension
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // fingerprint, hex
    QByteArray der; // the certificate itself (DANE matches TLSA records against it); not in toJson()

    static CertificateInfo from(const QSslCertificate& certificate);
    QJsonObject toJson() const;
};
