#include "HttpsFetcher.h"

#include "ConnectionLog.h"
#include "NetTarget.h"
#include "SessionCancelWatch.h"
#include "TlsSessionInfo.h"
#include "dns/DnsSession.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;

struct ParsedHttp {
    bool complete = false; // headers and the whole body are here
    bool headersDone = false;
    QString error;
    int status = 0;
    QString contentType;
    QString location;
    qint64 contentLength = -1;
    bool chunked = false;
    QByteArray body;
};

// Decodes a chunked body; returns false while incomplete, sets error when malformed.
bool dechunk(const QByteArray& data, QByteArray& out, QString& error) {
    qsizetype pos = 0;
    while (true) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0)
            return false;
        const QByteArray sizeText = data.mid(pos, eol - pos).split(';').first().trimmed();
        bool ok = false;
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0 || sizeText.size() > 8) {
            error = u"malformed chunk size"_s;
            return false;
        }
        pos = eol + 2;
        if (size == 0)
            return true; // trailers are ignored
        if (data.size() < pos + size + 2)
            return false;
        out += data.mid(pos, size);
        pos += size + 2;
    }
}

ParsedHttp parseHttp(const QByteArray& raw, bool atEof) {
    ParsedHttp p;
    qsizetype end = raw.indexOf("\r\n\r\n");
    qsizetype sep = 4;
    if (end < 0) {
        end = raw.indexOf("\n\n");
        sep = 2;
    }
    if (end < 0) {
        if (raw.size() > kMaxHeaderBytes)
            p.error = u"the response headers exceed %1 bytes"_s.arg(kMaxHeaderBytes);
        else if (atEof)
            p.error = raw.isEmpty() ? u"the server closed the connection without a response"_s
                                    : u"the response ended inside its headers"_s;
        return p;
    }
    p.headersDone = true;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    if (parts.size() >= 2 && parts.at(0).startsWith("HTTP/1."))
        p.status = parts.at(1).toInt(&ok);
    if (!ok || p.status < 100 || p.status > 599) {
        p.error = u"not an HTTP/1.x status line: %1"_s.arg(QString::fromLatin1(statusLine.left(80)));
        return p;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type")
            p.contentType = QString::fromLatin1(value);
        else if (name == "location")
            p.location = QString::fromLatin1(value);
        else if (name == "content-length")
            p.contentLength = value.toLongLong(&ok) >= 0 && ok ? value.toLongLong() : -1;
        else if (name == "transfer-encoding")
            p.chunked = value.toLower().contains("chunked");
    }
    const QByteArray rest = raw.mid(end + sep);
    if (p.chunked) {
        p.complete = dechunk(rest, p.body, p.error);
        if (!p.complete && atEof && p.error.isEmpty())
            p.error = u"the chunked body ended early"_s;
    } else if (p.contentLength >= 0) {
        p.complete = rest.size() >= p.contentLength;
        p.body = rest.left(qMin<qint64>(rest.size(), p.contentLength));
        if (!p.complete && atEof)
            p.error = u"the body ended after %1 of %2 bytes"_s.arg(rest.size()).arg(p.contentLength);
    } else {
        p.body = rest;
        p.complete = atEof; // the body runs to the end of the connection
    }
    return p;
}
} // namespace

HttpsFetcher::HttpsFetcher(DnsSession& session, NetOptions options, ConnectionLog* log)
    : m_session(session)
    , m_options(std::move(options))
    , m_log(log) {}

void HttpsFetcher::cancel() {
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_loop)
        QMetaObject::invokeMethod(m_loop.data(), &QEventLoop::quit, Qt::QueuedConnection);
}

HttpsResponse HttpsFetcher::get(const QString& host, const QString& path, quint16 port) {
    HttpsResponse r;
    r.url =
        port == 443 ? u"https://%1%2"_s.arg(host, path) : u"https://%1:%2%3"_s.arg(host).arg(port).arg(path);
    if (m_cancelled) {
        r.error = HttpsResponse::Error::Cancelled;
        r.errorText = u"cancelled"_s;
        return r;
    }
    const QDeadlineTimer deadline(m_options.totalTimeoutMs);
    const auto targets = NetTarget::resolve(m_session, m_options, host, port);
    if (!targets) {
        r.error = m_session.isCancelled() ? HttpsResponse::Error::Cancelled : HttpsResponse::Error::NoAddress;
        r.errorText = targets.error();
        ConnectionLogEntry e;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.protocol = u"https"_s;
        e.host = host;
        e.port = port;
        e.outcome = u"no-address"_s;
        e.error = targets.error();
        if (m_log)
            m_log->append(e);
        return r;
    }
    for (const NetTarget& t : *targets) {
        const int left = int(qMin<qint64>(deadline.remainingTime(), m_options.connectTimeoutMs * 2));
        if (left <= 0 && r.error != HttpsResponse::Error::None)
            break;
        r = fetchFrom(host, port, path, t.address, t.port, t.via, qMax(left, 1));
        r.url = port == 443 ? u"https://%1%2"_s.arg(host, path)
                            : u"https://%1:%2%3"_s.arg(host).arg(port).arg(path);
        // Only a failure to reach this address moves on to the next one, as an MTA would.
        if (r.error != HttpsResponse::Error::Connect && r.error != HttpsResponse::Error::Timeout)
            break;
    }
    return r;
}

