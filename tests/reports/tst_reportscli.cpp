// mailsight-cli reports import / summary: exit codes, refused files named, JSON shape; no DNS.
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReportsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importNamesRefusedFiles();
    void importOfGoodFilesExitsZero();
    void summaryJson();
    void resolveStoresReverseNames();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    QTemporaryDir m_dir;
    QString m_store; // the store under test (TestStore: SQLite, or PostgreSQL in tst_reportscli_pg)
    QString db() {
        if (m_store.isEmpty())
            m_store = TestStore::fresh(m_dir.path(), QStringLiteral("history.sqlite"));
        return m_store;
    }
    QString data(const QString& relative) const {
        return qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QStringLiteral("/reports/") + relative;
    }
};

TestReportsCli::Run TestReportsCli::cli(const QStringList& args) {
    QProcess p;
    // No resolver at all: the reports commands must not need DNS.
    p.setProgram(qEnvironmentVariable("MAILSIGHT_CLI"));
    p.setArguments(QStringList{QStringLiteral("--resolver"), QStringLiteral("192.0.2.53:1")} + args);
    p.start();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestReportsCli::importNamesRefusedFiles() {
    const Run r = cli({QStringLiteral("--database"), db(), QStringLiteral("reports"),
                       QStringLiteral("import"), data(QStringLiteral("dmarc-reports/parsedmarc/aggregate"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("REFUSED    ") +
                            data(QStringLiteral("dmarc-reports/parsedmarc/aggregate/invalid_xml.xml"))),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("not well-formed XML at line 5")));
    QVERIFY(r.out.contains(QStringLiteral("invalid_utf_8.xml")));
    QVERIFY(r.out.contains(QStringLiteral("17 imported, 0 duplicate, 2 refused")));

    const Run json = cli({QStringLiteral("--database"), db(), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("reports"), QStringLiteral("import"),
                          data(QStringLiteral("dmarc-reports/parsedmarc/aggregate/twilight.eml"))});
    QCOMPARE(json.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("duplicate")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("files"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("duplicate"));
}

void TestReportsCli::importOfGoodFilesExitsZero() {
    const Run r =
        cli({QStringLiteral("--database"), db(), QStringLiteral("reports"), QStringLiteral("import"),
             data(QStringLiteral("tls-rpt/rfc8460.json")), data(QStringLiteral("tls-rpt/smtp_tls.json"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("2 imported")));
    const Run missing = cli({QStringLiteral("--database"), db(), QStringLiteral("reports"),
                             QStringLiteral("import"), m_dir.filePath(QStringLiteral("no-such-file.xml"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.out.contains(QStringLiteral("no-such-file.xml")));
}

void TestReportsCli::summaryJson() {
    QVERIFY(cli({QStringLiteral("--database"), db(), QStringLiteral("reports"), QStringLiteral("import"),
                 data(QStringLiteral("dmarc-reports/parsedmarc/aggregate/"
                                     "rfc9990-example.net!example.com!1700000000!1700086399.xml"))})
                .code <= 1);
    const Run r = cli({QStringLiteral("--database"), db(), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("reports"), QStringLiteral("summary"), QStringLiteral("example.com"),
                       QStringLiteral("--since"), QStringLiteral("2023-11-14"), QStringLiteral("--until"),
                       QStringLiteral("2023-11-15")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("messages")).toInt(), 7);
    const QJsonArray sources = o.value(QStringLiteral("sources")).toArray();
    QCOMPARE(sources.size(), 2);
    const QJsonObject first = sources.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("ip")).toString(), QStringLiteral("198.51.100.1"));
    QCOMPARE(first.value(QStringLiteral("count")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("spf")).toObject().value(QStringLiteral("pass")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("dkim")).toObject().value(QStringLiteral("pass")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("pass")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("matchedInclude")).toString(), QStringLiteral("unknown"));
    const QJsonObject reject =
        o.value(QStringLiteral("simulation")).toObject().value(QStringLiteral("reject")).toObject();
    QCOMPARE(reject.value(QStringLiteral("messages")).toInt(), 2);
    QCOMPARE(reject.value(QStringLiteral("alreadyApplied")).toInt(), 2); // the receiver already rejected them

    QCOMPARE(o.value(QStringLiteral("sourceCount")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("sourcesShown")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("truncated")).toBool(), false);

    // --limit lists the biggest sources; the totals still cover all of them.
    const Run cut =
        cli({QStringLiteral("--database"), db(), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("reports"), QStringLiteral("summary"), QStringLiteral("example.com"),
             QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--since"),
             QStringLiteral("2023-11-14"), QStringLiteral("--until"), QStringLiteral("2023-11-15")});
    QCOMPARE(cut.code, 0);
    const QJsonObject c = QJsonDocument::fromJson(cut.out.toUtf8()).object();
    QCOMPARE(c.value(QStringLiteral("sources")).toArray().size(), 1);
    QCOMPARE(
        c.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("ip")).toString(),
        QStringLiteral("198.51.100.1"));
    QCOMPARE(c.value(QStringLiteral("sourceCount")).toInt(), 2);
    QCOMPARE(c.value(QStringLiteral("sourcesShown")).toInt(), 1);
    QCOMPARE(c.value(QStringLiteral("truncated")).toBool(), true);
    QCOMPARE(c.value(QStringLiteral("messages")).toInt(), 7);
    QCOMPARE(c.value(QStringLiteral("simulation"))
                 .toObject()
                 .value(QStringLiteral("reject"))
                 .toObject()
                 .value(QStringLiteral("messages"))
                 .toInt(),
             2);
    const Run all =
        cli({QStringLiteral("--database"), db(), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("reports"), QStringLiteral("summary"), QStringLiteral("example.com"),
             QStringLiteral("--all-sources"), QStringLiteral("--since"), QStringLiteral("2023-11-14"),
             QStringLiteral("--until"), QStringLiteral("2023-11-15")});
    QCOMPARE(all.code, 0);
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("sourcesShown")).toInt(),
             2);

    // Outside the range: nothing.
    const Run later =
        cli({QStringLiteral("--database"), db(), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("reports"), QStringLiteral("summary"), QStringLiteral("example.com"),
             QStringLiteral("--since"), QStringLiteral("2030-01-01")});
    QCOMPARE(QJsonDocument::fromJson(later.out.toUtf8()).object().value(QStringLiteral("messages")).toInt(),
             0);

    // With an SPF tree stored, the include is named.
    QFile tree(m_dir.filePath(QStringLiteral("tree.json")));
    QVERIFY(tree.open(QIODevice::WriteOnly));
    tree.write(
        R"({"term":"","domain":"example.com","record":"v=spf1 include:_spf.example.net -all","children":[
        {"term":"include:_spf.example.net","domain":"_spf.example.net","record":"v=spf1 ip4:198.51.100.0/24 -all","children":[]}]})");
    tree.close();
    QCOMPARE(cli({QStringLiteral("--database"), db(), QStringLiteral("reports"), QStringLiteral("spf-tree"),
                  QStringLiteral("example.com"), tree.fileName()})
                 .code,
             0);
    const Run text = cli({QStringLiteral("--database"), db(), QStringLiteral("reports"),
                          QStringLiteral("summary"), QStringLiteral("example.com")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("include:_spf.example.net")), qPrintable(text.out));
    for (const QString& line : text.out.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 80, qPrintable(line));
}

void TestReportsCli::resolveStoresReverseNames() {
    // `resolve` is the one subcommand that asks DNS: here an offline zone answers the PTR.
    QTemporaryDir dir;
    const QString history = TestStore::fresh(dir.path(), QStringLiteral("h.sqlite"));
    QVERIFY(!history.isEmpty());
    QCOMPARE(cli({QStringLiteral("--database"), history, QStringLiteral("reports"), QStringLiteral("import"),
                  data(QStringLiteral("dmarc-reports/parsedmarc/aggregate/"
                                      "rfc9990-example.net!example.com!1700000000!1700086399.xml"))})
                 .code,
             0);
    QFile zone(dir.filePath(QStringLiteral("100.51.198.in-addr.arpa.zone")));
    QVERIFY(zone.open(QIODevice::WriteOnly));
    zone.write("$ORIGIN 100.51.198.in-addr.arpa.\n$TTL 300\n"
               "@ IN SOA ns.example.net. h.example.net. 1 2 3 4 5\n1 IN PTR mail-out.example.net.\n");
    zone.close();
    const Run resolve = cli({QStringLiteral("--database"), history, QStringLiteral("--offline"),
                             QStringLiteral("--zone"), zone.fileName(), QStringLiteral("reports"),
                             QStringLiteral("resolve"), QStringLiteral("example.com")});
    QCOMPARE(resolve.code, 0);
    QVERIFY2(resolve.out.contains(QStringLiteral("2 reverse name(s)")),
             qPrintable(resolve.out + resolve.err));
    const Run summary =
        cli({QStringLiteral("--database"), history, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("reports"), QStringLiteral("summary"), QStringLiteral("example.com")});
    const QJsonObject first = QJsonDocument::fromJson(summary.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("sources"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("reverseName")).toString(), QStringLiteral("mail-out.example.net"));
    QCOMPARE(first.value(QStringLiteral("reverseDomain")).toString(), QStringLiteral("example.net"));
}

void TestReportsCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("reports")} << 2;
    QTest::newRow("import nothing") << QStringList{QStringLiteral("reports"), QStringLiteral("import")} << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("reports"), QStringLiteral("summary"),
                                             QStringLiteral("example.com"), QStringLiteral("--since"),
                                             QStringLiteral("yesterday")}
                              << 2;
    QTest::newRow("no history") << QStringList{QStringLiteral("--no-history"), QStringLiteral("reports"),
                                               QStringLiteral("summary"), QStringLiteral("example.com")}
                                << 2;
    QTest::newRow("limit 0") << QStringList{QStringLiteral("reports"), QStringLiteral("summary"),
                                            QStringLiteral("example.com"), QStringLiteral("--limit"),
                                            QStringLiteral("0")}
                             << 2;
}

void TestReportsCli::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QCOMPARE(cli(QStringList{QStringLiteral("--database"), db()} + args).code, code);
}

QTEST_GUILESS_MAIN(TestReportsCli)
#include "tst_reportscli.moc"
