#pragma once
// Settings → Audit history (issue #19): whether audits are kept, and where: an SQLite file on
// this computer (the default) or a shared PostgreSQL server (postgresql://USER@HOST:PORT/DB, the
// password typed here and kept in the desktop keyring, or for this session only when there is
// none). "Test connection" opens the store off the UI thread and names the outcome. The password
// goes to the keyring and the session's memory only: never into QSettings, a label or a message.

#include <QGroupBox>

#include <optional>

class AppSettings;
class HistoryConnectionCheck;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class SeedCredentialStore;
template <typename T> class QFutureWatcher;

class HistoryStoreBox : public QGroupBox {
    Q_OBJECT
public:
    explicit HistoryStoreBox(AppSettings& settings, QWidget* parent = nullptr);
    ~HistoryStoreBox() override;

    // Why the settings cannot be saved (an invalid URL), else empty.
    QString error() const;
    // Writes the settings; the password into the session and, when asked, the keyring.
    void save();

    // Its controls in reading order, for the dialog's tab order.
    QList<QWidget*> focusChain() const;

    bool keyringAvailable() const { return m_keyringAvailable; }
    bool isTesting() const;

Q_SIGNALS:
    void changed(); // the error may have changed
    void tested();  // a Test connection ended (its outcome is in the label)

private:
    struct TestResult;
    void updateState();
    void testConnection();
    void readKeyring();
    void setKeyringAvailable(bool available, const QString& why);

    AppSettings& m_settings;
    SeedCredentialStore* m_keyring;
    QCheckBox* m_enabled;
    QRadioButton* m_sqlite;
    QRadioButton* m_postgres;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_url;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QPushButton* m_test;
    QLabel* m_testStatus;
    QLabel* m_keyringNotice;
    QLabel* m_error;
    QFutureWatcher<TestResult>* m_watcher;
    quint64 m_testGeneration = 0;
    bool m_keyringAvailable = true;
    bool m_passwordEdited = false; // typed here (not read from the keyring or the session)
};
