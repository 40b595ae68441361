#pragma once
// Key generation dialog: selector, key type and output folder; generates the pair off the UI
// thread, writes the private key (0600) and shows the record to publish (BIND and Terraform) with
// the rotation plan.

#include "dkim/DkimKeyGenerator.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class DkimKeyGenDialog : public QDialog {
    Q_OBJECT
public:
    explicit DkimKeyGenDialog(const QString& domain, QWidget* parent = nullptr);
    void generate(); // the Generate button
    QString output() const;

Q_SIGNALS:
    void generated();

private:
    QLineEdit* m_domain;
    QLineEdit* m_selector;
    QComboBox* m_type;
    QLineEdit* m_folder;
    QPushButton* m_generate;
    QPlainTextEdit* m_output;
};
