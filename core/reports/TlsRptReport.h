#pragma once
// An SMTP TLS report (RFC 8460 §4) as plain values: per policy the success and failure session
// counts and the failure details.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct TlsRptFailure {
    QString resultType; // starttls-not-supported, certificate-expired, validation-failure, ...
    QString sendingMtaIp;
    QString receivingMxHostname;
    QString receivingMxHelo;
    QString receivingIp;
    qint64 failedSessions = 0;
    QString additionalInformation;
    QString failureReasonCode;
};

struct TlsRptPolicy {
    QString policyType; // sts, tlsa, no-policy-found
    QStringList policyString;
    QString policyDomain; // lower case
    QStringList mxHosts;
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
    QList<TlsRptFailure> failures;
};

struct TlsRptReport {
    QString organizationName;
    QString contactInfo;
    QString reportId;
    qint64 begin = 0; // seconds since the epoch, UTC
    qint64 end = 0;
    QList<TlsRptPolicy> policies;
    QStringList warnings;

    QJsonObject toJson() const;
};
