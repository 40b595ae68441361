// The "Who sends as this domain" sections of the HTML document (the PDF prints the same HTML).
#include "SqlThreadCheck.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/SenderSections.h"
#include "demo/DemoReports.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestSenderSections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY2(db, db ? "" : qPrintable(db.error()));
        m_db = *db;
        QVERIFY(DemoReports::importInto(m_db));
    }

    void collectOnlyDomainsWithReports() {
        const QDate today = QDate::currentDate();
        const auto sections =
            SenderSections::collect(m_db, {QStringLiteral("example.com"), QStringLiteral("overlimit.test")},
                                    SenderSections::defaultSince(today), today);
        QCOMPARE(sections.keys(), QStringList{QStringLiteral("example.com")});
        const QJsonObject s = sections.value(QStringLiteral("example.com"));
        QVERIFY(s.value(QStringLiteral("sources")).toArray().size() <= SenderSections::ListLimit);
        QVERIFY(s.value(QStringLiteral("spfTotals")).toObject().value(QStringLiteral("pass")).toInteger() >
                0);
        QVERIFY(!s.value(QStringLiteral("daily")).toArray().isEmpty());
        // A period before the reports: nothing.
        QVERIFY(SenderSections::collect(m_db, {QStringLiteral("example.com")}, QDate(2000, 1, 1),
                                        QDate(2000, 3, 31))
                    .isEmpty());
    }

    void databaseWithoutReports() {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(db);
        QVERIFY(SenderSections::collect(*db, {QStringLiteral("example.com")}, {}, {}).isEmpty());
        QVERIFY(SenderSections::collect(nullptr, {QStringLiteral("example.com")}, {}, {}).isEmpty());
    }

    void htmlHasTheSections() {
        AuditReport r;
        r.domain = QStringLiteral("example.com");
        r.grade = QStringLiteral("A");
        AuditReport other;
        other.domain = QStringLiteral("overlimit.test");
        other.grade = QStringLiteral("F");
        AuditDocumentOptions options;
        options.senders = SenderSections::collect(m_db, {r.domain}, {}, {});
        const QString html = AuditHtmlExporter::html({r, other}, options);
        for (const char* text :
             {"Who sends as this domain", "example.com: who sends as this domain",
              "Volume over time, by result", "Top sources", "include:_spf.provider.test",
              "mta1.provider.test", "Unknown sources that send mail as the domain", "out1.tickets.saas.test",
              "Forwarders", "lists.example.net", "What a stricter policy would do", "Under p=reject",
              "TLS-RPT: failures delivering to the domain", "certificate-expired"})
            QVERIFY2(html.contains(QLatin1String(text)), text);
        // The section belongs to example.com only, and without a chart the marker stays out.
        QCOMPARE(html.count(QLatin1String("Who sends as this domain</h3>")), 1);
        QVERIFY(!html.contains(QLatin1String("@@SENDER-CHART")));
        options.chartPlaceholder = true;
        QVERIFY(AuditHtmlExporter::html({r}, options)
                    .contains(AuditDocumentOptions::senderChartMarker(r.domain)));
        // Without sections, nothing of them.
        QVERIFY(!AuditHtmlExporter::html({r}, {}).contains(QLatin1String("Who sends as this domain")));
    }

    void organisationDefaultsToTheDomains() {
        AuditReport a, b;
        a.domain = QStringLiteral("example.com");
        b.domain = QStringLiteral("monitor.test");
        QCOMPARE(AuditHtmlExporter::organisationLabel({a, b}, {}),
                 QStringLiteral("example.com, monitor.test"));
        AuditDocumentOptions named;
        named.organisation = QStringLiteral("Example Org");
        QCOMPARE(AuditHtmlExporter::organisationLabel({a, b}, named), QStringLiteral("Example Org"));
        QList<AuditReport> many;
        for (int i = 0; i < 5; ++i) {
            AuditReport r;
            r.domain = QStringLiteral("d%1.test").arg(i);
            many << r;
        }
        QVERIFY(AuditHtmlExporter::organisationLabel(many, {}).startsWith(
            QLatin1String("d0.test, d1.test and 3")));
    }

    void findingsAreMarkedToStayTogether() {
        AuditReport r;
        r.domain = QStringLiteral("example.com");
        Finding f;
        f.code = QStringLiteral("X-TEST");
        f.title = QStringLiteral("A test finding");
        f.rfc = QStringLiteral("RFC 7208 §4.6.4");
        r.findings << f;
        const QString html = AuditHtmlExporter::html({r}, {});
        QVERIFY(html.contains(QLatin1String("name=\"keep-0-1\"")));
        QVERIFY(html.contains(QLatin1String("name=\"keep-end-0-1\"></a>Reference:")));
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<HistoryDatabase> m_db;
};

MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestSenderSections)
#include "tst_sendersections.moc"
