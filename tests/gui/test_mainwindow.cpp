// The main window clicked through as a user would: type a domain, press Enter, watch the query
// log fill and the Records tab show the TXT record; cancel a slow audit; refuse an invalid name.
// Settings live in a temporary file; answers come from tests/zones (offline), the demo zones,
// or NSD serving tests/zones when the fixture runs (MAILSIGHT_NSD_PORT_FILE).
#include "AppSettings.h"
#include "MainWindow.h"
#include "QueryLogModel.h"
#include "RecordsTab.h"
#include "SqlThreadCheck.h"
#include "audit/AuditAreaCard.h"
#include "audit/AuditOverviewTab.h"
#include "dkim/DkimTab.h"
#include "dmarc/DmarcTab.h"
#include "dns/DnsTab.h"
#include "reports/ReportsTab.h"
#include "spf/SpfTab.h"
#include "transport/TransportTab.h"

#include <QAction>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
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
    void overviewLeadsToEvidenceAndExports();
    void nsdAudit();
    void cancelSlowAudit();
    void invalidDomainIsNotAsked_data();
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
    // At least the Records tab's queries: the check tabs (DMARC, ...) add their own.
    QTRY_VERIFY(window.queryLogModel()->rowCount() >=
                int(RecordsTab::queriesFor(QStringLiteral("dns.test")).size()));
    QTRY_VERIFY(!window.isAuditRunning());
    QCOMPARE(recordTexts(tab, DnsRecordType::TXT, QStringLiteral("dns.test")),
             QStringList{QStringLiteral("\"v=spf1 ip4:192.0.2.0/24 -all\"")});
    QVERIFY2(tab->headline().contains(QStringLiteral("record sets read")), qPrintable(tab->headline()));
    QVERIFY(logOutcomes(window).contains(QStringLiteral("NXDOMAIN"))); // _dmarc.dns.test
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("auditButton"))->isEnabled());
    QVERIFY(!window.findChild<QProgressBar*>(QStringLiteral("progressBar"))->isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("dns.test"));

    // The log copies as the JSON the CLI prints.
    auto* logView = window.findChild<QTableView*>(QStringLiteral("queryLogView"));
    QAction* copyJson = nullptr;
    for (QAction* action : logView->actions()) {
        if (action->text().contains(QStringLiteral("JSON")))
            copyJson = action;
    }
    QVERIFY(copyJson);
    copyJson->trigger();
    const QJsonArray queries = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array();
    QCOMPARE(queries.size(), window.queryLogModel()->rowCount());
    QVERIFY(queries.at(0).toObject().contains(QStringLiteral("outcome")));

    // Typing an outcome word in the filter leaves only those queries: the Records tab's
    // _mta-sts, _smtp._tls and _dmarc among them (the DKIM tab's guessed selectors add more).
    window.findChild<QLineEdit*>(QStringLiteral("queryLogFilter"))->setText(QStringLiteral("nxdomain"));
    QVERIFY(logView->model()->rowCount() >= 3);
    QSet<QString> names;
    for (int row = 0; row < logView->model()->rowCount(); ++row) {
        QCOMPARE(logView->model()->index(row, QueryLogModel::Outcome).data().toString(),
                 QStringLiteral("NXDOMAIN"));
        names.insert(logView->model()->index(row, QueryLogModel::Name).data().toString());
    }
    for (const char* name : {"_mta-sts.dns.test", "_smtp._tls.dns.test", "_dmarc.dns.test"})
        QVERIFY2(names.contains(QLatin1String(name)), name);

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
    // Answers for example.com come from the staged file; other names (providers) from the demo.
    bool stagedSeen = false;
    for (int row = 0; row < window.queryLogModel()->rowCount(); ++row) {
        const QString name = window.queryLogModel()->index(row, QueryLogModel::Name).data().toString();
        const QString source = window.queryLogModel()->index(row, QueryLogModel::Source).data().toString();
        if (name == QLatin1String("example.com"))
            QVERIFY2(source.contains(QStringLiteral("staged")), qPrintable(source));
        stagedSeen = stagedSeen || source.contains(QStringLiteral("staged"));
    }
    QVERIFY(stagedSeen);
}

