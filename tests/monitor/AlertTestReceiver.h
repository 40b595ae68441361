#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for the alert tests: records each request (method, path,
// headers, body) and answers every one with the status it is told (200 by default; 500 to test
// that a failed delivery is queued and retried). Given a TLS configuration it speaks HTTPS.

#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

struct ReceivedRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

class AlertTestReceiver : public QObject {
public:
    explicit AlertTestReceiver(const QSslConfiguration* tls = nullptr) {
        if (tls) {
            auto server = std::make_unique<QSslServer>();
            server->setSslConfiguration(*tls);
            m_server = std::move(server);
            m_scheme = QStringLiteral("https");
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        m_server->listen(QHostAddress::LocalHost, 0);
        // After the TLS handshake for QSslServer; at once for QTcpServer.
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                if (s->bytesAvailable() > 0)
                    read(s);
            }
        });
    }
    ~AlertTestReceiver() override { m_server.reset(); } // its sockets before the buffers
    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString& path) const {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(port()).arg(path);
    }
    void setStatus(int status) { m_status = status; }
    QList<ReceivedRequest> requests;

private:
    void read(QTcpSocket* s) {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ReceivedRequest r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        r.method = requestLine.value(0);
        r.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        r.body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        requests << r;
        const QByteArray reason = m_status == 200 ? "OK" : "Error";
        s->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason +
                 "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
    }

    std::unique_ptr<QTcpServer> m_server;
    QString m_scheme = QStringLiteral("http");
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_status = 200;
};
