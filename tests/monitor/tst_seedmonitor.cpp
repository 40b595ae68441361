// Seed-mailbox runs in the history, the metrics and the alerts (issue #18): runs stored and read
// back (per domain over time, the latest of each domain), mailsight_seed_* samples that promtool
// accepts, and alerts for spam, missing and unreachable seeds that a seed run fires and resolves
// while an audit run leaves them alone (and the reverse).

#include "history/HistoryDatabase.h"
#include "history/SeedHistory.h"
#include "monitor/AlertMonitor.h"
#include "monitor/MetricsHistorySource.h"
#include "monitor/MetricsWriter.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

SeedHistoryEntry entry(const QString& seed, SeedPlacement placement, const QString& error = {}) {
    SeedHistoryEntry e;
    e.seed = seed;
    e.placement = placement;
    if (placement != SeedPlacement::Missing && error.isEmpty()) {
        e.seconds = 12.5;
        e.folder = placement == SeedPlacement::Spam ? QStringLiteral("Junk") : QStringLiteral("INBOX");
    }
    e.error = error;
    return e;
}

SeedHistoryRun run(const QDateTime& at, const QList<SeedHistoryEntry>& seeds,
                   const QString& domain = QStringLiteral("example.com")) {
    SeedHistoryRun r;
    r.domain = domain;
    r.token = QStringLiteral("tok-") + QString::number(at.toSecsSinceEpoch());
    r.startedAt = at;
    r.sent = true;
    r.seeds = seeds;
    return r;
}

QStringList keys(const QList<AlertEvent>& events) {
    QStringList out;
    for (const AlertEvent& e : events)
        out << e.reason + QLatin1Char(' ') + e.condition.key;
    out.sort();
    return out;
}
} // namespace

class TestSeedMonitor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<HistoryDatabase> m_db;

    AlertMonitor monitor() {
        AlertSettings s;
        auto store = AlertStore::open(m_db);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return AlertMonitor(s, std::move(*store));
    }

