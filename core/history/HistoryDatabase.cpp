#include "HistoryDatabase.h"

#include "ThreadConnections.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

namespace {
QAtomicInteger<quint64> s_instanceCounter;

QString sqlError(const QString& what, const QSqlError& error) {
    return QStringLiteral("%1: %2").arg(what, error.text());
}
} // namespace

QString HistoryDatabase::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/mailsight.sqlite");
}

HistoryDatabase::HistoryDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(
          QStringLiteral("mailsight-history-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1))) {}

HistoryDatabase::~HistoryDatabase() {
    // This thread's connection now; another thread's only by that thread (see the header).
    if (ThreadConnections* mine = ThreadConnections::existing())
        mine->close(connectionName());
    m_alive.reset();
    QCoreApplication* app = QCoreApplication::instance();
    if (app && app->thread() != QThread::currentThread())
        QMetaObject::invokeMethod(
            app,
            [] {
                if (ThreadConnections* main = ThreadConnections::existing())
                    main->closeOrphans();
            },
            Qt::QueuedConnection);
}

std::expected<std::shared_ptr<HistoryDatabase>, QString> HistoryDatabase::open(const QString& path) {
    const QString file = path.isEmpty() ? defaultPath() : path;
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return std::unexpected(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    std::shared_ptr<HistoryDatabase> db(new HistoryDatabase(info.absoluteFilePath()));
    auto connection = db->connection();
    if (!connection)
        return std::unexpected(connection.error());
    QSqlQuery q(*connection);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, "
                               "version INTEGER NOT NULL, applied_at INTEGER NOT NULL)")))
        return std::unexpected(
            sqlError(QStringLiteral("cannot create schema_version in %1").arg(file), q.lastError()));
    return db;
}

namespace {
// A number per thread for its whole life: a QThread address can be reused by a later thread (pool
// threads expire), and a connection must never pass to another thread.
std::atomic<quint64> s_threadCounter{0};
thread_local const quint64 t_threadNumber = ++s_threadCounter;
} // namespace

QString HistoryDatabase::connectionName() const {
    return m_connectionPrefix + QString::number(t_threadNumber);
}

std::expected<QSqlDatabase, QString> HistoryDatabase::connection() {
    ThreadConnections& mine = ThreadConnections::current();
    mine.closeOrphans();
    const QString name = connectionName();
    if (mine.contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, true);
        if (db.isOpen())
            return db;
        return std::unexpected(sqlError(QStringLiteral("cannot open %1").arg(m_path), db.lastError()));
    }
    mine.add(name, m_alive);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Another thread or process (the CLI beside the GUI) may hold the write lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return std::unexpected(sqlError(QStringLiteral("cannot open %1").arg(m_path), db.lastError()));
    QSqlQuery q(db);
    // WAL: readers (the dashboard) never block the writer (an import) and vice versa.
    // synchronous=NORMAL is durable across application crashes in WAL mode, and much faster.
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY")};
    for (const QString& pragma : pragmas)
        if (!q.exec(pragma))
            return std::unexpected(sqlError(pragma, q.lastError()));
    return db;
}

int HistoryDatabase::schemaVersion(const QString& component) {
    auto db = connection();
    if (!db)
        return 0;
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT version FROM schema_version WHERE component = ?"));
    q.addBindValue(component);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

std::expected<void, QString> HistoryDatabase::migrate(const QString& component,
                                                      const QList<HistoryMigration>& migrations) {
    auto connectionResult = connection();
    if (!connectionResult)
        return std::unexpected(connectionResult.error());
    QSqlDatabase db = *connectionResult;
    // Already there (the usual case): no write lock taken.
    if (migrations.isEmpty() || schemaVersion(component) >= migrations.constLast().version)
        return {};
    // BEGIN IMMEDIATE takes the write lock first, so two processes migrating at once serialise and
    // the second sees the first one's version.
    for (const HistoryMigration& migration : migrations) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(sqlError(QStringLiteral("cannot start migration"), q.lastError()));
        q.prepare(QStringLiteral("SELECT version FROM schema_version WHERE component = ?"));
        q.addBindValue(component);
        int current = 0;
        if (q.exec() && q.next())
            current = q.value(0).toInt();
        q.finish();
        if (current >= migration.version) {
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        if (migration.version != current + 1) {
            q.exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(QStringLiteral("%1 schema: migration %2 follows version %3 (gap)")
                                       .arg(component)
                                       .arg(migration.version)
                                       .arg(current));
        }
        for (const QString& statement : migration.statements) {
            if (!q.exec(statement)) {
                const QString error = sqlError(QStringLiteral("%1 schema migration %2 (%3)")
                                                   .arg(component)
                                                   .arg(migration.version)
                                                   .arg(migration.description),
                                               q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return std::unexpected(error);
            }
        }
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO schema_version (component, version, applied_at) "
                                 "VALUES (?, ?, strftime('%s','now'))"));
        q.addBindValue(component);
        q.addBindValue(migration.version);
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
            const QString error =
                sqlError(QStringLiteral("cannot record %1 schema version").arg(component), q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(error);
        }
    }
    return {};
}
