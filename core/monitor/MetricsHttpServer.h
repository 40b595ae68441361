#pragma once
// Serves the metrics for a Prometheus scrape: GET (or HEAD) /metrics answers the provider's text
// as "text/plain; version=0.0.4", every other path 404, other methods 405, a request that is not
// HTTP 400. One request per connection (Connection: close); a client that sends no complete
// request head within IdleTimeoutMs, or one larger than MaxRequestBytes, is dropped.

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <expected>
#include <functional>

class QTcpSocket;

class MetricsHttpServer : public QObject {
    Q_OBJECT
public:
    // Called for each scrape of /metrics: the exposition text, or why it could not be made (500).
    using Provider = std::function<std::expected<QByteArray, QString>()>;
    static constexpr int MaxRequestBytes = 16 * 1024;
    static constexpr int IdleTimeoutMs = 10000;

    explicit MetricsHttpServer(Provider provider, QObject* parent = nullptr);

    std::expected<void, QString> listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }

    // "127.0.0.1:9101", "[::1]:9101", "localhost:9101", ":9101" or "*:9101" (every interface).
    static std::expected<std::pair<QHostAddress, quint16>, QString> parseListenAddress(const QString& text);
    // The whole response to one request head (up to and including the blank line).
    static QByteArray respond(const QByteArray& requestHead, const Provider& provider);

Q_SIGNALS:
    void served(const QByteArray& method, const QByteArray& path, int status);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    // What each connection has sent so far, until its request head is complete and answered.
    // Declared before m_server: the sockets, its children, leave it when they are destroyed.
    QHash<QTcpSocket*, QByteArray> m_pending;
    Provider m_provider;
    QTcpServer m_server;
};
