#pragma once
// Names for what a TLS handshake agreed on, as the evidence shows them.

#include <QSsl>
#include <QString>

class TlsSessionInfo {
public:
    // "TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1.0", or "unknown".
    static QString protocolName(QSsl::SslProtocol protocol);
    // True for TLS 1.0 and 1.1 (deprecated by RFC 8996).
    static bool isOutdated(QSsl::SslProtocol protocol);
};
