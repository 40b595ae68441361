#pragma once
// What one look into one seed mailbox found: the test message (by its token) and where, or why
// the mailbox could not be looked into. A failure is named for what it is (timeout, refused
// connection, bad certificate, login refused), never reported as "missing".

#include "SeedPlacement.h"

#include <QByteArray>
#include <QString>

struct SeedMailboxObservation {
    enum class Error {
        None,
        HostNotFound,
        Refused,        // nothing listens on the port
        Timeout,        // no answer in time
        TlsCertificate, // the server's certificate is not trusted or does not name the host
        TlsHandshake,   // TLS failed for another reason, or STARTTLS not offered
        LoginRefused,   // the server refused the user name or password (the password is never shown)
        Protocol,       // not an IMAP server, or an unexpected answer
        Cancelled,
    };
    bool found = false;
    QString folder; // the server's name of the folder that held the message
    SeedPlacement placement = SeedPlacement::Missing;
    QByteArray message;   // the received copy as the server stores it (RFC 5322), for the analyzer
    bool cleaned = false; // deleted or moved after reading, as asked
    Error error = Error::None;
    QString errorText; // plain words, naming host and port; never the password

    bool failed() const { return error != Error::None; }
};

// "timeout", "refused", "bad-certificate", "login-refused", ...: the JSON spelling.
QString seedErrorName(SeedMailboxObservation::Error error);
