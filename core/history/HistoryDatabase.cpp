#include "HistoryDatabase.h"

#include "HistorySqlDialect.h"
#include "ThreadConnections.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
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

QMutex s_passwordMutex;
HistoryDatabase::PasswordSource s_passwordSource;

std::optional<QString> passwordFor(const HistoryLocation& location) {
    HistoryDatabase::PasswordSource source;
    {
        const QMutexLocker lock(&s_passwordMutex);
        source = s_passwordSource;
    }
    if (!source)
        return std::nullopt;
    return source(location);
}

// libpq does not quote a password back, but a server's or driver's message is not ours to trust:
// a password found in it is masked. Shorter ones would mask ordinary words by chance; a password
// of three characters or fewer found in a message is no leak worth the garbled text.
QString masked(QString text, const std::optional<QString>& password) {
    if (password && password->size() > 3)
        text.replace(*password, QStringLiteral("•••"));
    return text;
}
} // namespace

void HistoryDatabase::setPasswordSource(PasswordSource source) {
    const QMutexLocker lock(&s_passwordMutex);
    s_passwordSource = std::move(source);
}

QString HistoryDatabase::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/mailsight.sqlite");
}

HistoryDatabase::HistoryDatabase(HistoryLocation location)
    : m_location(std::move(location))
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

std::expected<std::shared_ptr<HistoryDatabase>, QString> HistoryDatabase::open(const QString& location) {
    auto parsed = HistoryLocation::parse(location, defaultPath());
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!parsed->isPostgres()) {
        const QString folder = QFileInfo(parsed->path).absolutePath();
        if (!QDir().mkpath(folder))
            return std::unexpected(QStringLiteral("cannot create the folder %1").arg(folder));
    }
    std::shared_ptr<HistoryDatabase> db(new HistoryDatabase(*parsed));
    auto connection = db->connection();
    if (!connection)
        return std::unexpected(connection.error());
    const QString create = HistorySqlDialect::adapt(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, "
                       "version INTEGER NOT NULL, applied_at INTEGER NOT NULL)"),
        db->backend());
    // PostgreSQL: two processes creating the table at once collide in its catalog; the lock orders them.
    std::expected<void, QString> created;
    if (db->isPostgres()) {
        created = db->lockedTransaction(*connection, {create});
    } else if (QSqlQuery q(*connection); !q.exec(create)) {
        created = std::unexpected(q.lastError().text());
    }
    if (!created)
        return std::unexpected(
            QStringLiteral("cannot create schema_version in %1: %2").arg(db->path(), created.error()));
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
        return std::unexpected(sqlError(QStringLiteral("cannot open %1").arg(path()), db.lastError()));
    }
    mine.add(name, m_alive);
    return m_location.isPostgres() ? openPostgres(name) : openSqlite(name);
}

std::expected<QSqlDatabase, QString> HistoryDatabase::openSqlite(const QString& name) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_location.path);
    // Another thread or process (the CLI beside the GUI) may hold the write lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return std::unexpected(sqlError(QStringLiteral("cannot open %1").arg(path()), db.lastError()));
    QSqlQuery q(db);
    // WAL: readers (the dashboard) never block the writer (an import) and vice versa.
    // synchronous=NORMAL is durable across application crashes in WAL mode, and much faster.
    // Switching a new file to WAL needs it to itself: when another connection (a second process
    // opening the same new file) holds it, SQLite answers "database is locked" at once, without
    // its busy timeout. Wait until that connection has switched it (then the mode reads "wal").
    for (int attempt = 0;; ++attempt) {
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            break;
        const QString error = q.lastError().text();
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            break;
        if (attempt >= 200)
            return std::unexpected(QStringLiteral("PRAGMA journal_mode=WAL: %1").arg(error));
        QThread::msleep(50);
    }
    q.finish();
    const QStringList pragmas{QStringLiteral("PRAGMA synchronous=NORMAL"),
                              QStringLiteral("PRAGMA foreign_keys=ON"),
                              QStringLiteral("PRAGMA temp_store=MEMORY")};
    for (const QString& pragma : pragmas)
        if (!q.exec(pragma))
            return std::unexpected(sqlError(pragma, q.lastError()));
    return db;
}

