// Through the CLI: the audit stores the SPF tree that `reports summary` matches sources against,
// and the PDF / HTML carry the report sections (or leave them out when asked).
#include "TestSupport.h"
#include "demo/DemoReports.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {
QString matchedInclude(const QByteArray& summaryJson, const QString& ip) {
    const QJsonObject s = QJsonDocument::fromJson(summaryJson).object();
    for (const auto& v : s.value(QStringLiteral("sources")).toArray())
        if (v.toObject().value(QStringLiteral("ip")).toString() == ip)
            return v.toObject().value(QStringLiteral("matchedInclude")).toString();
    return QStringLiteral("(absent)");
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool haveRenderer() {
    return QFile::exists(
        QFileInfo(qEnvironmentVariable("MAILSIGHT_CLI")).dir().filePath(QStringLiteral("mailsight-report")));
}
} // namespace

class TestReportSectionsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void auditStoresTheSpfTree() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("h.sqlite"));
        const QString reports = dir.filePath(QStringLiteral("reports"));
        QVERIFY(QDir().mkpath(reports));
        for (const DemoReports::File& f : DemoReports::files(QDate::currentDate(), 30)) {
            QFile out(reports + QLatin1Char('/') + f.name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(f.data);
        }
        auto r = runCli(
            {QStringLiteral("--history"), db, QStringLiteral("reports"), QStringLiteral("import"), reports});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QStringList summary{QStringLiteral("--history"),  db,
                                  QStringLiteral("--format"),   QStringLiteral("json"),
                                  QStringLiteral("reports"),    QStringLiteral("summary"),
                                  QStringLiteral("example.com")};
        r = runCli(summary);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(matchedInclude(r.out, QStringLiteral("198.51.100.7")),
                 QStringLiteral("unknown")); // no tree yet

        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--fail-on"), QStringLiteral("never")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());

        r = runCli(summary);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(matchedInclude(r.out, QStringLiteral("198.51.100.7")),
                 QStringLiteral("include:_spf.provider.test"));
        QCOMPARE(matchedInclude(r.out, QStringLiteral("192.0.2.25")), QStringLiteral("mx"));
        QCOMPARE(matchedInclude(r.out, QStringLiteral("192.0.2.222")), QStringLiteral("unknown"));
        QVERIFY(!QJsonDocument::fromJson(r.out).object().value(QStringLiteral("spfSnapshot")).isNull());

        // The HTML of an audit from this history has the sections; a period without reports not.
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("--format"),
                    QStringLiteral("html"), QStringLiteral("audit"), QStringLiteral("example.com"),
                    QStringLiteral("--fail-on"), QStringLiteral("never")});
        QVERIFY(r.out.contains("Who sends as this domain"));
        QVERIFY(r.out.contains("include:_spf.provider.test"));
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("--format"),
                    QStringLiteral("html"), QStringLiteral("audit"), QStringLiteral("example.com"),
                    QStringLiteral("--fail-on"), QStringLiteral("never"), QStringLiteral("--reports-since"),
                    QStringLiteral("2000-01-01"), QStringLiteral("--reports-until"),
                    QStringLiteral("2000-03-31")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("Who sends as this domain"));
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--history"), db, QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--reports-since"),
                    QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 2);
    }

    void pdfSections() {
        if (!haveRenderer())
            QSKIP("mailsight-report is built only with the GUI");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("with.pdf"));
        auto r = runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
                         QStringLiteral("example.com"), QStringLiteral("monitor.test"),
                         QStringLiteral("--fail-on"), QStringLiteral("never"), QStringLiteral("--pdf"), pdf},
                        240000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = pdfText(pdf);
        for (const char* section :
             {"example.com: who sends as this domain", "monitor.test: who sends as this domain",
              "Who sends as this domain", "Volume over time, by result", "Top sources",
              "include:_spf.provider.test", "Unknown sources that send mail as the domain", "Forwarders",
              "What a stricter policy would do", "TLS-RPT: failures delivering to the domain",
              "certificate-expired", "out.newsletter.saas.test"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        // No --organisation: the footer names the audited domains rather than nothing.
        QVERIFY(text.contains(QStringLiteral("Email authentication audit — example.com, monitor.test")));
        QVERIFY(!text.contains(QStringLiteral("audit — \n")));

        const QString without = dir.filePath(QStringLiteral("without.pdf"));
        r = runCli({QStringLiteral("--demo"), QStringLiteral("--no-history"), QStringLiteral("audit"),
                    QStringLiteral("example.com"), QStringLiteral("--fail-on"), QStringLiteral("never"),
                    QStringLiteral("--no-report-sections"), QStringLiteral("--pdf"), without},
                   240000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString plain = pdfText(without);
        QVERIFY(plain.contains(QLatin1String("DKIM keys")));
        QVERIFY(!plain.contains(QLatin1String("Who sends as this domain")));
    }
};

QTEST_GUILESS_MAIN(TestReportSectionsCli)
#include "tst_reportsectionscli.moc"
