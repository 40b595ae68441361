// The main window clicked through as a user would: type a domain, press Enter, watch the query
// log fill and the Records tab show the TXT record; cancel a slow audit; refuse an invalid name.
// Settings live in a temporary file; answers come from tests/zones (offline), the demo zones,
// or NSD serving tests/zones when the fixture runs (MAILSIGHT_NSD_PORT_FILE).
#include "AppSettings.h"
#include "MainWindow.h"
#include "QueryLogModel.h"
#include "RecordsTab.h"

#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void offlineAuditByKeyboard();
    void demoAudit();
    void nsdAudit();
    void cancelSlowAudit();
    void invalidDomainIsNotAsked();
    void unicodeDomainShownWithALabel();
    void resolverErrorShownAndIdle();
    void historyAndWindowStateRemembered();

private:
    std::shared_ptr<AppSettings> settings() {
        return std::make_shared<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    }
    void typeAndEnter(MainWindow& window, const QString& domain);
    static RecordsTab* recordsTab(MainWindow& window);
    static QStringList recordTexts(RecordsTab* tab, DnsRecordType type, const QString& name);
    static QStringList logOutcomes(MainWindow& window);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup() {
    m_dir.reset();
}

void TestMainWindow::typeAndEnter(MainWindow& window, const QString& domain) {
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("domainEdit"));
    QVERIFY(edit);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, domain);
    QTest::keyClick(edit, Qt::Key_Return);
}

RecordsTab* TestMainWindow::recordsTab(MainWindow& window) {
    for (AuditTab* tab : window.auditTabs()) {
        if (auto* records = qobject_cast<RecordsTab*>(tab))
            return records;
    }
    return nullptr;
}

QStringList TestMainWindow::recordTexts(RecordsTab* tab, DnsRecordType type, const QString& name) {
    // Read what the view shows: the Record column of the children of the matching record set.
    RecordSetModel* model = tab->model();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        const DnsAnswer& a = model->recordSets().at(row).answer;
        if (a.type != type || a.name != name)
            continue;
        const QModelIndex set = model->index(row, 0);
        for (int child = 0; child < model->rowCount(set); ++child)
            out << model->index(child, RecordSetModel::Record, set).data().toString();
    }
    return out;
}

QStringList TestMainWindow::logOutcomes(MainWindow& window) {
    QueryLogModel* log = window.queryLogModel();
    QStringList out;
    for (int row = 0; row < log->rowCount(); ++row)
        out << log->index(row, QueryLogModel::Outcome).data().toString();
    return out;
}

void TestMainWindow::offlineAuditByKeyboard() {
    auto s = settings();
    s->setResolverMode(AppSettings::ResolverMode::Offline);
    s->setZoneFiles(
        {qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/dns.test.zone")});
    MainWindow window(s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RecordsTab* tab = recordsTab(window);
    QVERIFY(tab);

    typeAndEnter(window, QStringLiteral("dns.test"));
    QTRY_COMPARE(window.queryLogModel()->rowCount(),
                 int(RecordsTab::queriesFor(QStringLiteral("dns.test")).size()));
    QTRY_VERIFY(!window.isAuditRunning());
    QCOMPARE(recordTexts(tab, DnsRecordType::TXT, QStringLiteral("dns.test")),
             QStringList{QStringLiteral("\"v=spf1 ip4:192.0.2.0/24 -all\"")});
    QVERIFY2(tab->headline().contains(QStringLiteral("record sets read")), qPrintable(tab->headline()));
    QVERIFY(logOutcomes(window).contains(QStringLiteral("NXDOMAIN"))); // _dmarc.dns.test
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("auditButton"))->isEnabled());
    QVERIFY(!window.findChild<QProgressBar*>(QStringLiteral("progressBar"))->isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("dns.test"));

    // Ctrl+L goes back to the domain field from anywhere in the window.
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("domainEdit"));
    window.findChild<QPushButton*>(QStringLiteral("auditButton"))->setFocus();
    QTRY_VERIFY(!edit->hasFocus());
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
}

