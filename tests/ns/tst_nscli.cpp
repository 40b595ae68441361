// `mailsight-cli ns` and the audit's "ns" section against real servers (ns-fixture.sh): a parent
// NSD delegating nsparent.test's children, and the children's servers serving current, stale and
// no copies. Direct questions reach the servers' high port through --connect-to.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList codes(const QJsonObject& o) {
    QStringList out;
    for (const QJsonValue& f : o.value(u"findings"_s).toArray())
        out << f.toObject().value(u"code"_s).toString();
    return out;
}

QJsonObject server(const QJsonObject& o, const QString& address) {
    for (const QJsonValue& s : o.value(u"servers"_s).toArray())
        if (s.toObject().value(u"address"_s).toString() == address)
            return s.toObject();
    return {};
}

QJsonObject difference(const QJsonObject& o, const QString& name, const QString& type) {
    for (const QJsonValue& d : o.value(u"differences"_s).toArray())
        if (d.toObject().value(u"name"_s).toString() == name &&
            d.toObject().value(u"type"_s).toString() == type)
            return d.toObject();
    return {};
}
} // namespace

class TestNsCli : public QObject {
    Q_OBJECT
    QString m_port;
    QStringList m_base;

    QJsonObject json(const QStringList& args, int expectedExit) {
        const auto r = TestSupport::runCli(m_base + QStringList{u"--format"_s, u"json"_s} + args);
        if (r.exitCode != expectedExit)
            qWarning("exit %d, stderr: %s", r.exitCode, r.err.constData());
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase() {
        QFile f(qEnvironmentVariable("MAILSIGHT_NS_DIR") + u"/port"_s);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the ns fixture (ns-fixture.sh) is not running");
        m_port = QString::fromLatin1(f.readAll().trimmed());
        m_base = {u"--resolver"_s, u"127.0.53.1:"_s + m_port, u"--connect-to"_s, u":53::"_s + m_port};
    }

    // A stale secondary with last quarter's SPF and no DKIM key yet, and a server that does not
    // serve the zone.
    void divergingServers() {
        const QJsonObject o = json({u"ns"_s, u"diverge.nsparent.test"_s, u"--selector"_s, u"s1"_s}, 1);
        QCOMPARE(o.value(u"zone"_s).toString(), u"diverge.nsparent.test"_s);
        QCOMPARE(o.value(u"status"_s).toString(), u"checked"_s);
        QCOMPARE(o.value(u"servers"_s).toArray().size(), 3);
        const QJsonObject ns1 = server(o, u"127.0.1.1"_s);
        QCOMPARE(ns1.value(u"name"_s).toString(), u"ns1.diverge.nsparent.test"_s);
        QCOMPARE(ns1.value(u"serial"_s).toInteger(), 2026120502);
        QCOMPARE(ns1.value(u"authoritative"_s).toBool(), true);
        QVERIFY(ns1.value(u"error"_s).isNull());
        QCOMPARE(server(o, u"127.0.2.1"_s).value(u"serial"_s).toInteger(), 2026090101);
        const QJsonObject ns3 = server(o, u"127.0.3.1"_s);
        QCOMPARE(ns3.value(u"error"_s).toString(), u"REFUSED"_s);
        QCOMPARE(ns3.value(u"authoritative"_s).toBool(), false);
        QVERIFY(ns3.value(u"serial"_s).isNull());
        QCOMPARE(ns3.value(u"askedAt"_s).toString(), u"127.0.3.1:"_s + m_port);

        const QJsonObject spf = difference(o, u"diverge.nsparent.test"_s, u"TXT"_s);
        QVERIFY(!spf.isEmpty());
        const QJsonObject values = spf.value(u"values"_s).toObject();
        QCOMPARE(values.keys(), (QStringList{u"127.0.1.1"_s, u"127.0.2.1"_s}));
        QCOMPARE(values.value(u"127.0.1.1"_s).toArray().first().toString(),
                 u"\"v=spf1 ip4:192.0.2.10 ip4:192.0.2.20 -all\""_s);
        QCOMPARE(values.value(u"127.0.2.1"_s).toArray().first().toString(),
                 u"\"v=spf1 ip4:192.0.2.10 -all\""_s);
        const QJsonObject dkim = difference(o, u"s1._domainkey.diverge.nsparent.test"_s, u"TXT"_s);
        QVERIFY(dkim.value(u"values"_s).toObject().value(u"127.0.2.1"_s).toArray().isEmpty());
        QCOMPARE(dkim.value(u"outcomes"_s).toObject().value(u"127.0.2.1"_s).toString(), u"nxdomain"_s);
        // Same MX and DMARC everywhere: no difference there.
        QVERIFY(difference(o, u"diverge.nsparent.test"_s, u"MX"_s).isEmpty());
        QVERIFY(difference(o, u"_dmarc.diverge.nsparent.test"_s, u"TXT"_s).isEmpty());

        QCOMPARE(codes(o), (QStringList{u"NS-LAME"_s, u"NS-SERIAL-MISMATCH"_s, u"NS-RECORD-MISMATCH"_s,
                                        u"NS-RECORD-MISMATCH"_s}));
        const QJsonObject del = o.value(u"delegation"_s).toObject();
        QCOMPARE(del.value(u"parentZone"_s).toString(), u"nsparent.test"_s);
        QCOMPARE(del.value(u"matches"_s).toBool(), true);
        QCOMPARE(del.value(u"parent"_s).toArray().size(), 3);

        // Evidence: the parent's referral and every direct question (RD clear), each with its server.
        bool referral = false;
        int direct = 0;
        QSet<QString> servers;
        for (const QJsonValue& v : o.value(u"queries"_s).toArray()) {
            const QJsonObject q = v.toObject();
            if (!q.value(u"direct"_s).toBool())
                continue;
            ++direct;
            QCOMPARE(q.value(u"rd"_s).toBool(), false);
            servers.insert(q.value(u"server"_s).toString());
            referral |= q.value(u"server"_s).toString() == u"127.0.53.2:"_s + m_port &&
                        q.value(u"type"_s).toString() == u"NS"_s;
        }
        QVERIFY(referral);
        QCOMPARE(servers.size(), 4); // the parent and the three servers
        QCOMPARE(direct, 1 + 1 + 2 * (1 + o.value(u"names"_s).toArray().size()));
    }

    void textNamesTheVersions() {
        const auto r = TestSupport::runCli(m_base + QStringList{u"ns"_s, u"diverge.nsparent.test"_s});
        QCOMPARE(r.exitCode, 1);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(u"LAME: REFUSED"_s), qPrintable(text));
        QVERIFY(text.contains(u"serial 2026090101"_s));
        QVERIFY(text.contains(u"\"v=spf1 ip4:192.0.2.10 -all\""_s));
        QVERIFY(text.contains(u"NS-RECORD-MISMATCH"_s));
    }

