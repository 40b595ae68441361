// The Reports tab's "Include in PDF report": remembered in the settings, honoured by pdfSections().
#include "AppSettings.h"
#include "MainWindow.h"
#include "SqlThreadCheck.h"
#include "demo/DemoReports.h"
#include "reports/ReportsTab.h"

#include <QCheckBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestReportsPdfChoice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choiceIsRememberedAndHonoured() {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db);
        QVERIFY(DemoReports::importInto(*db));
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.includeReportsInPdf()); // on by default

        ReportsTab tab(*db);
        tab.setSettings(&settings);
        auto* box = tab.findChild<QCheckBox*>(QStringLiteral("reportsIncludeInPdf"));
        QVERIFY(box);
        QVERIFY(box->isChecked());
        const QStringList domains{QStringLiteral("example.com"), QStringLiteral("weakkey.test")};
        QCOMPARE(tab.pdfSections(domains).keys(), QStringList{QStringLiteral("example.com")});

        box->click();
        QVERIFY(!tab.includeInPdf());
        QVERIFY(!settings.includeReportsInPdf());
        QVERIFY(tab.pdfSections(domains).isEmpty());

        ReportsTab second(*db);
        second.setSettings(&settings);
        QVERIFY(!second.includeInPdf());
    }

    void demoDatabaseCanBeSwapped() {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db);
        QVERIFY(DemoReports::importInto(*db));
        auto empty = HistoryDatabase::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(empty);
        ReportsTab tab(*empty);
        tab.setDomain(QStringLiteral("example.com"));
        QVERIFY(tab.pdfSections({QStringLiteral("example.com")}).isEmpty());
        tab.setDatabase(*db);
        QTRY_VERIFY(tab.summary().messages > 0);
        QCOMPARE(tab.pdfSections({QStringLiteral("example.com")}).size(), 1);
    }

    void guiDemoShowsItsReports() {
        QTemporaryDir dir;
        auto settings = std::make_shared<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.resize(1280, 860);
        window.show();
        window.startDemo(QStringLiteral("example.com"));
        auto* tab = window.findChild<ReportsTab*>();
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->summary().messages > 0, 60000);
        QCOMPARE(tab->summary().domain, QStringLiteral("example.com"));
        // The demo's own database: the user's history has no report of the demo domains.
        QVERIFY(!tab->summary().unknownSources.isEmpty());
        if (qEnvironmentVariableIsSet("MAILSIGHT_SCREENSHOT")) {
            window.findChild<QTabWidget*>()->setCurrentWidget(tab);
            QTest::qWait(500);
            window.grab().save(qEnvironmentVariable("MAILSIGHT_SCREENSHOT"));
        }
    }
};

MAILSIGHT_SQL_CHECKED_MAIN(TestReportsPdfChoice)
#include "tst_reportspdfchoice.moc"
