// HistoryDatabase: WAL, per-thread connections (each opened, used and closed by its own thread),
// ordered per-component migrations.
#include "SqlThreadCheck.h"
#include "history/HistoryDatabase.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <future>

#define VERIFY_EXPECTED(e) QVERIFY2((e).has_value(), (e).has_value() ? "" : qPrintable((e).error()))

class TestHistoryDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensInWalMode();
    void migratesInOrderOnce();
    void refusesGapsAndRollsBackFailures();
    void connectionPerThread();
    void poolThreadsCloseTheirOwnConnections();
    void orphanedConnectionClosedAtNextUse();
    void mainThreadClosesItsOrphanOnItsEventLoop();

private:
    QTemporaryDir m_dir;
};

void TestHistoryDatabase::opensInWalMode() {
    auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("sub/wal.sqlite")));
    VERIFY_EXPECTED(db);
    auto c = (*db)->connection();
    QVERIFY(c.has_value());
    QSqlQuery q(*c);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
}

void TestHistoryDatabase::migratesInOrderOnce() {
    auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.has_value());
    const QList<HistoryMigration> v1{
        {1, QStringLiteral("t"), {QStringLiteral("CREATE TABLE t (a INTEGER)")}}};
    QVERIFY((*db)->migrate(QStringLiteral("test"), v1).has_value());
    QCOMPARE((*db)->schemaVersion(QStringLiteral("test")), 1);
    // Again: nothing to do (CREATE TABLE would fail if re-run).
    QVERIFY((*db)->migrate(QStringLiteral("test"), v1).has_value());
    QList<HistoryMigration> v2 = v1;
    v2.append({2, QStringLiteral("b"), {QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT")}});
    QVERIFY((*db)->migrate(QStringLiteral("test"), v2).has_value());
    QCOMPARE((*db)->schemaVersion(QStringLiteral("test")), 2);
    QCOMPARE((*db)->schemaVersion(QStringLiteral("other")), 0);

    // Reopened from disk: still at 2.
    const QString path = (*db)->path();
    db->reset();
    auto again = HistoryDatabase::open(path);
    QVERIFY(again.has_value());
    QCOMPARE((*again)->schemaVersion(QStringLiteral("test")), 2);
}

void TestHistoryDatabase::refusesGapsAndRollsBackFailures() {
    auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("g.sqlite")));
    QVERIFY(db.has_value());
    const QList<HistoryMigration> gap{{2, QStringLiteral("gap"), {QStringLiteral("CREATE TABLE g (a)")}}};
    const auto gapResult = (*db)->migrate(QStringLiteral("gap"), gap);
    QVERIFY(!gapResult.has_value());
    QVERIFY(gapResult.error().contains(QStringLiteral("gap")));

    const QList<HistoryMigration> bad{
        {1,
         QStringLiteral("half"),
         {QStringLiteral("CREATE TABLE half (a)"), QStringLiteral("THIS IS NOT SQL")}}};
    QVERIFY(!(*db)->migrate(QStringLiteral("bad"), bad).has_value());
    QCOMPARE((*db)->schemaVersion(QStringLiteral("bad")), 0);
    QSqlQuery q(*(*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the first statement was rolled back too
}

void TestHistoryDatabase::connectionPerThread() {
    auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.has_value());
    const QString mine = (*db)->connection()->connectionName();
    QString theirs;
    bool wrote = false;
    auto history = *db;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto c = history->connection();
        if (!c)
            return;
        theirs = c->connectionName();
        QSqlQuery q(*c);
        wrote = q.exec(QStringLiteral("CREATE TABLE from_thread (a)"));
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(wrote);
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    // The thread's connection went with the thread (pool threads expire; their handles must not pile up).
    QVERIFY(!QSqlDatabase::connectionNames().contains(theirs));
    QVERIFY(QSqlDatabase::connectionNames().contains(mine));
    QSqlQuery q(*(*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM from_thread")));
}

namespace {
// Runs f on one of the pool's threads and waits for it. (QFuture::result() would not do: it runs a
// task still queued on the waiting thread itself.)
template <typename F> auto onPool(QThreadPool& pool, F f) {
    auto promise = std::make_shared<std::promise<decltype(f())>>();
    auto result = promise->get_future();
    pool.start([promise, f = std::move(f)]() mutable { promise->set_value(f()); });
    return result.get();
}

QStringList connectionsOf(const QString& someConnection) {
    // "mailsight-history-<database>-<thread>": every thread's connection to that database.
    const QString prefix = someConnection.left(someConnection.lastIndexOf(QLatin1Char('-')) + 1);
    QStringList names = QSqlDatabase::connectionNames().filter(prefix);
    names.sort();
    return names;
}
} // namespace

void TestHistoryDatabase::poolThreadsCloseTheirOwnConnections() {
    // What the Reports tab and the audits do: a database opened on the main thread, written from
    // pool threads, then dropped on the main thread while the pool threads live on.
    QTest::failOnWarning(SqlThreadCheck::pattern());
    auto pool = std::make_unique<QThreadPool>();
    pool->setMaxThreadCount(4);
    auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("pool.sqlite")));
    VERIFY_EXPECTED(db);
    const QString main = (*db)->connection()->connectionName();
    QSqlQuery(*(*db)->connection()).exec(QStringLiteral("CREATE TABLE rows (thread TEXT)"));
    QSemaphore done;
    std::atomic_int written{0};
    for (int i = 0; i < 32; ++i)
        // (A plain pointer: the test holds the database, and no task's copy may outlive the task.)
        pool->start([history = db->get(), &done, &written] {
            if (auto c = history->connection()) {
                QSqlQuery q(*c);
                q.prepare(QStringLiteral("INSERT INTO rows VALUES (?)"));
                q.addBindValue(c->connectionName());
                written += q.exec() ? 1 : 0;
            }
            done.release();
        });
    done.acquire(32);
    QCOMPARE(written.load(), 32);
    QSqlQuery count(*(*db)->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT thread) FROM rows")) && count.next());
    QCOMPARE(count.value(0).toInt(), 32);
    const int poolConnections = count.value(1).toInt();
    QVERIFY(poolConnections >= 1 && poolConnections <= 4);
    count = QSqlQuery();
    QCOMPARE(connectionsOf(main).size(), poolConnections + 1);

    // Dropped here: only this thread's connection can be closed now (without a warning).
    db->reset();
    QStringList left = connectionsOf(main);
    QVERIFY(!left.contains(main));
    QCOMPARE(left.size(), poolConnections);
    // The pool's threads end and close theirs, each on its own thread.
    pool.reset();
    QCOMPARE(connectionsOf(main), QStringList());
}

void TestHistoryDatabase::orphanedConnectionClosedAtNextUse() {
    QTest::failOnWarning(SqlThreadCheck::pattern());
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    pool.setExpiryTimeout(-1); // the one thread lives on
    auto first = HistoryDatabase::open(m_dir.filePath(QStringLiteral("first.sqlite")));
    VERIFY_EXPECTED(first);
    const QString main = (*first)->connection()->connectionName();
    const QString worker =
        onPool(pool, [history = first->get()] { return history->connection()->connectionName(); });
    QStringList both{main, worker};
    both.sort();
    QCOMPARE(connectionsOf(main), both);
    first->reset();
    QCOMPARE(connectionsOf(main), QStringList{worker});
    // The same thread opens another database: the orphan goes first.
    auto second = HistoryDatabase::open(m_dir.filePath(QStringLiteral("second.sqlite")));
    VERIFY_EXPECTED(second);
    QVERIFY(onPool(pool, [history = second->get()] { return history->connection().has_value(); }));
    QCOMPARE(connectionsOf(main), QStringList());
    second->reset();
    pool.waitForDone();
}

void TestHistoryDatabase::mainThreadClosesItsOrphanOnItsEventLoop() {
    // A database whose last holder is a pool thread: the main thread's connection is closed by
    // the main thread, at its next event loop pass.
    QTest::failOnWarning(SqlThreadCheck::pattern());
    QThreadPool pool;
    auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("last.sqlite")));
    VERIFY_EXPECTED(db);
    const QString main = (*db)->connection()->connectionName();
    auto last = std::move(*db);
    QVERIFY(onPool(pool, [history = std::move(last)]() mutable {
        const bool used = history->connection().has_value();
        history.reset(); // the last holder: destroyed here, on the pool thread
        return used;
    }));
    QVERIFY(connectionsOf(main).contains(main)); // not yet: only the main thread may close it
    QTRY_COMPARE(connectionsOf(main), QStringList());
}

MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_historydatabase.moc"
