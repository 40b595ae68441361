// `mailsight-cli audit --transport`: the transport checks inside the audit (NSD + the nginx
// fixture), their findings counted in the report and graded, the JSON valid against
// docs/schemas/audit-report.schema.json; without --transport the audit is unchanged.
#include "../common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTransportAudit : public QObject {
    Q_OBJECT
private:
    QStringList m_base;

    static QStringList codes(const QJsonObject& report, const QString& area) {
        QStringList out;
        for (const QJsonValue& v : report.value(u"findings"_s).toArray())
            if (v.toObject().value(u"area"_s).toString() == area)
                out << v.toObject().value(u"code"_s).toString();
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        const quint16 nsd = TestSupport::nsdPort();
        QVERIFY2(nsd, "the NSD fixture is not running");
        const QString dir = qEnvironmentVariable("MAILSIGHT_HTTPS_DIR");
        QFile port(dir + u"/port"_s);
        QVERIFY2(port.open(QIODevice::ReadOnly), "the https fixture (nginx) is not running");
        m_base =
            QStringList{u"--resolver"_s,   u"127.0.0.1:%1"_s.arg(nsd),
                        u"--connect-to"_s, u":443::%1"_s.arg(QString::fromLatin1(port.readAll().trimmed())),
                        u"--ca-file"_s,    dir + u"/ca.pem"_s,
                        u"--no-history"_s, u"--format"_s,
                        u"json"_s};
    }

    void transportInsideTheAudit() {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"audit.json"_s);
        const auto r = TestSupport::runCli(m_base + QStringList{u"audit"_s, u"good.transport.test"_s,
                                                                u"uncovered.transport.test"_s,
                                                                u"--transport"_s, u"--output"_s, out});
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), r.err.constData());
        const QByteArray bytes = file.readAll();
        const QJsonArray reports = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(reports.size(), 2);
        const QJsonObject good = reports.at(0).toObject();
        const QJsonObject uncovered = reports.at(1).toObject();
        QCOMPARE(good.value(u"domain"_s).toString(), u"good.transport.test"_s);
        QVERIFY(codes(good, u"transport"_s).isEmpty());
        QCOMPARE(codes(uncovered, u"transport"_s), QStringList{u"MTA-STS-MX-NOT-COVERED"_s});
        // An error finding: the audit fails at the default --fail-on error.
        QCOMPARE(r.exitCode, 1);
        const QJsonObject transport = good.value(u"transport"_s).toObject();
        QCOMPARE(
            transport.value(u"mtaSts"_s).toObject().value(u"policy"_s).toObject().value(u"mode"_s).toString(),
            u"enforce"_s);
        QCOMPARE(transport.value(u"connections"_s).toArray().size(), 1);
        QVERIFY(
            good.value(u"recordsFound"_s).toArray().contains(u"_mta-sts: v=STSv1; id=20261204T000000;"_s));
        QVERIFY(good.value(u"recordsFound"_s).toArray().contains(u"MX: 10 mx1.good.transport.test"_s));
        // The transport questions are in the audit's one query log.
        bool askedMtaSts = false;
        for (const QJsonValue& q : good.value(u"queries"_s).toArray())
            askedMtaSts |= q.toObject().value(u"name"_s).toString() == u"_mta-sts.good.transport.test"_s;
        QVERIFY(askedMtaSts);

        // The report is valid against the published schema.
        QProcess py;
        py.start(u"/usr/bin/python3"_s,
                 {u"-c"_s,
                  u"import json,sys,jsonschema\n"
                  "schema=json.load(open(sys.argv[1]))\n"
                  "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"_s,
                  TestSupport::sourceDir() + u"/docs/schemas/audit-report.schema.json"_s, out});
        QVERIFY(py.waitForFinished(60000));
        if (py.exitCode() != 0 && py.readAllStandardError().contains("No module named 'jsonschema'"))
            QSKIP("python3-jsonschema is not installed");
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
    }

    void noTransportLeavesItOut() {
        const auto r = TestSupport::runCli(
            m_base + QStringList{u"audit"_s, u"uncovered.transport.test"_s, u"--no-transport"_s});
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QVERIFY2(!report.isEmpty(), r.err.constData());
        QVERIFY(!report.contains(u"transport"_s));
        QVERIFY(codes(report, u"transport"_s).isEmpty());
        // Nothing was fetched: no connection at all.
        QVERIFY(!r.out.contains("\"connections\""));
    }

    void transportByDefault() {
        const auto r = TestSupport::runCli(m_base + QStringList{u"audit"_s, u"uncovered.transport.test"_s});
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QVERIFY2(!report.isEmpty(), r.err.constData());
        const QJsonObject transport = report.value(u"transport"_s).toObject();
        QCOMPARE(
            transport.value(u"mtaSts"_s).toObject().value(u"policy"_s).toObject().value(u"mode"_s).toString(),
            u"enforce"_s);
        QVERIFY(codes(report, u"transport"_s).contains(u"MTA-STS-MX-NOT-COVERED"_s));
    }

    void noTransportConflicts() {
        const auto r = TestSupport::runCli(m_base + QStringList{u"audit"_s, u"uncovered.transport.test"_s,
                                                                u"--no-transport"_s, u"--probe-smtp"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--no-transport"), r.err.constData());
    }

    void probeSmtpRefusedOffline() {
        const auto r = TestSupport::runCli(
            {u"--demo"_s, u"--no-history"_s, u"audit"_s, u"example.com"_s, u"--probe-smtp"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--probe-smtp"));
    }
};

QTEST_GUILESS_MAIN(TestTransportAudit)
#include "tst_transportaudit.moc"
