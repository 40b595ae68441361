#include "SmtpSubmitResult.h"

QString SmtpSubmitResult::errorName(Error error) {
    switch (error) {
    case Error::None:
        return {};
    case Error::HostNotFound:
        return QStringLiteral("host-not-found");
    case Error::Refused:
        return QStringLiteral("refused");
    case Error::Timeout:
        return QStringLiteral("timeout");
    case Error::TlsCertificate:
        return QStringLiteral("bad-certificate");
    case Error::TlsHandshake:
        return QStringLiteral("tls-failed");
    case Error::AuthUnavailable:
        return QStringLiteral("auth-unavailable");
    case Error::AuthRefused:
        return QStringLiteral("auth-refused");
    case Error::SenderRefused:
        return QStringLiteral("sender-refused");
    case Error::RecipientRefused:
        return QStringLiteral("recipient-refused");
    case Error::MessageRefused:
        return QStringLiteral("message-refused");
    case Error::Protocol:
        return QStringLiteral("protocol-error");
    case Error::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}
