#include "MainWindow.h"

#include "AppSettings.h"
#include "AppTheme.h"
#include "AuditTab.h"
#include "NetPlan.h"
#include "QueryLogModel.h"
#include "RecordsTab.h"
#include "ResolverPlan.h"
#include "SettingsDialog.h"
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
#include "dns/DnsSession.h"
#include "dns/DnsTab.h"
#include "dns/ZoneResolver.h"
#include "history/HistoryDatabase.h"
#include "message/MessageTab.h"
#include "monitor/MonitorHub.h"
#include "reports/ReportImporter.h"
#include "reports/ReportsTab.h"
#include "spf/SpfTab.h"
#include "transport/TransportTab.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QCursor>
#include <QDateTime>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QToolTip>
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
    createCentralArea();
    createQueryLogDock();
    createMonitor();
    createMenus();
    createTabs();
    createTabShortcuts();

    m_resolverLabel = new QLabel(this);
    m_resolverLabel->setObjectName(QStringLiteral("resolverLabel"));
    statusBar()->addPermanentWidget(m_resolverLabel);
    statusBar()->showMessage(tr("Type a domain and press Enter to audit it, or try the demo (File menu)."));

    auto* focusDomain = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(focusDomain, &QShortcut::activated, this, [this] {
        m_domainEdit->setFocus(Qt::ShortcutFocusReason);
        m_domainEdit->selectAll();
    });
    auto* again = new QShortcut(QKeySequence::Refresh, this);
    connect(again, &QShortcut::activated, this, &MainWindow::startAudit);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancelAudit);

    refreshCompletions();
    showDomainMessage({}, false);
    updateBanner();
    updateResolverLabel();
    setRunning(false);

    resize(1180, 760);
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    restoreTabLayout();
    applyThemeToWidgets();
    m_domainEdit->setFocus();
}

MainWindow::~MainWindow() {
    if (m_session)
        m_session->cancel();
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
    m_reports = new ReportsTab;
    m_reports->setSettings(m_settings.get());
    addTab(m_reports);
    // The audit's transport check connects as the Transport tab does (Settings: connect-to rules,
    // CA file; none for the demo and zone files). Settings that do not build (the tab's headline
    // names the error) leave the audit without connections rather than with other ones.
    m_overview->setNetOptionsSource([this] { return auditNetOptions(); });
    m_overview->setSenderSections([reports = QPointer<ReportsTab>(m_reports)](const QStringList& domains) {
        return reports ? reports->pdfSections(domains) : QHash<QString, QJsonObject>();
    });
    // The PDF / HTML export's "How mail reaches <domain>" section comes from the Transport tab.
    addTab(m_history = new HistoryTab);
    connect(m_overview, &AuditOverviewTab::auditStored, m_history, &HistoryTab::historyChanged);
    // A finding in the Overview leads to the tab that shows its evidence.
    connect(m_overview, &AuditOverviewTab::showArea, this, [this](const QString& area) {
        // By type, not by (translated) title.
        for (AuditTab* tab : std::as_const(m_auditTabs)) {
            const bool match = (area == QLatin1String("dns") && qobject_cast<RecordsTab*>(tab)) ||
                               (area == QLatin1String("spf") && qobject_cast<SpfTab*>(tab)) ||
                               (area == QLatin1String("dmarc") && qobject_cast<DmarcTab*>(tab)) ||
                               (area == QLatin1String("dkim") && qobject_cast<DkimTab*>(tab)) ||
                               (area == QLatin1String("transport") && qobject_cast<TransportTab*>(tab)) ||
                               ((area == QLatin1String("dnssec") || area == QLatin1String("ns") ||
                                 area == QLatin1String("blocklists")) &&
                                qobject_cast<DnsTab*>(tab));
            if (match) {
                m_tabs->setCurrentWidget(tab);
                return;
            }
        }
    });
}