HttpsResponse HttpsFetcher::fetchFrom(const QString& host, quint16 port, const QString& path,
                                      const QString& address, quint16 toPort, const QString& via,
                                      int timeoutMs) {
    HttpsResponse r;
    r.address = address;
    ConnectionLogEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.protocol = u"https"_s;
    entry.host = host;
    entry.port = port;
    entry.address = address;
    entry.connectedPort = toPort;
    entry.via = via;
    QElapsedTimer clock;
    clock.start();

    QSslSocket socket;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCa.isEmpty())
        conf.setCaCertificates(m_options.trustAnchors());
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(conf);

    QEventLoop loop;
    {
        QMutexLocker lock(&m_mutex);
        m_loop = &loop;
    }
    QTimer timer;
    timer.setSingleShot(true);
    const qint64 maxRaw = kMaxHeaderBytes + m_options.maxBodyBytes + 16 * 1024;
    QByteArray raw;
    bool timedOut = false, tooLarge = false, closed = false;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString socketErrorText;

    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            r.certificateErrors << e.errorString();
        r.chain.clear();
        for (const QSslCertificate& c : socket.peerCertificateChain())
            r.chain << CertificateInfo::from(c);
    });
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        r.certificateValid = true;
        entry.tlsVersion = TlsSessionInfo::protocolName(socket.sessionProtocol());
        entry.cipher = socket.sessionCipher().name();
        r.chain.clear();
        for (const QSslCertificate& c : socket.peerCertificateChain())
            r.chain << CertificateInfo::from(c);
        const QByteArray hostHeader = (port == 443 ? host : u"%1:%2"_s.arg(host).arg(port)).toUtf8();
        socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + hostHeader +
                     "\r\nUser-Agent: Mailsight\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(&socket, &QIODevice::readyRead, &loop, [&] {
        raw += socket.readAll();
        const ParsedHttp p = parseHttp(raw, false);
        if (raw.size() > maxRaw || (p.headersDone && p.contentLength > m_options.maxBodyBytes) ||
            p.body.size() > m_options.maxBodyBytes) {
            tooLarge = true;
            loop.quit();
        } else if (p.complete || !p.error.isEmpty()) {
            loop.quit();
        }
    });
    QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, [&] {
        closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError) {
            closed = true;
        } else {
            socketError = e;
            socketErrorText = socket.errorString();
        }
        loop.quit();
    });

    // The session's Cancel (an audit cancelled or past its time bound) ends the connection too.
    SessionCancelWatch sessionWatch(m_session, m_cancelled, loop);
    if (!m_cancelled) {
        timer.start(timeoutMs);
        sessionWatch.start();
        socket.connectToHostEncrypted(address, toPort, host);
        loop.exec();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_loop = nullptr;
    }
    entry.chain = r.chain;
    entry.certificateErrors = r.certificateErrors;

    using E = HttpsResponse::Error;
    auto fail = [&](E error, const QString& outcome, const QString& text) {
        r.error = error;
        r.errorText = text;
        entry.outcome = outcome;
        entry.error = text;
    };
    if (m_cancelled) {
        fail(E::Cancelled, u"cancelled"_s, u"cancelled"_s);
    } else if (tooLarge) {
        fail(E::TooLarge, u"too-large"_s,
             u"the response is larger than the limit of %1 bytes"_s.arg(m_options.maxBodyBytes));
    } else if (!r.certificateErrors.isEmpty()) {
        r.certificateValid = false;
        fail(E::Certificate, u"certificate-invalid"_s,
             u"the certificate of %1 is not valid: %2"_s.arg(host, r.certificateErrors.join(u"; "_s)));
    } else if (!socket.isEncrypted() && !r.certificateValid) {
        if (timedOut)
            fail(E::Timeout, u"timeout"_s,
                 u"no TLS connection to %1 port %2 within %3 ms"_s.arg(address).arg(toPort).arg(timeoutMs));
        else if (socketError == QAbstractSocket::SslHandshakeFailedError)
            fail(E::Tls, u"tls-failed"_s, u"TLS handshake failed: %1"_s.arg(socketErrorText));
        else if (socketError == QAbstractSocket::ConnectionRefusedError)
            fail(E::Connect, u"refused"_s, u"connection to %1 port %2 refused"_s.arg(address).arg(toPort));
        else
            fail(E::Connect, u"connect-failed"_s,
                 u"could not connect to %1 port %2: %3"_s.arg(address).arg(toPort).arg(
                     socketErrorText.isEmpty() ? u"the connection closed"_s : socketErrorText));
    } else {
        if (closed)
            raw += socket.readAll();
        const ParsedHttp p = parseHttp(raw, closed);
        if (p.body.size() > m_options.maxBodyBytes || p.contentLength > m_options.maxBodyBytes) {
            fail(E::TooLarge, u"too-large"_s,
                 u"the response is larger than the limit of %1 bytes"_s.arg(m_options.maxBodyBytes));
        } else if (!p.error.isEmpty()) {
            fail(E::Protocol, u"protocol-error"_s, p.error);
        } else if (!p.complete) {
            fail(E::Timeout, u"timeout"_s, u"the response was not complete within %1 ms"_s.arg(timeoutMs));
        } else {
            r.httpStatus = p.status;
            r.contentType = p.contentType;
            r.location = p.location;
            r.body = p.body;
            entry.outcome = u"ok"_s;
            entry.error = u"HTTP %1"_s.arg(p.status);
        }
        r.httpStatus = p.status;
    }
    socket.abort();
    entry.elapsedMs = clock.elapsed();
    if (m_log)
        m_log->append(entry);
    return r;
}