void TestMainWindow::demoAudit() {
    MainWindow window(settings());
    window.show();
    window.startDemo(QStringLiteral("example.com"));
    QVERIFY(window.isDemo());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("bannerText"))->text().contains(QStringLiteral("Demo")));
    RecordsTab* tab = recordsTab(window);
    QTRY_VERIFY(!window.isAuditRunning());
    const QStringList txt = recordTexts(tab, DnsRecordType::TXT, QStringLiteral("example.com"));
    QVERIFY2(!txt.isEmpty() && txt.constFirst().contains(QStringLiteral("v=spf1")),
             qPrintable(txt.join(u'|')));
    QVERIFY(window.queryLogModel()->rowCount() > 0);

    // The staged change overlays the demo: a banner says so and answers are marked staged.
    QVERIFY(window.setStagedZoneFiles({QStringLiteral(":/demo/staged/example.com.zone")}));
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("bannerText"))->text().contains(QStringLiteral("Staged")));
    typeAndEnter(window, QStringLiteral("example.com"));
    QTRY_VERIFY(!window.isAuditRunning());
    QTRY_VERIFY(window.queryLogModel()->rowCount() > 0);
    QVERIFY(window.queryLogModel()
                ->index(0, QueryLogModel::Source)
                .data()
                .toString()
                .contains(QStringLiteral("staged")));
}

void TestMainWindow::nsdAudit() {
    const QString portFile = qEnvironmentVariable("MAILSIGHT_NSD_PORT_FILE");
    if (portFile.isEmpty())
        QSKIP("runs under the NSD fixture (ctest -R gui_main_window_nsd)");
    QFile f(portFile);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(portFile));
    const QString port = QString::fromLatin1(f.readAll()).trimmed();
    auto s = settings();
    s->setResolverMode(AppSettings::ResolverMode::Custom);
    s->setCustomServers({QStringLiteral("127.0.0.1:") + port});
    MainWindow window(s);
    window.show();
    RecordsTab* tab = recordsTab(window);
    typeAndEnter(window, QStringLiteral("dns.test"));
    QTRY_COMPARE(window.queryLogModel()->rowCount(),
                 int(RecordsTab::queriesFor(QStringLiteral("dns.test")).size()));
    QTRY_VERIFY(!window.isAuditRunning());
    QCOMPARE(recordTexts(tab, DnsRecordType::TXT, QStringLiteral("dns.test")),
             QStringList{QStringLiteral("\"v=spf1 ip4:192.0.2.0/24 -all\"")});
    QVERIFY(window.queryLogModel()->index(0, QueryLogModel::Source).data().toString().contains(port));
}

void TestMainWindow::cancelSlowAudit() {
    // A server that takes every query and never answers.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    auto s = settings();
    s->setResolverMode(AppSettings::ResolverMode::Custom);
    s->setCustomServers({QStringLiteral("127.0.0.1:%1").arg(silent.localPort())});
    s->setTimeoutMs(3000);
    MainWindow window(s);
    window.show();
    RecordsTab* tab = recordsTab(window);
    auto* audit = window.findChild<QPushButton*>(QStringLiteral("auditButton"));
    auto* cancel = window.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("progressBar"));

    typeAndEnter(window, QStringLiteral("slow.test"));
    QVERIFY(window.isAuditRunning());
    QVERIFY(!audit->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(progress->isVisible());
    QTest::qWait(200); // the queries are on the wire
    QCOMPARE(window.queryLogModel()->rowCount(), 0);

    QTest::mouseClick(cancel, Qt::LeftButton);
    // Idle again well within a second, long before the 3 s timeout.
    QTRY_VERIFY_WITH_TIMEOUT(audit->isEnabled() && !progress->isVisible() && !cancel->isEnabled(), 1000);
    QVERIFY(!window.isAuditRunning());
    QTRY_VERIFY_WITH_TIMEOUT(window.queryLogModel()->rowCount() > 0, 1000);
    for (const QString& outcome : logOutcomes(window))
        QVERIFY2(outcome == QStringLiteral("cancelled") || outcome == QStringLiteral("timeout"),
                 qPrintable(outcome));
    QTRY_VERIFY_WITH_TIMEOUT(tab->headline().contains(QStringLiteral("cancelled")), 1000);
    QVERIFY2(!tab->headline().contains(QStringLiteral("not published")), qPrintable(tab->headline()));
    for (const QString& line : recordTexts(tab, DnsRecordType::TXT, QStringLiteral("_dmarc.slow.test")))
        QVERIFY2(!line.contains(QStringLiteral("Not published")), qPrintable(line));

    // Esc cancels too.
    typeAndEnter(window, QStringLiteral("slow.test"));
    QVERIFY(window.isAuditRunning());
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(audit->isEnabled() && !progress->isVisible(), 1000);
}

