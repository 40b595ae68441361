#pragma once
// The main window: a domain field (Enter audits), Audit/Cancel, progress, the live query log and
// the tabs of the checks. It builds one DnsSession per audit from the settings (system resolver,
// custom servers, offline zone files, the demo, staged zone files overlaid on live DNS) and hands
// it to every tab; a generation number drops results of superseded or cancelled audits.
// Parts of its own: AuditController (running an audit), AuditTabWidget (the tabs), QueryLogDock,
// DomainBar (the field, Audit, Cancel), ModeBanner (demo, staged, offline) and MainMenus.

#include "net/NetOptions.h"
#include <QMainWindow>

#include <memory>

class AppSettings;
class AuditController;
class AuditTab;
class AuditTabWidget;
class DomainBar;
class MainMenus;
class ModeBanner;
class QLabel;
class QueryLogDock;
class QueryLogModel;

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

    bool isAuditRunning() const;
    bool isDemo() const { return m_demo; }
    QueryLogModel* queryLogModel() const { return m_logModel; }
    const QList<AuditTab*>& auditTabs() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    // Zone files dropped on the window are staged, like File → Open zone file.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createTabs();
    void addTab(AuditTab* tab);
    // Shows the tab with the evidence of an area of the audit ("dns", "spf", "dmarc", "dkim",
    // "transport", "dnssec", "ns", "blocklists"), as the Overview's findings name it.
    void showArea(const QString& area);
    void applyThemeToWidgets();
    void createMenus();
    void createCentralArea();
    void createQueryLogDock();
    void createAuditController();

    void startAudit();
    void cancelAudit();
    void setRunning(bool running);

    void updateBanner();
    void bannerAction();
    void updateResolverLabel();
    void refreshCompletions();
    void openZoneFiles();
    void openTerraformPlan();
    void openBatchAudit();
    void createMonitor();
    void openCompare();
    void showSettings();
    void loadDemoReports();
    // The connections an audit's transport check may make, from the settings (NetPlan).
    NetOptions auditNetOptions() const;

    std::shared_ptr<AppSettings> m_settings;
    DomainBar* m_domainBar = nullptr;
    ModeBanner* m_banner = nullptr;
    AuditTabWidget* m_tabs = nullptr;
    QueryLogDock* m_logDock = nullptr;
    QueryLogModel* m_logModel = nullptr;
    QLabel* m_resolverLabel = nullptr;
    AuditController* m_audit = nullptr;
    MainMenus* m_menus = nullptr;
    class AuditOverviewTab* m_overview = nullptr;
    class HistoryTab* m_history = nullptr;
    class MonitorHub* m_monitor = nullptr;
    class BatchAuditDialog* m_batch = nullptr; // made on first use, kept: a batch runs on when hidden
    class CompareDialog* m_compare = nullptr;  // made on first use, kept like the batch
    class ReportsTab* m_reports = nullptr;
    quint64 m_demoGeneration = 0;
    bool m_demo = false;
    QStringList m_stagedFiles;
};
