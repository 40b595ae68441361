// Every place mailsight-cli takes a domain refuses an IP address or an address literal with a
// clear error and exit 2, before any query (issue 13, defect 4): "192.0.2.1" must never be walked
// as a name (_dmarc.0.2.1 and the like).

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::runCli;

class TestCliDomainArgs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void refused_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("literal");
        const QStringList literals{u"192.0.2.1"_s, u"[192.0.2.1]"_s, u"2001:db8::1"_s, u"[2001:db8::1]"_s,
                                   u"[IPv6:2001:db8::1]"_s};
        QFile domains(m_dir.filePath(u"domains.txt"_s));
        QVERIFY(domains.open(QIODevice::WriteOnly));
        domains.write("example.com\n192.0.2.1\n");
        domains.close();
        QFile tree(m_dir.filePath(u"tree.json"_s));
        QVERIFY(tree.open(QIODevice::WriteOnly));
        tree.write("{}");
        tree.close();
        const QString history = m_dir.filePath(u"history.sqlite"_s);
        for (const QString& ip : literals) {
            auto row = [&](const char* name, const QStringList& args) {
                QTest::addRow("%s %s", name, qPrintable(ip)) << args << ip;
            };
            row("lookup", {u"lookup"_s, ip, u"TXT"_s});
            row("spf", {u"spf"_s, ip});
            row("dmarc", {u"dmarc"_s, ip});
            row("dmarc --from", {u"dmarc"_s, u"example.com"_s, u"--from"_s, ip});
            row("dkim", {u"dkim"_s, ip, u"--selector"_s, u"s1"_s});
            row("dkim match", {u"dkim"_s, u"match"_s, ip, u"s1"_s, u"--private-key"_s, u"/nonexistent"_s});
            row("dkim keygen", {u"dkim"_s, u"keygen"_s, ip, u"s1"_s, u"--out"_s, m_dir.path()});
            row("audit", {u"--no-history"_s, u"audit"_s, u"example.com"_s, ip});
            row("reports summary", {u"--history"_s, history, u"reports"_s, u"summary"_s, ip});
            row("reports resolve", {u"--history"_s, history, u"reports"_s, u"resolve"_s, ip});
            row("reports alignment", {u"--history"_s, history, u"reports"_s, u"alignment"_s, ip});
            row("reports spf-tree",
                {u"--history"_s, history, u"reports"_s, u"spf-tree"_s, ip, tree.fileName()});
        }
        QTest::newRow("audit --domains-file")
            << QStringList{u"--no-history"_s, u"audit"_s, u"--domains-file"_s, domains.fileName()}
            << u"192.0.2.1"_s;
    }
    void refused() {
        QFETCH(QStringList, args);
        QFETCH(QString, literal);
        // Offline over a zone that does not cover the name: had anything been asked, the command
        // would fail with exit 3 instead.
        const QStringList common{u"--offline"_s, u"--zone"_s,
                                 TestSupport::sourceDir() + u"/tests/zones/dns.test.zone"_s};
        const auto r = runCli(common + args);
        QVERIFY2(r.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"is an IP address, not a domain name"_s), qPrintable(err));
        QVERIFY2(err.contains(literal), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1); // one clear line
        QVERIFY2(!r.out.contains("_dmarc."), r.out.constData());
    }

    void spfCheckHostStillAnswersNone() {
        // With --ip the domain is check_host()'s (MAIL FROM or HELO), where an address literal is
        // not a valid domain and the result is "none" (RFC 7208 §4.3): the RFC 7208 suite expects it.
        const auto r =
            runCli({u"--offline"_s, u"--zone"_s, TestSupport::sourceDir() + u"/tests/zones/dns.test.zone"_s,
                    u"--format"_s, u"json"_s, u"spf"_s, u"[192.0.2.1]"_s, u"--ip"_s, u"192.0.2.1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"result\": \"none\""), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDomainArgs)
#include "tst_clidomainargs.moc"
