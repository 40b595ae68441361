// AlertMonitor over a real history database: an open alert is sent once, again when it changes
// or after --realert, resolved when gone (not when the audit timed out); record changes are
// events; staged audits alert nothing; a failed delivery is queued, reported and retried; the
// alert tables come from the history migrations.

#include "history/HistoryDatabase.h"
#include "monitor/AlertDelivery.h"
#include "monitor/AlertMonitor.h"
#include "monitor/AlertSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

Finding finding(const QString& code, Severity severity) {
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = code;
    return f;
}

AuditReport report(const QString& grade, const QList<Finding>& findings, const QString& spf, qint64 id) {
    AuditReport r;
    r.id = id;
    r.domain = QStringLiteral("example.com");
    r.grade = grade;
    r.findings = findings;
    r.checks.insert(QStringLiteral("spf"), QJsonObject{{QStringLiteral("record"), spf}});
    return r;
}

} // namespace

class TestAlertMonitor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<HistoryDatabase> m_db;
    std::optional<qint64> m_evaluated; // what the monitor gave the last baseline lookup

    // A command that appends each message to a numbered file, or fails while `fail` exists.
    QString command() const { return QStringLiteral("sh %1/hook.sh %1").arg(m_dir.path()); }
    QList<QJsonObject> messages() const {
        QList<QJsonObject> out;
        for (int i = 0;; ++i) {
            QFile f(m_dir.filePath(QStringLiteral("msg%1.json").arg(i)));
            if (!f.open(QIODevice::ReadOnly))
                return out;
            out << QJsonDocument::fromJson(f.readAll()).object();
        }
    }
    static QStringList statuses(const QJsonObject& message) {
        QStringList out;
        for (const auto& v : message.value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject a = v.toObject();
            out << a.value(QStringLiteral("reason")).toString() + QLatin1Char(' ') +
                       a.value(QStringLiteral("key")).toString();
        }
        out.sort();
        return out;
    }

    AlertMonitor monitor(AlertSettings s = {}) {
        s.commands = {command()};
        auto store = AlertStore::open(m_db);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return AlertMonitor(s, std::move(*store));
    }

    // One run of the monitor: `current` against `previous`.
    AlertMonitor::Outcome run(const AuditReport& current, const std::optional<AuditReport>& previous,
                              const QDateTime& now, AlertSettings s = {}) {
        return monitor(s).run(
            {current},
            [this, previous](const AuditReport&, std::optional<qint64> evaluated) {
                m_evaluated = evaluated;
                return std::expected<std::optional<AuditReport>, QString>(previous);
            },
            now);
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        for (const QString& f : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(f));
        QFile hook(m_dir.filePath(QStringLiteral("hook.sh")));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("[ -e \"$1/fail\" ] && { echo 'pager gateway down' >&2; exit 4; }\n"
                   "n=$(ls \"$1\" | grep -c '^msg')\ncat > \"$1/msg$n.json\"\n");
        hook.close();
        auto db = HistoryDatabase::open(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        m_db = *db;
    }
    void cleanup() { m_db.reset(); }

    void migrations() {
        QVERIFY(AlertStore::open(m_db).has_value());
        QCOMPARE(m_db->schemaVersion(AlertSchema::component()), int(AlertSchema::migrations().size()));
        // Applying them again changes nothing.
        QVERIFY(AlertStore::open(m_db).has_value());
    }

    void dedupRealertChangeAndResolution() {
        const QString spf = QStringLiteral("v=spf1 mx -all");
        const AuditReport good = report(QStringLiteral("A"), {}, spf, 1);
        const AuditReport bad =
            report(QStringLiteral("C"), {finding(QStringLiteral("SPF-PERMERROR"), Severity::Error)}, spf, 2);
        // The regression: one message, the new finding and the grade drop.
        auto o = run(bad, good, kT0);
        QVERIFY2(!o.failed(), qPrintable(o.errors.join(u'\n')));
        QCOMPARE(o.delivered, 1);
        QCOMPARE(messages().size(), 1);
        QCOMPARE(statuses(messages().at(0)),
                 (QStringList{QStringLiteral("new finding/SPF-PERMERROR"), QStringLiteral("new grade")}));
        // The first run had no evaluated audit; the next is told the one before (id 2).
        QCOMPARE(m_evaluated, std::optional<qint64>());
        // Unchanged an hour later: nothing is sent.
        o = run(bad, bad, kT0.addSecs(3600));
        QCOMPARE(m_evaluated, std::optional<qint64>(2));
        QVERIFY(o.notification.isEmpty());
        QCOMPARE(messages().size(), 1);
        // After --realert (24h): sent again, as a repeat, with the time it started.
        o = run(bad, bad, kT0.addSecs(24 * 3600));
        QCOMPARE(messages().size(), 2);
        QCOMPARE(statuses(messages().at(1)), (QStringList{QStringLiteral("repeat finding/SPF-PERMERROR"),
                                                          QStringLiteral("repeat grade")}));
        QCOMPARE(QDateTime::fromString(messages()
                                           .at(1)
                                           .value(QStringLiteral("alerts"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("startsAt"))
                                           .toString(),
                                       Qt::ISODateWithMs),
                 kT0);
        // A further drop changes the grade alert: sent at once; the finding is not repeated.
        const AuditReport worse = report(QStringLiteral("D"), bad.findings, spf, 3);
        o = run(worse, bad, kT0.addSecs(25 * 3600));
        QCOMPARE(messages().size(), 3);
        QCOMPARE(statuses(messages().at(2)), QStringList{QStringLiteral("changed grade")});
        QCOMPARE(messages()
                     .at(2)
                     .value(QStringLiteral("alerts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("before"))
                     .toString(),
                 QStringLiteral("A"));
        // A timed-out audit sees less: it resolves nothing.
        AuditReport partial = report(QStringLiteral("A"), {}, spf, 4);
        partial.timedOut = true;
        o = run(partial, worse, kT0.addSecs(26 * 3600));
        QVERIFY(o.notification.isEmpty());
        // Fixed: both resolved, then nothing more.
        o = run(report(QStringLiteral("A"), {}, spf, 5), worse, kT0.addSecs(27 * 3600));
        QCOMPARE(messages().size(), 4);
        QCOMPARE(statuses(messages().at(3)), (QStringList{QStringLiteral("resolved finding/SPF-PERMERROR"),
                                                          QStringLiteral("resolved grade")}));
        QCOMPARE(messages().at(3).value(QStringLiteral("resolved")).toInt(), 2);
        for (const auto& v : messages().at(3).value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject a = v.toObject();
            // Before: what the alert said; after: how it is now.
            if (a.value(QStringLiteral("key")) == QStringLiteral("grade")) {
                QCOMPARE(a.value(QStringLiteral("before")).toString(), QStringLiteral("D"));
                QCOMPARE(a.value(QStringLiteral("after")).toString(), QStringLiteral("A"));
            } else {
                QCOMPARE(a.value(QStringLiteral("after")).toString(), QStringLiteral("absent"));
            }
            QCOMPARE(QDateTime::fromString(a.value(QStringLiteral("endsAt")).toString(), Qt::ISODateWithMs),
                     kT0.addSecs(27 * 3600));
        }
        o = run(report(QStringLiteral("A"), {}, spf, 6), good, kT0.addSecs(28 * 3600));
        QVERIFY(o.notification.isEmpty());
    }

    void realertSetting() {
        const AuditReport good = report(QStringLiteral("A"), {}, QStringLiteral("v=spf1 -all"), 1);
        const AuditReport bad = report(QStringLiteral("C"), {}, QStringLiteral("v=spf1 -all"), 2);
        AlertSettings s;
        s.realertSeconds = 30 * 60;
        run(bad, good, kT0, s);
        QVERIFY(run(bad, bad, kT0.addSecs(29 * 60), s).notification.isEmpty());
        QCOMPARE(run(bad, bad, kT0.addSecs(30 * 60), s).notification.events.size(), 1);
        QCOMPARE(messages().size(), 2);
    }

    void recordChangeIsAnEvent() {
        const AuditReport before = report(QStringLiteral("A"), {}, QStringLiteral("v=spf1 mx -all"), 1);
        const AuditReport after = report(QStringLiteral("A"), {}, QStringLiteral("v=spf1 mx ~all"), 2);
        run(after, before, kT0);
        QCOMPARE(statuses(messages().at(0)), QStringList{QStringLiteral("new record/spf")});
        const QJsonObject a = messages().at(0).value(QStringLiteral("alerts")).toArray().at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("before")).toString(), QStringLiteral("v=spf1 mx -all"));
        QCOMPARE(a.value(QStringLiteral("after")).toString(), QStringLiteral("v=spf1 mx ~all"));
        // Not repeated, not resolved, even after --realert.
        QVERIFY(run(after, after, kT0.addDays(3)).notification.isEmpty());
        QCOMPARE(messages().size(), 1);
    }

    void stagedAuditsAlertNothing() {
        AuditReport staged =
            report(QStringLiteral("F"), {finding(QStringLiteral("SPF-PERMERROR"), Severity::Error)},
                   QStringLiteral("v=spf1"), 2);
        staged.staged = true;
        const auto o = run(staged, report(QStringLiteral("A"), {}, QStringLiteral("v=spf1 -all"), 1), kT0);
        QVERIFY(o.notification.isEmpty());
        QVERIFY(!o.failed());
    }

    void failedDeliveryIsQueuedAndRetried() {
        const AuditReport good = report(QStringLiteral("A"), {}, QStringLiteral("v=spf1 -all"), 1);
        const AuditReport bad = report(QStringLiteral("C"), {}, QStringLiteral("v=spf1 -all"), 2);
        QFile fail(m_dir.filePath(QStringLiteral("fail")));
        QVERIFY(fail.open(QIODevice::WriteOnly));
        fail.close();
        auto o = run(bad, good, kT0);
        QVERIFY(o.failed());
        QCOMPARE(o.queued, 1);
        QVERIFY2(o.errors.join(u'\n').contains(QStringLiteral("exit 4 (pager gateway down)")),
                 qPrintable(o.errors.join(u'\n')));
        QVERIFY(o.errors.first().contains(QStringLiteral("queued")));
        // Still failing on the next run (nothing new to say): reported again, kept.
        o = run(bad, bad, kT0.addSecs(60));
        QVERIFY(o.failed());
        QVERIFY(o.errors.first().contains(QStringLiteral("attempt 2")));
        auto queued = AlertStore::open(m_db).value()->queued();
        QVERIFY(queued);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->first().attempts, 2);
        QCOMPARE(messages().size(), 0);
        // The gateway is back: the queued message arrives as it was, the queue empties.
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("fail"))));
        o = run(bad, bad, kT0.addSecs(120));
        QVERIFY2(!o.failed(), qPrintable(o.errors.join(u'\n')));
        QCOMPARE(o.delivered, 1);
        QCOMPARE(messages().size(), 1);
        QCOMPARE(statuses(messages().at(0)), QStringList{QStringLiteral("new grade")});
        QVERIFY(AlertStore::open(m_db).value()->queued()->isEmpty());
    }

    void splitCommand_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("  /usr/bin/pager  -x  1 ")
                               << QStringList{QStringLiteral("/usr/bin/pager"), QStringLiteral("-x"),
                                              QStringLiteral("1")};
        QTest::newRow("single") << QStringLiteral("a 'b c' 'd\\e'")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b c"),
                                               QStringLiteral("d\\e")};
        QTest::newRow("double") << QStringLiteral("a \"b \\\"c\\\" $x\"")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b \"c\" $x")};
        QTest::newRow("backslash") << QStringLiteral("a\\ b c")
                                   << QStringList{QStringLiteral("a b"), QStringLiteral("c")};
        QTest::newRow("joined") << QStringLiteral("--to='x y'z") << QStringList{QStringLiteral("--to=x yz")};
        QTest::newRow("empty word") << QStringLiteral("a ''") << QStringList{QStringLiteral("a"), QString()};
        QTest::newRow("no shell") << QStringLiteral("a;b | c $(d)")
                                  << QStringList{QStringLiteral("a;b"), QStringLiteral("|"),
                                                 QStringLiteral("c"), QStringLiteral("$(d)")};
    }
    void splitCommand() {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const auto split = AlertDelivery::splitCommand(line);
        QVERIFY2(split, qPrintable(split ? QString() : split.error()));
        QCOMPARE(*split, words);
    }
    void splitCommandErrors() {
        for (const char* bad : {"", "   ", "a 'b", "a \"b", "a\\"}) {
            const auto split = AlertDelivery::splitCommand(QString::fromLatin1(bad));
            QVERIFY2(!split, bad);
        }
        QVERIFY(AlertDelivery::splitCommand(QStringLiteral("a 'b"))
                    .error()
                    .contains(QStringLiteral("unterminated single quote")));
    }

    void commandArgumentsAreSplitWithoutShell() {
        // Quotes group words; shell syntax is just text.
        const QString out = m_dir.filePath(QStringLiteral("argv out.txt"));
        const auto sent = AlertDelivery::runCommand(
            QStringLiteral("sh -c 'printf \"%s|\" \"$@\" > \"$0\"' '%1' 'a b' '$HOME;x'").arg(out), "x",
            10000);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a b|$HOME;x|"));
        // Destinations are named without their secrets (webhook tokens, command arguments).
        QCOMPARE(AlertDelivery::shownUrl(QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX")),
                 QStringLiteral("https://hooks.slack.com/services/…"));
        QCOMPARE(
            AlertDelivery::shownUrl(QStringLiteral("http://user:pw@127.0.0.1:9093/api/v2/alerts?token=s")),
            QStringLiteral("http://127.0.0.1:9093/api/…"));
        QCOMPARE(AlertDelivery::shownUrl(QStringLiteral("https://alerts.example.com")),
                 QStringLiteral("https://alerts.example.com"));
        QCOMPARE(AlertDelivery::shownCommand(QStringLiteral("/usr/local/bin/page --token 's3cret'")),
                 QStringLiteral("/usr/local/bin/page …"));
        const auto refused =
            AlertDelivery::postWebhook(QStringLiteral("http://127.0.0.1:1/hook/SECRET"), "{}", 5000, {});
        QVERIFY(!refused);
        QVERIFY2(!refused.error().contains(QStringLiteral("SECRET")), qPrintable(refused.error()));
        QVERIFY(!AlertDelivery::runCommand(QStringLiteral("/nonexistent/pager"), "x", 10000));
        const auto slow = AlertDelivery::runCommand(QStringLiteral("sleep 5"), "x", 300);
        QVERIFY(!slow);
        QVERIFY2(slow.error().contains(QStringLiteral("no exit within 300 ms")), qPrintable(slow.error()));
    }
};

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
