#pragma once
// What one HTTPS GET brought back, or why it failed, as core/net's HttpsFetcher reports it.

#include "CertificateInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

struct HttpsResponse {
    enum class Error {
        None,
        NoAddress,   // the host name has no A/AAAA record
        Connect,     // refused or unreachable on every address
        Timeout,     // no complete answer within the time limit
        Certificate, // the certificate chain, dates or name failed the check
        Tls,         // the TLS handshake failed for another reason
        Protocol,    // not a well-formed HTTP/1.x response
        TooLarge,    // the body is over the size limit
        Cancelled,
    };
    QString url;
    Error error = Error::None;
    QString errorText;
    int httpStatus = 0;
    QString contentType; // as sent
    QString location;    // of a redirect
    QByteArray body;
    bool certificateValid = false;
    QStringList certificateErrors;
    QList<CertificateInfo> chain; // leaf first
    QString address;              // the address that answered

    bool ok() const { return error == Error::None; }
    bool isRedirect() const { return httpStatus >= 300 && httpStatus < 400; }
    // "text/plain; charset=utf-8" -> "text/plain"
    QString mediaType() const;
    static QString errorName(Error error); // "", "no-address", "connect", "timeout", "certificate", ...
    // {url, httpStatus, contentType, certificateValid, error}
    QJsonObject toJson() const;
};
