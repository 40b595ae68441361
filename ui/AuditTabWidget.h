#pragma once
// The tabs of the main window's checks. Adding a tab makes it keyboard friendly (Tab moves
// between controls, never through a table's cells); Ctrl+1…9 and Ctrl+PgDown/PgUp move between
// tabs; the splitters inside the tabs and the current tab are kept in the settings.

#include <QList>
#include <QTabWidget>

#include <utility>

class AppSettings;
class AuditTab;
class QSplitter;

class AuditTabWidget : public QTabWidget {
    Q_OBJECT
public:
    explicit AuditTabWidget(QWidget* parent);

    void addAuditTab(AuditTab* tab);
    const QList<AuditTab*>& auditTabs() const { return m_auditTabs; }
    // Ctrl+1…9 go to a tab, Ctrl+PgDown/PgUp to the next/previous, anywhere in window.
    void installShortcuts(QWidget* window);

    void restoreLayout(const AppSettings& settings);
    void saveLayout(AppSettings& settings) const;

private:
    QList<std::pair<QString, QSplitter*>> splitters() const;

    QList<AuditTab*> m_auditTabs;
};
