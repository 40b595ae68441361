#pragma once
// What one submission through the user's own server came to: accepted, or the step that failed
// with the server's reply (never the password, never the base64 of it).

#include <QString>
#include <QStringList>

struct SmtpSubmitResult {
    enum class Error {
        None,
        HostNotFound,
        Refused,          // nothing listens on the port
        Timeout,          // no answer in time
        TlsCertificate,   // the certificate is not trusted or does not name the host
        TlsHandshake,     // TLS failed for another reason, or STARTTLS not offered
        AuthUnavailable,  // the server offers neither AUTH PLAIN nor AUTH LOGIN
        AuthRefused,      // 535 and the like: the user name or password was refused
        SenderRefused,    // MAIL FROM refused
        RecipientRefused, // a RCPT TO refused (recipients names which)
        MessageRefused,   // DATA refused, or the message after it
        Protocol,         // not an SMTP server, or an unexpected answer
        Cancelled,
    };
    Error error = Error::None;
    QString errorText;             // plain words naming the host, port and step
    QString serverReply;           // the reply that ended it, as the server wrote it
    QStringList refusedRecipients; // with RecipientRefused
    QString queueId;               // the final 250 reply's text ("queued as ...")
    qint64 elapsedMs = 0;

    bool ok() const { return error == Error::None; }
    // "refused", "timeout", "bad-certificate", "auth-refused", "recipient-refused", ...
    static QString errorName(Error error);
};
