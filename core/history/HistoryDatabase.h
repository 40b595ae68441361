#pragma once
// The user's SQLite database (audit history, imported DMARC / TLS-RPT reports) over Qt Sql: opens
// it in WAL mode, gives each thread its own named connection, and applies each component's
// ordered migrations, recording them in `schema_version`.
//
// Qt Sql connections belong to the thread that opened them: only that thread may use, close or
// remove one. Each thread's connections are therefore listed per thread (ThreadConnections) and
// closed by that thread alone: when it ends, or after the database is destroyed. Destroying a
// HistoryDatabase closes the destroying thread's connection at once; the other threads' go when
// those threads end or next open a connection (the main thread's at its next event loop pass).
// Use, from any thread, while some thread holds the shared_ptr.

#include "HistoryMigration.h"

#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <memory>

class HistoryDatabase : public std::enable_shared_from_this<HistoryDatabase> {
public:
    // path empty: QStandardPaths::AppDataLocation/mailsight.sqlite. The folder is created.
    static std::expected<std::shared_ptr<HistoryDatabase>, QString> open(const QString& path = {});
    static QString defaultPath();

    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    QString path() const { return m_path; }

    // The connection of the calling thread (opened on first use with the pragmas applied). Qt Sql
    // connections must not cross threads, hence one per thread.
    std::expected<QSqlDatabase, QString> connection();

    // Brings `component` up to its last migration; migrations must be sorted by version from 1.
    std::expected<void, QString> migrate(const QString& component, const QList<HistoryMigration>& migrations);
    // The version a component is at (0: never migrated).
    int schemaVersion(const QString& component);

private:
    explicit HistoryDatabase(QString path);

    QString connectionName() const;

    QString m_path;
    QString m_connectionPrefix;
    // Alive as long as this database: the threads' lists watch it to close their orphaned connections.
    std::shared_ptr<const int> m_alive = std::make_shared<const int>(0);
};