void MainWindow::addTab(AuditTab* tab) {
    m_tabs->addTab(tab, tab->tabTitle());
    tab->setAccessibleName(tab->tabTitle());
    // Tab moves between controls, never through a table's cells (arrow keys do that) or into a
    // text field as a character: otherwise a keyboard user is stuck in the first table.
    for (QAbstractItemView* view : tab->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    for (QPlainTextEdit* edit : tab->findChildren<QPlainTextEdit*>())
        edit->setTabChangesFocus(true);
    for (QTextEdit* edit : tab->findChildren<QTextEdit*>())
        edit->setTabChangesFocus(true);
    m_auditTabs.append(tab);
    connect(tab, &AuditTab::finished, this,
            [this, tab](quint64 generation) { tabFinished(tab, generation); });
    connect(tab, &AuditTab::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

// Ctrl+1…9 go to a tab, Ctrl+PgDown/PgUp to the next/previous (Ctrl+Tab works inside the tabs too).
// Counted at the time of the key press, so tabs added later are reachable as well.
void MainWindow::createTabShortcuts() {
    for (int i = 0; i < 9; ++i) {
        auto* go = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(go, &QShortcut::activated, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
    }
    auto step = [this](int by) {
        const int n = m_tabs->count();
        if (n > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + n) % n);
    };
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [step] { step(1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [step] { step(-1); });
}

// Splitters are found by position inside their tab, so tabs need no code of their own for it.
QList<std::pair<QString, QSplitter*>> MainWindow::tabSplitters() const {
    QList<std::pair<QString, QSplitter*>> out;
    for (int t = 0; t < m_tabs->count(); ++t) {
        QWidget* page = m_tabs->widget(t);
        const QList<QSplitter*> splitters = page->findChildren<QSplitter*>();
        for (int i = 0; i < splitters.size(); ++i) {
            const QString name = splitters.at(i)->objectName();
            out.append({page->objectName() + QLatin1Char('/') + (name.isEmpty() ? QString::number(i) : name),
                        splitters.at(i)});
        }
    }
    return out;
}

void MainWindow::restoreTabLayout() {
    for (const auto& [key, splitter] : tabSplitters()) {
        if (const QByteArray state = m_settings->splitterState(key); !state.isEmpty())
            splitter->restoreState(state);
    }
    const QString current = m_settings->currentTab();
    for (int t = 0; t < m_tabs->count(); ++t) {
        if (!current.isEmpty() && m_tabs->widget(t)->objectName() == current)
            m_tabs->setCurrentIndex(t);
    }
}

void MainWindow::saveTabLayout() {
    for (const auto& [key, splitter] : tabSplitters())
        m_settings->setSplitterState(key, splitter->saveState());
    if (QWidget* page = m_tabs->currentWidget())
        m_settings->setCurrentTab(page->objectName());
}

// What does not follow the application palette by itself: the banner's own palette, the charts.
void MainWindow::applyThemeToWidgets() {
    QPalette bannerPalette = QApplication::palette();
    // Tool-tip colours follow the theme (light, dark, high contrast) and stand out from the window.
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    AppTheme::styleCharts(this);
    showDomainMessage(m_domainMessage->text(), m_domainIcon->isVisibleTo(m_domainMessageRow));
    m_logView->viewport()->update();
}

void MainWindow::createCentralArea() {
    auto* central = new QWidget(this);

    auto* domainLabel = new QLabel(tr("&Domain:"), central);
    m_domainEdit = new QLineEdit(central);
    m_domainEdit->setObjectName(QStringLiteral("domainEdit"));
    m_domainEdit->setAccessibleName(tr("Domain to audit"));
    m_domainEdit->setPlaceholderText(tr("example.com, bücher.example, …"));
    m_domainEdit->setClearButtonEnabled(true);
    m_domainEdit->setToolTip(tr("The domain to audit (Ctrl+L). Enter starts the audit."));
    domainLabel->setBuddy(m_domainEdit);

    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_domainEdit->setCompleter(m_completer);

    m_auditButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Audit"), central);
    m_auditButton->setObjectName(QStringLiteral("auditButton"));
    m_auditButton->setToolTip(tr("Read the domain's records and check them (Enter)"));
    m_cancelButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Ca&ncel"), central);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the running audit (Esc)"));
    m_progress = new QProgressBar(central);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Audit progress"));
    m_progress->setFormat(tr("%v of %m checks"));
    m_progress->setMinimumWidth(160);
    m_progress->setMaximumWidth(220);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(domainLabel);
    inputRow->addWidget(m_domainEdit, 1);
    inputRow->addWidget(m_auditButton);
    inputRow->addWidget(m_cancelButton);
    inputRow->addWidget(m_progress);

    m_domainIcon = new QLabel;
    m_domainMessage = new QLabel;
    m_domainMessage->setObjectName(QStringLiteral("domainMessage"));
    m_domainMessage->setWordWrap(true);
    m_domainMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A widget of its own, so that the row takes no space at all while there is no message.
    m_domainMessageRow = new QWidget(central);
    auto* messageRow = new QHBoxLayout(m_domainMessageRow);
    messageRow->setContentsMargins(0, 0, 0, 0);
    messageRow->addWidget(m_domainIcon);
    messageRow->addWidget(m_domainMessage, 1);

    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("modeBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true); // coloured in applyThemeToWidgets()
    auto* bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    // The demo's domains are links: reachable by Tab and opened with Enter as well as by mouse.
    m_bannerText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_bannerText->setAccessibleName(tr("Mode of the audit"));
    connect(m_bannerText, &QLabel::linkActivated, this, &MainWindow::auditDomain);
    // Each demo domain tells a story; show it when the pointer rests on the domain's link.
    connect(m_bannerText, &QLabel::linkHovered, this, [this](const QString& link) {
        for (const DemoWorld::Domain& d : DemoWorld::domains()) {
            if (d.name == link) {
                QToolTip::showText(QCursor::pos(), d.story, m_bannerText);
                return;
            }
        }
        QToolTip::hideText();
    });
    m_bannerAction = new QPushButton(m_banner);
    m_bannerAction->setObjectName(QStringLiteral("bannerAction"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->setAccessibleName(tr("Checks"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(central);
    layout->addLayout(inputRow);
    layout->addWidget(m_domainMessageRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_domainEdit, &QLineEdit::returnPressed, this, &MainWindow::startAudit);
    connect(m_auditButton, &QPushButton::clicked, this, &MainWindow::startAudit);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelAudit);
    connect(m_domainEdit, &QLineEdit::textEdited, this, [this] { showDomainMessage({}, false); });
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        if (!m_stagedFiles.isEmpty())
            setStagedZoneFiles({});
        else if (m_demo)
            leaveDemo();
        else if (m_settings->resolverMode() == AppSettings::ResolverMode::Offline)
            showSettings();
        else
            startDemo();
    });
}

void MainWindow::createQueryLogDock() {
    m_logDock = new QDockWidget(tr("Query log"), this);
    m_logDock->setObjectName(QStringLiteral("queryLogDock"));
    auto* logPanel = new QWidget(m_logDock);
    m_logFilter = new QLineEdit(logPanel);
    m_logFilter->setObjectName(QStringLiteral("queryLogFilter"));
    m_logFilter->setPlaceholderText(tr("Filter: a name, a type, an outcome (timeout, NXDOMAIN…), a server"));
    m_logFilter->setClearButtonEnabled(true);
    m_logFilter->setAccessibleName(tr("Filter the query log"));
    // Sorting by ms finds the slow server; filtering by an outcome word finds the failures.
    m_logProxy = new QSortFilterProxyModel(this);
    m_logProxy->setSourceModel(m_logModel);
    m_logProxy->setFilterKeyColumn(-1);
    m_logProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_logFilter, &QLineEdit::textChanged, m_logProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_logView = new QTableView(logPanel);
    m_logView->setObjectName(QStringLiteral("queryLogView"));
    m_logView->setAccessibleName(tr("Query log"));
    m_logView->setModel(m_logProxy);
    m_logView->setTabKeyNavigation(false);
    m_logView->setSortingEnabled(true);
    m_logView->sortByColumn(QueryLogModel::Sequence, Qt::AscendingOrder);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setAlternatingRowColors(true);
    m_logView->setWordWrap(false);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    QHeaderView* header = m_logView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QueryLogModel::Name, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    auto* logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(2);
    logLayout->addWidget(m_logFilter);
    logLayout->addWidget(m_logView);
    m_logDock->setWidget(logPanel);

    // The log is evidence to pass on: as text for a ticket, or as the JSON the CLI prints.
    auto* copyRows = new QAction(tr("&Copy selected queries"), m_logView);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRows, &QAction::triggered, this, [this] {
        QModelIndexList rows = m_logView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        std::sort(rows.begin(), rows.end()); // in the order shown
        QStringList lines;
        for (const QModelIndex& row : rows) {
            QStringList cells;
            for (int column = 0; column < QueryLogModel::ColumnCount; ++column)
                cells << m_logModel->index(m_logProxy->mapToSource(row).row(), column).data().toString();
            lines << cells.join(QLatin1Char('\t'));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        statusBar()->showMessage(tr("Queries copied."), 5000);
    });
    auto* copyJson = new QAction(tr("Copy the whole log as &JSON"), m_logView);
    connect(copyJson, &QAction::triggered, this, [this] {
        QJsonArray queries;
        for (int row = 0; row < m_logModel->rowCount(); ++row)
            queries.append(m_logModel->entry(row).toJson());
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(queries).toJson(QJsonDocument::Indented)));
        statusBar()->showMessage(tr("Query log copied as JSON (the \"queries\" array of the CLI's output)."),
                                 5000);
    });
    m_logView->addAction(copyRows);
    m_logView->addAction(copyJson);
    m_logView->setContextMenuPolicy(Qt::ActionsContextMenu);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    // Follow the newest query while the user has not scrolled away from the end.
    auto atEnd = std::make_shared<bool>(true);
    connect(m_logModel, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, atEnd] {
        const QScrollBar* bar = m_logView->verticalScrollBar();
        *atEnd = bar->value() == bar->maximum();
    });
    connect(m_logModel, &QAbstractItemModel::rowsInserted, this, [this, atEnd] {
        if (*atEnd)
            m_logView->scrollToBottom();
        updateLogTitle();
    });
    connect(m_logModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateLogTitle);
}

void MainWindow::updateLogTitle() {
    const int rows = m_logModel->rowCount();
    const int failed = m_logModel->failureCount();
    if (rows == 0)
        m_logDock->setWindowTitle(tr("Query log"));
    else if (failed == 0)
        m_logDock->setWindowTitle(tr("Query log — queries: %1").arg(rows));
    else
        m_logDock->setWindowTitle(
            tr("Query log — queries: %1, failed or cut short: %2").arg(rows).arg(failed));
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

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open zone file…"), this, &MainWindow::openZoneFiles);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Overlay zone files on live DNS to audit a change before deploying it"));
    QAction* openPlan = file->addAction(tr("Open &Terraform plan…"), this, &MainWindow::openTerraformPlan);
    openPlan->setObjectName(QStringLiteral("openTerraformPlanAction"));
    openPlan->setStatusTip(tr(
        "Overlay the DNS records of a `terraform show -json` plan on live DNS to audit them before apply"));
    QAction* closeStaged =
        file->addAction(tr("&Close staged files"), this, [this] { setStagedZoneFiles({}); });
    closeStaged->setObjectName(QStringLiteral("closeStagedAction"));
    // The last domains audited (also the domain field's completion), newest first.
    QMenu* recent = file->addMenu(tr("&Recent domains"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList domains = m_settings->recentDomains().mid(0, 10);
        for (int i = 0; i < domains.size(); ++i) {
            const QString d = domains.at(i);
            // &1…&9, &0: a key for each of the first ten.
            recent->addAction(QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(d), this,
                              [this, d] { auditDomain(d); });
        }
        if (domains.isEmpty())
            recent->addAction(tr("No domain audited yet"))->setEnabled(false);
    });
    file->addSeparator();
    QAction* demo = file->addAction(tr("Try the &demo"), this, [this] { startDemo(); });
    demo->setObjectName(QStringLiteral("demoAction"));
    demo->setStatusTip(tr("Audit fictional domains from the bundled zone files, offline"));
    QAction* demoStaged = file->addAction(tr("Demo: stage the &planned change"), this, [this] {
        if (!m_demo)
            startDemo();
        setStagedZoneFiles({DemoWorld::stagedZoneFile()});
        startAudit();
    });
    demoStaged->setStatusTip(tr("Overlay the demo's planned zone change and audit it"));
    file->addSeparator();
    QAction* batch = file->addAction(tr("&Batch audit…"), this, &MainWindow::openBatchAudit);
    batch->setObjectName(QStringLiteral("batchAuditAction"));
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    batch->setStatusTip(tr("Audit a list of domains and compare their grades"));
    QAction* monitor = file->addAction(tr("Mo&nitor…"), m_monitor, &MonitorHub::showDialog);
    monitor->setObjectName(QStringLiteral("monitorAction"));
    monitor->setStatusTip(tr("Re-audit domains every few hours and be told when one regresses"));
    QAction* compare = file->addAction(tr("Co&mpare…"), this, &MainWindow::openCompare);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setStatusTip(tr("Compare two domains' mail configuration, staging against production"));
    QAction* exportAudit = file->addAction(tr("&Export audit…"), this, [this] {
        if (m_overview)
            m_overview->exportWithDialog();
    });
    exportAudit->setObjectName(QStringLiteral("exportAction"));
    exportAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAudit->setStatusTip(tr("Save the audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(file, &QMenu::aboutToShow, this, [this, closeStaged, exportAudit] {
        closeStaged->setEnabled(!m_stagedFiles.isEmpty());
        exportAudit->setEnabled(m_overview && !m_overview->report().domain.isEmpty());
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* logToggle = m_logDock->toggleViewAction();
    logToggle->setText(tr("&Query log"));
    view->addAction(logToggle);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Mailsight"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::refreshCompletions() {
    QStringList words = m_settings->recentDomains();
    if (m_demo) {
        for (const DemoWorld::Domain& d : DemoWorld::domains()) {
            if (!words.contains(d.name))
                words.append(d.name);
        }
    }
    m_completions->setStringList(words);
}

void MainWindow::showDomainMessage(const QString& text, bool error) {
    m_domainMessage->setText(text);
    m_domainMessageRow->setVisible(!text.isEmpty());
    m_domainIcon->setVisible(!text.isEmpty() && error);
    if (error) {
        m_domainIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(16, 16));
        QPalette p = m_domainMessage->palette();
        p.setColor(QPalette::WindowText,
                   AppTheme::readable(QColor(0xd0, 0x3a, 0x2f), p.color(QPalette::Window)));
        m_domainMessage->setPalette(p);
    } else {
        m_domainMessage->setPalette(QPalette());
    }
}

