// The Reports tab, offscreen: import a folder off the UI thread (and by drag-and-drop), the
// dashboard of a domain, the sources model, the policy simulation, and startAudit() with PTR
// lookups through an in-memory zone.
#include "AppSettings.h"
#include "SqlThreadCheck.h"
#include "TestStore.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "history/HistoryDatabase.h"
#include "reports/ReportImporter.h"
#include "reports/ReportSourcesModel.h"
#include "reports/ReportSummary.h"
#include "reports/ReportsTab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
QString data(const QString& relative) {
    return qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QStringLiteral("/reports/") + relative;
}
} // namespace

class TestReportsTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importFolderAndShowDomain();
    void dropImportsFiles();
    void startAuditLooksUpReverseNames();
    void postgresStoreOpensOffTheUiThread();

private:
    void screenshot(ReportsTab& tab, const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<HistoryDatabase> m_db;
};

void TestReportsTab::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = HistoryDatabase::open(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(db.has_value());
    m_db = *db;
}

void TestReportsTab::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestReportsTab::screenshot(ReportsTab& tab, const QString& name) {
    const QString dir = qEnvironmentVariable("MAILSIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    auto* views = tab.findChild<QTabWidget*>();
    for (int i = 0; views && i < views->count(); ++i) {
        views->setCurrentIndex(i);
        QApplication::processEvents();
        tab.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(i)));
    }
    if (views)
        views->setCurrentIndex(0);
}

void TestReportsTab::importFolderAndShowDomain() {
    ReportsTab tab(m_db);
    tab.resize(1200, 800);
    tab.show();
    QSignalSpy imported(&tab, &ReportsTab::importFinished);
    tab.importPaths(
        {data(QStringLiteral("dmarc-reports/parsedmarc/aggregate")), data(QStringLiteral("tls-rpt"))});
    QVERIFY(tab.isImporting() || imported.count() == 1);
    QVERIFY(imported.wait(60000) || imported.count() == 1);
    const QList<ImportFileResult> results = tab.lastImport();
    QCOMPARE(results.size(), 24); // 19 aggregate samples, 5 files in tls-rpt
    int ok = 0;
    int refused = 0;
    QStringList notImported; // named in the failure message
    for (const ImportFileResult& r : results) {
        ok += r.status == ImportStatus::Imported;
        refused += r.status == ImportStatus::Rejected;
        if (r.status != ImportStatus::Imported)
            notImported << QStringLiteral("%1 (%2: %3)")
                               .arg(QFileInfo(r.path).fileName(), importStatusName(r.status), r.reason);
    }
    QVERIFY2(ok == 21, qPrintable(notImported.join(QStringLiteral("; "))));
    QCOMPARE(refused, 3);
    auto* status = tab.findChild<QLabel*>(QStringLiteral("reportsImportStatus"));
    QVERIFY(status->text().contains(QStringLiteral("21 imported")));
    QVERIFY(status->text().contains(QStringLiteral("3 refused")));

    QSignalSpy shown(&tab, &ReportsTab::summaryShown);
    tab.setDomain(QStringLiteral("example.com"));
    QVERIFY(shown.wait(30000));
    QTRY_COMPARE(tab.summary().domain, QStringLiteral("example.com"));
    const ReportSummary& s = tab.summary();
    QVERIFY(s.messages > 2000);
    QCOMPARE(tab.sourcesModel()->rowCount(), s.sources.size());
    // Below the tab's listing limit every source is listed, and the count says so.
    QCOMPARE(s.sourceCount, s.sources.size());
    QAbstractItemModelTester modelTester(tab.sourcesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(tab.sourcesProxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Sorted by volume, descending.
    QSortFilterProxyModel* proxy = tab.sourcesProxy();
    proxy->sort(ReportSourcesModel::Messages, Qt::DescendingOrder);
    for (int row = 1; row < qMin(proxy->rowCount(), 50); ++row)
        QVERIFY(
            proxy->index(row - 1, ReportSourcesModel::Messages)
                .data(ReportSourcesModel::SortRole)
                .toLongLong() >=
            proxy->index(row, ReportSourcesModel::Messages).data(ReportSourcesModel::SortRole).toLongLong());
    QCOMPARE(proxy->index(0, ReportSourcesModel::Address).data().toString(), s.sources.first().ip);
    // Filtering.
    proxy->setFilterFixedString(QStringLiteral("203.0.113.10"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, ReportSourcesModel::Verdict).data().toString(),
             QStringLiteral("unknown sender"));
    QVERIFY(!proxy->index(0, ReportSourcesModel::Verdict).data(Qt::DecorationRole).isNull());
    proxy->setFilterFixedString({});

    // The timeline of one source.
    QSignalSpy timeline(&tab, &ReportsTab::sourceTimelineShown);
    tab.selectSource(QStringLiteral("203.0.113.10"));
    QVERIFY(timeline.wait(30000) || timeline.count() > 0);
    QCOMPARE(tab.plottedSource(), QStringLiteral("203.0.113.10"));

    tab.setSimulatedPolicy(QStringLiteral("quarantine"));
    auto* simulation = tab.findChild<QLabel*>(QStringLiteral("reportsSimulation"));
    QVERIFY2(simulation->text().contains(QStringLiteral("Under p=quarantine")),
             qPrintable(simulation->text()));
    QVERIFY(simulation->text().contains(QLocale().toString(s.quarantine.messages)));

    // A date range that holds only the RFC 9990 example report (2023-11-14).
    tab.setDateRange(QDate(2023, 11, 14), QDate(2023, 11, 14));
    QTRY_COMPARE(tab.summary().messages, 7);
    QCOMPARE(tab.sourcesModel()->rowCount(), 2);
    tab.setDateRange({}, {});
    QTRY_VERIFY(tab.summary().messages > 2000);
    screenshot(tab, QStringLiteral("example.com"));

    // TLS-RPT of a domain.
    tab.setDomain(QStringLiteral("company-y.example"));
    QTRY_COMPARE(tab.summary().tlsFailed, 303);
    auto* tls = tab.findChild<QLabel*>(QStringLiteral("reportsTlsText"));
    QVERIFY(tls->text().contains(QStringLiteral("starttls-not-supported")));
}

void TestReportsTab::dropImportsFiles() {
    ReportsTab tab(m_db);
    QSignalSpy imported(&tab, &ReportsTab::importFinished);
    QMimeData mime;
    mime.setUrls(
        {QUrl::fromLocalFile(data(QStringLiteral("tls-rpt/rfc8460.json"))),
         QUrl::fromLocalFile(data(QStringLiteral("dmarc-reports/parsedmarc/aggregate/invalid_xml.xml")))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&tab, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&tab, &drop);
    QVERIFY(imported.wait(30000));
    QCOMPARE(tab.lastImport().size(), 2);
    QCOMPARE(tab.lastImport().at(0).status, ImportStatus::Imported);
    QCOMPARE(tab.lastImport().at(1).status, ImportStatus::Rejected);
    auto* log = tab.findChild<QWidget*>(QStringLiteral("reportsImportLog"));
    QVERIFY(log);
}

void TestReportsTab::startAuditLooksUpReverseNames() {
    ReportsTab tab(m_db);
    QSignalSpy imported(&tab, &ReportsTab::importFinished);
    tab.importPaths({data(QStringLiteral("dmarc-reports/parsedmarc/aggregate/"
                                         "rfc9990-example.net!example.com!1700000000!1700086399.xml"))});
    QVERIFY(imported.wait(30000));
    auto zone =
        ZoneResolver::parseZone("$TTL 300\n@ IN SOA ns.example.net. h.example.net. 1 2 3 4 5\n"
                                "1 IN PTR mail-out.example.net.\n",
                                QStringLiteral("100.51.198.in-addr.arpa"), QStringLiteral("ptr.zone"));
    QVERIFY2(zone.has_value(), zone.has_value() ? "" : qPrintable(zone.error()));
    auto session =
        std::make_shared<DnsSession>(std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*zone}));
    QSignalSpy finished(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("Example.COM"), session, 42);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), 42u);
    QCOMPARE(tab.summary().domain, QStringLiteral("example.com"));
    QCOMPARE(tab.summary().sources.size(), 2);
    QCOMPARE(tab.summary().sources.at(0).ip, QStringLiteral("198.51.100.1"));
    QCOMPARE(tab.summary().sources.at(0).reverseName, QStringLiteral("mail-out.example.net"));
    QCOMPARE(tab.summary().sources.at(0).reverseDomain, QStringLiteral("example.net"));
    QVERIFY(session->log()->entries().size() >= 2); // both PTR questions are in the query log
}

