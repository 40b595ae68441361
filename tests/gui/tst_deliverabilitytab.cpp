// The Deliverability tab (issue #18) against FakeSeedProbe and an in-memory keyring: seeds added,
// a watch-only run with a row of progress per seed, placement words, the run stored and charted,
// Cancel ends a run at once while the UI thread keeps running, and the password appears nowhere
// but in the keyring (never in a widget, a status message or the settings file).
#include "../seed/FakeSeedProbe.h"
#include "AppSettings.h"
#include "QCustomPlotHeader.h"
#include "seed/DeliverabilityTab.h"
#include "seed/MemoryCredentialStore.h"
#include "seed/SeedAccountDialog.h"
#include "seed/SeedListPanel.h"
#include "seed/SeedPlacementChart.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Zq8-very-secret-pw");
const QString kToken = QStringLiteral("tok-1234567890");

// Records the passwords the run hands to its probes (they must come from the keyring).
class RecordingProbe : public FakeSeedProbe {
public:
    RecordingProbe(std::shared_ptr<FakeSeedScript> script, std::shared_ptr<QStringList> passwords)
        : FakeSeedProbe(std::move(script))
        , m_passwords(std::move(passwords)) {}
    SeedMailboxObservation look(const SeedAccount& account, const SeedLook& what) override {
        {
            QMutexLocker lock(&m_mutex);
            *m_passwords << account.password;
        }
        return FakeSeedProbe::look(account, what);
    }
    static inline QMutex m_mutex;

private:
    std::shared_ptr<QStringList> m_passwords;
};

SeedListEntry seed(const QString& name) {
    return SeedListEntry{name,
                         QStringLiteral("imap.%1.test").arg(name),
                         993,
                         SeedTlsMode::Implicit,
                         QStringLiteral("user-%1").arg(name),
                         QStringLiteral("%1@seed.test").arg(name)};
}

QStringList visibleTexts(QWidget* root) {
    QStringList texts;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        else if (auto* edit = qobject_cast<QLineEdit*>(w); edit && edit->echoMode() == QLineEdit::Normal)
            texts << edit->text();
        else if (auto* browser = qobject_cast<QTextBrowser*>(w))
            texts << browser->toHtml();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text() << button->toolTip();
        else if (auto* table = qobject_cast<QTableWidget*>(w))
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (QTableWidgetItem* item = table->item(r, c))
                        texts << item->text() << item->toolTip();
    }
    return texts;
}
} // namespace

class TestDeliverabilityTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateExplainsSeeds();
    void addSeedThroughTheDialog();
    void watchOnlyRunShowsPlacementAndStoresIt();
    void cancelStopsPromptly();
    void withoutKeyringPasswordIsForTheRunOnly();
    void chartTicksAreLabelledPlacements();

private:
    std::unique_ptr<DeliverabilityTab> makeTab();
    QString placementWord(int row) const { return m_tab->placementTable()->item(row, 1)->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    MemoryCredentialStore* m_store = nullptr;
    std::shared_ptr<FakeSeedScript> m_script;
    std::shared_ptr<QStringList> m_passwords;
    std::unique_ptr<DeliverabilityTab> m_tab;
};

std::unique_ptr<DeliverabilityTab> TestDeliverabilityTab::makeTab() {
    const QString history = m_dir->filePath(QStringLiteral("history.sqlite"));
    auto tab = std::make_unique<DeliverabilityTab>(m_settings.get(), [history] { return history; });
    auto script = m_script;
    auto passwords = m_passwords;
    tab->setProbeFactory([script, passwords](const NetOptions&) -> std::unique_ptr<SeedMailboxProbe> {
        return std::make_unique<RecordingProbe>(script, passwords);
    });
    tab->setCredentialStore(m_store);
    return tab;
}

void TestDeliverabilityTab::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = new MemoryCredentialStore(this);
    m_script = std::make_shared<FakeSeedScript>();
    m_passwords = std::make_shared<QStringList>();
    m_tab = makeTab();
    m_tab->resize(1200, 800);
    m_tab->show();
}

