#pragma once
// Adds or edits one seed mailbox of the Deliverability tab: name, IMAP server, TLS mode, user,
// address, and the password in a password field. With a keyring the password goes there (empty
// while editing: keep the stored one); without one, the dialog says it is kept for this run only.

#include "SeedListSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

class SeedAccountDialog : public QDialog {
    Q_OBJECT
public:
    // takenNames: the other seeds' names (a name is unique); editing: the password may stay empty.
    SeedAccountDialog(const SeedListEntry& entry, const QStringList& takenNames, bool editing,
                      bool keyringAvailable, QWidget* parent = nullptr);

    SeedListEntry entry() const;
    QString password() const;
    QLineEdit* passwordField() const { return m_password; }
    // The first problem with the fields ("" when they can be accepted).
    QString problem() const;

    void accept() override;

private:
    QStringList m_taken;
    bool m_editing;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_tls;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_address;
    QLabel* m_problem;
};