// The store chosen in Settings being a PostgreSQL server (issue #19): the tab connects off the UI
// thread, so an import asked at once is told "Connecting…" and runs when the connection is made;
// the summary then comes from the server. Registered with the PostgreSQL fixture in CTest.
void TestReportsTab::postgresStoreOpensOffTheUiThread() {
    if (qEnvironmentVariableIsEmpty("MAILSIGHT_PG_URL_FILE"))
        QSKIP("outside CTest: no PostgreSQL fixture");
    const QString url = TestStore::freshPostgres();
    QVERIFY2(!url.isEmpty(), "the PostgreSQL fixture cannot be reached");
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setHistoryStore(AppSettings::HistoryStore::Postgres);
    QVERIFY(settings.setHistoryServerUrl(url));
    ReportsTab tab(nullptr);
    tab.setSettings(&settings);
    tab.resize(1200, 800);
    tab.show();
    QSignalSpy imported(&tab, &ReportsTab::importFinished);
    tab.importPaths({data(QStringLiteral("dmarc-reports/parsedmarc/aggregate"))});
    auto* status = tab.findChild<QLabel*>(QStringLiteral("reportsImportStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("Connecting")), qPrintable(status->text()));
    QVERIFY(imported.wait(60000) || imported.count() == 1);
    // The same files imported into an SQLite store: the same outcome per file.
    ReportImporter local(m_db);
    QVERIFY(local.prepare().has_value());
    const QList<ImportFileResult> reference =
        local.importPaths({data(QStringLiteral("dmarc-reports/parsedmarc/aggregate"))});
    const QList<ImportFileResult> results = tab.lastImport();
    QCOMPARE(results.size(), reference.size());
    int ok = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        QCOMPARE(results.at(i).status, reference.at(i).status);
        QCOMPARE(results.at(i).records, reference.at(i).records);
        ok += results.at(i).status == ImportStatus::Imported;
    }
    QVERIFY(ok > 10);
    QSignalSpy shown(&tab, &ReportsTab::summaryShown);
    tab.setDomain(QStringLiteral("example.com"));
    QVERIFY(shown.wait(30000));
    QTRY_COMPARE(tab.summary().domain, QStringLiteral("example.com"));
    QVERIFY(tab.summary().messages > 2000);
}

MAILSIGHT_SQL_CHECKED_MAIN(TestReportsTab)
#include "tst_reportstab.moc"
