// The history store on both backends (issue #19): the same tests against an SQLite file and a
// real PostgreSQL 15 (tests/pg/pg-fixture.sh; each test function gets a database of its own).
// Covered: where the store is (HistoryLocation: URLs, a password in a URL refused without being
// echoed), the dialect rewrites, migrations (in order, once, a gap refused, a failing step rolled
// back, two openers at once), audits with DKIM key ages (the upsert keeps the earliest sighting
// whatever the order), seed runs, alert state (upserts), writers on several threads at once, a
// reader beside a writer (audits whole or absent), and the CLI's --database with an audit compared
// against the one stored before it. DMARC and TLS-RPT reports on both backends: tests/reports
// (their *_pg copies).
#include "TestStore.h"
#include "TestSupport.h"
#include "audit/AuditReport.h"
#include "history/AuditHistory.h"
#include "history/HistoryDatabase.h"
#include "history/HistorySqlDialect.h"
#include "history/SeedHistory.h"
#include "monitor/AlertStore.h"
#include "reports/ReportImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>

using namespace Qt::StringLiterals;

namespace {
QString errorOf(const auto& e) {
    return e ? QString() : e.error();
}

} // namespace

class TestHistoryBackends : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    // A fresh, empty store of the backend the current data row names.
    QString freshStore() {
        QFETCH_GLOBAL(QString, backend);
        ++m_databases;
        if (backend == "sqlite"_L1)
            return u"sqlite:"_s + m_dir.filePath(u"h%1.sqlite"_s.arg(m_databases));
        return TestStore::freshPostgres();
    }

    static AuditReport report(const QString& domain, const QDateTime& at, const QString& fingerprint) {
        AuditReport r;
        r.domain = domain;
        r.startedAt = at;
        r.finishedAt = at.addSecs(2);
        r.grade = u"B"_s;
        r.resolver = u"test"_s;
        r.checks.insert(u"dkim"_s,
                        QJsonObject{{u"selectors"_s, QJsonArray{QJsonObject{{u"selector"_s, u"s1"_s},
                                                                            {u"found"_s, true},
                                                                            {u"fingerprint"_s, fingerprint},
                                                                            {u"keyType"_s, u"rsa"_s},
                                                                            {u"keyBits"_s, 2048}}}}});
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void initTestCase_data() {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        // In CTest the fixture is there, and a missing one fails the PostgreSQL rows.
        if (!qEnvironmentVariableIsEmpty("MAILSIGHT_PG_URL_FILE"))
            QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void fixtureIsReachable() {
        QFETCH_GLOBAL(QString, backend);
        if (backend == "postgresql"_L1)
            QVERIFY2(!TestStore::fixtureUrl().isEmpty(), "no URL from the PostgreSQL fixture");
        auto db = HistoryDatabase::open(freshStore());
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        QCOMPARE((*db)->isPostgres(), backend == "postgresql"_L1);
    }

    void locations() {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            return; // backend-independent
        const auto file = HistoryLocation::parse(u"sqlite:/tmp/x/h.sqlite"_s, u"/d.sqlite"_s);
        QVERIFY(file && !file->isPostgres() && file->path == "/tmp/x/h.sqlite"_L1);
        QCOMPARE(HistoryLocation::parse({}, u"/d.sqlite"_s)->path, u"/d.sqlite"_s);
        const auto pg = HistoryLocation::parse(
            u"postgresql://team@db.example.com:6543/mail?sslmode=verify-full&connect_timeout=5"_s, {});
        QVERIFY2(pg.has_value(), qPrintable(errorOf(pg)));
        QVERIFY(pg->isPostgres());
        QCOMPARE(pg->host, u"db.example.com"_s);
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->user, u"team"_s);
        QCOMPARE(pg->database, u"mail"_s);
        QCOMPARE(pg->connectOptions, u"sslmode=verify-full;connect_timeout=5"_s);
        QCOMPARE(HistoryLocation::parse(u"postgres://db.example.com/mail"_s, {})->port, 5432);
        // A password in the URL is refused, and never repeated in the message.
        for (const QString& bad :
             {u"postgresql://team:S3cretPw@db.example.com/mail"_s,
              u"postgresql://team@db.example.com/mail?password=S3cretPw"_s,
              u"postgresql://team:S3cretPw@db example.com/mail"_s}) { // invalid: not quoted back
            const auto refused = HistoryLocation::parse(bad, {});
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(u"PGPASSFILE"_s), qPrintable(refused.error()));
            QVERIFY(!refused.error().contains(u"S3cretPw"_s));
        }
        QVERIFY(!HistoryLocation::parse(u"postgresql://db.example.com/"_s, {}));
        QVERIFY(!HistoryLocation::parse(u"postgresql:///mail"_s, {}));
        QVERIFY(!HistoryLocation::parse(u"postgresql://db.example.com/mail?host=evil"_s, {}));
        const auto scheme = HistoryLocation::parse(u"mysql://u:S3cretPw@db.example.com/mail"_s, {});
        QVERIFY(!scheme); // not a file to create
        QVERIFY2(scheme.error().contains(u"mysql://"_s) && !scheme.error().contains(u"S3cretPw"_s),
                 qPrintable(scheme.error()));
        QVERIFY(!pg->display().contains(u"S3cretPw"_s));
    }

    void dialect() {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            return;
        const QString ddl = u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n INTEGER NOT NULL, "
                            u"x REAL, b BLOB, PRIMARY KEY (n)) WITHOUT ROWID"_s;
        QCOMPARE(HistorySqlDialect::adapt(ddl, HistoryLocation::Backend::Sqlite), ddl);
        QCOMPARE(
            HistorySqlDialect::adapt(ddl, HistoryLocation::Backend::Postgres),
            u"CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT NOT NULL, "
            u"x DOUBLE PRECISION, b BYTEA, PRIMARY KEY (n))"_s);
    }

    void migrations() {
        auto db = HistoryDatabase::open(freshStore());
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        const QList<HistoryMigration> v1{{1, u"t"_s, {u"CREATE TABLE t (a INTEGER, at INTEGER)"_s}}};
        QVERIFY2((*db)->migrate(u"test"_s, v1).has_value(),
                 qPrintable(errorOf((*db)->migrate(u"test"_s, v1))));
        QVERIFY((*db)->migrate(u"test"_s, v1).has_value()); // again: nothing to do
        QCOMPARE((*db)->schemaVersion(u"test"_s), 1);
        // 64-bit integers (epoch milliseconds) fit on both backends.
        auto c = (*db)->connection();
        QVERIFY(c.has_value());
        QSqlQuery q(*c);
        q.prepare(u"INSERT INTO t (a, at) VALUES (?, ?)"_s);
        q.addBindValue(1);
        q.addBindValue(qint64(4102444800123));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // A gap is refused; a failing step leaves the version and the tables as they were.
        QList<HistoryMigration> gap = v1;
        gap.append({3, u"gap"_s, {u"CREATE TABLE g (a INTEGER)"_s}});
        QVERIFY(!(*db)->migrate(u"test"_s, gap).has_value());
        QList<HistoryMigration> failing = v1;
        failing.append({2, u"fails"_s, {u"CREATE TABLE u (a INTEGER)"_s, u"CREATE TABLE t (a INTEGER)"_s}});
        QVERIFY(!(*db)->migrate(u"test"_s, failing).has_value());
        QCOMPARE((*db)->schemaVersion(u"test"_s), 1);
        QVERIFY(!QSqlQuery(*c).exec(u"SELECT * FROM u"_s)); // rolled back with its step
        // Two openers at once (two processes starting): both end at the last version.
        const QString store = freshStore();
        const QList<HistoryMigration> v2{{1, u"a"_s, {u"CREATE TABLE a (x INTEGER)"_s}},
                                         {2, u"b"_s, {u"CREATE TABLE b (x INTEGER)"_s}}};
        auto migrate = [&] {
            auto other = HistoryDatabase::open(store);
            if (!other)
                return other.error();
            auto done = (*other)->migrate(u"race"_s, v2);
            return done ? QString() : done.error();
        };
        auto first = std::async(std::launch::async, migrate);
        auto second = std::async(std::launch::async, migrate);
        const QString e1 = first.get();
        const QString e2 = second.get();
        QVERIFY2(e1.isEmpty() && e2.isEmpty(), qPrintable(e1 + u" / "_s + e2));
        QCOMPARE((*HistoryDatabase::open(store))->schemaVersion(u"race"_s), 2);
    }

    void auditsAndKeyAges() {
        auto db = HistoryDatabase::open(freshStore());
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        auto history = AuditHistory::open(*db);
        QVERIFY2(history.has_value(), qPrintable(errorOf(history)));
        const QDateTime t0(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
        // Stored out of order: the key's first sighting stays the earliest.
        AuditReport later = report(u"example.com"_s, t0.addDays(30), u"fp1"_s);
        AuditReport earlier = report(u"example.com"_s, t0, u"fp1"_s);
        later.findings << Finding{};
        later.findings.last().code = u"SPF-SOFTFAIL"_s;
        auto id1 = (*history)->store(later);
        QVERIFY2(id1.has_value(), qPrintable(errorOf(id1)));
        auto id2 = (*history)->store(earlier);
        QVERIFY2(id2.has_value(), qPrintable(errorOf(id2)));
        QVERIFY(*id2 > *id1);
        QCOMPARE((*history)->keyFirstSeen(u"example.com"_s).value(u"fp1"_s), t0);
        auto list = (*history)->list(u"example.com"_s);
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().id, *id1); // newest first
        auto loaded = (*history)->load(*id1);
        QVERIFY2(loaded.has_value(), qPrintable(errorOf(loaded)));
        QCOMPARE(loaded->domain, u"example.com"_s);
        QCOMPARE(loaded->findings.size(), 1);
        QString kind;
        auto base = (*history)->baseline(u"example.com"_s, u"last"_s, t0.addDays(31), &kind);
        QVERIFY(base.has_value() && base->has_value());
        QCOMPARE((*base)->id, *id1);
        auto trend = (*history)->quarterlyTrend({u"example.com"_s});
        QVERIFY(trend.has_value());
        QCOMPARE(trend->size(), 1);
    }

    void writersOnSeveralThreads() {
        auto db = HistoryDatabase::open(freshStore());
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        auto history = AuditHistory::open(*db);
        QVERIFY(history.has_value());
        const QDateTime t0(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        std::vector<std::future<QString>> writers;
        for (int w = 0; w < 4; ++w)
            writers.push_back(std::async(std::launch::async, [&, w] {
                for (int i = 0; i < 10; ++i) {
                    AuditReport r = report(u"w%1.example.com"_s.arg(w), t0.addSecs(i), u"shared-key"_s);
                    if (auto stored = (*history)->store(r); !stored)
                        return stored.error();
                }
                return QString();
            }));
        for (auto& w : writers) {
            const QString error = w.get();
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        auto all = (*history)->list();
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 40);
        QSet<qint64> ids;
        for (const auto& e : *all)
            ids.insert(e.id);
        QCOMPARE(ids.size(), 40);
    }

    void seedRuns() {
        auto db = HistoryDatabase::open(freshStore());
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        auto seeds = SeedHistory::open(*db);
        QVERIFY2(seeds.has_value(), qPrintable(errorOf(seeds)));
        SeedHistoryRun run;
        run.domain = u"example.com"_s;
        run.token = u"tok"_s;
        run.startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        run.sent = true;
        run.seeds = {{u"a"_s, SeedPlacement::Inbox, 12.5, u"INBOX"_s, {}},
                     {u"b"_s, SeedPlacement::Missing, -1, {}, {}}};
        auto id = (*seeds)->record(run);
        QVERIFY2(id.has_value(), qPrintable(errorOf(id)));
        auto back = (*seeds)->runs(u"example.com"_s, run.startedAt.addDays(-1), run.startedAt.addDays(1));
        QVERIFY2(back.has_value(), qPrintable(errorOf(back)));
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().startedAt, run.startedAt);
        QCOMPARE(back->first().seeds.size(), 2);
        QCOMPARE(back->first().seeds.at(0).seconds, 12.5);
        QCOMPARE(back->first().seeds.at(1).seconds, -1.0);
        QCOMPARE(back->first().seeds.at(1).placement, SeedPlacement::Missing);
        QCOMPARE((*seeds)->latestRuns()->size(), 1);
    }

    void alertState() {
        auto db = HistoryDatabase::open(freshStore());
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        auto alerts = AlertStore::open(*db);
        QVERIFY2(alerts.has_value(), qPrintable(errorOf(alerts)));
        QVERIFY((*alerts)->setEvaluatedAudit(u"example.com"_s, 3).has_value());
        QVERIFY((*alerts)->setEvaluatedAudit(u"example.com"_s, 7).has_value()); // an upsert
        QCOMPARE((*alerts)->evaluatedAudit(u"example.com"_s)->value_or(0), 7);
        // The open alert of a key is one row, updated in place.
        OpenAlert open;
        open.condition.domain = u"example.com"_s;
        open.condition.key = u"finding/SPF-SOFTFAIL"_s;
        open.condition.kind = u"finding"_s;
        open.fingerprint = u"f1"_s;
        open.firstSeen = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        open.lastSent = open.firstSeen;
        QVERIFY((*alerts)->save(u"example.com"_s, open, 3).has_value());
        open.fingerprint = u"f2"_s;
        open.lastSent = open.firstSeen.addSecs(3600);
        const auto saved = (*alerts)->save(u"example.com"_s, open, 7);
        QVERIFY2(saved.has_value(), qPrintable(errorOf(saved)));
        const auto opened = (*alerts)->openAlerts(u"example.com"_s);
        QVERIFY2(opened.has_value(), qPrintable(errorOf(opened)));
        QCOMPARE(opened->size(), 1);
        QCOMPARE(opened->value(open.condition.key).fingerprint, u"f2"_s);
        QCOMPARE(opened->value(open.condition.key).lastSent, open.lastSent);
    }

    // A reader while audits are written sees each audit whole or not at all: its findings are
    // stored in the audit's transaction (the "consistent view"). The reader loads every
    // audit it lists and compares its findings with the counts stored beside it.
    void readersSeeWholeAudits() {
        auto db = HistoryDatabase::open(freshStore());
        QVERIFY2(db.has_value(), qPrintable(errorOf(db)));
        auto history = AuditHistory::open(*db);
        QVERIFY(history.has_value());
        const QDateTime t0(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
        const int audits = 30;
        std::atomic_bool done = false;
        auto writer = std::async(std::launch::async, [&] {
            const auto finish = qScopeGuard([&] { done = true; });
            for (int i = 0; i < audits; ++i) {
                AuditReport r = report(u"consistent.example.com"_s, t0.addSecs(i), u"k"_s);
                for (int f = 0; f < 20 + i; ++f) {
                    Finding finding;
                    finding.code = u"SPF-SOFTFAIL"_s;
                    finding.severity = f % 3 == 0 ? Severity::Error : Severity::Warning;
                    finding.area = u"spf"_s;
                    r.findings << finding;
                }
                if (auto stored = (*history)->store(r); !stored)
                    return stored.error();
            }
            return QString();
        });
        auto reader = std::async(std::launch::async, [&] {
            int reads = 0;
            QSet<qint64> seen;
            while (!done || seen.size() < audits) {
                auto listed = (*history)->list(u"consistent.example.com"_s);
                if (!listed)
                    return listed.error();
                for (const AuditHistoryEntry& e : *listed) {
                    auto loaded = (*history)->load(e.id);
                    if (!loaded)
                        return loaded.error();
                    const int counted = e.errors + e.warnings + e.infos;
                    if (loaded->findings.size() != counted || counted < 20)
                        return u"audit %1: %2 findings read, %3 stored beside it"_s.arg(e.id)
                            .arg(loaded->findings.size())
                            .arg(counted);
                    seen.insert(e.id);
                }
                ++reads;
                if (done && seen.size() < audits && reads > 10000)
                    return u"only %1 of %2 audits listed"_s.arg(seen.size()).arg(audits);
            }
            return reads > 1 ? QString() : u"the reader never overlapped the writer"_s;
        });
        const QString written = writer.get();
        QVERIFY2(written.isEmpty(), qPrintable(written));
        const QString read = reader.get();
        QVERIFY2(read.isEmpty(), qPrintable(read));
    }

    // db migrate: an SQLite file into this row's store, twice (the second copies nothing), with a
    // key's sighting, a seed run and an alert baseline carried over; a source holding reports has
    // them copied too, or left behind with --skip-reports.
    void migrateCommand() {
        const QString source = m_dir.filePath(u"source%1.sqlite"_s.arg(++m_databases));
        {
            auto db = HistoryDatabase::open(source);
            QVERIFY(db.has_value());
            auto history = AuditHistory::open(*db);
            QVERIFY(history.has_value());
            const QDateTime t0(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
            AuditReport a = report(u"example.com"_s, t0, u"fp9"_s);
            AuditReport b = report(u"example.com"_s, t0.addDays(40), u"fp9"_s);
            QVERIFY((*history)->store(a).has_value());
            QVERIFY((*history)->store(b).has_value());
            auto seeds = SeedHistory::open(*db);
            QVERIFY(seeds.has_value());
            SeedHistoryRun run;
            run.domain = u"example.com"_s;
            run.token = u"t1"_s;
            run.startedAt = t0;
            run.seeds = {{u"a"_s, SeedPlacement::Spam, 3, u"Junk"_s, {}}};
            QVERIFY((*seeds)->record(run).has_value());
            auto alerts = AlertStore::open(*db);
            QVERIFY(alerts.has_value());
            QVERIFY((*alerts)->setEvaluatedAudit(u"example.com"_s, b.id).has_value());
        }
        const QString target = freshStore();
        for (int round = 0; round < 2; ++round) {
            const auto r = TestSupport::runCli({u"--format"_s, u"json"_s, u"db"_s, u"migrate"_s, u"--from"_s,
                                                u"sqlite:"_s + source, u"--to"_s, target});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject counts = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(counts.value(u"audits"_s).toInt(), round == 0 ? 2 : 0);
            QCOMPARE(counts.value(u"auditsPresent"_s).toInt(), round == 0 ? 0 : 2);
            QCOMPARE(counts.value(u"seedRuns"_s).toInt(), round == 0 ? 1 : 0);
        }
        auto copied = HistoryDatabase::open(target);
        QVERIFY2(copied.has_value(), qPrintable(errorOf(copied)));
        auto history = AuditHistory::open(*copied);
        QVERIFY(history.has_value());
        QCOMPARE((*history)->list(u"example.com"_s)->size(), 2);
        QCOMPARE((*history)->keyFirstSeen(u"example.com"_s).value(u"fp9"_s),
                 QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC));
        const qint64 newest = (*history)->list(u"example.com"_s)->first().id;
        auto alerts = AlertStore::open(*copied);
        QVERIFY(alerts.has_value());
        QCOMPARE((*alerts)->evaluatedAudit(u"example.com"_s)->value_or(0), newest); // the new id
        auto seeds = SeedHistory::open(*copied);
        QVERIFY(seeds.has_value());
        QCOMPARE((*seeds)->latestRuns()->first().seeds.first().placement, SeedPlacement::Spam);

        // Reports in the source (their schema): copied along (tst_storemigration has the rows), or
        // left where they are with --skip-reports.
        {
            auto db = HistoryDatabase::open(source);
            QVERIFY(db.has_value());
            ReportImporter importer(*db);
            QVERIFY(importer.prepare().has_value());
        }
        const QString other = freshStore();
        const QStringList args{u"db"_s, u"migrate"_s, u"--from"_s, source, u"--to"_s, other};
        const auto skipped = TestSupport::runCli(args + QStringList{u"--skip-reports"_s});
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        QVERIFY2(skipped.out.contains("audits: 2 copied") && skipped.out.contains("reports: not copied"),
                 skipped.out.constData());
        const auto withReports = TestSupport::runCli(args);
        QVERIFY2(withReports.exitCode == 0, withReports.err.constData());
        QVERIFY2(withReports.out.contains("audits: 0 copied, 2 already there") &&
                     withReports.out.contains("DMARC reports: 0 copied"),
                 withReports.out.constData());
    }

    void cliDatabaseOption() {
        const QString store = freshStore();
        QJsonObject second;
        for (int i = 0; i < 2; ++i) {
            const auto run =
                TestSupport::runCli({u"--demo"_s, u"--database"_s, store, u"audit"_s, u"example.com"_s,
                                     u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonDocument doc = QJsonDocument::fromJson(run.out);
            second = doc.isArray() ? doc.array().first().toObject() : doc.object();
        }
        QVERIFY(second.value(u"id"_s).toInteger() > 1);
        QVERIFY2(second.contains(u"diff"_s), "the second audit is compared with the first one stored");
        // A bad URL is a usage error, without the password.
        const auto bad = TestSupport::runCli({u"--database"_s, u"postgresql://u:Hunter22@127.0.0.1/x"_s,
                                              u"--demo"_s, u"audit"_s, u"example.com"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!bad.err.contains("Hunter22") && !bad.out.contains("Hunter22"));
        QVERIFY2(bad.err.contains("PGPASSFILE"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHistoryBackends)
#include "tst_historybackends.moc"
