#pragma once
// The Deliverability tab's list of seed mailboxes (name, server, TLS, user, address) with Add /
// Edit / Remove, the submission server, and "Only watch (my system sends)" with its token. The
// list is kept in the settings (SeedListSettings) by the tab; passwords never pass through here
// except from a dialog's password field to passwordEntered().

#include "SeedListSettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class SeedListPanel : public QWidget {
    Q_OBJECT
public:
    explicit SeedListPanel(QWidget* parent = nullptr);

    void setList(const SeedListSettings& list);
    const SeedListSettings& list() const { return m_list; }
    void setKeyringAvailable(bool available) { m_keyring = available; }
    void setRunning(bool running);

    // Adds a seed (or replaces the one of the same name) as the Add dialog does.
    void addSeed(const SeedListEntry& entry, const QString& password);
    void setSubmission(const SeedSubmissionEntry& entry, const QString& password);
    void removeSeed(int row);
    void setWatchOnly(bool watch);

    QTableWidget* table() const { return m_table; }
    QLineEdit* tokenField() const { return m_token; }
    QString token() const;
    // The panel's controls in reading order, for the tab's Tab chain.
    QList<QWidget*> focusChain() const;

Q_SIGNALS:
    void listChanged();
    // A password typed in a dialog, for the keyring (or this run only): key from SeedListSettings.
    void passwordEntered(const QString& key, const QString& password);
    void passwordRemoved(const QString& key);

private:
    void refresh();
    void addWithDialog();
    void editWithDialog();
    void editSubmission();

    SeedListSettings m_list;
    bool m_keyring = true;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_submission;
    QPushButton* m_editSubmission;
    QCheckBox* m_watch;
    QLabel* m_tokenLabel;
    QLineEdit* m_token;
};