void MainWindow::updateBanner() {
    QString text;
    QString action;
    if (!m_stagedFiles.isEmpty()) {
        QStringList zones;
        QStringList plans;
        for (const QString& p : m_stagedFiles)
            (ResolverPlan::isTerraformPlan(p) ? plans : zones) << QFileInfo(p).fileName();
        QStringList parts;
        if (!zones.isEmpty())
            parts << tr("answers for the zones in %1 come from these files")
                         .arg(zones.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!plans.isEmpty())
            parts << tr("the records planned in the Terraform plan %1 are answered from it")
                         .arg(plans.join(QStringLiteral(", ")).toHtmlEscaped());
        text = tr("<b>Staged audit:</b> %1, overlaid on %2. Nothing is published yet.")
                   .arg(parts.join(tr("; ")), m_demo ? tr("the demo zones") : tr("live DNS"));
        action = tr("Close staged files");
    } else if (m_demo) {
        QStringList links;
        for (const DemoWorld::Domain& d : DemoWorld::domains())
            links << QStringLiteral("<a href=\"%1\">%1</a>").arg(d.name.toHtmlEscaped());
        text = tr("<b>Demo:</b> offline, answering from the bundled zones of fictional domains. Try %1.")
                   .arg(links.join(QStringLiteral(", ")));
        action = tr("Leave demo");
    } else if (m_settings->resolverMode() == AppSettings::ResolverMode::Offline) {
        text = tr("<b>Offline:</b> answering only from the zone files chosen in Settings (%1); names outside "
                  "them are not asked.")
                   .arg(m_settings->zoneFiles().size());
        action = tr("Settings…");
    } else if (m_settings->recentDomains().isEmpty()) {
        // First run: invite to the demo, which needs no network and shows good and bad setups.
        text = tr("<b>New to Mailsight?</b> Type a domain above and press Enter, or try the demo: fictional "
                  "domains with good and broken mail setups, answered offline from bundled zone files.");
        action = tr("Try the demo");
    }
    m_bannerText->setText(text);
    m_bannerAction->setText(action);
    m_banner->setVisible(!text.isEmpty());
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
    m_domainEdit->setText(domain);
    startAudit();
}

