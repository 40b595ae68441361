#pragma once
// How core/net connects: --connect-to rules, extra trust anchors (--ca-file), time and size limits.

#include "ConnectToRule.h"

#include <QFuture>
#include <QList>
#include <QSslCertificate>

struct NetOptions {
    QList<ConnectToRule> connectTo;  // the first matching rule wins
    QList<QSslCertificate> extraCa;  // trusted in addition to the system's roots
    int connectTimeoutMs = 5000;     // TCP connect and TLS handshake, per address
    int totalTimeoutMs = 15000;      // one fetch or probe, all addresses included
    qint64 maxBodyBytes = 64 * 1024; // MTA-STS: at most 64 KiB (RFC 8461 §3.3)
    int maxAddresses = 4;            // addresses tried per host
    bool offline = false;            // --offline, --demo: no connection at all

    // The system's roots plus extraCa (the system store is read once per process), or empty when
    // there is no extraCa: then Qt's default configuration (system roots on demand) applies.
    QList<QSslCertificate> trustAnchors() const;
    // With extraCa, starts reading the system store on a pool thread (once per process), so that
    // the ~100 ms of parsing overlap the DNS questions asked before the first connection.
    // The future ends when the store is read (an empty one when nothing was started here); the
    // caller waits for it before it returns, so no work outlives the check that started it.
    QFuture<void> prefetchTrustAnchors() const;
    // Reads PEM certificates for --ca-file; an error names the file.
    static std::expected<QList<QSslCertificate>, QString> readCaFile(const QString& path);
};
