// "Install as a systemd user timer": the files written are the packaged user units with this
// build's mailsight-cli, an interval drop-in and the config file; systemd itself accepts them
// (`systemd-analyze --user verify`, which also refuses a broken drop-in: the check can fail), the
// ExecStart line runs the audit of the config file, and removal leaves nothing behind.

#include "TestSupport.h"
#include "monitor/UserTimerInstaller.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QString source(const QString& rel) {
    return qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + u'/' + rel;
}
} // namespace

class TestUserTimerInstaller : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString cli() const { return QFileInfo(qEnvironmentVariable("MAILSIGHT_CLI")).absoluteFilePath(); }
    UserTimerPlan plan() const {
        UserTimerPlan p;
        p.name = u"production"_s;
        p.domains = {u"example.com"_s, u"overlimit.test"_s};
        p.options = {u"--offline"_s,
                     u"--zone "_s + source(u"resources/demo/example.com.zone"_s),
                     u"--zone "_s + source(u"resources/demo/overlimit.test.zone"_s),
                     u"--zone "_s + source(u"resources/demo/provider.test.zone"_s),
                     u"--no-blocklists"_s,
                     u"--format json"_s,
                     u"--history "_s + m_home.filePath(u"history.sqlite"_s)};
        p.intervalHours = 4;
        p.cliPath = cli();
        p.configHome = m_home.path();
        return p;
    }
    // systemd-analyze --user verify over XDG_CONFIG_HOME: its unit search path, drop-ins included.
    std::pair<int, QString> verify(const QString& name) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString run = m_home.filePath(u"run"_s);
        QDir().mkpath(run);
        QFile::setPermissions(run, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, run);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"systemd-analyze"_s,
                {u"--user"_s, u"verify"_s, u"--man=no"_s, u"mailsight-audit@%1.timer"_s.arg(name),
                 u"mailsight-audit@%1.service"_s.arg(name)});
        if (!p.waitForFinished(60000))
            return {-1, u"systemd-analyze did not finish"_s};
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"systemd-analyze"_s).isEmpty(),
                 "systemd-analyze missing: packaging/setup-debian.sh installs systemd");
        QVERIFY2(QFile::exists(cli()), qPrintable(cli()));
    }
    void refusesBadPlans() {
        UserTimerPlan p = plan();
        p.name = u"prod uction"_s;
        QVERIFY(!UserTimerInstaller::install(p));
        p = plan();
        p.intervalHours = 5;
        const auto five = UserTimerInstaller::install(p);
        QVERIFY(!five);
        QVERIFY2(five.error().contains(u"does not divide the day"_s), qPrintable(five.error()));
        p = plan();
        p.domains.clear();
        QVERIFY(!UserTimerInstaller::install(p));
        p = plan();
        p.cliPath = u"mailsight-cli"_s;
        QVERIFY(!UserTimerInstaller::install(p));
        p = plan();
        p.options << u"--fail-on error\n--format text"_s;
        QVERIFY(!UserTimerInstaller::install(p));
        QVERIFY(!QFile::exists(UserTimerInstaller::files(u"production"_s, m_home.path()).config));
    }
    void installsUnitsSystemdAccepts() {
        const auto written = UserTimerInstaller::install(plan());
        QVERIFY2(written, written ? "" : qPrintable(written.error()));
        const QByteArray service = readAll(written->service);
        QVERIFY(service.contains("\nExecStart=" + cli().toUtf8() + " audit --config %E/mailsight/%i.conf\n"));
        QVERIFY(!service.contains('@' + QByteArray("MAILSIGHT_CLI@")));
        QCOMPARE(readAll(written->timer), readAll(source(u"packaging/systemd/mailsight-audit@.timer"_s)));
        QVERIFY(readAll(written->dropIn).contains("\nOnCalendar=\nOnCalendar=*-*-* 00/4:00:00\n"));
        const QByteArray config = readAll(written->config);
        QVERIFY(config.contains("\nexample.com\noverlimit.test\n--offline\n"));
        QCOMPARE(QFile::permissions(written->config) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        const auto [code, output] = verify(u"production"_s);
        QVERIFY2(code == 0 && output.trimmed().isEmpty(), qPrintable(output));
        // The check can fail: a drop-in with a broken calendar is refused.
        QFile dropIn(written->dropIn);
        QVERIFY(dropIn.open(QIODevice::WriteOnly));
        dropIn.write("[Timer]\nOnCalendar=\nOnCalendar=every other tuesday\n");
        dropIn.close();
        QVERIFY(verify(u"production"_s).first != 0);
        QVERIFY(UserTimerInstaller::install(plan())); // its own files are replaced
        QCOMPARE(verify(u"production"_s).first, 0);
    }
    // ExecStart as systemd runs it: %E and %i filled in.
    void execStartAuditsTheConfigFile() {
        const auto f = UserTimerInstaller::files(u"production"_s, m_home.path());
        QString line = QString::fromUtf8(readAll(f.service));
        line = QRegularExpression(u"^ExecStart=(.*)$"_s, QRegularExpression::MultilineOption)
                   .match(line)
                   .captured(1);
        line.replace(u"%E"_s, m_home.path()).replace(u"%i"_s, u"production"_s);
        QStringList argv = line.split(u' ', Qt::SkipEmptyParts);
        QProcess p;
        p.start(argv.takeFirst(), argv);
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, p.readAllStandardError().constData());
        const QJsonArray reports = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.at(0).toObject().value(u"domain"_s).toString(), u"example.com"_s);
        QVERIFY(QFile::exists(m_home.filePath(u"history.sqlite"_s)));
    }
    void foreignConfigIsNotReplaced() {
        const auto f = UserTimerInstaller::files(u"handmade"_s, m_home.path());
        QDir().mkpath(QFileInfo(f.config).absolutePath());
        QFile mine(f.config);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("# my own\nexample.com\n");
        mine.close();
        UserTimerPlan p = plan();
        p.name = u"handmade"_s;
        const auto refused = UserTimerInstaller::install(p);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"not written by Mailsight"_s), qPrintable(refused.error()));
        QCOMPARE(readAll(f.config), QByteArray("# my own\nexample.com\n"));
        QVERIFY(UserTimerInstaller::install(p, true));
        QVERIFY(readAll(f.config).contains("overlimit.test"));
    }
    void removeLeavesNothingBehind() {
        const auto f = UserTimerInstaller::files(u"production"_s, m_home.path());
        auto removed = UserTimerInstaller::remove(u"production"_s, m_home.path());
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error()));
        QVERIFY(!QFile::exists(f.config) && !QFile::exists(f.dropIn));
        QVERIFY(QFile::exists(f.service)); // "handmade" still uses the template units
        removed = UserTimerInstaller::remove(u"handmade"_s, m_home.path());
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error()));
        QVERIFY(!QFile::exists(f.service) && !QFile::exists(f.timer));
        QVERIFY(!QDir(QFileInfo(f.dropIn).absolutePath()).exists());
        QCOMPARE(
            UserTimerInstaller::enableCommand(u"production"_s),
            u"systemctl --user daemon-reload && systemctl --user enable --now mailsight-audit@production.timer"_s);
    }
};

QTEST_GUILESS_MAIN(TestUserTimerInstaller)
#include "tst_usertimerinstaller.moc"
