#include "ImapConnection.h"

#include "ImapResponseParser.h"

#include <QEventLoop>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;
using Error = SeedMailboxObservation::Error;

ImapConnection::ImapConnection(QEventLoop& loop, const std::atomic_bool& cancelled, qint64 maxLiteralBytes)
    : m_loop(loop)
    , m_cancelled(cancelled)
    , m_maxLiteralBytes(maxLiteralBytes) {
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, &m_loop, [this] { m_loop.quit(); });
    QObject::connect(&m_socket, &QIODevice::readyRead, &m_loop, [this] { m_loop.quit(); });
    QObject::connect(&m_socket, &QAbstractSocket::connected, &m_loop, [this] { m_loop.quit(); });
    QObject::connect(&m_socket, &QSslSocket::encrypted, &m_loop, [this] { m_loop.quit(); });
    QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_loop, [this](const QList<QSslError>& errors) {
        m_sslErrors = errors;
    }); // not ignored: the handshake fails
    QObject::connect(&m_socket, &QAbstractSocket::errorOccurred, &m_loop,
                     [this](QAbstractSocket::SocketError e) {
                         if (!m_socketFailed) {
                             m_socketFailed = true;
                             m_socketError = e;
                         }
                         m_loop.quit();
                     });
}

ImapConnection::~ImapConnection() {
    QObject::disconnect(&m_socket, nullptr, &m_loop, nullptr);
    m_socket.abort();
}

void ImapConnection::abort() {
    m_socket.abort();
}

QStringList ImapConnection::certificateErrors() const {
    QStringList out;
    for (const QSslError& e : m_sslErrors)
        out << e.errorString();
    return out;
}

ImapConnection::Failure ImapConnection::socketFailure() const {
    const QString detail = m_socket.errorString();
    if (m_phase == Phase::Connecting) {
        switch (m_socketError) {
        case QAbstractSocket::ConnectionRefusedError:
            return {Error::Refused, u"connection to %1 refused"_s.arg(m_where)};
        case QAbstractSocket::HostNotFoundError:
            return {Error::HostNotFound, u"%1: host not found (%2)"_s.arg(m_where, detail)};
        case QAbstractSocket::SocketTimeoutError:
            return {Error::Timeout, u"no connection to %1 in time"_s.arg(m_where)};
        case QAbstractSocket::SslHandshakeFailedError:
            break;
        default:
            return {Error::Refused, u"could not connect to %1: %2"_s.arg(m_where, detail)};
        }
    }
    if (m_socketError == QAbstractSocket::SslHandshakeFailedError || m_phase == Phase::Handshake) {
        if (!m_sslErrors.isEmpty())
            return {Error::TlsCertificate, u"the certificate of %1 is not trusted: %2"_s.arg(
                                               m_where, certificateErrors().join(u"; "_s))};
        return {Error::TlsHandshake, u"the TLS handshake with %1 failed: %2"_s.arg(m_where, detail)};
    }
    if (m_socketError == QAbstractSocket::RemoteHostClosedError)
        return {Error::Protocol, u"%1 closed the connection"_s.arg(m_where)};
    return {Error::Protocol, u"the connection to %1 failed: %2"_s.arg(m_where, detail)};
}

std::expected<void, ImapConnection::Failure> ImapConnection::waitUntil(const std::function<bool()>& done,
                                                                       const QDeadlineTimer& deadline,
                                                                       const QString& what) {
    for (;;) {
        if (done())
            return {};
        if (m_cancelled)
            return std::unexpected(Failure{Error::Cancelled, u"cancelled"_s});
        if (m_socketFailed)
            return std::unexpected(socketFailure());
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return std::unexpected(
                Failure{Error::Timeout, u"%1: %2 within %3 ms"_s.arg(m_where, what).arg(m_timeoutMs)});
        m_timer.start(int(left));
        m_loop.exec();
        m_timer.stop();
    }
}

std::expected<ImapResponse, ImapConnection::Failure>
ImapConnection::open(const QString& address, quint16 port, const QString& peerName, bool implicitTls,
                     const QList<QSslCertificate>& anchors, int timeoutMs) {
    const QDeadlineTimer deadline(qMax(timeoutMs, 1));
    m_timeoutMs = timeoutMs;
    m_where = u"%1 port %2"_s.arg(peerName).arg(port);
    if (address != peerName)
        m_where += u" (%1)"_s.arg(address);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!anchors.isEmpty())
        conf.setCaCertificates(anchors);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setProtocol(QSsl::SecureProtocols);
    m_socket.setSslConfiguration(conf);
    m_socket.setPeerVerifyName(peerName);
    m_phase = Phase::Connecting;
    if (implicitTls) {
        m_socket.connectToHostEncrypted(address, port, peerName);
        auto ok = waitUntil(
            [this] {
                if (m_socket.state() == QAbstractSocket::ConnectedState && m_phase == Phase::Connecting)
                    m_phase = Phase::Handshake;
                return m_socket.isEncrypted();
            },
            deadline, u"no TLS connection"_s);
        if (!ok)
            return std::unexpected(
                ok.error().error == Error::Timeout && m_phase == Phase::Handshake
                    ? Failure{Error::Timeout,
                              u"%1: the TLS handshake did not finish within %2 ms"_s.arg(m_where).arg(
                                  timeoutMs)}
                    : ok.error());
    } else {
        m_socket.connectToHost(address, port);
        auto ok = waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, deadline,
                            u"no TCP connection"_s);
        if (!ok)
            return std::unexpected(ok.error());
    }
    m_phase = Phase::Talking;
    auto next = nextResponse(deadline);
    if (!next)
        return std::unexpected(
            next.error().error == Error::Timeout
                ? Failure{Error::Timeout,
                          u"connected to %1, but no IMAP greeting within %2 ms"_s.arg(m_where).arg(timeoutMs)}
                : next.error());
    const ImapResponse* greeting = &next->first;
    if (greeting->kind != ImapResponse::Kind::Untagged ||
        (greeting->status != ImapResponse::Status::Ok && greeting->status != ImapResponse::Status::PreAuth &&
         greeting->status != ImapResponse::Status::Bye))
        return std::unexpected(
            Failure{Error::Protocol, u"%1 does not greet like an IMAP server"_s.arg(m_where)});
    if (greeting->status == ImapResponse::Status::Bye)
        return std::unexpected(
            Failure{Error::Refused, u"%1 refused the session: %2"_s.arg(m_where, greeting->text.left(200))});
    return *greeting;
}

