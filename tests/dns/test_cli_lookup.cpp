#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::runCli;

class TestCliLookup : public QObject {
    Q_OBJECT
private:
    QString m_zone;
    QString m_server;
    static QJsonObject json(const QByteArray& out) { return QJsonDocument::fromJson(out).object(); }

private Q_SLOTS:
    void initTestCase() {
        m_zone = TestSupport::sourceDir() + u"/tests/zones/dns.test.zone"_s;
        const quint16 port = TestSupport::nsdPort();
        QVERIFY(port != 0);
        m_server = u"127.0.0.1:%1"_s.arg(port);
    }
    void offlineZoneJson() {
        const auto r = runCli({u"--offline"_s, u"--zone"_s, m_zone, u"--format"_s, u"json"_s, u"lookup"_s,
                               u"dns.test"_s, u"TXT"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(u"outcome"_s).toString(), u"answer"_s);
        QCOMPARE(o.value(u"source"_s).toString(), u"zone"_s);
        QCOMPARE(o.value(u"records"_s).toArray().first().toObject().value(u"text"_s).toString(),
                 u"v=spf1 ip4:192.0.2.0/24 -all"_s);
        QVERIFY(o.contains(u"ms"_s));
        QVERIFY(o.value(u"flags"_s).toObject().contains(u"ad"_s));
    }
    void nsdJsonWithOptionsAfterCommand() {
        const auto r = runCli({u"lookup"_s, u"multi.dns.test"_s, u"TXT"_s, u"--resolver"_s, m_server,
                               u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(u"source"_s).toString(), u"network"_s);
        QCOMPARE(o.value(u"server"_s).toString(), m_server);
        const QJsonObject rec = o.value(u"records"_s).toArray().first().toObject();
        QCOMPARE(rec.value(u"strings"_s).toArray().size(), 3);
    }
    void namedOutcomes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("text");
        QTest::newRow("nxdomain") << u"nope.dns.test"_s << u"TXT"_s << u"nxdomain"_s << u"NXDOMAIN"_s;
        QTest::newRow("nodata") << u"dns.test"_s << u"SPF"_s << u"nodata"_s << u"NODATA"_s;
    }
    void namedOutcomes() {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, outcome);
        QFETCH(QString, text);
        for (const QStringList& where :
             {QStringList{u"--resolver"_s, m_server}, QStringList{u"--offline"_s, u"--zone"_s, m_zone}}) {
            auto r = runCli(where + QStringList{u"--format"_s, u"json"_s, u"lookup"_s, name, type});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(json(r.out).value(u"outcome"_s).toString(), outcome);
            r = runCli(where + QStringList{u"lookup"_s, name, type});
            QVERIFY2(r.out.contains(text.toUtf8()), r.out.constData());
        }
    }
    void silentServerIsTimeoutNotMissing() {
        TestSupport::SilentUdpServer silent;
        const auto r = runCli({u"--resolver"_s, u"127.0.0.1:%1"_s.arg(silent.port()), u"--timeout"_s,
                               u"300"_s, u"--format"_s, u"json"_s, u"lookup"_s, u"dns.test"_s, u"TXT"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(json(r.out).value(u"outcome"_s).toString(), u"timeout"_s);
        QVERIFY(r.err.contains("timeout"));
        const auto t = runCli({u"--resolver"_s, u"127.0.0.1:%1"_s.arg(silent.port()), u"--timeout"_s,
                               u"300"_s, u"lookup"_s, u"dns.test"_s, u"TXT"_s});
        QCOMPARE(t.exitCode, 3);
        QVERIFY(t.out.contains("timeout"));
        QVERIFY(!t.out.contains("NXDOMAIN") && !t.out.contains("NODATA"));
    }
    void closedPortIsNetworkError() {
        const auto r = runCli({u"--resolver"_s, u"127.0.0.1:%1"_s.arg(TestSupport::closedUdpPort()),
                               u"--format"_s, u"json"_s, u"lookup"_s, u"dns.test"_s, u"TXT"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(json(r.out).value(u"outcome"_s).toString(), u"network-error"_s);
    }
    void unicodeNameShowsALabel() {
        const auto r = runCli({u"--offline"_s, u"--zone"_s, m_zone, u"--format"_s, u"json"_s, u"lookup"_s,
                               u"bücher.dns.test"_s, u"TXT"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(u"aLabel"_s).toString(), u"xn--bcher-kva.dns.test"_s);
        QCOMPARE(o.value(u"unicode"_s).toString(), u"bücher.dns.test"_s);
        const auto t = runCli({u"--offline"_s, u"--zone"_s, m_zone, u"lookup"_s, u"bücher.dns.test"_s});
        QVERIFY(t.out.contains("xn--bcher-kva.dns.test"));
    }
    void invalidNameExits2WithRule() {
        const auto r = runCli(
            {u"--offline"_s, u"--zone"_s, m_zone, u"lookup"_s, QString(64, u'a') + u".test"_s, u"TXT"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("63 bytes"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one clear line
    }
    void usageErrors() {
        QCOMPARE(runCli({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(runCli({u"lookup"_s}).exitCode, 2);
        QCOMPARE(runCli({u"--resolver"_s, u"not-an-ip"_s, u"lookup"_s, u"dns.test"_s}).exitCode, 2);
        QCOMPARE(runCli({u"--offline"_s, u"lookup"_s, u"dns.test"_s}).exitCode, 3);
        QCOMPARE(runCli({u"--offline"_s, u"--zone"_s, u"/nonexistent.zone"_s, u"lookup"_s, u"dns.test"_s})
                     .exitCode,
                 3);
    }
    void versionAndHelp() {
        const auto v = runCli({u"--version"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("mailsight-cli "));
        const auto h = runCli({u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("lookup NAME"));
        QVERIFY(h.out.contains("Exit codes"));
    }
    void demoWorldIsBuiltIn() {
        const auto r =
            runCli({u"--demo"_s, u"--format"_s, u"json"_s, u"lookup"_s, u"overlimit.test"_s, u"TXT"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(json(r.out)
                    .value(u"records"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"text"_s)
                    .toString()
                    .startsWith(u"v=spf1"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliLookup)
#include "test_cli_lookup.moc"
