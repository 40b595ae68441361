// HistoryDatabase: WAL, per-thread connections, ordered per-component migrations.
#include "history/HistoryDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#define VERIFY_EXPECTED(e) QVERIFY2((e).has_value(), (e).has_value() ? "" : qPrintable((e).error()))

class TestHistoryDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensInWalMode();
    void migratesInOrderOnce();
    void refusesGapsAndRollsBackFailures();
    void connectionPerThread();

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

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_historydatabase.moc"
