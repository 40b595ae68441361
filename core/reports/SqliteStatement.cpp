#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

sqlite3* SqliteStatement::handle(const QSqlDatabase& db) {
    // As in QSqlDriver::handle()'s documentation: the QSQLITE driver hands out its sqlite3*.
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql)
    : m_db(db) {
    if (!m_db) {
        m_prepareError = QStringLiteral("database error: not an SQLite connection");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = failure();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::failure() const {
    return QStringLiteral("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqliteStatement::bind(int index, qint64 value) {
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString& value) {
    if (!m_statement)
        return;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    bindUtf8(index, value.toUtf8());
}

void SqliteStatement::bindUtf8(int index, QByteArrayView text) {
    // SQLite copies the bytes (SQLITE_TRANSIENT); a null pointer would bind NULL instead of ''.
    if (m_statement)
        sqlite3_bind_text64(m_statement, index, text.isEmpty() ? "" : text.data(),
                            sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindNull(int index) {
    if (m_statement)
        sqlite3_bind_null(m_statement, index);
}

std::expected<void, QString> SqliteStatement::run() {
    if (!m_statement)
        return std::unexpected(m_prepareError);
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        const QString error = failure();
        sqlite3_reset(m_statement);
        return std::unexpected(error);
    }
    sqlite3_reset(m_statement);
    return {};
}

qint64 SqliteStatement::lastInsertRowId() const {
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}
