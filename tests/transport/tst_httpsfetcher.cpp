// core/net's HttpsFetcher against local sockets that misbehave: a port that accepts and never
// speaks (timeout, and cancel from another thread), a closed port (refused), a name without an
// address. The well-behaved and certificate cases run against nginx in tst_transportcli.
#include "TestSupport.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "net/ConnectionLog.h"
#include "net/HttpsFetcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

quint16 closedPort() {
    TestSupport::SilentTcpServer s;
    return s.port(); // closed again when s goes
}
} // namespace

class TestHttpsFetcher : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<DnsSession> m_session;

    NetOptions optionsTo(quint16 port, int connectMs, int totalMs) {
        NetOptions o;
        o.connectTo << *ConnectToRule::parse(u":443:127.0.0.1:%1"_s.arg(port));
        o.connectTimeoutMs = connectMs;
        o.totalTimeoutMs = totalMs;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QSslSocket::supportsSsl());
        QFile zone(m_dir.filePath(u"fetch.test.zone"_s));
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write(
            "$ORIGIN fetch.test.\n$TTL 300\n@ IN SOA ns.fetch.test. h.fetch.test. 1 3600 600 86400 300\n"
            "@ IN NS ns.fetch.test.\nns IN A 192.0.2.53\n");
        zone.close();
        auto resolver = ZoneResolver::load({zone.fileName()});
        QVERIFY(resolver.has_value());
        m_session = std::make_shared<DnsSession>(*resolver);
    }

    void silentPortTimesOut() {
        TestSupport::SilentTcpServer server;
        ConnectionLog log;
        HttpsFetcher fetcher(*m_session, optionsTo(server.port(), 300, 2000), &log);
        QElapsedTimer clock;
        clock.start();
        const HttpsResponse r = fetcher.get(u"mta-sts.fetch.test"_s, u"/.well-known/mta-sts.txt"_s);
        QCOMPARE(r.error, HttpsResponse::Error::Timeout);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(log.size(), 1);
        const ConnectionLogEntry e = log.entries().first();
        QCOMPARE(e.outcome, u"timeout"_s);
        QCOMPARE(e.host, u"mta-sts.fetch.test"_s);
        QCOMPARE(e.address, u"127.0.0.1"_s);
        QCOMPARE(e.connectedPort, server.port());
        QCOMPARE(e.port, quint16(443));
        QVERIFY(e.tlsVersion.isEmpty());
        QVERIFY(!e.via.isEmpty());
    }

    void cancelFromAnotherThread() {
        TestSupport::SilentTcpServer server;
        ConnectionLog log;
        HttpsFetcher fetcher(*m_session, optionsTo(server.port(), 20000, 30000), &log);
        QThread* canceller = QThread::create([&fetcher] {
            QThread::msleep(300);
            fetcher.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        canceller->start();
        const HttpsResponse r = fetcher.get(u"mta-sts.fetch.test"_s, u"/x"_s);
        canceller->wait();
        delete canceller;
        QCOMPARE(r.error, HttpsResponse::Error::Cancelled);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(log.entries().first().outcome, u"cancelled"_s);
        // Later fetches of a cancelled fetcher end at once.
        QCOMPARE(fetcher.get(u"mta-sts.fetch.test"_s, u"/x"_s).error, HttpsResponse::Error::Cancelled);
    }

    // An audit's Cancel (or its time bound) cancels its DNS session: an open connection of that
    // session ends too, not at its own timeout.
    void sessionCancelEndsTheConnection() {
        auto resolver = m_session->resolver();
        DnsSession session(resolver);
        TestSupport::SilentTcpServer server;
        ConnectionLog log;
        HttpsFetcher fetcher(session, optionsTo(server.port(), 20000, 30000), &log);
        QThread* canceller = QThread::create([&session] {
            QThread::msleep(300);
            session.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        canceller->start();
        const HttpsResponse r = fetcher.get(u"mta-sts.fetch.test"_s, u"/x"_s);
        canceller->wait();
        delete canceller;
        QCOMPARE(r.error, HttpsResponse::Error::Cancelled);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(log.entries().first().outcome, u"cancelled"_s);
    }

    void refusedPort() {
        ConnectionLog log;
        HttpsFetcher fetcher(*m_session, optionsTo(closedPort(), 2000, 5000), &log);
        const HttpsResponse r = fetcher.get(u"mta-sts.fetch.test"_s, u"/x"_s);
        QCOMPARE(r.error, HttpsResponse::Error::Connect);
        QVERIFY(r.errorText.contains(u"refused"_s));
        QCOMPARE(log.entries().first().outcome, u"refused"_s);
    }

    // Addresses come from the session (zone files here), never from the system resolver: a name
    // that the zone does not hold has no address even though "localhost" would resolve.
    void addressesOnlyFromTheSession() {
        ConnectionLog log;
        NetOptions o;
        o.totalTimeoutMs = 2000;
        HttpsFetcher fetcher(*m_session, o, &log);
        const HttpsResponse r = fetcher.get(u"mta-sts.fetch.test"_s, u"/x"_s);
        QCOMPARE(r.error, HttpsResponse::Error::NoAddress);
        QVERIFY(r.errorText.contains(u"mta-sts.fetch.test"_s));
        QCOMPARE(log.entries().first().outcome, u"no-address"_s);
        const HttpsResponse local = fetcher.get(u"localhost"_s, u"/x"_s);
        QCOMPARE(local.error, HttpsResponse::Error::NoAddress);
        QVERIFY(m_session->log()->size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestHttpsFetcher)
#include "tst_httpsfetcher.moc"