// A finding in the Overview opens the tab with its evidence; File → Export is there once an audit
// has a report.
void TestMainWindow::overviewLeadsToEvidenceAndExports() {
    MainWindow window(settings());
    window.show();
    window.startDemo(QStringLiteral("overlimit.test"));
    QTRY_VERIFY(!window.isAuditRunning());
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("auditTabs"));
    auto* overview = window.findChild<AuditOverviewTab*>();
    QVERIFY(tabs && overview);
    QTRY_COMPARE(overview->report().domain, QStringLiteral("overlimit.test"));
    Q_EMIT overview->showArea(QStringLiteral("spf"));
    QVERIFY(qobject_cast<SpfTab*>(tabs->currentWidget()));
    Q_EMIT overview->showArea(QStringLiteral("dns"));
    QVERIFY(qobject_cast<RecordsTab*>(tabs->currentWidget()));
    // Each area card opens its tab, by a real click.
    const QList<AuditAreaCard*> cards = overview->findChildren<AuditAreaCard*>();
    QVERIFY(cards.size() >= 5);
    tabs->setCurrentWidget(overview);
    QTRY_VERIFY(cards.first()->isVisible());
    for (AuditAreaCard* card : cards) {
        tabs->setCurrentWidget(overview);
        QTest::mouseClick(card, Qt::LeftButton);
        QWidget* shown = tabs->currentWidget();
        const QString id = card->area().id;
        const bool right = (id == u"spf" && qobject_cast<SpfTab*>(shown)) ||
                           (id == u"dkim" && qobject_cast<DkimTab*>(shown)) ||
                           (id == u"dmarc" && qobject_cast<DmarcTab*>(shown)) ||
                           (id == u"reports" && qobject_cast<ReportsTab*>(shown)) ||
                           (id == u"transport" && qobject_cast<TransportTab*>(shown)) ||
                           (id == u"dnstrust" && qobject_cast<DnsTab*>(shown));
        QVERIFY2(right, qPrintable(id + QStringLiteral(" opened ") + tabs->tabText(tabs->currentIndex())));
    }
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportAction"));
    QVERIFY(exportAction);
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("audit.json"));
    QVERIFY(overview->exportTo(json).has_value());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("SPF-LOOKUP-LIMIT"));
}

void TestMainWindow::nsdAudit() {
    const QString portFile = qEnvironmentVariable("MAILSIGHT_NSD_PORT_FILE");
    if (portFile.isEmpty())
        QSKIP("runs under the NSD fixture (ctest -R test_mainwindow_nsd)");
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
    // At least the Records tab's queries: the check tabs (DMARC, ...) add their own.
    QTRY_VERIFY(window.queryLogModel()->rowCount() >=
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
    // The resolver stack is built off the UI thread; wait until the queries are on the wire.
    QTRY_VERIFY(tab->headline().startsWith(QStringLiteral("Reading")));
    QTest::qWait(200);
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

void TestMainWindow::invalidDomainIsNotAsked_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("rule");
    QTest::newRow("label too long") << QString(64, u'a') + QStringLiteral(".test")
                                    << QStringLiteral("63 bytes");
    // Issue 13, defect 4: an IP address is refused where a domain is expected.
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.1") << QStringLiteral("IP address");
    QTest::newRow("IPv6 literal") << QStringLiteral("[2001:db8::1]") << QStringLiteral("IP address");
}

void TestMainWindow::invalidDomainIsNotAsked() {
    QFETCH(QString, typed);
    QFETCH(QString, rule);
    auto s = settings();
    s->setResolverMode(AppSettings::ResolverMode::Offline);
    s->setZoneFiles(
        {qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/dns.test.zone")});
    MainWindow window(s);
    window.show();
    RecordsTab* tab = recordsTab(window);
    const QString before = tab->headline();
    typeAndEnter(window, typed);
    auto* message = window.findChild<QLabel*>(QStringLiteral("domainMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(rule), qPrintable(message->text()));
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
    // Lookups run in parallel, so the log's order is not fixed: every name asked is in A-labels and
    // the domain itself was asked.
    bool askedDomain = false;
    for (int row = 0; row < window.queryLogModel()->rowCount(); ++row) {
        const QString name = window.queryLogModel()->index(row, QueryLogModel::Name).data().toString();
        QVERIFY2(!name.contains(QStringLiteral("bücher")), qPrintable(name));
        askedDomain = askedDomain || name == QStringLiteral("xn--bcher-kva.example");
    }
    QVERIFY(askedDomain);
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

MAILSIGHT_SQL_CHECKED_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
