#include "SqlThreadCheck.h"
#include "audit/AuditFindingsModel.h"
#include "audit/AuditOverviewTab.h"
#include "demo/DemoWorld.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "findings/FindingCatalogue.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestAuditOverview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelAndFilter() {
        AuditFindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditFindingsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Finding> findings;
        for (const char* code : {"SPF-LOOKUP-LIMIT", "DMARC-NO-RUA", "SPF-OVERLAPPING-RANGES"}) {
            Finding f = FindingCatalogue::make(QString::fromLatin1(code));
            f.area = QString::fromLatin1(code).section(QLatin1Char('-'), 0, 0).toLower();
            findings << f;
        }
        model.setFindings(findings);
        QCOMPARE(filter.rowCount(), 3);
        filter.setMinimumSeverity(Severity::Warning);
        QCOMPARE(filter.rowCount(), 2);
        filter.setArea(QStringLiteral("spf"));
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.index(0, AuditFindingsModel::SeverityColumn)
                    .data()
                    .toString()
                    .contains(severityLabel(Severity::Error)));
    }

    void auditsTheDemoAndComparesWithHistory() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        QTemporaryDir dir;
        AuditOverviewTab tab;
        tab.setHistoryPath(dir.filePath(QStringLiteral("h.sqlite")));
        QSignalSpy done(&tab, &AuditTab::finished);
        tab.startAudit(QStringLiteral("overlimit.test"), std::make_shared<DnsSession>(*zones), 1);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QCOMPARE(tab.findChild<QLabel*>(QStringLiteral("gradeLabel"))->text(), QStringLiteral("D"));
        QVERIFY(tab.report().hasFinding(u"SPF-LOOKUP-LIMIT"));
        auto* table = tab.findChild<QTableView*>(QStringLiteral("findingsTable"));
        QVERIFY(table->model()->rowCount() >= 2);
        // Highest severity first.
        QVERIFY(table->model()
                    ->index(0, AuditFindingsModel::SeverityColumn)
                    .data()
                    .toString()
                    .contains(severityLabel(Severity::Error)));
        tab.findChild<QComboBox*>(QStringLiteral("severityFilter"))->setCurrentIndex(2);
        QCOMPARE(table->model()->rowCount(), 1);
        tab.resize(900, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy area(&tab, &AuditOverviewTab::showArea);
        // Item views see a double-click only after the press/release that starts it.
        const QPoint cell = table->visualRect(table->model()->index(0, 1)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QCOMPARE(area.size(), 1);
        QCOMPARE(area.at(0).at(0).toString(), QStringLiteral("spf"));
        for (const QString& name :
             {QStringLiteral("a.pdf"), QStringLiteral("a.html"), QStringLiteral("a.json"),
              QStringLiteral("a.csv"), QStringLiteral("a.sarif")}) {
            auto written = tab.exportTo(dir.filePath(name));
            QVERIFY2(written, written ? "" : qPrintable(written.error()));
            QVERIFY(QFileInfo(dir.filePath(name)).size() > 100);
        }
        QVERIFY(!tab.exportTo(dir.filePath(QStringLiteral("a.doc"))));
        // A second audit compares with the stored one.
        tab.startAudit(QStringLiteral("overlimit.test"), std::make_shared<DnsSession>(*zones), 2);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
        QVERIFY(tab.report().diff.contains(QStringLiteral("grade")));
    }
};

MAILSIGHT_SQL_CHECKED_MAIN(TestAuditOverview)
#include "tst_auditoverview.moc"
