// MetricsHttpServer: the response to each kind of request, --listen addresses, and a real server
// on a free port (oversized requests, a failing provider).
#include "monitor/MetricsHttpServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {
const MetricsHttpServer::Provider kMetrics = []() -> std::expected<QByteArray, QString> {
    return QByteArray("# HELP m_x X\n# TYPE m_x gauge\nm_x 1\n");
};

QByteArray status(const QByteArray& response) {
    return response.left(response.indexOf("\r\n"));
}

QByteArray header(const QByteArray& response, const QByteArray& name) {
    for (const QByteArray& line : response.left(response.indexOf("\r\n\r\n")).split('\n'))
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    return {};
}

QByteArray body(const QByteArray& response) {
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

// The client side, driven by the event loop the server runs on too: each part written after a pause.
QByteArray exchange(quint16 port, const QList<QByteArray>& parts) {
    QTcpSocket socket;
    QByteArray out;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { out += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return {};
    for (const QByteArray& part : parts) {
        socket.write(part);
        QTest::qWait(50);
    }
    // The server closes the connection after its answer.
    if (closed.isEmpty() && !closed.wait(5000))
        return {};
    return out + socket.readAll();
}

QByteArray exchange(quint16 port, const QByteArray& request) {
    return exchange(port, QList<QByteArray>{request});
}
} // namespace

class TestMetricsHttpServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void responses_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("hasBody");
        QTest::newRow("GET /metrics") << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
                                      << QByteArray("HTTP/1.1 200 OK") << true;
        QTest::newRow("HTTP/1.0, query string")
            << QByteArray("GET /metrics?name[]=up HTTP/1.0\r\n\r\n") << QByteArray("HTTP/1.1 200 OK") << true;
        QTest::newRow("bare newlines")
            << QByteArray("GET /metrics HTTP/1.1\n\n") << QByteArray("HTTP/1.1 200 OK") << true;
        QTest::newRow("HEAD /metrics")
            << QByteArray("HEAD /metrics HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 200 OK") << false;
        QTest::newRow("root") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 404 Not Found")
                              << true;
        QTest::newRow("prefix") << QByteArray("GET /metricsx HTTP/1.1\r\n\r\n")
                                << QByteArray("HTTP/1.1 404 Not Found") << true;
        QTest::newRow("sub path") << QByteArray("GET /metrics/x HTTP/1.1\r\n\r\n")
                                  << QByteArray("HTTP/1.1 404 Not Found") << true;
        QTest::newRow("POST") << QByteArray("POST /metrics HTTP/1.1\r\n\r\n")
                              << QByteArray("HTTP/1.1 405 Method Not Allowed") << true;
        QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request")
                                  << true;
        QTest::newRow("HTTP/2 preface")
            << QByteArray("PRI * HTTP/2.0\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request") << true;
        QTest::newRow("absolute URI") << QByteArray("GET http://x/metrics HTTP/1.1\r\n\r\n")
                                      << QByteArray("HTTP/1.1 400 Bad Request") << true;
        QTest::newRow("empty") << QByteArray() << QByteArray("HTTP/1.1 400 Bad Request") << true;
    }
    void responses() {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QFETCH(bool, hasBody);
        const QByteArray response = MetricsHttpServer::respond(request, kMetrics);
        QCOMPARE(::status(response), status);
        QCOMPARE(header(response, "Connection"), QByteArray("close"));
        const QByteArray b = body(response);
        QCOMPARE(b.isEmpty(), !hasBody);
        if (status.contains("200")) {
            QCOMPARE(header(response, "Content-Type"),
                     QByteArray("text/plain; version=0.0.4; charset=utf-8"));
            QCOMPARE(header(response, "Content-Length").toInt(), kMetrics()->size());
            if (hasBody)
                QCOMPARE(b, *kMetrics());
        } else if (hasBody) {
            QCOMPARE(header(response, "Content-Length").toInt(), b.size());
        }
        if (status.contains("405"))
            QCOMPARE(header(response, "Allow"), QByteArray("GET, HEAD"));
    }

    void providerFailureIs500() {
        const auto failing = []() -> std::expected<QByteArray, QString> {
            return std::unexpected(QStringLiteral("database is locked"));
        };
        const QByteArray response = MetricsHttpServer::respond("GET /metrics HTTP/1.1\r\n\r\n", failing);
        QCOMPARE(status(response), QByteArray("HTTP/1.1 500 Internal Server Error"));
        QCOMPARE(body(response), QByteArray("database is locked\n"));
    }

    void listenAddresses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1:9101") << QStringLiteral("127.0.0.1") << 9101;
        QTest::newRow("IPv6") << QStringLiteral("[::1]:9101") << QStringLiteral("::1") << 9101;
        QTest::newRow("any") << QStringLiteral(":9101") << QStringLiteral("any") << 9101;
        QTest::newRow("star") << QStringLiteral("*:0") << QStringLiteral("any") << 0;
        QTest::newRow("localhost") << QStringLiteral("localhost:80") << QStringLiteral("127.0.0.1") << 80;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString() << 0;
        QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << QString() << 0;
        QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:http") << QString() << 0;
        QTest::newRow("IPv6 without brackets") << QStringLiteral("::1:9101") << QString() << 0;
        QTest::newRow("host name") << QStringLiteral("metrics.example.com:9101") << QString() << 0;
    }
    void listenAddresses() {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto parsed = MetricsHttpServer::parseListenAddress(text);
        QCOMPARE(parsed.has_value(), !address.isEmpty());
        if (!parsed) {
            QVERIFY(parsed.error().contains(text));
            return;
        }
        if (address == QLatin1String("any"))
            QCOMPARE(parsed->first, QHostAddress(QHostAddress::Any));
        else
            QCOMPARE(parsed->first, QHostAddress(address));
        QCOMPARE(int(parsed->second), port);
    }

    void servesOnAFreePort() {
        int scrapes = 0;
        MetricsHttpServer server([&scrapes]() -> std::expected<QByteArray, QString> {
            ++scrapes;
            return QByteArray("m_x %1\n").replace("%1", QByteArray::number(scrapes));
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(server.port() > 0);
        QSignalSpy served(&server, &MetricsHttpServer::served);
        // Each scrape reads afresh.
        QCOMPARE(body(exchange(server.port(), "GET /metrics HTTP/1.1\r\n\r\n")), QByteArray("m_x 1\n"));
        QCOMPARE(body(exchange(server.port(), "GET /metrics HTTP/1.1\r\n\r\n")), QByteArray("m_x 2\n"));
        // A request head split over several packets.
        QCOMPARE(body(exchange(server.port(), {"GET /metr", "ics HTTP/1.1\r\n", "\r\n"})),
                 QByteArray("m_x 3\n"));
        // Too large a head: refused without waiting for the end of it.
        const QByteArray huge =
            "GET /metrics HTTP/1.1\r\nX: " + QByteArray(MetricsHttpServer::MaxRequestBytes, 'a');
        QCOMPARE(status(exchange(server.port(), huge)),
                 QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QCOMPARE(scrapes, 3);
        QCOMPARE(served.size(), 4);
        QCOMPARE(served.at(0).at(2).toInt(), 200);
        QCOMPARE(served.at(3).at(2).toInt(), 431);
    }

    // Regression: the sockets left the pending table from their destroyed() while the server's
    // members were being destroyed, after the table itself was gone.
    void destroyedWithAnOpenConnection() {
        QTcpSocket client;
        QSignalSpy closed(&client, &QTcpSocket::disconnected);
        {
            MetricsHttpServer server(kMetrics);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            QSignalSpy connected(&client, &QTcpSocket::connected);
            client.connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(connected.wait(5000));
            client.write("GET /metr");
            QTest::qWait(100); // accepted, the partial head is pending
        }
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
    }

    void portInUseIsAnError() {
        MetricsHttpServer first(kMetrics);
        QVERIFY(first.listen(QHostAddress::LocalHost, 0));
        MetricsHttpServer second(kMetrics);
        const auto listening = second.listen(QHostAddress::LocalHost, first.port());
        QVERIFY(!listening);
        QVERIFY(listening.error().contains(QString::number(first.port())));
    }
};

QTEST_GUILESS_MAIN(TestMetricsHttpServer)
#include "tst_metricshttpserver.moc"
