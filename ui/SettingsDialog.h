#pragma once
// Where answers come from: the system resolver, custom servers, or offline zone files; and the
// query timeout; where the audit history is kept (HistoryStoreBox: a file or a PostgreSQL server); the theme;
// how the transport checks connect (STARTTLS probing, connect-to rules, extra CA); DNS trust (trust anchor
// and blocklist files, the ns and blocklist checks). Reads and writes AppSettings; OK stays disabled while a
// server or a file is invalid, and the reason (for a blocklist file: its line) is shown.

#include <QDialog>

class AppSettings;
class HistoryStoreBox;
class QComboBox;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateState();
    QString trustError() const; // the trust anchor or blocklist file that cannot be used, and why
    void addZoneFiles();
    QStringList serverLines() const;
    QStringList connectToLines() const;

    AppSettings& m_settings;
    QRadioButton* m_system;
    QRadioButton* m_custom;
    QRadioButton* m_offline;
    QPlainTextEdit* m_servers;
    QLabel* m_serverError;
    QListWidget* m_zoneFiles;
    QPushButton* m_addZone;
    QPushButton* m_removeZone;
    QSpinBox* m_timeout;
    QComboBox* m_theme;
    HistoryStoreBox* m_history = nullptr;
    QComboBox* m_language;
    QLabel* m_restartNote;
    QCheckBox* m_probeSmtp;
    QPlainTextEdit* m_connectTo;
    QLineEdit* m_caFile;
    QPushButton* m_caBrowse;
    QLabel* m_netError;
    QLineEdit* m_trustAnchor;
    QPushButton* m_trustBrowse;
    QLineEdit* m_blocklists;
    QPushButton* m_blocklistsBrowse;
    QCheckBox* m_askEveryServer;
    QCheckBox* m_checkBlocklists;
    QLabel* m_trustError;
    QDialogButtonBox* m_buttons;
};