void MainWindow::startAudit() {
    const auto name = DnsName::fromUserInput(m_domainEdit->text());
    if (!name) {
        showDomainMessage(tr("Not audited: %1.").arg(name.error()), true);
        statusBar()->showMessage(tr("The domain name is not valid; nothing was asked."), 8000);
        m_domainEdit->setFocus();
        return;
    }
    if (m_session)
        m_session->cancel();
    m_session.reset();

    ++m_generation;
    m_domain = name->ace();
    // Show what was typed next to what is asked. DnsName::unicode() can stay in A-labels for TLDs
    // outside Qt's IDN list (.example, .test), so the typed form is the fallback.
    QString typed = m_domainEdit->text().trimmed().toLower();
    if (typed.endsWith(QLatin1Char('.')))
        typed.chop(1);
    m_domainDisplay = name->isIdn() ? name->unicode() : typed;
    const bool idn = m_domainDisplay != m_domain;
    showDomainMessage(idn ? tr("Auditing %1 — asked as %2").arg(m_domainDisplay, m_domain) : QString(),
                      false);
    m_settings->addRecentDomain(m_domainDisplay);
    updateBanner();
    setWindowTitle(m_stagedFiles.isEmpty() ? m_domainDisplay : tr("%1 (staged)").arg(m_domainDisplay));
    refreshCompletions();
    m_logModel->clear();
    m_waiting = m_auditTabs;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    setRunning(true);

    // Zone files (offline, demo, staged) are parsed off the UI thread; the audit starts when the
    // resolver stack is ready, unless it was cancelled or superseded meanwhile.
    ResolverPlan plan = ResolverPlan::fromSettings(*m_settings, m_demo, m_stagedFiles);
    plan.domains = {m_domain};
    using Built = std::expected<std::shared_ptr<Resolver>, QString>;
    auto* watcher = new QFutureWatcher<Built>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        const Built built = watcher->result();
        if (!built) {
            setRunning(false);
            showDomainMessage(built.error(), true);
            statusBar()->showMessage(tr("Not audited: the resolver could not be set up."), 8000);
            return;
        }
        launchAudit(*built, generation);
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [plan] { return plan.build(); }));
}

