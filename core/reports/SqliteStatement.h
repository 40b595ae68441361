#pragma once
// One prepared SQLite statement on the connection behind a Qt SQLITE connection, bound and run
// through SQLite's C API. For the import's per-row inserts: Qt Sql converts every bound value
// through QVariant on every exec(), which cost more than SQLite's own work at 100,000 rows.
// Statements run in the connection's current transaction (and savepoints), like Qt's. This needs
// the QSQLITE plugin to use the same SQLite library as this program (Debian's libqt6sql6-sqlite
// links the system libsqlite3.so.0, as mailsight_core does); handle() refuses any other driver.

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <expected>

struct sqlite3;
struct sqlite3_stmt;

class SqliteStatement {
public:
    // The sqlite3 connection of db (QSQLITE driver), or nullptr for any other driver.
    static sqlite3* handle(const QSqlDatabase& db);

    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Why preparing failed ("database error: ..."), or empty.
    const QString& prepareError() const { return m_prepareError; }

    // Parameters are numbered from 1 and keep their value across run() until bound again.
    void bind(int index, qint64 value);
    void bind(int index, const QString& value);    // a null QString is NULL, an empty one ''
    void bindUtf8(int index, QByteArrayView text); // never NULL
    void bindNull(int index);

    // Runs the statement to its end and makes it ready to run again.
    std::expected<void, QString> run();
    qint64 lastInsertRowId() const;

private:
    QString failure() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_prepareError;
};
