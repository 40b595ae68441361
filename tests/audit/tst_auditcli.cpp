#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

class TestAuditCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("clean domain") << QStringList{QStringLiteral("example.com")} << 0;
        QTest::newRow("error finding") << QStringList{QStringLiteral("overlimit.test")} << 1;
        QTest::newRow("warnings pass by default") << QStringList{QStringLiteral("monitor.test")} << 0;
        QTest::newRow("fail on warning")
            << QStringList{QStringLiteral("monitor.test"), QStringLiteral("--fail-on"),
                           QStringLiteral("warning")}
            << 1;
        QTest::newRow("never") << QStringList{QStringLiteral("overlimit.test"), QStringLiteral("--fail-on"),
                                              QStringLiteral("never")}
                               << 0;
        QTest::newRow("bad fail-on") << QStringList{QStringLiteral("example.com"),
                                                    QStringLiteral("--fail-on"), QStringLiteral("info")}
                                     << 2;
        QTest::newRow("no domain") << QStringList{} << 2;
        QTest::newRow("bad name") << QStringList{QStringLiteral("bad..name")} << 2;
        QTest::newRow("missing domains file")
            << QStringList{QStringLiteral("--domains-file"), QStringLiteral("/nonexistent")} << 3;
        QTest::newRow("missing expectations")
            << QStringList{QStringLiteral("example.com"), QStringLiteral("--expect"),
                           QStringLiteral("/nonexistent.json")}
            << 3;
        QTest::newRow("expectations unmet")
            << QStringList{QStringLiteral("monitor.test"), QStringLiteral("--expect"),
                           qEnvironmentVariable("MAILSIGHT_TEST_DATA") +
                               QStringLiteral("/audit/expectations.json")}
            << 1;
    }
    void exitCodes() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const auto r = runCli(
            QStringList{QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit")} +
            args);
        QVERIFY2(r.exitCode == code, (r.out + r.err).constData());
    }

    void jsonShapeAndStaged() {
        const auto r =
            runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("--zone"),
                    TestSupport::sourceDir() + QStringLiteral("/resources/demo/staged/example.com.zone"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("overlimit.test")});
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY2(doc.isArray(), r.err.constData());
        const QJsonObject ex = doc.array().at(0).toObject();
        for (const char* key : {"domain", "grade", "findings", "spf", "dmarc", "dkim", "queries"})
            QVERIFY2(ex.contains(QLatin1String(key)), key);
        QVERIFY(QStringLiteral("ABCDEF").contains(ex.value(QStringLiteral("grade")).toString().left(1)));
        QVERIFY(ex.value(QStringLiteral("staged")).toBool());
        bool stagedSpf = false;
        for (const auto& v : ex.value(QStringLiteral("records")).toArray()) {
            const QJsonObject rec = v.toObject();
            if (rec.value(QStringLiteral("name")).toString() == QLatin1String("example.com") &&
                rec.value(QStringLiteral("data")).toString().startsWith(QLatin1String("v=spf1")))
                stagedSpf = rec.value(QStringLiteral("staged")).toBool();
        }
        QVERIFY(stagedSpf);
        QVERIFY(!doc.array().at(1).toObject().value(QStringLiteral("staged")).toBool());
        const auto text =
            runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("--zone"),
                    TestSupport::sourceDir() + QStringLiteral("/resources/demo/staged/example.com.zone"),
                    QStringLiteral("audit"), QStringLiteral("example.com")});
        QVERIFY(text.out.contains("[STAGED]"));
        QVERIFY(text.out.contains("Staged records"));
    }

    void historyAndCompare() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));
        const auto first = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db,
                                   QStringLiteral("audit"), QStringLiteral("example.com")});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains("Stored as audit 1"));
        const auto second =
            runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("--zone"),
                    TestSupport::sourceDir() + QStringLiteral("/resources/demo/staged/example.com.zone"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--compare"), QStringLiteral("last")});
        const QJsonObject r = QJsonDocument::fromJson(second.out).array().at(0).toObject();
        const QJsonObject diff = r.value(QStringLiteral("diff")).toObject();
        QVERIFY2(!diff.isEmpty(), (second.out + second.err).constData());
        QCOMPARE(diff.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toInt(), 1);
        QVERIFY(!diff.value(QStringLiteral("findings"))
                     .toObject()
                     .value(QStringLiteral("new"))
                     .toArray()
                     .isEmpty());
        QVERIFY(!diff.value(QStringLiteral("records"))
                     .toObject()
                     .value(QStringLiteral("changed"))
                     .toArray()
                     .isEmpty());
        QCOMPARE(diff.value(QStringLiteral("dmarc"))
                     .toObject()
                     .value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("quarantine"));
        const auto byId =
            runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--compare"), QStringLiteral("99")});
        QCOMPARE(byId.exitCode, 2);
    }

    void formats() {
        QTemporaryDir dir;
        for (const QString& format : {QStringLiteral("csv"), QStringLiteral("sarif"), QStringLiteral("junit"),
                                      QStringLiteral("html")}) {
            const QString out = dir.filePath(QStringLiteral("out.") + format);
            const auto r = runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"),
                                   QStringLiteral("--format"), format, QStringLiteral("audit"),
                                   QStringLiteral("weakkey.test"), QStringLiteral("--output"), out});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.isEmpty());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            QVERIFY2(data.contains("DKIM-KEY-WEAK"), qPrintable(format));
        }
    }

    void pdf() {
        const QString renderer = TestSupport::reportRenderer();
        if (renderer.isEmpty())
            QSKIP("mailsight-report is built only with the GUI");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
        const auto r = runCli(
            {QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
             QStringLiteral("example.com"), QStringLiteral("overlimit.test"), QStringLiteral("weakkey.test"),
             QStringLiteral("--organisation"), QStringLiteral("Example Org"), QStringLiteral("--pdf"), pdf},
            120000);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY(QFile::exists(pdf));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const char* section :
             {"Email authentication audit", "Example Org", "Contents", "Executive summary",
              "The three most urgent", "over the quarters", "overlimit.test", "SPF: who may send mail",
              "DKIM keys", "DMARC: what receivers do", "Findings", "SPF-LOOKUP-LIMIT",
              "Appendix A: raw records", "Appendix B: resolver and evidence",
              "Appendix C: how grades are given",
              // The demo's DMARC / TLS-RPT reports about example.com (a temporary database).
              "example.com: who sends as this domain", "Who sends as this domain",
              "Volume over time, by result", "Top sources", "include:_spf.provider.test",
              "Unknown sources that send mail as the domain", "Forwarders", "What a stricter policy would do",
              "TLS-RPT: failures delivering to the domain"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        // overlimit.test and weakkey.test have no reports: one such section only.
        QCOMPARE(text.count(QLatin1String("who sends as this domain"), Qt::CaseInsensitive),
                 2); // contents, section
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
