#pragma once
// Edits the submission server (RFC 6409) through which the Deliverability tab sends its test
// message: host, port, TLS mode, user, password (in a password field) and the From address.

#include "SeedListSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class SubmissionServerDialog : public QDialog {
    Q_OBJECT
public:
    SubmissionServerDialog(const SeedSubmissionEntry& entry, bool keyringAvailable,
                           QWidget* parent = nullptr);

    SeedSubmissionEntry entry() const;
    QString password() const; // empty: keep the stored one
    QString problem() const;
    void accept() override;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_tls;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_from;
    QLabel* m_problem;
};
