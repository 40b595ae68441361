#pragma once
// What one STARTTLS probe of an MX host found: whether STARTTLS is offered, what TLS was agreed,
// the certificate chain and how it checks out, or why the probe could not tell.

#include "CertificateInfo.h"

#include <QJsonObject>
#include <QList>

struct SmtpProbeResult {
    enum class Outcome {
        Tls,           // STARTTLS offered and the handshake completed (the certificate may still be bad)
        NotOffered,    // the server answered EHLO without STARTTLS
        NoAddress,     // the host has no A/AAAA
        Refused,       // nothing listens on the port
        Timeout,       // connected (or not) but no answer in time: a silent port, not "no TLS"
        TlsFailed,     // STARTTLS was accepted but the handshake failed
        ProtocolError, // not an SMTP server, or it refused EHLO/STARTTLS
        Cancelled,
    };
    QString host;
    QString address;
    quint16 port = 25;
    Outcome outcome = Outcome::Timeout;
    QString banner;
    QStringList ehlo; // the EHLO keywords
    QString tlsVersion;
    QString cipher;
    bool outdatedTls = false; // TLS 1.0 or 1.1
    QList<CertificateInfo> chain;
    QStringList certificateErrors;
    bool chainValid = false;  // chains to a trusted root and within its dates
    bool nameMatches = false; // names the MX host
    bool expired = false;
    QString error;
    qint64 elapsedMs = 0;

    bool offered() const { return outcome == Outcome::Tls || outcome == Outcome::TlsFailed; }
    // A refused, silent or failed probe says nothing about TLS.
    bool reached() const {
        return outcome == Outcome::Tls || outcome == Outcome::NotOffered || outcome == Outcome::TlsFailed;
    }
    static QString outcomeName(Outcome outcome); // "tls", "not-offered", "refused", "timeout", ...
    // {offered, tlsVersion, cipher, certificate {subject, sans, issuer, notAfter, chainValid, nameMatches},
    // error, ...}
    QJsonObject toJson() const;
};
