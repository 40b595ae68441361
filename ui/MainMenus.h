#pragma once
// The main window's menu bar: File (staging zone files and Terraform plans, recent domains, the
// demo, batch audit, Monitor, Compare, export, Settings, Quit), View (the query log) and Help
// (About, with the keyboard shortcuts). The menus only ask: each action is a signal the window
// answers; what they show as enabled comes from the window's state (State).

#include <QObject>

#include <functional>

class AppSettings;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

class MainMenus : public QObject {
    Q_OBJECT
public:
    struct State {
        std::function<bool()> hasStagedFiles;
        std::function<bool()> canExport; // an audit is shown
    };
    // Fills window's menu bar; logDock's toggle goes into View.
    MainMenus(QMainWindow* window, const AppSettings& settings, QDockWidget* logDock, State state);

    void showAbout();

Q_SIGNALS:
    void openZoneFilesRequested();
    void openTerraformPlanRequested();
    void closeStagedRequested();
    void auditRequested(const QString& domain); // a recent domain
    void demoRequested();
    void demoStagedRequested();
    void batchAuditRequested();
    void monitorRequested();
    void compareRequested();
    void exportRequested();
    void settingsRequested();

private:
    void createFileMenu();
    void fillRecent(QMenu* recent);

    QMainWindow* m_window;
    const AppSettings& m_settings;
    State m_state;
};