void MainWindow::launchAudit(const std::shared_ptr<Resolver>& resolver, quint64 generation) {
    m_session = std::make_shared<DnsSession>(resolver);
    // entryAdded comes from DNS worker threads; the context object queues it to the UI thread.
    connect(
        m_session->log(), &QueryLog::entryAdded, this,
        [this, generation](const QueryLogEntry& entry) {
            if (generation == m_generation)
                m_logModel->appendEntry(entry);
        },
        Qt::QueuedConnection);
    statusBar()->showMessage(
        tr("Auditing %1 via %2…").arg(m_domainDisplay, m_session->resolverDescription()));
    // Every audit goes into the history: the user's (Settings), or the demo's temporary one.
    const QString history = HistoryTab::historyPathFor(*m_settings, m_demo);
    m_overview->setHistoryPath(history);
    m_history->setHistoryPath(history);
    for (AuditTab* tab : m_auditTabs)
        tab->startAudit(m_domain, m_session, generation);
    if (m_auditTabs.isEmpty())
        finishAudit(false);
}

void MainWindow::tabFinished(AuditTab* tab, quint64 generation) {
    if (!m_running || generation != m_generation)
        return;
    m_waiting.removeAll(tab);
    const int done = static_cast<int>(m_auditTabs.size() - m_waiting.size());
    // Busy until the first check is done (a single check would otherwise sit at 0 % until it ends).
    m_progress->setRange(0, static_cast<int>(m_auditTabs.size()));
    m_progress->setValue(done);
    if (m_waiting.isEmpty())
        finishAudit(false);
}

