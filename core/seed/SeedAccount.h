#pragma once
// One seed mailbox: an IMAP account that receives the test message (issue #18). The password is
// held in memory only for the run: never written to evidence, JSON, history, logs or errors.

#include <QMap>
#include <QSslCertificate>
#include <QString>

enum class SeedTlsMode {
    Implicit, // TLS from the first byte (IMAPS, usually 993)
    StartTls, // plain connection upgraded by STARTTLS (usually 143); refused if the server does not offer it
};

struct SeedAccount {
    QString name; // "gmail-1": the seed's label in results, metrics and history
    QString host;
    quint16 port = 993;
    SeedTlsMode tls = SeedTlsMode::Implicit;
    QString user;
    QString password;               // secret: never printed
    QList<QSslCertificate> extraCa; // --ca-file / the config's ca-file: trusted beside the system roots
    // Optional folder mapping from the config: "inbox" -> "INBOX", "spam" -> "Bulk Mail". An
    // entry here wins over SPECIAL-USE (RFC 6154) and the usual names.
    QMap<QString, QString> folders;
};
