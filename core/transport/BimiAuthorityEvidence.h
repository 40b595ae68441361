#pragma once
// A BIMI Evidence Document (the a= URL of the record): a Verified or Common Mark Certificate in
// PEM, leaf first, then its intermediates. Checked with OpenSSL the way a receiver checks it: the
// chain up to a trusted root (the system's roots plus --ca-file), the validity dates, the BIMI
// extended key usage (id-kp-BrandIndicatorforMessageIdentification, 1.3.6.1.5.5.7.3.31), a
// subjectAltName naming the domain or its <selector>._bimi name, and the logotype extension
// (RFC 3709, 1.3.6.1.5.5.7.1.12): its embedded SVG must match its own logotypeHash and be the
// same SVG as the logo published at l=.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

struct BimiAuthorityEvidence {
    QStringList errors; // empty when the evidence is valid
    int certificates = 0;
    QString subject; // RFC 2253 form
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList sans;          // DNS names
    QString logotypeMediaType; // "image/svg+xml"
    QByteArray embeddedSvg;    // the SVG the certificate carries, decompressed
    QString embeddedSvgSha256; // hex, of embeddedSvg
    bool chainValid = false;
    bool logoMatches = false; // the embedded SVG is the logo at l=

    bool valid() const { return errors.isEmpty(); }

    static constexpr const char* bimiEku = "1.3.6.1.5.5.7.3.31";
    static constexpr const char* logotypeOid = "1.3.6.1.5.5.7.1.12";

    // pem: the fetched document; logo: the bytes fetched from l= (empty when none); extraCa: trusted
    // in addition to the system's roots; now: the time the chain and dates are checked at.
    static BimiAuthorityEvidence evaluate(const QByteArray& pem, const QString& domain,
                                          const QString& selector, const QByteArray& logo,
                                          const QList<QSslCertificate>& extraCa, const QDateTime& now);
};