private Q_SLOTS:
    void init() {
        QFile::remove(m_dir.filePath(QStringLiteral("history.sqlite")));
        auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        m_db = *db;
    }
    void cleanup() { m_db.reset(); }

    void runsAreStoredAndReadBack() {
        auto history = SeedHistory::open(m_db);
        QVERIFY2(history, qPrintable(history ? QString() : history.error()));
        const QList<SeedHistoryRun> stored{
            run(kT0, {entry(QStringLiteral("gmail-1"), SeedPlacement::Inbox),
                      entry(QStringLiteral("outlook-1"), SeedPlacement::Spam)}),
            run(kT0.addSecs(3600),
                {entry(QStringLiteral("gmail-1"), SeedPlacement::Missing),
                 entry(QStringLiteral("outlook-1"), SeedPlacement::Missing, QStringLiteral("timeout"))}),
            run(kT0.addSecs(1800), {entry(QStringLiteral("seed"), SeedPlacement::Other)},
                QStringLiteral("example.org"))};
        for (const SeedHistoryRun& r : stored) {
            auto id = (*history)->record(r);
            QVERIFY2(id && *id > 0, qPrintable(id ? QString() : id.error()));
        }
        auto runs = (*history)->runs(QStringLiteral("example.com"), kT0, kT0.addDays(1));
        QVERIFY(runs);
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).startedAt, kT0);
        QCOMPARE(runs->at(0).seeds.size(), 2);
        QCOMPARE(runs->at(0).seeds.at(1).placement, SeedPlacement::Spam);
        QCOMPARE(runs->at(0).seeds.at(1).folder, QStringLiteral("Junk"));
        QCOMPARE(runs->at(0).seeds.at(0).seconds, 12.5);
        QCOMPARE(runs->at(1).seeds.at(0).seconds, -1.0);
        QCOMPARE(runs->at(1).seeds.at(1).error, QStringLiteral("timeout"));
        // The range is half open, per domain.
        QCOMPARE((*history)->runs(QStringLiteral("example.com"), kT0.addSecs(1), kT0.addSecs(3600))->size(),
                 0);
        auto latest = (*history)->latestRuns();
        QVERIFY(latest);
        QCOMPARE(latest->size(), 2);
        for (const SeedHistoryRun& r : *latest)
            QCOMPARE(r.startedAt, r.domain == u"example.com" ? kT0.addSecs(3600) : kT0.addSecs(1800));
        // Nothing secret is stored: the table has no column for it.
        QSqlQuery q(*m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM seed_results")));
        QCOMPARE(q.record().count(), 6);
    }

    void metricsNameEveryPlacementAndPassPromtool() {
        MetricsInput input;
        input.seedRuns << run(
            kT0, {entry(QStringLiteral("gmail-1"), SeedPlacement::Inbox),
                  entry(QStringLiteral("outlook-1"), SeedPlacement::Spam),
                  entry(QStringLiteral("yahoo-1"), SeedPlacement::Missing),
                  entry(QStringLiteral("gmx-1"), SeedPlacement::Other),
                  entry(QStringLiteral("web-1"), SeedPlacement::Missing, QStringLiteral("login-refused"))});
        const QByteArray text = MetricsWriter::write(input);
        const QString t = QString::fromUtf8(text);
        QVERIFY2(t.contains(
                     QStringLiteral("mailsight_seed_placement{domain=\"example.com\",seed=\"gmail-1\"} 1\n")),
                 qPrintable(t));
        QVERIFY(t.contains(
            QStringLiteral("mailsight_seed_placement{domain=\"example.com\",seed=\"outlook-1\"} 0\n")));
        QVERIFY(t.contains(
            QStringLiteral("mailsight_seed_placement{domain=\"example.com\",seed=\"yahoo-1\"} -1\n")));
        QVERIFY(t.contains(
            QStringLiteral("mailsight_seed_placement{domain=\"example.com\",seed=\"gmx-1\"} 0.5\n")));
        // A seed that could not be checked has no placement, and says so.
        QVERIFY(
            !t.contains(QStringLiteral("mailsight_seed_placement{domain=\"example.com\",seed=\"web-1\"}")));
        QVERIFY(t.contains(QStringLiteral("mailsight_seed_up{domain=\"example.com\",seed=\"web-1\"} 0\n")));
        QVERIFY(t.contains(QStringLiteral(
            "mailsight_seed_arrival_seconds{domain=\"example.com\",seed=\"gmail-1\"} 12.5\n")));
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool (Debian's prometheus package) is needed");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(p.waitForStarted(10000));
        p.write(text);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    }

    void theHistoryFeedsTheMetrics() {
        auto history = SeedHistory::open(m_db);
        QVERIFY(history);
        QVERIFY((*history)->record(run(kT0, {entry(QStringLiteral("gmail-1"), SeedPlacement::Inbox)})));
        QVERIFY((*history)->record(
            run(kT0.addSecs(60), {entry(QStringLiteral("gmail-1"), SeedPlacement::Spam)})));
        auto input = MetricsHistorySource::lastAudits(m_db, kT0.date());
        QVERIFY2(input, qPrintable(input ? QString() : input.error()));
        QCOMPARE(input->seedRuns.size(), 1);
        QVERIFY(QString::fromUtf8(MetricsWriter::write(*input))
                    .contains(QStringLiteral(
                        "mailsight_seed_placement{domain=\"example.com\",seed=\"gmail-1\"} 0\n")));
    }

    void seedAlertsFireAndResolveInTheirOwnScope() {
        AlertMonitor m = monitor();
        // Spam at one seed, missing at another, a third unreachable.
        auto events = m.evaluateSeeds(
            run(kT0, {entry(QStringLiteral("a"), SeedPlacement::Spam),
                      entry(QStringLiteral("b"), SeedPlacement::Missing),
                      entry(QStringLiteral("c"), SeedPlacement::Missing, QStringLiteral("refused")),
                      entry(QStringLiteral("d"), SeedPlacement::Inbox)}),
            kT0);
        QVERIFY2(events, qPrintable(events ? QString() : events.error()));
        QCOMPARE(keys(*events),
                 (QStringList{QStringLiteral("new seed/a/placement"), QStringLiteral("new seed/b/placement"),
                              QStringLiteral("new seed/c/reach")}));
        QCOMPARE(events->at(0).condition.code, QStringLiteral("SEED-SPAM"));
        // An audit of the domain with nothing to say resolves none of them.
        AuditReport audit;
        audit.id = 7;
        audit.domain = QStringLiteral("example.com");
        audit.grade = QStringLiteral("A");
        auto auditEvents = m.evaluate(audit, nullptr, kT0.addSecs(10));
        QVERIFY(auditEvents);
        QCOMPARE(auditEvents->size(), 0);
        // The next seed run: a in the inbox (resolved), b could not be checked (its placement
        // alert stays open, and its reach alert is new), c reachable again and in the inbox.
        events = m.evaluateSeeds(run(kT0.addSecs(3600), {entry(QStringLiteral("a"), SeedPlacement::Inbox),
                                                         entry(QStringLiteral("b"), SeedPlacement::Missing,
                                                               QStringLiteral("timeout")),
                                                         entry(QStringLiteral("c"), SeedPlacement::Inbox)}),
                                 kT0.addSecs(3600));
        QVERIFY(events);
        QCOMPARE(keys(*events),
                 (QStringList{QStringLiteral("new seed/b/reach"), QStringLiteral("resolved seed/a/placement"),
                              QStringLiteral("resolved seed/c/reach")}));
        for (const AlertEvent& e : *events)
            if (e.condition.key == u"seed/a/placement")
                QCOMPARE(e.condition.after, QStringLiteral("inbox"));
    }

    void aSeedRunLeavesAnAuditsAlertsOpen() {
        AlertMonitor m = monitor();
        AuditReport bad;
        bad.id = 3;
        bad.domain = QStringLiteral("example.com");
        bad.grade = QStringLiteral("C");
        Finding f;
        f.code = QStringLiteral("SPF-PERMERROR");
        f.severity = Severity::Error;
        f.title = f.code;
        bad.findings << f;
        AuditReport good = bad;
        good.id = 2;
        good.grade = QStringLiteral("A");
        good.findings.clear();
        auto events = m.evaluate(bad, &good, kT0);
        QVERIFY(events);
        QCOMPARE(keys(*events),
                 (QStringList{QStringLiteral("new finding/SPF-PERMERROR"), QStringLiteral("new grade")}));
        events = m.evaluateSeeds(run(kT0.addSecs(60), {entry(QStringLiteral("a"), SeedPlacement::Inbox)}),
                                 kT0.addSecs(60));
        QVERIFY(events);
        QCOMPARE(events->size(), 0);
        // Still open: the same audit an hour later sends nothing new (not "new" again).
        events = m.evaluate(bad, &bad, kT0.addSecs(120));
        QVERIFY(events);
        QCOMPARE(events->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSeedMonitor)
#include "tst_seedmonitor.moc"
