#pragma once
// The Authentication-Results (RFC 8601) and Received-SPF (RFC 7208 §9.1) headers of a message,
// read loosely into method/result pairs so a user sees SPF, DKIM and DMARC outcomes in one place.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

struct AuthenticationResult {
    QString method;                    // "spf", "dkim", "dmarc", "arc", ...
    QString result;                    // "pass", "fail", ...
    QString reason;                    // reason= or the comment
    QMap<QString, QString> properties; // "header.d" -> "example.com", "smtp.mailfrom" -> ...
};

struct AuthenticationResultsHeader {
    QString header; // "Authentication-Results" or "Received-SPF"
    QString authServId;
    QString raw;
    QList<AuthenticationResult> results;

    static AuthenticationResultsHeader parseAuthenticationResults(const QString& value);
    static AuthenticationResultsHeader parseReceivedSpf(const QString& value);
    QJsonObject toJson() const;
};
