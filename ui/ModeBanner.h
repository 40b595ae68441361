#pragma once
// The banner above the main window's tabs that says where the answers of an audit come from when
// that is not plain live DNS: staged zone files or Terraform plans, the demo (its domains are
// links that audit them), offline zone files; on first run it invites to the demo. Its button
// undoes the mode (close staged files, leave the demo) or opens what changes it.

#include <QFrame>

class AppSettings;
class QLabel;
class QPushButton;

class ModeBanner : public QFrame {
    Q_OBJECT
public:
    explicit ModeBanner(QWidget* parent);

    // Shows the mode of the next audit; hidden when there is nothing to say.
    void showMode(const QStringList& stagedFiles, bool demo, const AppSettings& settings);
    // Tool-tip colours of the current theme: they stand out from the window in every theme.
    void applyTheme();

Q_SIGNALS:
    void actionClicked();
    // A demo domain's link was activated.
    void domainActivated(const QString& domain);

private:
    QLabel* m_text = nullptr;
    QPushButton* m_action = nullptr;
};
