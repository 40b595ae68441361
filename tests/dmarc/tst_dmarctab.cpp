// The DMARC tab offscreen: the tag model under QAbstractItemModelTester, a whole audit over the
// test zones (verdict first, readings side by side, destinations, checklist), a From subdomain,
// stale results dropped, and finished() once per audit.

#include "AppSettings.h"
#include "MainWindow.h"
#include "SqlThreadCheck.h"
#include "dmarc/DmarcExplainer.h"
#include "dmarc/DmarcRecordParser.h"
#include "dmarc/DmarcTab.h"
#include "dmarc/DmarcTagModel.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestDmarcTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tagModel();
    void auditShowsVerdictFirst();
    void readingsSideBySide();
    void fromSubdomain();
    void staleResultDropped();
    void clear();
    void inMainWindowDemo();

private:
    std::shared_ptr<DnsSession> session() const;
    std::shared_ptr<Resolver> m_resolver;
};

void TestDmarcTab::initTestCase() {
    const QString src = qEnvironmentVariable("MAILSIGHT_SOURCE_DIR");
    QStringList files;
    const QDir zones(src + QStringLiteral("/tests/zones"));
    for (const QString& f : zones.entryList({QStringLiteral("dmarc-*.zone")}, QDir::Files))
        files << zones.filePath(f);
    files << src + QStringLiteral("/tests/data/dmarc/test.zone");
    auto loaded = ZoneResolver::load(files);
    if (!loaded)
        QFAIL(qPrintable(loaded.error()));
    m_resolver = *loaded;
}

std::shared_ptr<DnsSession> TestDmarcTab::session() const {
    return std::make_shared<DnsSession>(m_resolver);
}