void TestDeliverabilityTab::cleanup() {
    m_tab.reset();
    delete m_store;
    m_store = nullptr;
    m_settings.reset();
    m_dir.reset();
}

void TestDeliverabilityTab::emptyStateExplainsSeeds() {
    QSignalSpy loaded(m_tab.get(), &DeliverabilityTab::historyLoaded);
    QSignalSpy finished(m_tab.get(), &AuditTab::finished);
    m_tab->startAudit(QStringLiteral("example.com"), nullptr, 7);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toULongLong(), 7ULL);
    QTRY_VERIFY(loaded.size() >= 1);
    QVERIFY(!m_tab->chart()->showsChart());
    QVERIFY(m_tab->chart()->emptyText().contains(QStringLiteral("No seed run of example.com")));
    // What seeds are and how to add one, where the results will be.
    QVERIFY(
        m_tab->detailView()->toPlainText().contains(QStringLiteral("Seed mailboxes are mailboxes you own")));
    QVERIFY(m_tab->detailView()->toPlainText().contains(QStringLiteral("Add seed")));
    // No seed: nothing to run; startAudit sent nothing.
    QVERIFY(!m_tab->runButton()->isEnabled());
    QCOMPARE(m_script->looks.load(), 0);
}

void TestDeliverabilityTab::addSeedThroughTheDialog() {
    bool refusedIncomplete = false;
    bool passwordHidden = false;
    auto* poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<SeedAccountDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        dialog->accept(); // nothing filled in: refused, the dialog stays
        refusedIncomplete = dialog->isVisible() && !dialog->problem().isEmpty();
        dialog->findChild<QLineEdit*>(QStringLiteral("seedName"))->setText(QStringLiteral("gmail"));
        dialog->findChild<QLineEdit*>(QStringLiteral("seedHost"))->setText(QStringLiteral("imap.gmail.test"));
        dialog->findChild<QLineEdit*>(QStringLiteral("seedUser"))->setText(QStringLiteral("me"));
        dialog->findChild<QLineEdit*>(QStringLiteral("seedAddress"))
            ->setText(QStringLiteral("me@gmail.test"));
        dialog->passwordField()->setText(kPassword);
        passwordHidden = dialog->passwordField()->echoMode() == QLineEdit::Password;
        dialog->accept();
    });
    poll->start();
    m_tab->seedList()->findChild<QPushButton*>(QStringLiteral("seedAdd"))->click();
    poll->stop();
    QVERIFY(refusedIncomplete);
    QVERIFY(passwordHidden);
    QCOMPARE(m_tab->seedList()->table()->rowCount(), 1);
    QCOMPARE(m_tab->seedList()->table()->item(0, 1)->text(), QStringLiteral("imap.gmail.test:993"));
    QTRY_VERIFY(m_store->contains(QStringLiteral("seed/gmail")));
    QVERIFY(m_tab->runButton()->isEnabled());
    for (const QString& text : visibleTexts(m_tab.get()))
        QVERIFY(!text.contains(kPassword));
}

