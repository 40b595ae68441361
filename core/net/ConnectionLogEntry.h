#pragma once
// One connection made by core/net, as evidence beside the DNS query log: where to, over what
// TLS, which certificates, what came of it and how long it took.

#include "CertificateInfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

struct ConnectionLogEntry {
    int sequence = 0;
    QDateTime startedAt;
    QString protocol; // "https", "smtp"
    QString host;     // the name TLS checks the certificate against
    quint16 port = 0; // the port meant
    QString address;  // the address actually connected to
    quint16 connectedPort = 0;
    QString via;        // the --connect-to rule used, if any
    QString tlsVersion; // "TLSv1.3"; empty when TLS was not reached
    QString cipher;
    QList<CertificateInfo> chain; // as the peer sent it, leaf first
    QStringList certificateErrors;
    QString outcome; // "ok", "refused", "timeout", "tls-failed", "certificate-invalid", "protocol-error",
                     // "too-large", "cancelled", "no-address"
    QString error;   // a readable reason when outcome is not "ok"
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};
