#include "MainWindow.h"

#include "AppSettings.h"
#include "AppTheme.h"
#include "AuditController.h"
#include "AuditTab.h"
#include "AuditTabWidget.h"
#include "DomainBar.h"
#include "HistoryCredentials.h"
#include "MainMenus.h"
#include "ModeBanner.h"
#include "NetPlan.h"
#include "QueryLogDock.h"
#include "QueryLogModel.h"
#include "RecordsTab.h"
#include "ResolverPlan.h"
#include "SettingsDialog.h"
#include "TrustPlan.h"
#include "audit/AuditOverviewTab.h"
#include "audit/BatchAuditDialog.h"
#include "audit/HistoryTab.h"
#include "audit/TerraformPlanReader.h"
#include "compare/CompareDialog.h"
#include "demo/DemoReports.h"
#include "demo/DemoWorld.h"
#include "dkim/DkimTab.h"
#include "dmarc/DmarcTab.h"
#include "dns/DnsName.h"
#include "dns/DnsTab.h"
#include "dns/ZoneResolver.h"
#include "history/HistoryDatabase.h"
#include "message/MessageTab.h"
#include "monitor/MonitorHub.h"
#include "reports/ReportImporter.h"
#include "reports/ReportsTab.h"
#include "seed/DeliverabilityTab.h"
#include "spf/SpfTab.h"
#include "transport/TransportTab.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QShortcut>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

MainWindow::MainWindow(std::shared_ptr<AppSettings> settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings ? std::move(settings) : std::make_shared<AppSettings>())
    , m_logModel(new QueryLogModel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // The title names the audited domain; Qt appends the application's display name.
    setWindowTitle(QApplication::applicationDisplayName());
    setAcceptDrops(true);
    // Before any widget exists, so that colours computed from the palette match the theme.
    AppTheme::apply(m_settings->theme());
    // A PostgreSQL history's password (Settings) reaches every open of the store through this.
    HistoryCredentials::install();
    createCentralArea();
    createAuditController();
    createQueryLogDock();
    createMonitor();
    createMenus();
    createTabs();
    m_tabs->installShortcuts(this);

    m_resolverLabel = new QLabel(this);
    m_resolverLabel->setObjectName(QStringLiteral("resolverLabel"));
    statusBar()->addPermanentWidget(m_resolverLabel);
    statusBar()->showMessage(tr("Type a domain and press Enter to audit it, or try the demo (File menu)."));

    auto* focusDomain = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(focusDomain, &QShortcut::activated, this, [this] {
        m_domainBar->field()->setFocus(Qt::ShortcutFocusReason);
        m_domainBar->field()->selectAll();
    });
    auto* again = new QShortcut(QKeySequence::Refresh, this);
    connect(again, &QShortcut::activated, this, &MainWindow::startAudit);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancelAudit);

    // The PostgreSQL history's password from the keyring; the Reports tab may have tried the
    // store before the keyring answered.
    HistoryCredentials::loadFromKeyring(*m_settings, this, [this] {
        if (m_reports && !m_demo)
            m_reports->setDatabase({});
    });
    refreshCompletions();
    m_domainBar->showMessage({}, false);
    updateBanner();
    updateResolverLabel();
    setRunning(false);

    resize(1180, 760);
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    m_tabs->restoreLayout(*m_settings);
    applyThemeToWidgets();
    m_domainBar->field()->setFocus();
}

MainWindow::~MainWindow() {
    m_audit->cancelQueries();
}

bool MainWindow::isAuditRunning() const {
    return m_audit->isRunning();
}

const QList<AuditTab*>& MainWindow::auditTabs() const {
    return m_tabs->auditTabs();
}

