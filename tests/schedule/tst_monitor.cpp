// The Monitor: scheduled re-audits of a list of domains, off the UI thread, compared with the last
// stored audit. Over zone files changed between runs (as a live zone changes): the first run is the
// baseline, a run after a weakened DMARC and SPF record reports the regression (signal, state,
// what changed), a third unchanged run is quiet again. The dialog keeps bad input for correcting,
// persists the list, and installs the systemd user timer with the window's settings.

#include "AppSettings.h"
#include "AppTheme.h"
#include "monitor/MonitorController.h"
#include "monitor/MonitorDialog.h"
#include "monitor/MonitorHub.h"
#include "monitor/MonitorStateModel.h"
#include "monitor/UserTimerInstaller.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using DomainState = MonitorDomainState::State;

namespace {
QString source(const QString& rel) {
    return qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + u'/' + rel;
}
} // namespace

class TestMonitor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString zone() const { return m_dir.filePath(u"example.com.zone"_s); }
    ResolverPlan plan() const {
        ResolverPlan p;
        p.mode = AppSettings::ResolverMode::Offline;
        p.zoneFiles = {zone(), m_dir.filePath(u"provider.test.zone"_s)};
        return p;
    }
    void edit(const QByteArray& from, const QByteArray& to) {
        QFile f(zone());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    static bool finished(MonitorController& c) {
        QSignalSpy done(&c, &MonitorController::runFinished);
        c.runNow();
        return done.wait(120000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const QString& z : {u"example.com.zone"_s, u"provider.test.zone"_s})
            QVERIFY(QFile::copy(source(u"resources/demo/"_s + z), m_dir.filePath(z)));
        QFile::setPermissions(zone(), QFile::ReadOwner | QFile::WriteOwner);
    }
    void regressionBetweenRuns() {
        MonitorController c([this] { return plan(); });
        c.setHistoryPath(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY(c.setDomains({u"Example.COM"_s, u"example.com"_s}));
        QCOMPARE(c.domains(), QStringList{u"example.com"_s});
        const auto bad = c.setDomains({u"example.com"_s, u"192.0.2.1"_s});
        QVERIFY(!bad);
        QCOMPARE(c.domains(), QStringList{u"example.com"_s}); // unchanged on bad input
        QSignalSpy regressions(&c, &MonitorController::regression);

        QVERIFY(finished(c));
        QCOMPARE(c.states().value(0).state, DomainState::Ok);
        QVERIFY2(c.states().value(0).changes.join(u' ').contains(u"First audit"_s),
                 qPrintable(c.states().value(0).changes.join(u' ')));
        const QString firstGrade = c.states().value(0).grade;
        QCOMPARE(regressions.count(), 0);

        edit("p=reject; sp=reject", "p=none");
        edit("include:_spf.provider.test -all", "include:_spf.provider.test ~all");
        QVERIFY(finished(c));
        const MonitorDomainState s = c.states().value(0);
        QCOMPARE(s.state, DomainState::Regressed);
        QCOMPARE(regressions.count(), 1);
        QCOMPARE(regressions.at(0).at(0).toString(), u"example.com"_s);
        const QString changes = regressions.at(0).at(1).toStringList().join(u'\n');
        // The rules of `audit --alert-on regression`, warnings included: each change with before and after.
        QVERIFY2(changes.contains(u"DMARC record of example.com changed: p reject -> none"_s),
                 qPrintable(changes));
        QVERIFY2(changes.contains(u"SPF record of example.com changed: added ~all; removed -all"_s),
                 qPrintable(changes));
        QVERIFY2(changes.contains(u"New warning DMARC-POLICY-NONE"_s), qPrintable(changes));
        QVERIFY2(changes.contains(u"Grade of example.com dropped from"_s), qPrintable(changes));
        QCOMPARE(s.baseline, firstGrade);

        QVERIFY(finished(c)); // nothing changed since: quiet again
        QCOMPARE(c.states().value(0).state, DomainState::Ok);
        QCOMPARE(regressions.count(), 1);
    }
    void noHistoryIsSaidNotHidden() {
        MonitorController c([this] { return plan(); });
        QVERIFY(c.setDomains({u"example.com"_s}));
        QVERIFY(finished(c));
        QCOMPARE(c.states().value(0).state, DomainState::Ok);
        QVERIFY(c.states().value(0).changes.join(u' ').contains(u"no history"_s));
    }
    void brokenResolverFailsEveryDomain() {
        MonitorController c([this] {
            ResolverPlan p = plan();
            p.zoneFiles = {m_dir.filePath(u"missing.zone"_s)};
            return p;
        });
        QVERIFY(c.setDomains({u"example.com"_s, u"example.net"_s}));
        QVERIFY(finished(c));
        for (const auto& s : c.states()) {
            QCOMPARE(s.state, DomainState::Failed);
            QVERIFY2(s.changes.join(u' ').contains(u"missing.zone"_s), qPrintable(s.changes.join(u' ')));
        }
    }
    void cancelStopsTheRun() {
        MonitorController c([this] { return plan(); });
        QVERIFY(c.setDomains({u"example.com"_s, u"provider.test"_s}));
        QSignalSpy done(&c, &MonitorController::runFinished);
        c.runNow();
        QVERIFY(c.isRunning());
        c.cancel();
        QVERIFY(done.wait(60000));
        QVERIFY(!c.isRunning());
        for (const auto& s : c.states())
            QVERIFY(s.state == DomainState::Cancelled || s.state == DomainState::Ok);
    }
    void scheduleFollowsTheInterval() {
        MonitorController c([this] { return plan(); });
        QVERIFY(!c.nextRun().isValid());
        c.setIntervalHours(4);
        c.setEnabled(true);
        const qint64 inSecs = QDateTime::currentDateTimeUtc().secsTo(c.nextRun());
        QVERIFY2(inSecs > 4 * 3600 - 60 && inSecs <= 4 * 3600, qPrintable(QString::number(inSecs)));
        c.setEnabled(false);
        QVERIFY(!c.nextRun().isValid());
    }
    void dialogEditsRunsAndInstalls() {
        AppSettings settings(m_dir.filePath(u"settings.ini"_s));
        settings.setResolverMode(AppSettings::ResolverMode::Offline);
        settings.setZoneFiles(plan().zoneFiles);
        QWidget window;
        MonitorHub::Sources sources;
        sources.plan = [this] { return plan(); };
        sources.historyPath = [this] { return m_dir.filePath(u"dialog.sqlite"_s); };
        sources.demo = [] { return false; };
        MonitorHub hub(settings, sources, &window);
        QSignalSpy status(&hub, &MonitorHub::statusMessage);
        hub.showDialog();
        auto* dialog = window.findChild<MonitorDialog*>();
        QVERIFY(dialog);
        auto* input = dialog->findChild<QLineEdit*>(u"monitorInput"_s);
        auto* list = dialog->findChild<QListWidget*>(u"monitorDomains"_s);
        auto* statusLabel = dialog->findChild<QLabel*>(u"monitorStatus"_s);
        input->setText(u"example.com, not a domain!"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(list->count(), 0);
        QCOMPARE(input->text(), u"example.com, not a domain!"_s); // kept for correcting
        QVERIFY(!statusLabel->text().isEmpty());
        input->setText(u"example.com"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(settings.monitorDomains(), QStringList{u"example.com"_s});

        QPushButton* run = nullptr;
        for (auto* b : dialog->findChildren<QPushButton*>())
            if (b->text().remove(u'&') == u"Run now"_s)
                run = b;
        QVERIFY(run);
        QVERIFY2(run->isEnabled(), qPrintable(hub.controller()->domains().join(u',')));
        QSignalSpy done(hub.controller(), &MonitorController::runFinished);
        run->click();
        QVERIFY(done.wait(120000));
        auto* table = dialog->findChild<QTableView*>(u"monitorStates"_s);
        QCOMPARE(table->model()->index(0, MonitorStateModel::State).data().toString(), u"no regression"_s);
        QVERIFY(!status.isEmpty());
        // The DMARC record disappears: the next run says so in the table and the status bar.
        edit("_dmarc   IN TXT", "_dmarc-gone IN TXT");
        run->click();
        QVERIFY(done.wait(120000));
        QCOMPARE(table->model()->index(0, MonitorStateModel::State).data().toString(), u"regressed"_s);
        QVERIFY2(table->model()
                     ->index(0, MonitorStateModel::Changes)
                     .data()
                     .toString()
                     .contains(u"DMARC record of example.com changed"_s),
                 qPrintable(table->model()->index(0, MonitorStateModel::Changes).data().toString()));
        QVERIFY2(status.last().at(0).toString().contains(u"regressed: example.com"_s),
                 qPrintable(status.last().at(0).toString()));
        if (const QString shot = qEnvironmentVariable("MAILSIGHT_MONITOR_SCREENSHOT"); !shot.isEmpty()) {
            const auto theme = AppSettings::themeFromKey(qEnvironmentVariable("MAILSIGHT_THEME"));
            AppTheme::apply(theme.value_or(AppSettings::Theme::Light));
            QTest::qWait(200);
            QVERIFY(dialog->grab().save(shot));
        }

        // The timer: the window's settings become the config file's options.
        const QStringList options = MonitorDialog::cliOptions(settings, false, u"/tmp/h.sqlite"_s);
        QVERIFY(options.contains(u"--offline"_s));
        QVERIFY(options.contains(u"--zone "_s + zone()));
        QVERIFY(options.contains(u"--history /tmp/h.sqlite"_s));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        qputenv("PATH", QFileInfo(qEnvironmentVariable("MAILSIGHT_CLI")).absolutePath().toUtf8() + ':' +
                            qgetenv("PATH"));
        QPushButton* install = nullptr;
        for (auto* b : dialog->findChildren<QPushButton*>())
            if (b->text().remove(u'&').startsWith(u"Install"_s))
                install = b;
        QVERIFY(install);
        install->click();
        QVERIFY2(statusLabel->text().contains(UserTimerInstaller::enableCommand(u"mailsight"_s)),
                 qPrintable(statusLabel->text()));
        const auto files = UserTimerInstaller::files(u"mailsight"_s, m_dir.filePath(u"config"_s));
        QFile config(files.config);
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray text = config.readAll();
        QVERIFY(text.contains("\nexample.com\n--offline\n"));
        QVERIFY(QFile::exists(files.service) && QFile::exists(files.dropIn));
    }
};

QTEST_MAIN(TestMonitor)
#include "tst_monitor.moc"
