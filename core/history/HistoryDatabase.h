#pragma once
// The history database (audit history, seed runs, imported DMARC / TLS-RPT reports) over Qt Sql:
// the user's SQLite file (in WAL mode) or a shared PostgreSQL database (HistoryLocation). Gives
// each thread its own named connection and applies each component's ordered migrations (written
// once, adapted per backend by HistorySqlDialect), recording them in `schema_version`.
//
// Qt Sql connections belong to the thread that opened them: only that thread may use, close or
// remove one. Each thread's connections are therefore listed per thread (ThreadConnections) and
// closed by that thread alone: when it ends, or after the database is destroyed. Destroying a
// HistoryDatabase closes the destroying thread's connection at once; the other threads' go when
// those threads end or next open a connection (the main thread's at its next event loop pass).
// Use, from any thread, while some thread holds the shared_ptr.

#include "HistoryLocation.h"
#include "HistoryMigration.h"

#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <functional>
#include <memory>
#include <optional>

class HistoryDatabase : public std::enable_shared_from_this<HistoryDatabase> {
public:
    // location: a file (empty: QStandardPaths::AppDataLocation/mailsight.sqlite; the folder is
    // created), "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB" (see HistoryLocation).
    static std::expected<std::shared_ptr<HistoryDatabase>, QString> open(const QString& location = {});
    static QString defaultPath();

    // Where a PostgreSQL password comes from besides libpq's usual places: the GUI gives the one
    // typed in Settings or kept in the keyring. Asked each time a connection is opened (on the
    // opening thread, so it must be thread-safe); nullopt leaves libpq to PGPASSFILE, ~/.pgpass
    // and PGPASSWORD. Process-wide; an empty function removes it. The password goes only to the
    // driver: never into an error text (one that would quote it gets it masked).
    using PasswordSource = std::function<std::optional<QString>(const HistoryLocation&)>;
    static void setPasswordSource(PasswordSource source);

    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    // The SQLite file, or the PostgreSQL URL without secrets: for messages.
    QString path() const { return m_location.display(); }
    HistoryLocation::Backend backend() const { return m_location.backend; }
    bool isPostgres() const { return m_location.isPostgres(); }
    // Starts a write transaction on db that serialises writers from the start (SQLite's BEGIN
    // IMMEDIATE; PostgreSQL's BEGIN, rows locked as they are written).
    std::expected<void, QString> beginWrite(QSqlDatabase& db) const;

    // The connection of the calling thread (opened on first use with the pragmas applied). Qt Sql
    // connections must not cross threads, hence one per thread.
    std::expected<QSqlDatabase, QString> connection();

    // Brings `component` up to its last migration; migrations must be sorted by version from 1.
    std::expected<void, QString> migrate(const QString& component, const QList<HistoryMigration>& migrations);
    // The version a component is at (0: never migrated).
    int schemaVersion(const QString& component);

private:
    explicit HistoryDatabase(HistoryLocation location);

    QString connectionName() const;
    std::expected<QSqlDatabase, QString> openSqlite(const QString& name);
    std::expected<QSqlDatabase, QString> openPostgres(const QString& name);
    // Runs statements in one transaction that holds the migration lock (PostgreSQL: an advisory
    // lock, so that two processes creating tables at once serialise).
    std::expected<void, QString> lockedTransaction(QSqlDatabase& db, const QStringList& statements);

    HistoryLocation m_location;
    QString m_connectionPrefix;
    // Alive as long as this database: the threads' lists watch it to close their orphaned connections.
    std::shared_ptr<const int> m_alive = std::make_shared<const int>(0);
};
