// core/net's SmtpProber against local sockets: a port that accepts and never greets (a timeout,
// and cancel from another thread) and a closed port. Real SMTP servers are in tst_starttlscli.
#include "TestSupport.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "net/ConnectionLog.h"
#include "net/SmtpProber.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestSmtpProber : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<DnsSession> m_session;

    NetOptions optionsTo(quint16 port, int connectMs, int totalMs) {
        NetOptions o;
        o.connectTo << *ConnectToRule::parse(u"mx.probe.test:25:127.0.0.1:%1"_s.arg(port));
        o.connectTimeoutMs = connectMs;
        o.totalTimeoutMs = totalMs;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QFile zone(m_dir.filePath(u"probe.test.zone"_s));
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write(
            "$ORIGIN probe.test.\n$TTL 300\n@ IN SOA ns.probe.test. h.probe.test. 1 3600 600 86400 300\n"
            "@ IN NS ns.probe.test.\nns IN A 192.0.2.53\n");
        zone.close();
        auto resolver = ZoneResolver::load({zone.fileName()});
        QVERIFY(resolver.has_value());
        m_session = std::make_shared<DnsSession>(*resolver);
    }

    void silentPortIsATimeoutNotNoTls() {
        TestSupport::SilentTcpServer silent;
        ConnectionLog log;
        SmtpProber prober(*m_session, optionsTo(silent.port(), 300, 2000), &log);
        const SmtpProbeResult r = prober.probe(u"mx.probe.test"_s);
        QCOMPARE(r.outcome, SmtpProbeResult::Outcome::Timeout);
        QVERIFY(r.error.contains(u"no SMTP greeting"_s));
        QVERIFY(!r.offered());
        QVERIFY(!r.reached());
        QCOMPARE(log.entries().first().outcome, u"timeout"_s);
        QCOMPARE(log.entries().first().protocol, u"smtp"_s);
    }

    void cancelFromAnotherThread() {
        TestSupport::SilentTcpServer silent;
        ConnectionLog log;
        SmtpProber prober(*m_session, optionsTo(silent.port(), 20000, 30000), &log);
        QThread* canceller = QThread::create([&prober] {
            QThread::msleep(300);
            prober.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        canceller->start();
        const SmtpProbeResult r = prober.probe(u"mx.probe.test"_s);
        canceller->wait();
        delete canceller;
        QCOMPARE(r.outcome, SmtpProbeResult::Outcome::Cancelled);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void refusedPort() {
        quint16 port = 0;
        {
            TestSupport::SilentTcpServer s;
            port = s.port();
        }
        ConnectionLog log;
        SmtpProber prober(*m_session, optionsTo(port, 2000, 5000), &log);
        const SmtpProbeResult r = prober.probe(u"mx.probe.test"_s);
        QCOMPARE(r.outcome, SmtpProbeResult::Outcome::Refused);
        QCOMPARE(log.entries().first().outcome, u"refused"_s);
    }

    void hostWithoutAddress() {
        ConnectionLog log;
        SmtpProber prober(*m_session, NetOptions{}, &log);
        const SmtpProbeResult r = prober.probe(u"nothing.probe.test"_s);
        QCOMPARE(r.outcome, SmtpProbeResult::Outcome::NoAddress);
        QCOMPARE(log.entries().first().outcome, u"no-address"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmtpProber)
#include "tst_smtpprober.moc"