std::expected<QSqlDatabase, QString> HistoryDatabase::openPostgres(const QString& name) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return std::unexpected(
            QStringLiteral("cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed "
                           "(Debian: apt install libqt6sql6-psql)")
                .arg(path()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setUserName(m_location.user);
    db.setDatabaseName(m_location.database);
    // The password: the source's (the GUI's keyring) if it has one, else libpq's PGPASSFILE /
    // ~/.pgpass / PGPASSWORD; never the URL (HistoryLocation).
    const std::optional<QString> password = passwordFor(m_location);
    if (password)
        db.setPassword(*password);
    QString options = m_location.connectOptions;
    if (!options.contains(QLatin1String("connect_timeout=")))
        options += QLatin1String(options.isEmpty() ? "" : ";") + QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options);
    if (!db.open())
        return std::unexpected(
            masked(sqlError(QStringLiteral("cannot connect to %1").arg(path()), db.lastError()), password));
    QSqlQuery q(db);
    // Times are stored as UTC text or epoch seconds; the session's zone must not leak into either.
    // "relation already exists, skipping" and the like are not for the user's terminal.
    if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")) ||
        !q.exec(QStringLiteral("SET client_min_messages = warning")))
        return std::unexpected(
            masked(sqlError(QStringLiteral("cannot set up the connection to %1").arg(path()), q.lastError()),
                   password));
    return db;
}

std::expected<void, QString> HistoryDatabase::beginWrite(QSqlDatabase& db) const {
    QSqlQuery q(db);
    if (!q.exec(m_location.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return std::unexpected(sqlError(QStringLiteral("cannot start a transaction"), q.lastError()));
    return {};
}

std::expected<void, QString> HistoryDatabase::lockedTransaction(QSqlDatabase& db,
                                                                const QStringList& statements) {
    if (auto begun = beginWrite(db); !begun)
        return begun;
    QSqlQuery q(db);
    // One lock for every migration of every Mailsight process on this database ('MSHI').
    if (m_location.isPostgres() && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1297303625)"))) {
        const QString error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(error);
    }
    for (const QString& statement : statements)
        if (!q.exec(statement)) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(error);
        }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(error);
    }
    return {};
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
    // BEGIN IMMEDIATE (SQLite) or the advisory lock (PostgreSQL) is taken first, so two processes
    // migrating at once serialise and the second sees the first one's version.
    const bool postgres = m_location.isPostgres();
    for (const HistoryMigration& migration : migrations) {
        QSqlQuery q(db);
        if (auto begun = beginWrite(db); !begun)
            return std::unexpected(QStringLiteral("cannot start migration: %1").arg(begun.error()));
        if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1297303625)"))) {
            const QString error = sqlError(QStringLiteral("cannot lock for migration"), q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(error);
        }
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
            if (!q.exec(HistorySqlDialect::adapt(statement, m_location.backend))) {
                const QString error = sqlError(QStringLiteral("%1 schema migration %2 (%3)")
                                                   .arg(component)
                                                   .arg(migration.version)
                                                   .arg(migration.description),
                                               q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return std::unexpected(error);
            }
        }
        q.prepare(
            postgres
                ? QStringLiteral("INSERT INTO schema_version (component, version, applied_at) VALUES "
                                 "(?, ?, EXTRACT(EPOCH FROM now())::bigint) ON CONFLICT (component) DO "
                                 "UPDATE SET version = excluded.version, applied_at = excluded.applied_at")
                : QStringLiteral("INSERT OR REPLACE INTO schema_version (component, version, applied_at) "
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
