// Alerts over live DNS: a private NSD (tests/nsd/nsd-fixture.sh, its own zone folder and port)
// serves example.com; the zone is rewritten and NSD reloaded (SIGHUP) between audits. Three
// audits and a fix: nothing on the first, the regression once, nothing while it stands, resolved
// when the zone is fixed.

#include "AlertTestReceiver.h"
#include "AlertTestZone.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QStringList reasonsAndKeys(const QByteArray& json) {
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json).object().value(QStringLiteral("alerts")).toArray())
        out << v.toObject().value(QStringLiteral("reason")).toString() + QLatin1Char(' ') +
                   v.toObject().value(QStringLiteral("key")).toString().section(u'/', 0, 1);
    out.sort();
    return out;
}

} // namespace

class TestAlertNsd : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    quint16 m_port = 0;

    QString zoneFile() const { return m_dir.filePath(QStringLiteral("zones/example.com.zone")); }
    QString work() const { return m_dir.filePath(QStringLiteral("nsd")); }

    QByteArray run(const QStringList& args, int* exitCode = nullptr) {
        QProcess p;
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"), args);
        const bool done = p.waitForStarted(10000) &&
                          QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000);
        if (!done) {
            p.kill();
            p.waitForFinished();
        }
        if (exitCode)
            *exitCode = done && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    // Rewrites the zone, reloads NSD and waits until it serves the new SPF record.
    bool serve(const QByteArray& zone, const QByteArray& spf) {
        QFile f(zoneFile());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(zone);
        f.close();
        QFile pidFile(work() + QStringLiteral("/nsd.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
        const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toInt());
        if (pid <= 0 || ::kill(pid, SIGHUP) != 0)
            return false;
        return QTest::qWaitFor(
            [&] {
                return run({QStringLiteral("--resolver"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                            QStringLiteral("--no-history"), QStringLiteral("lookup"),
                            QStringLiteral("example.com"), QStringLiteral("TXT")})
                    .contains(spf);
            },
            10000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("zones")));
        QFile f(zoneFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(AlertTestZone::good(2026120501));
        f.close();
        QProcess start;
        start.start(QStringLiteral("bash"),
                    {qEnvironmentVariable("MAILSIGHT_NSD_SCRIPT"), QStringLiteral("start"),
                     m_dir.filePath(QStringLiteral("zones")), work()});
        QVERIFY(start.waitForFinished(60000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        m_port = static_cast<quint16>(QString::fromLatin1(start.readAllStandardOutput()).trimmed().toUInt());
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase() {
        QProcess stop;
        stop.start(QStringLiteral("bash"),
                   {qEnvironmentVariable("MAILSIGHT_NSD_SCRIPT"), QStringLiteral("stop"), work()});
        stop.waitForFinished(30000);
    }

    void threeAuditsOfAReloadedZone() {
        AlertTestReceiver receiver;
        const QString db = m_dir.filePath(QStringLiteral("history.sqlite"));
        // Live DNS from NSD; the transport check (an HTTPS fetch), blocklists and per-server
        // queries stay out: NSD answers for example.com alone.
        const QStringList audit{QStringLiteral("--resolver"),
                                QStringLiteral("127.0.0.1:%1").arg(m_port),
                                QStringLiteral("--history"),
                                db,
                                QStringLiteral("audit"),
                                QStringLiteral("example.com"),
                                QStringLiteral("--no-transport"),
                                QStringLiteral("--no-blocklists"),
                                QStringLiteral("--no-ns"),
                                QStringLiteral("--fail-on"),
                                QStringLiteral("warning"),
                                QStringLiteral("--alert-on"),
                                QStringLiteral("regression"),
                                QStringLiteral("--alert-webhook"),
                                receiver.url(QStringLiteral("/hook"))};
        int code = -1;
        QByteArray out = run(audit, &code);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(out.contains("grade A"));
        QCOMPARE(receiver.requests.size(), 0);

        QVERIFY(serve(AlertTestZone::bad(2026120502), "v=spf1 mx ~all"));
        out = run(audit, &code);
        QVERIFY2(code == 1, out.constData());
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(reasonsAndKeys(receiver.requests.at(0).body),
                 (QStringList{QStringLiteral("new finding/DMARC-POLICY-NONE"), QStringLiteral("new grade"),
                              QStringLiteral("new record/dmarc"), QStringLiteral("new record/mx"),
                              QStringLiteral("new record/spf")}));

        out = run(audit, &code);
        QVERIFY2(code == 1, out.constData());
        QCOMPARE(receiver.requests.size(), 1); // the same regression: not sent again

        QVERIFY(serve(AlertTestZone::good(2026120503), "v=spf1 mx -all"));
        out = run(audit, &code);
        QVERIFY2(code == 0, out.constData());
        QCOMPARE(receiver.requests.size(), 2);
        QCOMPARE(reasonsAndKeys(receiver.requests.at(1).body),
                 (QStringList{QStringLiteral("new record/dmarc"), QStringLiteral("new record/mx"),
                              QStringLiteral("new record/spf"),
                              QStringLiteral("resolved finding/DMARC-POLICY-NONE"),
                              QStringLiteral("resolved grade")}));
    }
};

QTEST_GUILESS_MAIN(TestAlertNsd)
#include "tst_alertnsd.moc"
