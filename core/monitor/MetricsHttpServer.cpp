#include "MetricsHttpServer.h"

#include "PrometheusText.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray response(int status, const QByteArray& reason, const QByteArray& contentType,
                    const QByteArray& body, bool withBody, const QByteArray& extraHeaders = {}) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += extraHeaders;
    out += "Connection: close\r\n\r\n";
    if (withBody)
        out += body;
    return out;
}

QByteArray plain(int status, const QByteArray& reason, const QByteArray& message, bool withBody = true,
                 const QByteArray& extraHeaders = {}) {
    return response(status, reason, "text/plain; charset=utf-8", message + '\n', withBody, extraHeaders);
}

qsizetype headEnd(const QByteArray& buffer) {
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 4;
    return lf >= 0 ? lf + 2 : -1;
}
} // namespace

MetricsHttpServer::MetricsHttpServer(Provider provider, QObject* parent)
    : QObject(parent)
    , m_provider(std::move(provider)) {
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsHttpServer::onNewConnection);
}

std::expected<void, QString> MetricsHttpServer::listen(const QHostAddress& address, quint16 port) {
    if (!m_server.listen(address, port))
        return std::unexpected(QStringLiteral("cannot listen on %1:%2: %3")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(m_server.errorString()));
    return {};
}

std::expected<std::pair<QHostAddress, quint16>, QString>
MetricsHttpServer::parseListenAddress(const QString& text) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const auto bad = [&](const QString& why) {
        return std::unexpected(QStringLiteral("--listen takes ADDR:PORT (e.g. 127.0.0.1:9101, [::1]:9101, "
                                              ":9101), not '%1': %2")
                                   .arg(text, why));
    };
    if (colon < 0)
        return bad(QStringLiteral("no port"));
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return bad(QStringLiteral("the port is a number from 0 to 65535"));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return bad(QStringLiteral("an IPv6 address goes in brackets"));
    QHostAddress address;
    if (host.isEmpty() || host == QLatin1String("*"))
        address = QHostAddress(QHostAddress::Any);
    else if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return bad(QStringLiteral("'%1' is not an IP address").arg(host));
    return std::pair{address, quint16(port)};
}

QByteArray MetricsHttpServer::respond(const QByteArray& requestHead, const Provider& provider) {
    const qsizetype lineEnd = requestHead.indexOf('\n');
    const QByteArray line = (lineEnd < 0 ? requestHead : requestHead.left(lineEnd)).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/'))
        return plain(400, "Bad Request", "not an HTTP/1.x request");
    const QByteArray& method = parts.at(0);
    const bool head = method == "HEAD";
    if (method != "GET" && !head)
        return plain(405, "Method Not Allowed", "only GET and HEAD", true, "Allow: GET, HEAD\r\n");
    QByteArray path = parts.at(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    if (path != "/metrics")
        return plain(404, "Not Found", "not found: the metrics are at /metrics", !head);
    std::expected<QByteArray, QString> text = std::unexpected(QStringLiteral("no metrics provider"));
    if (provider)
        text = provider();
    if (!text)
        return plain(500, "Internal Server Error", text.error().toUtf8(), !head);
    return response(200, "OK", PrometheusText::contentType, *text, !head);
}

void MetricsHttpServer::onNewConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its request does not hold the connection for ever.
        QTimer::singleShot(IdleTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void MetricsHttpServer::onReadyRead(QTcpSocket* socket) {
    const auto pending = m_pending.find(socket);
    if (pending == m_pending.end()) {
        socket->readAll(); // answered: one request per connection, the rest is ignored
        return;
    }
    QByteArray buffer = *pending + socket->readAll();
    const qsizetype end = headEnd(buffer);
    if (end < 0 && buffer.size() <= MaxRequestBytes) {
        *pending = buffer;
        return;
    }
    m_pending.erase(pending);
    const QByteArray reply = end < 0 || end > MaxRequestBytes
                                 ? plain(431, "Request Header Fields Too Large", "request head too large")
                                 : respond(buffer.left(end), m_provider);
    const QList<QByteArray> parts = buffer.left(buffer.indexOf('\n')).trimmed().split(' ');
    Q_EMIT served(parts.value(0), parts.value(1), reply.mid(9, 3).toInt());
    socket->write(reply);
    socket->disconnectFromHost(); // after the bytes are written
}
