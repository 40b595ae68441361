#pragma once
// One IMAP4rev1 client connection (RFC 3501) for the seed probe: TCP and TLS (implicit, or
// STARTTLS on request) through QSslSocket, the certificate checked against the host name and the
// trust anchors, then tagged commands whose responses (literals {n} included, each capped) are
// read by ImapResponseParser. Blocking: every wait runs the caller's QEventLoop, which the
// caller's cancel() may quit from any thread. Every timeout is a total deadline from the start of
// the operation (open, startTls, one command), so a server that trickles bytes cannot hold a look
// open; one response is capped at the literal cap + 1 MiB, and the untagged responses of one
// command in number and bytes (a flood is a Protocol error, not unbounded memory).
//
// Why our own client and not a library (decided for issue #18): Debian 12 has libkf5imap-dev
// (KIMAP: Qt 5 only, cannot link beside Qt 6), libetpan-dev (C, its own blocking sockets and
// GnuTLS verification: no --connect-to, no --ca-file beside the system roots, no ConnectionLog, no
// cancel from another thread) and libvmime-dev (0.9.2, large, GnuTLS with its own certificate
// verifier). The seed probe needs a dozen commands; with QSslSocket it shares SmtpProber's TLS,
// trust anchors and evidence, and the parser it needs is small enough to fuzz.

#include "ImapResponse.h"
#include "SeedMailboxObservation.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>
#include <atomic>
#include <expected>
#include <functional>

class QEventLoop;

class ImapConnection {
public:
    struct Failure {
        SeedMailboxObservation::Error error = SeedMailboxObservation::Error::Protocol;
        QString text;
    };
    // A command's tagged completion and the untagged responses that came before it.
    struct Reply {
        ImapResponse done;
        QList<ImapResponse> untagged;
        bool ok() const { return done.status == ImapResponse::Status::Ok; }
    };

    static constexpr qint64 defaultMaxLiteralBytes = 64 * 1024 * 1024; // one message, as FETCH sends it
    static constexpr qsizetype maxUntaggedResponses = 100'000;         // per command
    static constexpr qint64 maxUntaggedBytes = 128 * 1024 * 1024;      // per command

    ImapConnection(QEventLoop& loop, const std::atomic_bool& cancelled,
                   qint64 maxLiteralBytes = defaultMaxLiteralBytes);
    ~ImapConnection();
    ImapConnection(const ImapConnection&) = delete;
    ImapConnection& operator=(const ImapConnection&) = delete;

    // Connects to address:port (TLS from the first byte when implicitTls; the certificate must name
    // peerName and chain to `anchors`, or to the system's roots when empty) and reads the greeting,
    // all within timeoutMs.
    std::expected<ImapResponse, Failure> open(const QString& address, quint16 port, const QString& peerName,
                                              bool implicitTls, const QList<QSslCertificate>& anchors,
                                              int timeoutMs);
    // After the server's OK to STARTTLS: the handshake, refused if the server sent anything after
    // its OK (a STARTTLS command injection, RFC 3501 §6.2.1's concern).
    std::expected<void, Failure> startTls(int timeoutMs);
    // Sends "TAG command" and reads until TAG's completion, all within timeoutMs. `continuation` answers the
    // server's first "+" (AUTHENTICATE); any further "+" is answered "*" (cancels the exchange).
    std::expected<Reply, Failure> command(const QByteArray& command, int timeoutMs,
                                          const QByteArray& continuation = {});
    void abort();

    bool isEncrypted() const { return m_socket.isEncrypted(); }
    const QSslSocket& socket() const { return m_socket; }
    QStringList certificateErrors() const;
    // "host port N" for error texts: set by open().
    const QString& where() const { return m_where; }

private:
    enum class Phase { Connecting, Handshake, Talking };
    std::expected<void, Failure> waitUntil(const std::function<bool()>& done, const QDeadlineTimer& deadline,
                                           const QString& what);
    // The next complete response and its length on the wire.
    std::expected<std::pair<ImapResponse, qsizetype>, Failure> nextResponse(const QDeadlineTimer& deadline);
    Failure socketFailure() const;

    QEventLoop& m_loop;
    const std::atomic_bool& m_cancelled;
    qint64 m_maxLiteralBytes;
    QSslSocket m_socket;
    QTimer m_timer;
    int m_timeoutMs = 0; // of the running operation, for error texts
    QByteArray m_buffer;
    qsizetype m_offset = 0; // m_buffer's bytes before it are read
    Phase m_phase = Phase::Connecting;
    bool m_socketFailed = false;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    QList<QSslError> m_sslErrors;
    int m_nextTag = 1;
    QString m_where;
};
