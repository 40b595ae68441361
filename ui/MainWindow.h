#pragma once
// The main window: a domain field (Enter audits), Audit/Cancel, progress, the live query log and
// the tabs of the checks. It builds one DnsSession per audit from the settings (system resolver,
// custom servers, offline zone files, the demo, staged zone files overlaid on live DNS) and hands
// it to every tab; a generation number drops results of superseded or cancelled audits.

#include "net/NetOptions.h"
#include <QMainWindow>

#include <memory>

class AppSettings;
class AuditTab;
class DnsSession;
class QCompleter;
class QDockWidget;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTabWidget;
class QTableView;
class QueryLogModel;
class Resolver;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Without settings, the user's settings are used; tests pass settings over a temporary file.
    explicit MainWindow(std::shared_ptr<AppSettings> settings = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Switches to the bundled demo zones (offline) and audits domain (the demo's default if empty).
    void startDemo(const QString& domain = {});
    void leaveDemo();
    // Audits a domain as if typed into the field and Enter pressed.
    void auditDomain(const QString& domain);
    // Overlays zone files and Terraform plans (*.json, `terraform show -json`) on the current
    // resolver (a staged audit); empty ends staging. A file that cannot be read is reported in a
    // message box and nothing is staged (returns false).
    bool setStagedZoneFiles(const QStringList& paths);

    bool isAuditRunning() const { return m_running; }
    bool isDemo() const { return m_demo; }
    QueryLogModel* queryLogModel() const { return m_logModel; }
    const QList<AuditTab*>& auditTabs() const { return m_auditTabs; }

protected:
    void closeEvent(QCloseEvent* event) override;
    // Zone files dropped on the window are staged, like File → Open zone file.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createTabs();
    void addTab(AuditTab* tab);
    void createTabShortcuts();
    QList<std::pair<QString, class QSplitter*>> tabSplitters() const;
    void restoreTabLayout();
    void saveTabLayout();
    void applyThemeToWidgets();
    void createMenus();
    void createCentralArea();
    void createQueryLogDock();

    void startAudit();
    void cancelAudit();
    void tabFinished(AuditTab* tab, quint64 generation);
    void finishAudit(bool cancelled);
    void setRunning(bool running);
    void launchAudit(const std::shared_ptr<Resolver>& resolver, quint64 generation);

    void showDomainMessage(const QString& text, bool error);
    void updateBanner();
    void updateResolverLabel();
    void updateLogTitle();
    void refreshCompletions();
    void openZoneFiles();
    void openTerraformPlan();
    void openBatchAudit();
    void createMonitor();
    void openCompare();
    void showSettings();
    void showAbout();

    std::shared_ptr<AppSettings> m_settings;
    QLineEdit* m_domainEdit = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completions = nullptr;
    QPushButton* m_auditButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_domainIcon = nullptr;
    QLabel* m_domainMessage = nullptr;
    QWidget* m_domainMessageRow = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerAction = nullptr;
    QTabWidget* m_tabs = nullptr;
    QDockWidget* m_logDock = nullptr;
    QTableView* m_logView = nullptr;
    QueryLogModel* m_logModel = nullptr;
    QSortFilterProxyModel* m_logProxy = nullptr;
    QLineEdit* m_logFilter = nullptr;
    QLabel* m_resolverLabel = nullptr;
    QList<AuditTab*> m_auditTabs;
    class AuditOverviewTab* m_overview = nullptr;
    class HistoryTab* m_history = nullptr;
    class MonitorHub* m_monitor = nullptr;
    class BatchAuditDialog* m_batch = nullptr; // made on first use, kept: a batch runs on when hidden
    class CompareDialog* m_compare = nullptr;  // made on first use, kept like the batch
    class ReportsTab* m_reports = nullptr;
    quint64 m_demoGeneration = 0;
    void loadDemoReports();
    // The connections an audit's transport check may make, from the settings (NetPlan).
    NetOptions auditNetOptions() const;

    bool m_demo = false;
    QStringList m_stagedFiles;
    quint64 m_generation = 0;
    bool m_running = false;
    QList<AuditTab*> m_waiting; // tabs of the running generation not finished yet
    std::shared_ptr<DnsSession> m_session;
    QString m_domain;        // A-labels of the running or last audit
    QString m_domainDisplay; // the same as users read it (Unicode)
    qint64 m_startedMs = 0;
};