void TestDmarcTab::tagModel() {
    DmarcTagModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DmarcRecord rec =
        DmarcRecordParser::parse(QStringLiteral("v=DMARC1; p=reject; pct=50; rua=https://x; foo=bar"));
    model.setRows(DmarcExplainer::tagRows(rec, QStringLiteral("example.com")));
    QCOMPARE(model.rowCount(), 15); // 14 known tags and the unknown one
    QCOMPARE(model.columnCount(), int(DmarcTagModel::ColumnCount));
    QCOMPARE(model.index(1, DmarcTagModel::Tag).data().toString(), QStringLiteral("p"));
    QCOMPARE(model.index(1, DmarcTagModel::Value).data().toString(), QStringLiteral("reject"));
    QVERIFY(model.index(1, DmarcTagModel::Meaning).data().toString().contains(QLatin1String("refused")));
    // Absent tags say what their default does.
    QCOMPARE(model.index(2, DmarcTagModel::Value).data().toString(), QStringLiteral("(not set)"));
    QCOMPARE(model.index(2, DmarcTagModel::Default).data().toString(), QStringLiteral("the value of p"));
    // An issue: icon + word + colour.
    const QModelIndex rua = model.index(9, DmarcTagModel::Issue);
    QVERIFY(rua.data().toString().startsWith(QLatin1String("Error")));
    QVERIFY(!rua.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(rua.data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(model.index(14, DmarcTagModel::Tag).data().toString(), QStringLiteral("foo"));
    QCOMPARE(model.index(12, DmarcTagModel::Source).data().toString(),
             QStringLiteral("RFC 7489 only (removed by RFC 9989)"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDmarcTab::auditShowsVerdictFirst() {
    DmarcTab tab;
    tab.resize(1100, 800);
    tab.show();
    QSignalSpy finished(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("dmarc-basic.test"), session(), 7);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toULongLong(), 7ull);
    QVERIFY2(tab.headline().startsWith(QLatin1String("Protected")), qPrintable(tab.headline()));
    QVERIFY(
        tab.findChild<QLabel*>(QStringLiteral("dmarcParagraph"))->text().contains(QLatin1String("refused")));
    QVERIFY(tab.findChild<QLabel*>(QStringLiteral("dmarcRecord"))
                ->text()
                .contains(QLatin1String("v=DMARC1; p=reject")));
    QCOMPARE(tab.tagModel()->rowCount(), 14);
    const QString details = tab.details();
    QVERIFY(details.contains(QLatin1String("RFC 9989 and RFC 7489 receivers agree")));
    QVERIFY(details.contains(QLatin1String("Bulk-sender checklist")));
    QVERIFY(details.contains(QLatin1String("Protect every subdomain")));
    QVERIFY(details.contains(QLatin1String("DMARC-SUBDOMAIN-POLICY-WEAKER")));
}

void TestDmarcTab::readingsSideBySide() {
    DmarcTab tab;
    QSignalSpy finished(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("dmarc-rua.test"), session(), 1);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(tab.headline().startsWith(QLatin1String("Partly protected")));
    const QString details = tab.details();
    QVERIFY(details.contains(QLatin1String("RFC 9989 (2026)")));
    QVERIFY(details.contains(QLatin1String("RFC 7489 (2015)")));
    QVERIFY(details.contains(QLatin1String("not authorized")));
    QVERIFY(details.contains(QLatin1String("r@noauth.dmarc-reports.test")));
    QVERIFY(tab.result()->hasFinding(u"DMARC-READINGS-DIFFER"));
    if (const QString shot = qEnvironmentVariable("MAILSIGHT_DMARC_SCREENSHOT_READINGS"); !shot.isEmpty()) {
        tab.resize(1200, 1400);
        tab.show();
        QTest::qWait(300);
        tab.grab().save(shot);
    }
}

void TestDmarcTab::fromSubdomain() {
    DmarcTab tab;
    tab.show();
    QSignalSpy finished(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("dmarc-basic.test"), session(), 3);
    QTRY_COMPARE(finished.size(), 1);
    auto* edit = tab.findChild<QLineEdit*>(QStringLiteral("dmarcFromEdit"));
    QVERIFY(edit->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("nosuch"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(tab.result() && tab.result()->fromDomain == QLatin1String("nosuch.dmarc-basic.test"));
    QCOMPARE(tab.result()->rfc9989.applied, DmarcPolicy::Reject);     // np
    QCOMPARE(tab.result()->rfc7489.applied, DmarcPolicy::Quarantine); // sp
    QVERIFY(tab.details().contains(QLatin1String("RFC 9989 (2026)")));
    QCOMPARE(finished.size(), 1); // trying a From domain is not another audit
    // Invalid input says why and keeps the result.
    edit->setText(QStringLiteral("bad..name"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(tab.findChild<QLabel*>(QStringLiteral("dmarcFromNote"))
                ->text()
                .contains(QLatin1String("not a domain name")));
    QCOMPARE(tab.result()->fromDomain, QStringLiteral("nosuch.dmarc-basic.test"));
}

void TestDmarcTab::staleResultDropped() {
    DmarcTab tab;
    QSignalSpy finished(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("dmarc-multi.test"), session(), 1);
    tab.startAudit(QStringLiteral("dmarc-basic.test"), session(), 2);
    QTRY_COMPARE(finished.size(), 2);
    QTest::qWait(50);
    QCOMPARE(tab.result()->domain, QStringLiteral("dmarc-basic.test"));
    QVERIFY(tab.headline().startsWith(QLatin1String("Protected")));
}

void TestDmarcTab::clear() {
    DmarcTab tab;
    QSignalSpy finished(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("dmarc-wild.test"), session(), 1);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(tab.headline().startsWith(QLatin1String("Not protected")));
    tab.clearResults();
    QCOMPARE(tab.tagModel()->rowCount(), 0);
    QVERIFY(!tab.result());
    QVERIFY(!tab.findChild<QLineEdit*>(QStringLiteral("dmarcFromEdit"))->isEnabled());
}

void TestDmarcTab::inMainWindowDemo() {
    // The tab as users meet it: in the main window, on the bundled demo (monitor.test: p=none,
    // reports to a service). MAILSIGHT_DMARC_SCREENSHOT=FILE saves a picture of the window.
    QTemporaryDir dir;
    auto settings = std::make_shared<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1280, qEnvironmentVariableIntValue("MAILSIGHT_DMARC_SCREENSHOT_HEIGHT") > 0
                            ? qEnvironmentVariableIntValue("MAILSIGHT_DMARC_SCREENSHOT_HEIGHT")
                            : 860);
    window.show();
    DmarcTab* tab = nullptr;
    for (AuditTab* t : window.auditTabs())
        tab = tab ? tab : qobject_cast<DmarcTab*>(t);
    QVERIFY(tab);
    QSignalSpy finished(tab, &AuditTab::finished);
    window.startDemo(QStringLiteral("monitor.test"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 20000);
    QTRY_VERIFY(!window.isAuditRunning());
    QVERIFY2(tab->headline().startsWith(QLatin1String("Monitoring only")), qPrintable(tab->headline()));
    if (auto* tabs = window.findChild<QTabWidget*>())
        tabs->setCurrentWidget(tab);
    const QString shot = qEnvironmentVariable("MAILSIGHT_DMARC_SCREENSHOT");
    if (!shot.isEmpty()) {
        QTest::qWait(300);
        window.grab().save(shot);
        QTest::qWait(qEnvironmentVariableIntValue("MAILSIGHT_DMARC_SCREENSHOT_WAIT"));
    }
}

MAILSIGHT_SQL_CHECKED_MAIN(TestDmarcTab)
#include "tst_dmarctab.moc"