    void healthyZone() {
        const QJsonObject o = json({u"ns"_s, u"healthy.nsparent.test"_s}, 0);
        QVERIFY(codes(o).isEmpty());
        QVERIFY(o.value(u"differences"_s).toArray().isEmpty());
        QCOMPARE(o.value(u"servers"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"delegation"_s).toObject().value(u"matches"_s).toBool(), true);
    }

    // One server with an IPv4 and an IPv6 address: each address is asked on its own (RFC 2182
    // counts addresses, the stale-copy check compares what each one serves).
    void ipv6Address() {
        QFile v6(qEnvironmentVariable("MAILSIGHT_NS_DIR") + u"/ipv6"_s);
        QVERIFY(v6.open(QIODevice::ReadOnly));
        if (v6.readAll().trimmed() != "yes")
            QSKIP("this machine cannot bind ::1: the fixture serves IPv4 only");
        const QJsonObject o = json({u"ns"_s, u"dual.nsparent.test"_s}, 0);
        QVERIFY2(codes(o).isEmpty(), qPrintable(codes(o).join(u", "_s)));
        QCOMPARE(o.value(u"servers"_s).toArray().size(), 3);
        const QJsonObject six = server(o, u"::1"_s);
        QCOMPARE(six.value(u"name"_s).toString(), u"ns6.nsparent.test"_s);
        QCOMPARE(six.value(u"serial"_s).toInteger(), 2026120501);
        QCOMPARE(six.value(u"authoritative"_s).toBool(), true);
        QVERIFY2(six.value(u"error"_s).toString().isEmpty(), qPrintable(six.value(u"error"_s).toString()));
        QCOMPARE(server(o, u"127.0.1.1"_s).value(u"name"_s).toString(), u"ns6.nsparent.test"_s);
        QVERIFY(o.value(u"differences"_s).toArray().isEmpty());
    }

