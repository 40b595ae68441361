#include "SeedMailboxObservation.h"

QString seedErrorName(SeedMailboxObservation::Error error) {
    using E = SeedMailboxObservation::Error;
    switch (error) {
    case E::None:
        return {};
    case E::HostNotFound:
        return QStringLiteral("host-not-found");
    case E::Refused:
        return QStringLiteral("refused");
    case E::Timeout:
        return QStringLiteral("timeout");
    case E::TlsCertificate:
        return QStringLiteral("bad-certificate");
    case E::TlsHandshake:
        return QStringLiteral("tls-failed");
    case E::LoginRefused:
        return QStringLiteral("login-refused");
    case E::Protocol:
        return QStringLiteral("protocol-error");
    case E::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}