void TestDeliverabilityTab::watchOnlyRunShowsPlacementAndStoresIt() {
    m_script->seeds.insert(QStringLiteral("gmail"),
                           [](int) { return foundIn(QStringLiteral("INBOX"), SeedPlacement::Inbox); });
    m_script->seeds.insert(QStringLiteral("yahoo"), [](int look) {
        return look >= 2 ? foundIn(QStringLiteral("Bulk"), SeedPlacement::Spam) : SeedMailboxObservation{};
    });
    m_script->seeds.insert(QStringLiteral("locked"), [](int) {
        return failedWith(SeedMailboxObservation::Error::LoginRefused,
                          QStringLiteral("imap.locked.test:993 refused the login"));
    });
    QSignalSpy status(m_tab.get(), &AuditTab::statusMessage);
    for (const QString& name : {QStringLiteral("gmail"), QStringLiteral("yahoo"), QStringLiteral("outlook"),
                                QStringLiteral("locked")})
        m_tab->seedList()->addSeed(seed(name), kPassword);
    QCOMPARE(m_tab->seedList()->table()->rowCount(), 4);
    QTRY_VERIFY(m_store->contains(QStringLiteral("seed/outlook")));
    m_tab->seedList()->setWatchOnly(true);
    QCOMPARE(m_tab->runButton()->text(), QStringLiteral("Check &only"));
    m_tab->seedList()->tokenField()->setText(kToken);
    m_tab->waitBox()->setValue(3);
    m_tab->pollBox()->setValue(1);
    m_tab->startAudit(QStringLiteral("example.com"), nullptr, 1);

    QSignalSpy done(m_tab.get(), &DeliverabilityTab::runFinished);
    QTest::mouseClick(m_tab->runButton(), Qt::LeftButton);
    QTRY_COMPARE(m_tab->progressTable()->rowCount(), 4); // no submission row: watching
    QVERIFY(m_tab->isRunning());
    QVERIFY(m_tab->cancelButton()->isEnabled());
    QVERIFY(done.wait(15000));
    QVERIFY(!m_tab->isRunning());

    // Nothing was sent; every look searched for the user's token.
    QVERIFY(!m_tab->lastResult().sendAsked);
    {
        QMutexLocker lock(&m_script->mutex);
        QVERIFY(!m_script->seen.isEmpty());
        for (const SeedLook& look : std::as_const(m_script->seen))
            QCOMPARE(look.token, kToken.toLatin1());
    }
    {
        QMutexLocker lock(&RecordingProbe::m_mutex);
        QVERIFY(!m_passwords->isEmpty());
        for (const QString& p : std::as_const(*m_passwords))
            QCOMPARE(p, kPassword); // from the keyring
    }
    QCOMPARE(m_tab->progressTable()->item(0, 2)->text(), QStringLiteral("found in \"INBOX\""));
    QCOMPARE(m_tab->placementTable()->rowCount(), 4);
    QCOMPARE(placementWord(0), QStringLiteral("Inbox"));
    QCOMPARE(placementWord(1), QStringLiteral("Spam"));
    QCOMPARE(placementWord(2), QStringLiteral("Missing"));
    QCOMPARE(placementWord(3), QStringLiteral("login refused")); // a failure is not "missing"
    for (int r = 0; r < 4; ++r)
        QVERIFY(!m_tab->placementTable()->item(r, 1)->icon().isNull());
    QCOMPARE(m_tab->placementTable()->item(0, 3)->text(), QStringLiteral("INBOX"));
    QVERIFY(!m_tab->placementTable()->item(0, 2)->text().isEmpty());
    QVERIFY(m_tab->detailView()->toPlainText().contains(QStringLiteral("gmail")));
    m_tab->placementTable()->selectRow(3);
    QVERIFY(m_tab->detailView()->toPlainText().contains(QStringLiteral("refused the login")));

    // Stored under the audited domain, charted: one point per seed that could be looked into.
    QTRY_VERIFY(m_tab->chart()->showsChart());
    QCOMPARE(m_tab->chart()->plot()->graphCount(), 4);
    QCOMPARE(m_tab->chart()->pointCount(), 3);

    // The list (not the password) survives in the settings; the password is nowhere but the keyring.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settingsText = ini.readAll();
    QVERIFY(settingsText.contains("imap.gmail.test"));
    QVERIFY(!settingsText.contains(kPassword.toUtf8()));
    for (const QString& text : visibleTexts(m_tab.get()))
        QVERIFY2(!text.contains(kPassword), qPrintable(text.left(200)));
    for (const QList<QVariant>& message : std::as_const(status))
        QVERIFY(!message.first().toString().contains(kPassword));

    // A new tab over the same settings lists the seeds again.
    auto again = makeTab();
    QCOMPARE(again->seedList()->table()->rowCount(), 4);
    QCOMPARE(again->seedList()->table()->item(0, 1)->text(), QStringLiteral("imap.gmail.test:993"));
}

