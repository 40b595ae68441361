#pragma once
// Rows for one table written in multi-row INSERTs (`INSERT … VALUES (…), (…), …`), so that a copy
// of a million rows is a few thousand statements instead of a million round trips to the server.
// At most one statement's rows are held; add() writes them out when the statement is full, flush()
// writes the rest. Works on both history backends (both take up to 32766 bound values; a batch
// stays far below). An optional suffix (ON CONFLICT …) is appended to each statement.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <expected>
#include <optional>

class HistoryRowBatch {
public:
    HistoryRowBatch(QSqlDatabase db, QString table, QStringList columns, QString suffix = {});

    // values: one per column, in order.
    std::expected<void, QString> add(const QVariantList& values);
    std::expected<void, QString> flush();
    // Rows the database reported as written (an upsert whose WHERE refuses a row counts none).
    qint64 affected() const { return m_affected; }
    qint64 added() const { return m_added; }

private:
    QString statement(int rows) const;
    std::expected<void, QString> write(QSqlQuery& q, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    int m_rowsPerStatement = 1;
    QVariantList m_pending;
    int m_pendingRows = 0;
    std::optional<QSqlQuery> m_full; // prepared once for a full statement
    qint64 m_affected = 0;
    qint64 m_added = 0;
};
