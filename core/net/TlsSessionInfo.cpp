#include "TlsSessionInfo.h"

using namespace Qt::StringLiterals;

QString TlsSessionInfo::protocolName(QSsl::SslProtocol protocol) {
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (protocol) {
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_1:
        return u"TLSv1.1"_s;
    case QSsl::TlsV1_0:
        return u"TLSv1.0"_s;
    default:
        return u"unknown"_s;
    }
    QT_WARNING_POP
}

bool TlsSessionInfo::isOutdated(QSsl::SslProtocol protocol) {
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return protocol == QSsl::TlsV1_0 || protocol == QSsl::TlsV1_1;
    QT_WARNING_POP
}