void TestDeliverabilityTab::cancelStopsPromptly() {
    m_script->blockUntilCancelled = true;
    m_tab->seedList()->addSeed(seed(QStringLiteral("gmail")), kPassword);
    m_tab->seedList()->setWatchOnly(true);
    m_tab->seedList()->tokenField()->setText(kToken);
    m_tab->waitBox()->setValue(300);
    m_tab->startAudit(QStringLiteral("example.com"), nullptr, 1);
    QSignalSpy done(m_tab.get(), &DeliverabilityTab::runFinished);
    m_tab->runButton()->click();
    QTRY_VERIFY(m_script->looks.load() >= 1);
    // The look blocks on the worker: the UI thread still runs its timers (elapsed seconds tick).
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->progressTable()->item(0, 1)->text() != QStringLiteral("0 s"), 5000);
    QVERIFY(m_tab->isRunning());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(m_tab->cancelButton(), Qt::LeftButton);
    QVERIFY(done.wait(5000));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(m_tab->lastResult().cancelled);
    QCOMPARE(m_tab->progressTable()->item(0, 2)->text(), QStringLiteral("cancelled"));
    QVERIFY(m_tab->runButton()->isEnabled());
    // A cancelled run is not stored.
    QTest::qWait(200);
    QVERIFY(!m_tab->chart()->showsChart());
}

void TestDeliverabilityTab::withoutKeyringPasswordIsForTheRunOnly() {
    m_store->setAvailable(false);
    m_tab = makeTab();
    QTRY_VERIFY(!m_tab->keyringAvailable());
    QVERIFY(m_tab->notice().contains(QStringLiteral("No desktop keyring")));
    m_script->seeds.insert(QStringLiteral("gmail"),
                           [](int) { return foundIn(QStringLiteral("INBOX"), SeedPlacement::Inbox); });
    m_tab->seedList()->addSeed(seed(QStringLiteral("gmail")), kPassword);
    QCOMPARE(m_tab->passwordsHeldForRun(), 1);
    m_tab->seedList()->setWatchOnly(true);
    m_tab->seedList()->tokenField()->setText(kToken);
    QSignalSpy done(m_tab.get(), &DeliverabilityTab::runFinished);
    m_tab->runButton()->click();
    QVERIFY(done.wait(10000));
    QCOMPARE(placementWord(0), QStringLiteral("Inbox"));
    QCOMPARE(m_tab->passwordsHeldForRun(), 0); // for that run only
    QVERIFY(!m_store->contains(QStringLiteral("seed/gmail")));
    {
        QMutexLocker lock(&RecordingProbe::m_mutex);
        QCOMPARE(m_passwords->value(0), kPassword);
    }
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kPassword.toUtf8()));
    for (const QString& text : visibleTexts(m_tab.get()))
        QVERIFY(!text.contains(kPassword));
}

void TestDeliverabilityTab::chartTicksAreLabelledPlacements() {
    SeedPlacementChart chart;
    QList<SeedHistoryRun> runs;
    for (int i = 0; i < 3; ++i) {
        SeedHistoryRun run;
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * (3 - i));
        run.seeds << SeedHistoryEntry{
            QStringLiteral("gmail"), i == 1 ? SeedPlacement::Spam : SeedPlacement::Inbox, 2, {}, {}};
        run.seeds << SeedHistoryEntry{QStringLiteral("yahoo"), SeedPlacement::Missing, -1, {}, {}};
        runs << run;
    }
    chart.setRuns(runs, QString());
    QVERIFY(chart.showsChart());
    QCOMPARE(chart.plot()->graphCount(), 2);
    QCOMPARE(chart.pointCount(), 6);
    auto ticker = chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().keys(), (QList<double>{-1, 0, 0.5, 1}));
    QCOMPARE(ticker->ticks().value(1), QStringLiteral("Inbox"));
    QCOMPARE(ticker->ticks().value(0), QStringLiteral("Spam"));
    QCOMPARE(ticker->ticks().value(-1), QStringLiteral("Missing"));
    QCOMPARE(SeedPlacementChart::value(SeedPlacement::Spam), 0.0);
    // gmail's middle run went to spam: its line dips to the Spam tick (within the small shift).
    const double middle = (chart.plot()->graph(0)->data()->constBegin() + 1)->value;
    QVERIFY(std::abs(middle) < 0.1);
}

QTEST_MAIN(TestDeliverabilityTab)
#include "tst_deliverabilitytab.moc"