void MainWindow::cancelAudit() {
    if (!m_running)
        return;
    if (m_session) // null while the resolver stack is still being built
        m_session->cancel();
    finishAudit(true);
}

void MainWindow::finishAudit(bool cancelled) {
    setRunning(false);
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    // Count from the session's log itself: the last rows may still be queued to the model.
    const QList<QueryLogEntry> entries = m_session ? m_session->log()->entries() : QList<QueryLogEntry>();
    const auto queries = entries.size();
    const auto unanswered = std::count_if(entries.begin(), entries.end(), [](const QueryLogEntry& e) {
        return e.answer.outcome == DnsOutcome::Cancelled;
    });
    const auto failed = std::count_if(entries.begin(), entries.end(), [](const QueryLogEntry& e) {
        return dnsOutcomeIsFailure(e.answer.outcome) && e.answer.outcome != DnsOutcome::Cancelled;
    });
    if (cancelled) {
        statusBar()->showMessage(
            tr("Audit of %1 cancelled after %2 ms: %3 queries answered, %4 cut short. Nothing "
               "is known about what they would have returned.")
                .arg(m_domainDisplay)
                .arg(ms)
                .arg(queries - unanswered)
                .arg(unanswered));
    } else {
        statusBar()->showMessage(
            tr("%1 audited in %2 ms; DNS queries: %3").arg(m_domainDisplay).arg(ms).arg(queries) +
            (failed > 0 ? tr(", of which failed: %1 (see the query log)").arg(failed) : QString()) +
            QLatin1Char('.'));
    }
}

