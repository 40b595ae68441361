#include "MainMenus.h"

#include "AppSettings.h"

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

MainMenus::MainMenus(QMainWindow* window, const AppSettings& settings, QDockWidget* logDock, State state)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_state(std::move(state)) {
    createFileMenu();

    QMenu* view = m_window->menuBar()->addMenu(tr("&View"));
    QAction* logToggle = logDock->toggleViewAction();
    logToggle->setText(tr("&Query log"));
    view->addAction(logToggle);

    QMenu* help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Mailsight"), this, &MainMenus::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainMenus::createFileMenu() {
    QMenu* file = m_window->menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open zone file…"), this, &MainMenus::openZoneFilesRequested);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Overlay zone files on live DNS to audit a change before deploying it"));
    QAction* openPlan =
        file->addAction(tr("Open &Terraform plan…"), this, &MainMenus::openTerraformPlanRequested);
    openPlan->setObjectName(QStringLiteral("openTerraformPlanAction"));
    openPlan->setStatusTip(tr(
        "Overlay the DNS records of a `terraform show -json` plan on live DNS to audit them before apply"));
    QAction* closeStaged = file->addAction(tr("&Close staged files"), this, &MainMenus::closeStagedRequested);
    closeStaged->setObjectName(QStringLiteral("closeStagedAction"));
    // The last domains audited (also the domain field's completion), newest first.
    QMenu* recent = file->addMenu(tr("&Recent domains"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    file->addSeparator();
    QAction* demo = file->addAction(tr("Try the &demo"), this, &MainMenus::demoRequested);
    demo->setObjectName(QStringLiteral("demoAction"));
    demo->setStatusTip(tr("Audit fictional domains from the bundled zone files, offline"));
    QAction* demoStaged =
        file->addAction(tr("Demo: stage the &planned change"), this, &MainMenus::demoStagedRequested);
    demoStaged->setStatusTip(tr("Overlay the demo's planned zone change and audit it"));
    file->addSeparator();
    QAction* batch = file->addAction(tr("&Batch audit…"), this, &MainMenus::batchAuditRequested);
    batch->setObjectName(QStringLiteral("batchAuditAction"));
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    batch->setStatusTip(tr("Audit a list of domains and compare their grades"));
    QAction* monitor = file->addAction(tr("Mo&nitor…"), this, &MainMenus::monitorRequested);
    monitor->setObjectName(QStringLiteral("monitorAction"));
    monitor->setStatusTip(tr("Re-audit domains every few hours and be told when one regresses"));
    QAction* compare = file->addAction(tr("Co&mpare…"), this, &MainMenus::compareRequested);
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setStatusTip(tr("Compare two domains' mail configuration, staging against production"));
    QAction* exportAudit = file->addAction(tr("&Export audit…"), this, &MainMenus::exportRequested);
    exportAudit->setObjectName(QStringLiteral("exportAction"));
    exportAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAudit->setStatusTip(tr("Save the audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainMenus::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(file, &QMenu::aboutToShow, this, [this, closeStaged, exportAudit] {
        closeStaged->setEnabled(m_state.hasStagedFiles());
        exportAudit->setEnabled(m_state.canExport());
    });
}

void MainMenus::fillRecent(QMenu* recent) {
    recent->clear();
    const QStringList domains = m_settings.recentDomains().mid(0, 10);
    for (int i = 0; i < domains.size(); ++i) {
        const QString d = domains.at(i);
        // &1…&9, &0: a key for each of the first ten.
        recent->addAction(QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(d), this,
                          [this, d] { Q_EMIT auditRequested(d); });
    }
    if (domains.isEmpty())
        recent->addAction(tr("No domain audited yet"))->setEnabled(false);
}

void MainMenus::showAbout() {
    QMessageBox::about(
        m_window, tr("About Mailsight"),
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