std::expected<void, ImapConnection::Failure> ImapConnection::startTls(int timeoutMs) {
    m_buffer += m_socket.readAll();
    if (m_buffer.size() > m_offset)
        return std::unexpected(
            Failure{Error::TlsHandshake,
                    u"%1 sent data after its STARTTLS reply, before the handshake; refused"_s.arg(m_where)});
    m_phase = Phase::Handshake;
    m_timeoutMs = timeoutMs;
    const QDeadlineTimer deadline(qMax(timeoutMs, 1));
    m_socket.startClientEncryption();
    auto ok =
        waitUntil([this] { return m_socket.isEncrypted(); }, deadline, u"the TLS handshake did not finish"_s);
    if (!ok)
        return std::unexpected(ok.error());
    m_phase = Phase::Talking;
    return {};
}

std::expected<std::pair<ImapResponse, qsizetype>, ImapConnection::Failure>
ImapConnection::nextResponse(const QDeadlineTimer& deadline) {
    qsizetype length = 0;
    QString error;
    auto ok = waitUntil(
        [&] {
            for (;;) {
                const auto n = ImapResponseParser::completeLength(QByteArrayView(m_buffer).sliced(m_offset),
                                                                  m_maxLiteralBytes);
                if (!n) {
                    error = n.error();
                    return true;
                }
                length = *n;
                if (length > 0)
                    return true;
                if (m_socket.bytesAvailable() <= 0)
                    return false;
                m_buffer += m_socket.readAll();
            }
        },
        deadline, u"no answer"_s);
    if (!ok)
        return std::unexpected(ok.error());
    if (!error.isEmpty())
        return std::unexpected(Failure{Error::Protocol, u"%1: %2"_s.arg(m_where, error)});
    auto response = ImapResponseParser::parse(QByteArrayView(m_buffer).sliced(m_offset, length));
    m_offset += length;
    if (m_offset * 2 >= m_buffer.size()) { // amortized: a flood of small responses stays linear
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    if (!response)
        return std::unexpected(Failure{Error::Protocol, u"%1: %2"_s.arg(m_where, response.error())});
    return std::pair{std::move(*response), length};
}

std::expected<ImapConnection::Reply, ImapConnection::Failure>
ImapConnection::command(const QByteArray& command, int timeoutMs, const QByteArray& continuation) {
    const QDeadlineTimer deadline(qMax(timeoutMs, 1));
    m_timeoutMs = timeoutMs;
    const QByteArray tag = "M" + QByteArray::number(m_nextTag++).rightJustified(3, '0');
    m_socket.write(tag + ' ' + command + "\r\n");
    const qsizetype space = command.indexOf(' ');
    const QByteArray verb = (space < 0 ? command : command.left(space)).toUpper(); // "NOOP" has no space
    Reply reply;
    qint64 untaggedBytes = 0;
    bool continued = false;
    for (;;) {
        auto next = nextResponse(deadline);
        if (!next) {
            if (next.error().error == Error::Timeout)
                next.error().text =
                    u"%1: no answer to %2 within %3 ms"_s.arg(m_where, QString::fromLatin1(verb))
                        .arg(timeoutMs);
            return std::unexpected(next.error());
        }
        ImapResponse& r = next->first;
        switch (r.kind) {
        case ImapResponse::Kind::Continuation:
            if (continuation.isEmpty() && !command.startsWith("AUTHENTICATE"))
                return std::unexpected(Failure{
                    Error::Protocol, u"%1 asked for more of %2"_s.arg(m_where, QString::fromLatin1(verb))});
            m_socket.write((continued || continuation.isEmpty() ? QByteArray("*") : continuation) + "\r\n");
            continued = true;
            break;
        case ImapResponse::Kind::Tagged:
            if (r.tag != tag)
                return std::unexpected(
                    Failure{Error::Protocol, u"%1 answered an unknown command tag"_s.arg(m_where)});
            reply.done = std::move(r);
            return reply;
        case ImapResponse::Kind::Untagged:
            untaggedBytes += next->second;
            if (reply.untagged.size() >= maxUntaggedResponses || untaggedBytes > maxUntaggedBytes)
                return std::unexpected(
                    Failure{Error::Protocol,
                            u"%1 sent more than %2 responses or %3 bytes to %4; refused"_s.arg(m_where)
                                .arg(maxUntaggedResponses)
                                .arg(maxUntaggedBytes)
                                .arg(QString::fromLatin1(verb))});
            reply.untagged.append(std::move(r));
            break;
        }
    }
}
