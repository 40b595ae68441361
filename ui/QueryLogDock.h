#pragma once
// The main window's query log: every DNS query of the running or last audit, filterable by any
// word (a name, a type, an outcome, a server) and sortable, following the newest query while the
// user has not scrolled away. Rows are copied as text for a ticket, or the whole log as the JSON
// the CLI prints. The title counts the queries and the failed ones.

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QueryLogModel;

class QueryLogDock : public QDockWidget {
    Q_OBJECT
public:
    QueryLogDock(QueryLogModel* model, QWidget* parent);

    // Repaints the table (its colours come from the theme).
    void refreshView();

Q_SIGNALS:
    // A line for the status bar, shown for timeoutMs.
    void statusMessage(const QString& message, int timeoutMs);

private:
    void copySelectedRows();
    void copyAsJson();
    void updateTitle();

    QueryLogModel* m_model;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
};