// One line per tab: a tab appears when its feature exists.
void MainWindow::createTabs() {
    m_overview = new AuditOverviewTab;
    addTab(m_overview);
    addTab(new RecordsTab);
    addTab(new SpfTab);
    addTab(new DmarcTab);
    auto* dkim = new DkimTab;
    addTab(dkim);
    // How mail reaches the domain: connects as the settings say (the demo and offline mode never do).
    auto* transport = new TransportTab;
    transport->setNetPlan([this] { return NetPlan::fromSettings(*m_settings, m_demo); });
    addTab(transport);
    // Can the DNS be trusted: DNSSEC, every authoritative server, blocklists. These checks run
    // inside the Overview's audit (they read the other checks' results); the tab shows them.
    auto* dns = new DnsTab;
    addTab(dns);
    connect(m_overview, &AuditOverviewTab::auditReady, dns, &DnsTab::showReport);
    // The Message tab analyzes with the resolver an audit would use now (settings, demo, staged);
    // messages dropped on the DKIM tab are analyzed there too.
    auto* message = new MessageTab;
    message->setResolverPlan(
        [this] { return ResolverPlan::fromSettings(*m_settings, m_demo, m_stagedFiles); });
    addTab(message);
    connect(dkim, &DkimTab::messagesDropped, message, &MessageTab::openFiles);
    // Seed mailboxes (issue #18): shows the domain's stored seed runs; sends only when asked.
    addTab(new DeliverabilityTab(
        m_settings.get(), [this] { return HistoryTab::historyPathFor(*m_settings, m_demo); },
        [this] { return NetPlan::fromSettings(*m_settings, m_demo); }));
    m_reports = new ReportsTab;
    m_reports->setSettings(m_settings.get());
    addTab(m_reports);
    // The audit's transport check connects as the Transport tab does (Settings: connect-to rules,
    // CA file; none for the demo and zone files). Settings that do not build (the tab's headline
    // names the error) leave the audit without connections rather than with other ones.
    m_overview->setNetOptionsSource([this] { return auditNetOptions(); });
    m_overview->setTrustPlanSource([this] { return TrustPlan::fromSettings(*m_settings); });
    m_overview->setSenderSections([reports = QPointer<ReportsTab>(m_reports)](const QStringList& domains) {
        return reports ? reports->pdfSections(domains) : QHash<QString, QJsonObject>();
    });
    // The PDF / HTML export's "How mail reaches <domain>" section comes from the Transport tab.
    addTab(m_history = new HistoryTab);
    connect(m_overview, &AuditOverviewTab::auditStored, m_history, &HistoryTab::historyChanged);
    // A finding in the Overview leads to the tab that shows its evidence. Other signals naming an
    // area (the Overview's area summary, for one) connect to showArea() as well.
    connect(m_overview, &AuditOverviewTab::showArea, this, &MainWindow::showArea);
    connect(m_overview, &AuditOverviewTab::areaActivated, this, &MainWindow::showArea);
}

