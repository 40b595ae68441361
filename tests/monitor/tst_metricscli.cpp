// The CLI end to end: `audit --metrics FILE` over the demo zones (and a staged zone file, and a
// resolver that never answers), `metrics` printing the last stored audits, `metrics --listen`
// serving them over HTTP until SIGTERM or SIGINT. Every exposition goes through `promtool check
// metrics`, and the example alerting rules through `promtool check rules` and `promtool test rules`.
// promtool comes from Debian's prometheus package (packaging/setup-debian.sh): without it these
// tests fail, they do not skip.
#include "TestSupport.h"
#include "demo/DemoReports.h"
#include "monitor/MetricsHistorySource.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using TestSupport::runCli;

namespace {
QString promtool() {
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

struct ToolRun {
    int exitCode = -1;
    QByteArray output;
};

ToolRun runPromtool(const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(promtool(), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

// "name{labels}" -> value.
QMap<QString, QString> samples(const QByteArray& text) {
    QMap<QString, QString> out;
    for (const QByteArray& raw : text.split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QString line = QString::fromUtf8(raw);
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        out.insert(line.left(space), line.mid(space + 1));
    }
    return out;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList kDomains{QStringLiteral("example.com"), QStringLiteral("monitor.test"),
                           QStringLiteral("weakkey.test"), QStringLiteral("overlimit.test")};
} // namespace

class TestMetricsCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!promtool().isEmpty(),
                 "promtool not found: install Debian's prometheus package (packaging/setup-debian.sh does)");
        QVERIFY(m_dir.isValid());
        // A history holding the demo's DMARC aggregate reports, so that pass ratios exist.
        m_db = m_dir.filePath(QStringLiteral("history.sqlite"));
        auto db = HistoryDatabase::open(m_db);
        QVERIFY(db);
        QVERIFY(DemoReports::importInto(*db, QDateTime::currentDateTimeUtc().date()));
    }

    void auditWritesMetrics() {
        const QString metrics = m_dir.filePath(QStringLiteral("out/mailsight.prom"));
        const QString json = m_dir.filePath(QStringLiteral("out/audit.json"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        QVERIFY(QFile(metrics).open(QIODevice::WriteOnly)); // an older file is replaced
        const auto r =
            runCli(QStringList{QStringLiteral("--demo"), QStringLiteral("--history"), m_db,
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("audit")} +
                   kDomains +
                   QStringList{QStringLiteral("--output"), json, QStringLiteral("--metrics"), metrics,
                               QStringLiteral("--fail-on"), QStringLiteral("never")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray text = readFile(metrics);
        QVERIFY(!text.isEmpty());
        // Written through a temporary file renamed over the target: nothing else is left there.
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("audit.json"), QStringLiteral("mailsight.prom")}));
        const auto check = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, text);
        QVERIFY2(check.exitCode == 0 && check.output.trimmed().isEmpty(), check.output.constData());

        // The values are the audit's own: grades and counts as the JSON export has them.
        const QMap<QString, QString> s = samples(text);
        const QJsonArray reports = QJsonDocument::fromJson(readFile(json)).array();
        QCOMPARE(reports.size(), kDomains.size());
        const QStringList passRatioDomains = DemoReports::domains();
        for (const auto& v : reports) {
            const QJsonObject report = v.toObject();
            const QString domain = report.value(QStringLiteral("domain")).toString();
            const QString d = QStringLiteral("domain=\"%1\"").arg(domain);
            QCOMPARE(s.value(QStringLiteral("mailsight_audit_up{%1}").arg(d)), QStringLiteral("1"));
            const int grade =
                int(QStringLiteral("FEDCBA").indexOf(report.value(QStringLiteral("grade")).toString()));
            QVERIFY(grade >= 0);
            QCOMPARE(s.value(QStringLiteral("mailsight_audit_grade{%1}").arg(d)), QString::number(grade));
            for (const QString& severity :
                 {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                QCOMPARE(s.value(QStringLiteral("mailsight_findings{%1,severity=\"%2\"}").arg(d, severity)),
                         QString::number(
                             report.value(QStringLiteral("counts")).toObject().value(severity).toInt()));
            QCOMPARE(
                s.value(QStringLiteral("mailsight_spf_lookups{%1}").arg(d)),
                QString::number(
                    report.value(QStringLiteral("spf")).toObject().value(QStringLiteral("lookups")).toInt()));
            const QJsonObject policy =
                report.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("policy")).toObject();
            for (const QString& reading : {QStringLiteral("rfc9989"), QStringLiteral("rfc7489")}) {
                const QString applied =
                    policy.value(reading).toObject().value(QStringLiteral("applied")).toString();
                const QStringList values{QStringLiteral("none"), QStringLiteral("quarantine"),
                                         QStringLiteral("reject")};
                QCOMPARE(s.value(QStringLiteral("mailsight_dmarc_policy{%1,reading=\"%2\"}").arg(d, reading)),
                         QString::number(values.indexOf(applied)));
            }
            for (const auto& sel : report.value(QStringLiteral("dkim"))
                                       .toObject()
                                       .value(QStringLiteral("selectors"))
                                       .toArray()) {
                const QJsonObject o = sel.toObject();
                if (!o.value(QStringLiteral("found")).toBool())
                    continue;
                const QString labels = QStringLiteral("%1,selector=\"%2\"")
                                           .arg(d, o.value(QStringLiteral("selector")).toString());
                QCOMPARE(s.value(QStringLiteral("mailsight_dkim_key_size_bytes{%1}").arg(labels)),
                         QString::number(o.value(QStringLiteral("keyBits")).toInt() / 8));
                // Stored in this run: first seen now.
                QVERIFY2(
                    s.value(QStringLiteral("mailsight_dkim_key_age_seconds{%1}").arg(labels)).toDouble() < 60,
                    qPrintable(labels));
            }
            QVERIFY(s.value(QStringLiteral("mailsight_audit_timestamp_seconds{%1}").arg(d)).toDouble() >
                    QDateTime::currentSecsSinceEpoch() - 600);
            QVERIFY(s.contains(QStringLiteral("mailsight_audit_duration_seconds{%1}").arg(d)));
            const QString ratioKey = QStringLiteral("mailsight_dmarc_pass_ratio{%1}").arg(d);
            QCOMPARE(s.contains(ratioKey), passRatioDomains.contains(domain));
            if (s.contains(ratioKey)) {
                auto db = HistoryDatabase::open(m_db);
                QVERIFY(db);
                const auto expected =
                    MetricsHistorySource::dmarcPassRatio(*db, domain, QDateTime::currentDateTimeUtc().date());
                QVERIFY(expected);
                QCOMPARE(s.value(ratioKey).toDouble(), *expected);
            }
        }
        QVERIFY(s.contains(QStringLiteral("mailsight_audit_run_duration_seconds")));
        QVERIFY(!text.contains("mailsight_audit_failure"));
    }

    void stagedZoneFileIsMarked() {
        const QString metrics = m_dir.filePath(QStringLiteral("staged.prom"));
        const auto r = runCli(
            {QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("--zone"),
             TestSupport::sourceDir() + QStringLiteral("/resources/demo/staged/example.com.zone"),
             QStringLiteral("audit"), QStringLiteral("example.com"), QStringLiteral("--metrics"), metrics});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QByteArray text = readFile(metrics);
        const auto s = samples(text);
        QCOMPARE(s.value(QStringLiteral("mailsight_audit_staged{domain=\"example.com\"}")),
                 QStringLiteral("1"));
        // The staged record says p=quarantine.
        QCOMPARE(
            s.value(QStringLiteral("mailsight_dmarc_policy{domain=\"example.com\",reading=\"rfc9989\"}")),
            QStringLiteral("1"));
        // Without the history: no key age, no pass ratio, and no claim otherwise.
        QVERIFY(!text.contains("mailsight_dkim_key_age_seconds"));
        QVERIFY(!text.contains("mailsight_dmarc_pass_ratio"));
        const auto check = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, text);
        QVERIFY2(check.exitCode == 0, check.output.constData());
    }

    void unreachableResolverIsNotGradeF() {
        TestSupport::SilentUdpServer silent;
        const QString metrics = m_dir.filePath(QStringLiteral("down.prom"));
        const auto r = runCli({QStringLiteral("--no-history"), QStringLiteral("--resolver"),
                               QStringLiteral("127.0.0.1:%1").arg(silent.port()), QStringLiteral("--timeout"),
                               QStringLiteral("100"), QStringLiteral("--retries"), QStringLiteral("0"),
                               QStringLiteral("audit"), QStringLiteral("example.com"),
                               QStringLiteral("--no-ns"), QStringLiteral("--no-blocklists"),
                               QStringLiteral("--no-transport"), QStringLiteral("--metrics"), metrics},
                              120000);
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData()); // the audit itself reports the failure
        QVERIFY(r.out.contains("DNS-RESOLVER-FAILURE"));
        const QByteArray text = readFile(metrics);
        const auto s = samples(text);
        QCOMPARE(s.value(QStringLiteral("mailsight_audit_up{domain=\"example.com\"}")), QStringLiteral("0"));
        QCOMPARE(s.value(QStringLiteral(
                     "mailsight_audit_failure{domain=\"example.com\",reason=\"dns-unreachable\"}")),
                 QStringLiteral("1"));
        QVERIFY(s.contains(QStringLiteral("mailsight_audit_timestamp_seconds{domain=\"example.com\"}")));
        QVERIFY(!text.contains("mailsight_audit_grade"));
        QVERIFY(!text.contains("mailsight_findings"));
        const auto check = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, text);
        QVERIFY2(check.exitCode == 0, check.output.constData());
    }

    void writeFailureIsAnError_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing directory") << QStringLiteral("no/such/dir/m.prom");
        QTest::newRow("a directory") << QString();
    }
    void writeFailureIsAnError() {
        QFETCH(QString, path);
        const QString target = path.isEmpty() ? m_dir.path() : m_dir.filePath(path);
        const auto r =
            runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--metrics"), target});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("metrics not written to " + target.toUtf8()), r.err.constData());
        // The audit's own output still appears.
        QVERIFY2(r.out.contains("example.com  grade "), r.out.constData());
    }

    void metricsPrintsTheLastStoredAudits() {
        const auto r = runCli({QStringLiteral("--history"), m_db, QStringLiteral("metrics")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto s = samples(r.out);
        for (const QString& domain : kDomains)
            QVERIFY2(s.contains(QStringLiteral("mailsight_audit_grade{domain=\"%1\"}").arg(domain)),
                     qPrintable(domain));
        QVERIFY(s.contains(QStringLiteral("mailsight_dmarc_pass_ratio{domain=\"example.com\"}")));
        // Audits of different runs: no run duration.
        QVERIFY(!r.out.contains("mailsight_audit_run_duration_seconds"));
        const auto check = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, r.out);
        QVERIFY2(check.exitCode == 0, check.output.constData());
    }

    void metricsUsageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no such database")
            << QStringList{QStringLiteral("--history"), QStringLiteral("/nonexistent/h.sqlite"),
                           QStringLiteral("metrics")}
            << 3;
        QTest::newRow("--no-history")
            << QStringList{QStringLiteral("--no-history"), QStringLiteral("metrics")} << 2;
        QTest::newRow("argument") << QStringList{QStringLiteral("metrics"), QStringLiteral("example.com")}
                                  << 2;
        QTest::newRow("--format json")
            << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("metrics")}
            << 2;
        QTest::newRow("bad --listen") << QStringList{QStringLiteral("metrics"), QStringLiteral("--listen"),
                                                     QStringLiteral("example.com:80")}
                                      << 2;
    }
    void metricsUsageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QStringList full = args;
        if (!full.contains(QStringLiteral("--history")) && !full.contains(QStringLiteral("--no-history")))
            full = QStringList{QStringLiteral("--history"), m_db} + full;
        const auto r = runCli(full);
        QVERIFY2(r.exitCode == code, (r.out + r.err).constData());
        QVERIFY(r.out.isEmpty());
    }

    void listenServesUntilSignalled_data() {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void listenServesUntilSignalled() {
        QFETCH(int, signalNumber);
        QProcess server;
        server.start(qEnvironmentVariable("MAILSIGHT_CLI"),
                     {QStringLiteral("--history"), m_db, QStringLiteral("metrics"),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForStarted(10000));
        // Port 0: the server picks a free port and names it.
        QByteArray err;
        const QRegularExpression serving(
            QStringLiteral("serving metrics at http://127\\.0\\.0\\.1:(\\d+)/metrics"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((err += server.readAllStandardError(),
                                  match = serving.match(QString::fromUtf8(err)), match.hasMatch()),
                                 10000);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1));

        QNetworkAccessManager manager;
        QNetworkReply* metrics = nullptr;
        {
            QNetworkReply* reply = manager.get(QNetworkRequest(QUrl(base + QStringLiteral("/metrics"))));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            metrics = reply;
        }
        QCOMPARE(metrics->error(), QNetworkReply::NoError);
        QCOMPARE(metrics->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(metrics->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("text/plain; version=0.0.4; charset=utf-8"));
        const QByteArray text = metrics->readAll();
        const auto s = samples(text);
        for (const QString& domain : kDomains)
            QVERIFY2(s.contains(QStringLiteral("mailsight_audit_up{domain=\"%1\"}").arg(domain)),
                     qPrintable(domain));
        const auto check = runPromtool({QStringLiteral("check"), QStringLiteral("metrics")}, text);
        QVERIFY2(check.exitCode == 0, check.output.constData());

        QNetworkReply* missing = nullptr;
        {
            QNetworkReply* reply = manager.get(QNetworkRequest(QUrl(base + QStringLiteral("/other"))));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            missing = reply;
        }
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(missing->error(), QNetworkReply::ContentNotFoundError);

        QCOMPARE(::kill(pid_t(server.processId()), signalNumber), 0);
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        err += server.readAllStandardError();
        QVERIFY2(err.contains(signalNumber == SIGTERM ? "stopped (SIGTERM)" : "stopped (SIGINT)"),
                 err.constData());
    }

    void listenOnABusyPortFails() {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        const auto r =
            runCli({QStringLiteral("--history"), m_db, QStringLiteral("metrics"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(busy.serverPort())});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("cannot listen on 127.0.0.1:" + QByteArray::number(busy.serverPort())),
                 r.err.constData());
    }

    void exampleRulesAreValidAndFire() {
        const QString rules =
            TestSupport::sourceDir() + QStringLiteral("/docs/monitoring/mailsight.rules.yml");
        const auto check = runPromtool({QStringLiteral("check"), QStringLiteral("rules"), rules});
        QVERIFY2(check.exitCode == 0, check.output.constData());
        QVERIFY2(check.output.contains("SUCCESS: 7 rules found"), check.output.constData());
        // Each alert fires on the series that should trip it and not before (tests/monitor/*.test.yml).
        const auto test = runPromtool(
            {QStringLiteral("test"), QStringLiteral("rules"),
             TestSupport::sourceDir() + QStringLiteral("/tests/monitor/mailsight.rules.test.yml")});
        QVERIFY2(test.exitCode == 0, test.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