void MainWindow::setRunning(bool running) {
    m_running = running;
    m_auditButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    if (!running)
        m_waiting.clear();
}

void MainWindow::startDemo(const QString& domain) {
    if (m_running)
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
        m_reports->setDomain(m_domain.isEmpty() || !DemoReports::domains().contains(m_domain)
                                 ? DemoReports::domains().constFirst()
                                 : m_domain);
    });
    watcher->setFuture(
        QtConcurrent::run([database = *db] { return DemoReports::importInto(database).has_value(); }));
}

void MainWindow::leaveDemo() {
    if (m_running)
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
        const auto typed = DnsName::fromUserInput(m_domainEdit->text());
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
        if (m_domainEdit->text().trimmed().isEmpty() && !suggested.isEmpty())
            m_domainEdit->setText(suggested);
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
    SettingsDialog dialog(*m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
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

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Mailsight"),
        tr("<h3>Mailsight %1</h3>"
           "<p>Audits a domain's email authentication (SPF, DKIM, DMARC) from what its DNS publishes, "
           "live or from zone files before they are deployed.</p>"
           "<p><b>Keyboard</b></p>"
           "<table>"
           "<tr><td>Enter</td><td>&nbsp;audit the domain in the field</td></tr>"
           "<tr><td>Ctrl+L</td><td>&nbsp;go to the domain field</td></tr>"
           "<tr><td>Ctrl+1…9</td><td>&nbsp;show the first… ninth tab</td></tr>"
           "<tr><td>Ctrl+PgDown, Ctrl+PgUp</td><td>&nbsp;next, previous tab</td></tr>"
           "<tr><td>Tab, Shift+Tab</td><td>&nbsp;move between the controls of a tab</td></tr>"
           "<tr><td>Ctrl+F</td><td>&nbsp;search the SPF tree</td></tr>"
           "<tr><td>F5</td><td>&nbsp;audit again (staged zone files are read again)</td></tr>"
           "<tr><td>Esc</td><td>&nbsp;cancel the running audit</td></tr>"
           "<tr><td>Ctrl+O</td><td>&nbsp;open a zone file for a staged audit</td></tr>"
           "<tr><td>Ctrl+B</td><td>&nbsp;batch audit of a list of domains</td></tr>"
           "<tr><td>Ctrl+C</td><td>&nbsp;copy the selected records or queries</td></tr>"
           "<tr><td>Ctrl+Q</td><td>&nbsp;quit</td></tr>"
           "</table>")
            .arg(QStringLiteral(MAILSIGHT_VERSION)));
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

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_session)
        m_session->cancel();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    saveTabLayout();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

NetOptions MainWindow::auditNetOptions() const {
    const NetPlan plan = NetPlan::fromSettings(*m_settings, m_demo);
    if (auto built = plan.build(); built)
        return *built;
    NetOptions none;
    none.offline = true;
    return none;
}
