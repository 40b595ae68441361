#pragma once
// The user's own submission server (RFC 6409), through which the seed run sends its test message:
// STARTTLS (587) or implicit TLS (465, RFC 8314), AUTH PLAIN or LOGIN. The password is held in
// memory only for the run: never written to evidence, JSON, history, logs or errors.

#include "SeedAccount.h"

struct SeedSubmissionServer {
    QString host;
    quint16 port = 587;
    SeedTlsMode tls = SeedTlsMode::StartTls;
    QString user;
    QString password; // secret: never printed
    QString from;     // an address of the audited domain: the From field and MAIL FROM
    QList<QSslCertificate> extraCa;
};
