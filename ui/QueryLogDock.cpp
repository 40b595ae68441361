#include "QueryLogDock.h"

#include "QueryLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

QueryLogDock::QueryLogDock(QueryLogModel* model, QWidget* parent)
    : QDockWidget(tr("Query log"), parent)
    , m_model(model) {
    setObjectName(QStringLiteral("queryLogDock"));
    auto* logPanel = new QWidget(this);
    m_filter = new QLineEdit(logPanel);
    m_filter->setObjectName(QStringLiteral("queryLogFilter"));
    m_filter->setPlaceholderText(tr("Filter: a name, a type, an outcome (timeout, NXDOMAIN…), a server"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the query log"));
    // Sorting by ms finds the slow server; filtering by an outcome word finds the failures.
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView(logPanel);
    m_view->setObjectName(QStringLiteral("queryLogView"));
    m_view->setAccessibleName(tr("Query log"));
    m_view->setModel(m_proxy);
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueryLogModel::Sequence, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QueryLogModel::Name, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    auto* logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(2);
    logLayout->addWidget(m_filter);
    logLayout->addWidget(m_view);
    setWidget(logPanel);

    // The log is evidence to pass on: as text for a ticket, or as the JSON the CLI prints.
    auto* copyRows = new QAction(tr("&Copy selected queries"), m_view);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRows, &QAction::triggered, this, &QueryLogDock::copySelectedRows);
    auto* copyJson = new QAction(tr("Copy the whole log as &JSON"), m_view);
    connect(copyJson, &QAction::triggered, this, &QueryLogDock::copyAsJson);
    m_view->addAction(copyRows);
    m_view->addAction(copyJson);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Follow the newest query while the user has not scrolled away from the end.
    auto atEnd = std::make_shared<bool>(true);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, atEnd] {
        const QScrollBar* bar = m_view->verticalScrollBar();
        *atEnd = bar->value() == bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, atEnd] {
        if (*atEnd)
            m_view->scrollToBottom();
        updateTitle();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueryLogDock::updateTitle);
}

void QueryLogDock::refreshView() {
    m_view->viewport()->update();
}

void QueryLogDock::copySelectedRows() {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end()); // in the order shown
    QStringList lines;
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int column = 0; column < QueryLogModel::ColumnCount; ++column)
            cells << m_model->index(m_proxy->mapToSource(row).row(), column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    Q_EMIT statusMessage(tr("Queries copied."), 5000);
}

void QueryLogDock::copyAsJson() {
    QJsonArray queries;
    for (int row = 0; row < m_model->rowCount(); ++row)
        queries.append(m_model->entry(row).toJson());
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(queries).toJson(QJsonDocument::Indented)));
    Q_EMIT statusMessage(tr("Query log copied as JSON (the \"queries\" array of the CLI's output)."), 5000);
}

void QueryLogDock::updateTitle() {
    const int rows = m_model->rowCount();
    const int failed = m_model->failureCount();
    if (rows == 0)
        setWindowTitle(tr("Query log"));
    else if (failed == 0)
        setWindowTitle(tr("Query log — queries: %1").arg(rows));
    else
        setWindowTitle(tr("Query log — queries: %1, failed or cut short: %2").arg(rows).arg(failed));
}