    // The same, with one rule per address instead of a wildcard (by address, as curl's HOST).
    void rulesPerAddress() {
        QStringList args{u"--resolver"_s, u"127.0.53.1:"_s + m_port, u"--format"_s, u"json"_s};
        for (const QString& a : {u"127.0.53.2"_s, u"127.0.1.1"_s, u"127.0.2.1"_s})
            args << u"--connect-to"_s << u"%1:53:%1:%2"_s.arg(a, m_port);
        const auto r = TestSupport::runCli(args + QStringList{u"ns"_s, u"healthy.nsparent.test"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(codes(o).isEmpty());
        QCOMPARE(server(o, u"127.0.2.1"_s).value(u"serial"_s).toInteger(), 2026120501);
    }

    void delegationDiffers() {
        const QJsonObject o = json({u"ns"_s, u"moved.nsparent.test"_s}, 0); // warnings only
        QCOMPARE(codes(o), (QStringList{u"NS-LAME"_s, u"NS-DELEGATION-MISMATCH"_s}));
        const QJsonObject del = o.value(u"delegation"_s).toObject();
        QCOMPARE(del.value(u"onlyAtParent"_s).toArray(), QJsonArray{u"ns3.nsparent.test"_s});
        QCOMPARE(del.value(u"zone"_s).toArray().size(), 2);
        QCOMPARE(del.value(u"matches"_s).toBool(), false);
        const QJsonObject ns3 = server(o, u"127.0.3.1"_s);
        QCOMPARE(ns3.value(u"inDelegation"_s).toBool(), true);
        QCOMPARE(ns3.value(u"inZone"_s).toBool(), false);
    }

    void tooFewAndSameNetwork() {
        QCOMPARE(codes(json({u"ns"_s, u"single.nsparent.test"_s}, 0)), QStringList{u"NS-TOO-FEW"_s});
        QCOMPARE(codes(json({u"ns"_s, u"samenet.nsparent.test"_s}, 0)), QStringList{u"NS-SAME-NETWORK"_s});
    }

    void referralIsNotAuthoritative() {
        const QJsonObject o = json({u"ns"_s, u"wrongns.nsparent.test"_s}, 0);
        QCOMPARE(codes(o), QStringList{u"NS-LAME"_s});
        QCOMPARE(server(o, u"127.0.53.2"_s).value(u"error"_s).toString(),
                 u"not authoritative (AA flag clear)"_s);
    }

    // A server that never answers (timeout) and one where nothing listens, routed by NS name.
    void silentAndDownServers() {
        TestSupport::SilentUdpServer silent;
        const quint16 closed = TestSupport::closedUdpPort();
        const auto r = TestSupport::runCli(
            {u"--resolver"_s, u"127.0.53.1:"_s + m_port, u"--timeout"_s, u"300"_s, u"--retries"_s, u"0"_s,
             u"--connect-to"_s, u"silent.nsparent.test:53:127.0.0.1:%1"_s.arg(silent.port()),
             u"--connect-to"_s, u"down.nsparent.test:53:127.0.0.1:%1"_s.arg(closed), u"--connect-to"_s,
             u":53::"_s + m_port, u"--format"_s, u"json"_s, u"ns"_s, u"dead.nsparent.test"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(codes(o), (QStringList{u"NS-LAME"_s, u"NS-LAME"_s}));
        const QJsonObject s = server(o, u"127.0.4.1"_s);
        QCOMPARE(s.value(u"error"_s).toString(), u"timeout: no answer"_s);
        QCOMPARE(s.value(u"askedAt"_s).toString(), u"127.0.0.1:%1"_s.arg(silent.port()));
        QVERIFY2(server(o, u"127.0.5.1"_s).value(u"error"_s).toString().startsWith(u"no answer"_s),
                 qPrintable(server(o, u"127.0.5.1"_s).value(u"error"_s).toString()));
        QCOMPARE(server(o, u"127.0.1.1"_s).value(u"serial"_s).toInteger(), 2026120501);
    }

    void offlineAsksNobody() {
        const auto r = TestSupport::runCli(
            {u"--offline"_s, u"--zone"_s,
             TestSupport::sourceDir() + u"/tests/ns/zones/ns1/healthy.nsparent.test.zone"_s, u"--format"_s,
             u"json"_s, u"ns"_s, u"healthy.nsparent.test"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"status"_s).toString(), u"not checked: offline"_s);
        QVERIFY(o.value(u"queries"_s).toArray().isEmpty());
        const auto text = TestSupport::runCli({u"--demo"_s, u"ns"_s, u"example.com"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("not checked: offline"));
    }

    void badInput() {
        QCOMPARE(TestSupport::runCli(m_base + QStringList{u"ns"_s}).exitCode, 2);
        QCOMPARE(TestSupport::runCli(m_base + QStringList{u"ns"_s, u"192.0.2.1"_s}).exitCode, 2);
        QCOMPARE(TestSupport::runCli(
                     m_base + QStringList{u"--format"_s, u"csv"_s, u"ns"_s, u"healthy.nsparent.test"_s})
                     .exitCode,
                 2);
        QCOMPARE(TestSupport::runCli(m_base +
                                     QStringList{u"ns"_s, u"healthy.nsparent.test"_s, u"--selector"_s, u""_s})
                     .exitCode,
                 2);
        // No zone to be found (the stand-in serves no "nosuch.test"): the work cannot be done.
        const auto r = TestSupport::runCli(m_base + QStringList{u"ns"_s, u"nosuch.test"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("zone of nosuch.test could not be found"), r.err.constData());
    }

    // Inside the audit: the names the other checks read are asked of every server too.
    void insideTheAudit() {
        const QJsonArray reports =
            QJsonDocument::fromJson(
                TestSupport::runCli(m_base + QStringList{u"--no-history"_s, u"--format"_s, u"json"_s,
                                                         u"audit"_s, u"diverge.nsparent.test"_s})
                    .out)
                .array();
        QCOMPARE(reports.size(), 1);
        const QJsonObject report = reports.at(0).toObject();
        const QJsonObject ns = report.value(u"ns"_s).toObject();
        QCOMPARE(ns.value(u"status"_s).toString(), u"checked"_s);
        QVERIFY(!difference(ns, u"diverge.nsparent.test"_s, u"TXT"_s).isEmpty());
        bool mxHost = false;
        for (const QJsonValue& n : ns.value(u"names"_s).toArray())
            mxHost |= n.toObject().value(u"name"_s).toString() == u"mail.diverge.nsparent.test"_s;
        QVERIFY2(mxHost, "the MX host's address, read by the transport check, is compared too");
        QVERIFY(!ns.value(u"queries"_s).toArray().isEmpty());
        bool finding = false;
        for (const QJsonValue& f : report.value(u"findings"_s).toArray())
            finding |= f.toObject().value(u"code"_s).toString() == u"NS-RECORD-MISMATCH"_s &&
                       f.toObject().value(u"area"_s).toString() == u"ns"_s;
        QVERIFY(finding);

        const QJsonArray without =
            QJsonDocument::fromJson(
                TestSupport::runCli(m_base + QStringList{u"--no-history"_s, u"--format"_s, u"json"_s,
                                                         u"audit"_s, u"--no-ns"_s,
                                                         u"diverge.nsparent.test"_s})
                    .out)
                .array();
        QVERIFY(!without.at(0).toObject().contains(u"ns"_s));

        const QJsonArray demo =
            QJsonDocument::fromJson(TestSupport::runCli({u"--demo"_s, u"--no-history"_s, u"--format"_s,
                                                         u"json"_s, u"audit"_s, u"example.com"_s})
                                        .out)
                .array();
        QCOMPARE(demo.at(0).toObject().value(u"ns"_s).toObject().value(u"status"_s).toString(),
                 u"not checked: offline"_s);
    }
};

QTEST_GUILESS_MAIN(TestNsCli)
#include "tst_nscli.moc"