void TestMainWindow::invalidDomainIsNotAsked() {
    auto s = settings();
    s->setResolverMode(AppSettings::ResolverMode::Offline);
    s->setZoneFiles(
        {qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/dns.test.zone")});
    MainWindow window(s);
    window.show();
    RecordsTab* tab = recordsTab(window);
    const QString before = tab->headline();
    typeAndEnter(window, QString(64, u'a') + QStringLiteral(".test"));
    auto* message = window.findChild<QLabel*>(QStringLiteral("domainMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("63 bytes")), qPrintable(message->text()));
    QVERIFY(!window.isAuditRunning());
    QTest::qWait(100);
    QCOMPARE(window.queryLogModel()->rowCount(), 0);
    QCOMPARE(tab->headline(), before);
    QVERIFY(s->recentDomains().isEmpty());
}

void TestMainWindow::unicodeDomainShownWithALabel() {
    MainWindow window(settings());
    window.show();
    window.startDemo(QStringLiteral("example.com"));
    QTRY_VERIFY(!window.isAuditRunning());
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("domainEdit"));
    edit->setText(QStringLiteral("bücher.example"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto* message = window.findChild<QLabel*>(QStringLiteral("domainMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("bücher.example")) &&
                 message->text().contains(QStringLiteral("xn--bcher-kva.example")),
             qPrintable(message->text()));
    QTRY_VERIFY(!window.isAuditRunning());
    QTRY_VERIFY(window.queryLogModel()->rowCount() > 0);
    QCOMPARE(window.queryLogModel()->index(0, QueryLogModel::Name).data().toString().right(21),
             QStringLiteral("xn--bcher-kva.example"));
}

void TestMainWindow::resolverErrorShownAndIdle() {
    auto s = settings();
    s->setResolverMode(AppSettings::ResolverMode::Offline); // and no zone file
    MainWindow window(s);
    window.show();
    typeAndEnter(window, QStringLiteral("dns.test"));
    auto* message = window.findChild<QLabel*>(QStringLiteral("domainMessage"));
    QTRY_VERIFY(message->isVisible() && message->text().contains(QStringLiteral("no zone file")));
    QTRY_VERIFY(!window.isAuditRunning());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("auditButton"))->isEnabled());
    QCOMPARE(window.queryLogModel()->rowCount(), 0);
}

void TestMainWindow::historyAndWindowStateRemembered() {
    auto s = settings();
    s->setResolverMode(AppSettings::ResolverMode::Offline);
    s->setZoneFiles(
        {qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/dns.test.zone")});
    {
        MainWindow window(s);
        window.show();
        typeAndEnter(window, QStringLiteral("dns.test"));
        QTRY_VERIFY(!window.isAuditRunning());
        window.close();
    }
    QCOMPARE(s->recentDomains(), QStringList{QStringLiteral("dns.test")});
    QVERIFY(!s->windowGeometry().isEmpty());
    QVERIFY(!s->windowState().isEmpty());
    MainWindow again(s);
    auto* edit = again.findChild<QLineEdit*>(QStringLiteral("domainEdit"));
    QVERIFY(edit->completer());
    const QAbstractItemModel* completions = edit->completer()->model();
    QCOMPARE(completions->rowCount(), 1);
    QCOMPARE(completions->index(0, 0).data().toString(), QStringLiteral("dns.test"));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
