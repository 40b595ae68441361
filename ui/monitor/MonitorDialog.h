#pragma once
// Monitor → Domains…: the domains the Monitor re-audits every N hours while Mailsight runs, their
// last state, Run now / Cancel with progress, and "Install as a systemd user timer" for audits
// while Mailsight is closed (the same list and interval, written as user units and a config file;
// the dialog says how to enable and how to remove them).

#include <QDialog>

class AppSettings;
class MonitorController;
class MonitorStateModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

class MonitorDialog : public QDialog {
    Q_OBJECT
public:
    // demo: the window shows the demo world; the timer would then audit the demo zones.
    MonitorDialog(MonitorController* controller, AppSettings& settings, bool demo, QWidget* parent = nullptr);

    // The config-file options that reproduce the window's settings in `mailsight-cli audit`.
    static QStringList cliOptions(const AppSettings& settings, bool demo, const QString& historyPath);
    // This build's mailsight-cli: beside the program, else on PATH; empty when there is none.
    static QString cliPath();

Q_SIGNALS:
    void showDomain(const QString& domain);

private:
    void addDomains();
    void removeSelected();
    void applyDomains(const QStringList& domains);
    void refreshStates();
    void refreshSchedule();
    void showDetails();
    void installTimer();
    void removeTimer();

    MonitorController* m_controller;
    AppSettings& m_settings;
    bool m_demo;
    QLineEdit* m_input;
    QListWidget* m_list;
    QCheckBox* m_enabled;
    QComboBox* m_interval;
    QLabel* m_next;
    MonitorStateModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QProgressBar* m_progress;
    QPushButton* m_runNow;
    QPushButton* m_cancel;
    QLineEdit* m_timerName;
    QLabel* m_status;
};