void MainWindow::addTab(AuditTab* tab) {
    m_tabs->addAuditTab(tab);
    m_audit->addTab(tab);
    connect(tab, &AuditTab::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

// The one place that maps an area of the audit to its tab: by type, not by (translated) title.
void MainWindow::showArea(const QString& area) {
    for (AuditTab* tab : m_tabs->auditTabs()) {
        const bool match = (area == QLatin1String("dns") && qobject_cast<RecordsTab*>(tab)) ||
                           (area == QLatin1String("spf") && qobject_cast<SpfTab*>(tab)) ||
                           (area == QLatin1String("dmarc") && qobject_cast<DmarcTab*>(tab)) ||
                           (area == QLatin1String("dkim") && qobject_cast<DkimTab*>(tab)) ||
                           (area == QLatin1String("transport") && qobject_cast<TransportTab*>(tab)) ||
                           (area == QLatin1String("reports") && qobject_cast<ReportsTab*>(tab)) ||
                           ((area == QLatin1String("dnstrust") || area == QLatin1String("dnssec") ||
                             area == QLatin1String("ns") || area == QLatin1String("blocklists")) &&
                            qobject_cast<DnsTab*>(tab));
        if (match) {
            m_tabs->setCurrentWidget(tab);
            return;
        }
    }
}

// What does not follow the application palette by itself: the banner's own palette, the charts.
void MainWindow::applyThemeToWidgets() {
    m_banner->applyTheme();
    AppTheme::styleCharts(this);
    m_domainBar->applyTheme();
    m_logDock->refreshView();
}

void MainWindow::createCentralArea() {
    auto* central = new QWidget(this);
    m_domainBar = new DomainBar(central);
    connect(m_domainBar, &DomainBar::auditRequested, this, &MainWindow::startAudit);
    connect(m_domainBar, &DomainBar::cancelRequested, this, &MainWindow::cancelAudit);

    m_banner = new ModeBanner(central);
    connect(m_banner, &ModeBanner::domainActivated, this, &MainWindow::auditDomain);
    connect(m_banner, &ModeBanner::actionClicked, this, &MainWindow::bannerAction);

    m_tabs = new AuditTabWidget(central);

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_domainBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::createQueryLogDock() {
    m_logDock = new QueryLogDock(m_logModel, this);
    connect(m_logDock, &QueryLogDock::statusMessage, this,
            [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
}

void MainWindow::createAuditController() {
    m_audit = new AuditController(m_logModel, this);
    connect(m_audit, &AuditController::runningChanged, this, &MainWindow::setRunning);
    connect(m_audit, &AuditController::progressChanged, m_domainBar, &DomainBar::setProgress);
    connect(m_audit, &AuditController::resolverFailed, this,
            [this](const QString& error) { m_domainBar->showMessage(error, true); });
    connect(m_audit, &AuditController::statusMessage, this,
            [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
    // Every audit goes into the history: the user's (Settings), or the demo's temporary one.
    connect(m_audit, &AuditController::launching, this, [this] {
        const QString history = HistoryTab::historyPathFor(*m_settings, m_demo);
        m_overview->setHistoryPath(history);
        m_history->setHistoryPath(history);
    });
}

void MainWindow::createMenus() {
    MainMenus::State state;
    state.hasStagedFiles = [this] { return !m_stagedFiles.isEmpty(); };
    state.canExport = [this] { return m_overview && !m_overview->report().domain.isEmpty(); };
    m_menus = new MainMenus(this, *m_settings, m_logDock, std::move(state));
    connect(m_menus, &MainMenus::openZoneFilesRequested, this, &MainWindow::openZoneFiles);
    connect(m_menus, &MainMenus::openTerraformPlanRequested, this, &MainWindow::openTerraformPlan);
    connect(m_menus, &MainMenus::closeStagedRequested, this, [this] { setStagedZoneFiles({}); });
    connect(m_menus, &MainMenus::auditRequested, this, &MainWindow::auditDomain);
    connect(m_menus, &MainMenus::demoRequested, this, [this] { startDemo(); });
    connect(m_menus, &MainMenus::demoStagedRequested, this, [this] {
        if (!m_demo)
            startDemo();
        setStagedZoneFiles({DemoWorld::stagedZoneFile()});
        startAudit();
    });
    connect(m_menus, &MainMenus::batchAuditRequested, this, &MainWindow::openBatchAudit);
    connect(m_menus, &MainMenus::monitorRequested, m_monitor, &MonitorHub::showDialog);
    connect(m_menus, &MainMenus::compareRequested, this, &MainWindow::openCompare);
    connect(m_menus, &MainMenus::exportRequested, this, [this] {
        if (m_overview)
            m_overview->exportWithDialog();
    });
    connect(m_menus, &MainMenus::settingsRequested, this, &MainWindow::showSettings);
}

void MainWindow::updateBanner() {
    m_banner->showMode(m_stagedFiles, m_demo, *m_settings);
}

// The banner's button undoes its mode, or opens what changes it.
void MainWindow::bannerAction() {
    if (!m_stagedFiles.isEmpty())
        setStagedZoneFiles({});
    else if (m_demo)
        leaveDemo();
    else if (m_settings->resolverMode() == AppSettings::ResolverMode::Offline)
        showSettings();
    else
        startDemo();
}

void MainWindow::startAudit() {
    const auto name = DnsName::fromUserInput(m_domainBar->field()->text());
    if (!name) {
        m_domainBar->showMessage(tr("Not audited: %1.").arg(name.error()), true);
        statusBar()->showMessage(tr("The domain name is not valid; nothing was asked."), 8000);
        m_domainBar->field()->setFocus();
        return;
    }
    // Show what was typed next to what is asked. DnsName::unicode() can stay in A-labels for TLDs
    // outside Qt's IDN list (.example, .test), so the typed form is the fallback.
    QString typed = m_domainBar->field()->text().trimmed().toLower();
    if (typed.endsWith(QLatin1Char('.')))
        typed.chop(1);
    const QString display = name->isIdn() ? name->unicode() : typed;
    const bool idn = display != name->ace();
    m_domainBar->showMessage(idn ? tr("Auditing %1 — asked as %2").arg(display, name->ace()) : QString(),
                             false);
    m_settings->addRecentDomain(display);
    updateBanner();
    setWindowTitle(m_stagedFiles.isEmpty() ? display : tr("%1 (staged)").arg(display));
    refreshCompletions();
    m_audit->start(name->ace(), display, ResolverPlan::fromSettings(*m_settings, m_demo, m_stagedFiles));
}

void MainWindow::cancelAudit() {
    m_audit->cancel();
}

void MainWindow::setRunning(bool running) {
    m_domainBar->setRunning(running);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_audit->cancelQueries();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_tabs->saveLayout(*m_settings);
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMonitor() {
    MonitorHub::Sources sources;
    // What is live: the Monitor never audits staged files.
    sources.plan = [this] { return ResolverPlan::fromSettings(*m_settings, m_demo, {}); };
    sources.net = [this] { return auditNetOptions(); };
    sources.historyPath = [this] { return HistoryTab::historyPathFor(*m_settings, m_demo); };
    sources.demo = [this] { return m_demo; };
    m_monitor = new MonitorHub(*m_settings, std::move(sources), this);
    connect(m_monitor, &MonitorHub::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_monitor, &MonitorHub::showDomain, this, [this](const QString& domain) {
        raise();
        activateWindow();
        auditDomain(domain);
    });
}

void MainWindow::refreshCompletions() {
    QStringList words = m_settings->recentDomains();
    if (m_demo) {
        for (const DemoWorld::Domain& d : DemoWorld::domains()) {
            if (!words.contains(d.name))
                words.append(d.name);
        }
    }
    m_domainBar->setCompletions(words);
}

void MainWindow::updateResolverLabel() {
    QString text;
    if (m_demo) {
        text = tr("Demo zones (offline)");
    } else {
        switch (m_settings->resolverMode()) {
        case AppSettings::ResolverMode::System:
            text = tr("System resolver");
            break;
        case AppSettings::ResolverMode::Custom:
            text = tr("Servers: %1").arg(m_settings->customServers().join(QStringLiteral(", ")));
            break;
        case AppSettings::ResolverMode::Offline:
            text = tr("Offline zone files");
            break;
        }
    }
    if (!m_stagedFiles.isEmpty())
        text += tr(" + staged");
    m_resolverLabel->setText(text);
}

void MainWindow::auditDomain(const QString& domain) {
    m_domainBar->field()->setText(domain);
    startAudit();
}

void MainWindow::startDemo(const QString& domain) {
    if (m_audit->isRunning())
        cancelAudit();
    const bool starting = !m_demo;
    m_demo = true;
    updateBanner();
    updateResolverLabel();
    refreshCompletions();
    if (starting)
        loadDemoReports();
    auditDomain(domain.isEmpty() ? DemoWorld::defaultDomain() : domain);
}

void MainWindow::loadDemoReports() {
    // The demo's reports go into the demo's own history database (beside its audits), never into
    // the user's. The tab switches to it at once (so the demo never reads the user's database);
    // importing a few hundred small reports takes a moment, so that runs off the UI thread and
    // the tab is refreshed when it is done.
    const QString path = HistoryTab::historyPathFor(*m_settings, true);
    auto db = path.isEmpty()
                  ? std::expected<std::shared_ptr<HistoryDatabase>, QString>(std::unexpected(QString()))
                  : HistoryDatabase::open(path);
    if (!db || !ReportImporter(*db).prepare()) {
        statusBar()->showMessage(tr("The demo's DMARC reports could not be loaded."), 8000);
        return;
    }
    m_reports->setDatabase(*db);
    const quint64 generation = ++m_demoGeneration;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, database = *db] {
        watcher->deleteLater();
        if (generation != m_demoGeneration || !m_demo)
            return; // the demo was left (or restarted) meanwhile
        if (!watcher->result()) {
            statusBar()->showMessage(tr("The demo's DMARC reports could not be loaded."), 8000);
            return;
        }
        m_reports->setDatabase(database);
        m_reports->setDomain(m_audit->domain().isEmpty() ||
                                     !DemoReports::domains().contains(m_audit->domain())
                                 ? DemoReports::domains().constFirst()
                                 : m_audit->domain());
    });
    watcher->setFuture(
        QtConcurrent::run([database = *db] { return DemoReports::importInto(database).has_value(); }));
}

void MainWindow::leaveDemo() {
    if (m_audit->isRunning())
        cancelAudit();
    m_demo = false;
    m_stagedFiles.clear();
    ++m_demoGeneration;
    if (m_reports)
        m_reports->setDatabase({}); // the user's history again
    updateBanner();
    updateResolverLabel();
    refreshCompletions();
    statusBar()->showMessage(tr("Demo closed; audits use the resolver chosen in Settings."), 8000);
}

bool MainWindow::setStagedZoneFiles(const QStringList& paths) {
    if (!paths.isEmpty()) {
        QStringList zones;
        QStringList plans;
        for (const QString& p : paths)
            (ResolverPlan::isTerraformPlan(p) ? plans : zones) << p;
        QString suggested; // a domain for an empty field: the zone's origin, the plan's SPF owner
        if (!zones.isEmpty()) {
            auto check = ZoneResolver::load(zones);
            if (!check) {
                QMessageBox::warning(
                    this, tr("Zone file not loaded"),
                    tr("The zone file could not be read, so nothing was staged.\n\n%1").arg(check.error()));
                return false;
            }
            if (!(*check)->origins().isEmpty())
                suggested = (*check)->origins().constFirst();
        }
        QStringList skipped;
        const auto typed = DnsName::fromUserInput(m_domainBar->field()->text());
        for (const QString& path : std::as_const(plans)) {
            auto plan = TerraformPlanReader::load(path, typed ? QStringList{typed->ace()} : QStringList{});
            if (!plan || plan->records.isEmpty()) {
                QMessageBox::warning(
                    this, tr("Terraform plan not loaded"),
                    tr("The Terraform plan could not be used, so nothing was staged.\n\n%1")
                        .arg(plan ? tr("%1 plans no DNS record of the types Mailsight reads "
                                       "(aws_route53_record, cloudflare_record, cloudflare_dns_record, "
                                       "google_dns_record_set, azurerm_dns_txt_record).")
                                        .arg(QFileInfo(path).fileName())
                                  : plan.error()));
                return false;
            }
            skipped += plan->skipped;
            for (const DnsRecord& r : std::as_const(plan->records))
                if (suggested.isEmpty() && r.type == DnsRecordType::TXT &&
                    r.text().startsWith(QLatin1String("v=spf1")))
                    suggested = r.name;
        }
        if (m_domainBar->field()->text().trimmed().isEmpty() && !suggested.isEmpty())
            m_domainBar->field()->setText(suggested);
        QString message =
            tr("Staged (%n file(s)): press Enter to audit with them.", nullptr, int(paths.size()));
        if (!skipped.isEmpty())
            message +=
                QLatin1Char(' ') + tr("Plan resources skipped: %1").arg(skipped.join(QStringLiteral("; ")));
        statusBar()->showMessage(message, 12000);
    } else if (!m_stagedFiles.isEmpty()) {
        statusBar()->showMessage(tr("Staged files closed; audits ask live DNS again."), 8000);
    }
    m_stagedFiles = paths;
    updateBanner();
    updateResolverLabel();
    return true;
}

void MainWindow::openZoneFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open zone files to stage"), QString(), tr("Zone files (*.zone *.db *.txt);;All files (*)"));
    if (!paths.isEmpty())
        setStagedZoneFiles(paths);
}

void MainWindow::openTerraformPlan() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Terraform plan to stage"), QString(),
                                                      tr("Terraform plan, `terraform show -json` output "
                                                         "(*.json);;All files (*)"));
    if (!path.isEmpty())
        setStagedZoneFiles({path});
}

void MainWindow::openBatchAudit() {
    if (!m_batch) {
        // The plan is taken when a batch starts, so it uses the settings and staged files of then.
        m_batch = new BatchAuditDialog(
            [this] { return ResolverPlan::fromSettings(*m_settings, m_demo, m_stagedFiles); }, this);
        m_batch->setNetOptionsSource([this] { return auditNetOptions(); });
        connect(m_batch, &BatchAuditDialog::showDomain, this, [this](const AuditReport& report) {
            // The tabs show a domain through a session of their own: audit it again on the same
            // resolver stack (the batch's answers are in its report and exports).
            raise();
            activateWindow();
            auditDomain(report.domain);
        });
    }
    m_batch->setHistoryPath(HistoryTab::historyPathFor(*m_settings, m_demo));
    m_batch->show();
    m_batch->raise();
    m_batch->activateWindow();
}

void MainWindow::openCompare() {
    if (!m_compare) {
        // The plan is taken when a comparison starts: the settings and staged files of then.
        m_compare = new CompareDialog(
            [this] { return ResolverPlan::fromSettings(*m_settings, m_demo, m_stagedFiles); }, this);
        m_compare->setNetOptionsSource([this] { return auditNetOptions(); });
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
}

void MainWindow::showSettings() {
    const QString historyBefore = m_settings->historyLocation();
    SettingsDialog dialog(*m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The Reports tab reads the history chosen now (a file or a server; its password may be new).
    if (m_reports && !m_demo &&
        (m_settings->historyLocation() != historyBefore ||
         m_settings->historyStore() == AppSettings::HistoryStore::Postgres))
        m_reports->setDatabase({});
    if (m_settings->theme() != AppTheme::current()) {
        AppTheme::apply(m_settings->theme());
        applyThemeToWidgets();
    }
    if (m_demo)
        statusBar()->showMessage(tr("Settings saved; they apply when you leave the demo."), 8000);
    else
        statusBar()->showMessage(tr("Settings saved; the next audit uses them."), 8000);
    updateBanner();
    updateResolverLabel();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl& u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths << url.toLocalFile();
    if (!paths.isEmpty() && setStagedZoneFiles(paths))
        event->acceptProposedAction();
}

NetOptions MainWindow::auditNetOptions() const {
    const NetPlan plan = NetPlan::fromSettings(*m_settings, m_demo);
    if (auto built = plan.build(); built)
        return *built;
    NetOptions none;
    none.offline = true;
    return none;
}
