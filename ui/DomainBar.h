#pragma once
// The top of the main window: the domain field (completing recent and demo domains), Audit,
// Cancel, the audit's progress, and below them a message about the domain (an invalid name, the
// A-labels an internationalized name is asked as) that takes no space while there is none.

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;

class DomainBar : public QWidget {
    Q_OBJECT
public:
    explicit DomainBar(QWidget* parent);

    QLineEdit* field() const { return m_edit; }
    void setCompletions(const QStringList& domains);
    // An error is shown with an icon, in red readable on the theme's background.
    void showMessage(const QString& text, bool error);
    // Shows the message again in the colours of the current theme.
    void applyTheme();
    // While running, Audit is disabled, Cancel enabled and the progress busy until setProgress().
    void setRunning(bool running);
    void setProgress(int done, int total);

Q_SIGNALS:
    // Enter in the field, or Audit.
    void auditRequested();
    void cancelRequested();

private:
    QLineEdit* m_edit = nullptr;
    QStringListModel* m_completions = nullptr;
    QPushButton* m_auditButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_messageRow = nullptr;
};
