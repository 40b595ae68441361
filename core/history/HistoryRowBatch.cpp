#include "HistoryRowBatch.h"

#include <QSqlError>

#include <algorithm>

namespace {
// Bound values per statement: enough to amortise the round trip, small enough to keep the
// statement text and the pending values small.
constexpr int ValuesPerStatement = 2000;
} // namespace

HistoryRowBatch::HistoryRowBatch(QSqlDatabase db, QString table, QStringList columns, QString suffix)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_suffix(std::move(suffix))
    , m_rowsPerStatement(std::max(1, ValuesPerStatement / int(std::max<qsizetype>(1, m_columns.size())))) {}

QString HistoryRowBatch::statement(int rows) const {
    const QString row = QLatin1Char('(') +
                        QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", ")));
    sql.reserve(sql.size() + rows * (row.size() + 1) + m_suffix.size() + 1);
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += QLatin1Char(',');
        sql += row;
    }
    if (!m_suffix.isEmpty())
        sql += QLatin1Char(' ') + m_suffix;
    return sql;
}

std::expected<void, QString> HistoryRowBatch::add(const QVariantList& values) {
    Q_ASSERT(values.size() == m_columns.size());
    m_pending += values;
    ++m_pendingRows;
    ++m_added;
    if (m_pendingRows < m_rowsPerStatement)
        return {};
    if (!m_full) {
        m_full.emplace(m_db);
        if (!m_full->prepare(statement(m_rowsPerStatement))) {
            const QString error = m_full->lastError().text();
            m_full.reset();
            return std::unexpected(QStringLiteral("cannot prepare the rows of %1: %2").arg(m_table, error));
        }
    }
    return write(*m_full, m_rowsPerStatement);
}

std::expected<void, QString> HistoryRowBatch::flush() {
    if (m_pendingRows == 0)
        return {};
    QSqlQuery q(m_db);
    if (!q.prepare(statement(m_pendingRows)))
        return std::unexpected(
            QStringLiteral("cannot prepare the rows of %1: %2").arg(m_table, q.lastError().text()));
    return write(q, m_pendingRows);
}

std::expected<void, QString> HistoryRowBatch::write(QSqlQuery& q, int rows) {
    for (const QVariant& v : std::as_const(m_pending))
        q.addBindValue(v);
    const bool ok = q.exec();
    m_pending.clear();
    m_pendingRows = 0;
    if (!ok)
        return std::unexpected(
            QStringLiteral("cannot write %1 rows into %2: %3").arg(rows).arg(m_table, q.lastError().text()));
    m_affected += std::max(0, q.numRowsAffected());
    q.finish();
    return {};
}
