// The History tab and the GUI's audit history: the models under QAbstractItemModelTester, and
// the main window auditing the demo's example.com live and then with its staged change, which
// the History tab lists, diffs (findings fixed / new, records changed, grade) and charts; the
// demo writes only into its own temporary history, a normal audit into the settings' database.
#include "AppSettings.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SqlThreadCheck.h"
#include "audit/AuditDiffFindingsModel.h"
#include "audit/AuditDiffRecordsModel.h"
#include "audit/AuditHistoryModel.h"
#include "audit/AuditOverviewTab.h"
#include "audit/HistoryTab.h"
#include "demo/DemoWorld.h"
#include "history/AuditHistory.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char* kDiff = R"({
  "grade": {"before": "A", "after": "B", "change": "regressed"},
  "findings": {
    "new": [{"code": "DMARC-SP-NONE", "severity": "warning", "area": "dmarc", "title": "Subdomains unprotected"},
            {"code": "SPF-SOFTFAIL", "severity": "info", "area": "spf", "title": "Soft fail"}],
    "fixed": [{"code": "DKIM-WEAK-KEY", "severity": "error", "area": "dkim", "title": "Weak key"}],
    "unchanged": [{"code": "DNS-X", "severity": "info", "area": "dns", "title": "Same"}]
  },
  "records": {
    "added": ["new.example.com TXT hello"],
    "removed": [],
    "changed": [{"rrset": "example.com TXT", "before": ["v=spf1 mx -all"], "after": ["v=spf1 mx ~all"]}]
  },
  "spf": {"record": {"before": "v=spf1 mx -all", "after": "v=spf1 mx include:a.test ~all"},
          "lookups": {"before": 1, "after": 3},
          "includesAdded": [{"term": "include:a.test", "lookups": 2}],
          "includesRemoved": [], "includesChanged": []},
  "dkim": {"keysAdded": [], "keysRemoved": [{"selector": "old", "keyType": "rsa", "keyBits": 1024}],
           "keysChanged": []},
  "dmarc": {"policy": {"before": "reject", "after": "quarantine"}}
})";

QStringList column(const QAbstractItemModel* model, int col, int role = Qt::DisplayRole) {
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, col).data(role).toString();
    return out;
}
} // namespace

class TestHistoryTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void historyModel();
    void findingsModel();
    void recordsModel_data();
    void recordsModel();
    void settingsDefaults();
    void settingsDialogHistoryField();
    void defaultPairIsSinceLastQuarter();
    void demoLiveThenStaged();
    void normalAuditGoesToSettingsDatabase();
};

void TestHistoryTab::historyModel() {
    AuditHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    model.setEntries({AuditHistoryEntry{2, QStringLiteral("example.com"), t, QStringLiteral("B"), 0, 2, 1,
                                        true, QStringLiteral("zone")},
                      AuditHistoryEntry{1, QStringLiteral("example.com"), t.addDays(-100),
                                        QStringLiteral("A"), 0, 0, 1, false, QStringLiteral("system")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AuditHistoryModel::ColumnCount));
    QCOMPARE(model.index(0, AuditHistoryModel::GradeColumn).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.index(0, AuditHistoryModel::ModeColumn).data().toString(), QStringLiteral("Staged"));
    QCOMPARE(model.index(1, AuditHistoryModel::ModeColumn).data().toString(), QStringLiteral("Live"));
    QCOMPARE(model.index(0, AuditHistoryModel::WarningsColumn).data().toInt(), 2);
    QCOMPARE(model.index(1, 0).data(AuditHistoryModel::IdRole).toLongLong(), 1);
    QCOMPARE(model.rowOf(2), 0);
    QCOMPARE(model.rowOf(7), -1);
    QVERIFY(!model.headerData(AuditHistoryModel::ErrorsColumn, Qt::Horizontal, Qt::DecorationRole).isNull());
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryTab::findingsModel() {
    AuditDiffFindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(json(kDiff));
    QCOMPARE(model.rowCount(), 3); // unchanged hidden by default
    QCOMPARE(column(&model, 0, AuditDiffFindingsModel::ChangeRole),
             (QStringList{QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("fixed")}));
    // Most severe first within a group; severity as icon and word.
    QCOMPARE(column(&model, AuditDiffFindingsModel::CodeColumn),
             (QStringList{QStringLiteral("DMARC-SP-NONE"), QStringLiteral("SPF-SOFTFAIL"),
                          QStringLiteral("DKIM-WEAK-KEY")}));
    QCOMPARE(model.index(2, AuditDiffFindingsModel::SeverityColumn).data().toString(),
             severityLabel(Severity::Error));
    QVERIFY(!model.index(2, AuditDiffFindingsModel::SeverityColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.index(2, AuditDiffFindingsModel::ChangeColumn).data().toString(), QStringLiteral("Fixed"));
    QCOMPARE(model.count(QStringLiteral("unchanged")), 1);
    model.setShowUnchanged(true);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, AuditDiffFindingsModel::ChangeColumn).data().toString(),
             QStringLiteral("Unchanged"));
    model.setDiff({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryTab::recordsModel_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("dmarc policy") << "dmarc-policy"
                                  << "changed"
                                  << ""
                                  << "reject"
                                  << "quarantine";
    const auto lookups = [](int n) { return AuditDiffRecordsModel::tr("%n DNS lookup(s)", nullptr, n); };
    QTest::newRow("spf lookups") << "spf-lookups"
                                 << "changed"
                                 << "" << lookups(1) << lookups(3);
    QTest::newRow("spf term added") << "spf-term"
                                    << "added"
                                    << "~all"
                                    << ""
                                    << "~all";
    QTest::newRow("spf term removed") << "spf-term"
                                      << "removed"
                                      << "-all"
                                      << "-all"
                                      << "";
    QTest::newRow("spf include") << "spf-include"
                                 << "added"
                                 << "include:a.test"
                                 << "" << lookups(2);
    QTest::newRow("dkim key") << "dkim-key"
                              << "removed"
                              << "old"
                              << "RSA, 1024 bits"
                              << "";
    QTest::newRow("record added") << "record"
                                  << "added"
                                  << "new.example.com TXT"
                                  << ""
                                  << "hello";
    QTest::newRow("record changed") << "record"
                                    << "changed"
                                    << "example.com TXT"
                                    << "v=spf1 mx -all"
                                    << "v=spf1 mx ~all";
}

void TestHistoryTab::recordsModel() {
    QFETCH(QString, kind);
    QFETCH(QString, change);
    QFETCH(QString, item);
    QFETCH(QString, before);
    QFETCH(QString, after);
    AuditDiffRecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiff(json(kDiff));
    QCOMPARE(model.rowCount(), 8);
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex first = model.index(row, 0);
        if (first.data(AuditDiffRecordsModel::KindRole).toString() != kind ||
            first.data(AuditDiffRecordsModel::ChangeRole).toString() != change ||
            model.index(row, AuditDiffRecordsModel::ItemColumn).data().toString() != item)
            continue;
        ++found;
        QCOMPARE(model.index(row, AuditDiffRecordsModel::BeforeColumn).data().toString(), before);
        QCOMPARE(model.index(row, AuditDiffRecordsModel::AfterColumn).data().toString(), after);
    }
    QCOMPARE(found, 1);
}

void TestHistoryTab::settingsDefaults() {
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(s.historyEnabled());
    // Over an INI file the history sits beside it: tests never touch the user's database.
    QCOMPARE(s.historyPath(), dir.filePath(QStringLiteral("mailsight.sqlite")));
    s.setHistoryPath(dir.filePath(QStringLiteral("other.sqlite")));
    QCOMPARE(s.historyPath(), dir.filePath(QStringLiteral("other.sqlite")));
    s.setHistoryPath({});
    QCOMPARE(s.historyPath(), s.defaultHistoryPath());
    s.setHistoryEnabled(false);
    QVERIFY(!s.historyEnabled());
    QVERIFY(HistoryTab::demoHistoryPath() != s.historyPath());
}

void TestHistoryTab::settingsDialogHistoryField() {
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("s.ini")));
    {
        SettingsDialog dialog(s);
        auto* on = dialog.findChild<QCheckBox*>(QStringLiteral("historyEnabled"));
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("historyPath"));
        QVERIFY(on && path);
        QVERIFY(on->isChecked());
        QCOMPARE(QDir::fromNativeSeparators(path->text()), s.historyPath());
        path->setText(dir.filePath(QStringLiteral("elsewhere.sqlite")));
        dialog.accept();
    }
    QCOMPARE(s.historyPath(), dir.filePath(QStringLiteral("elsewhere.sqlite")));
    QVERIFY(s.historyEnabled());
    {
        SettingsDialog dialog(s);
        auto* on = dialog.findChild<QCheckBox*>(QStringLiteral("historyEnabled"));
        on->setChecked(false);
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("historyPath"))->isEnabled());
        dialog.accept();
    }
    QVERIFY(!s.historyEnabled());
}

void TestHistoryTab::defaultPairIsSinceLastQuarter() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 earlierQuarter = 0;
    {
        auto db = HistoryDatabase::open(path);
        QVERIFY(db);
        auto history = AuditHistory::open(*db);
        QVERIFY(history);
        // An audit from an earlier quarter, one from this quarter, the latest.
        for (const auto& [age, grade] :
             {std::pair{200 * 86400, "C"}, std::pair{60, "B"}, std::pair{0, "A"}}) {
            AuditReport r;
            r.domain = QStringLiteral("q.test");
            r.startedAt = now.addSecs(-age);
            r.finishedAt = r.startedAt;
            r.grade = QString::fromLatin1(grade);
            auto id = (*history)->store(r);
            QVERIFY(id);
            if (age > 86400)
                earlierQuarter = *id;
        }
    }
    HistoryTab tab;
    tab.setHistoryPath(path);
    QSignalSpy done(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("q.test"), {}, 7);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).toULongLong(), 7u);
    QTRY_VERIFY(!tab.diff().isEmpty());
    QCOMPARE(tab.historyModel()->rowCount(), 3);
    QCOMPARE(tab.trendPointCount(), 3);
    QCOMPARE(tab.findChild<QComboBox*>(QStringLiteral("compareFrom"))->currentData().toLongLong(),
             earlierQuarter);
    QVERIFY(
        tab.findChild<QLabel*>(QStringLiteral("pairHint"))->text().contains(QStringLiteral("last quarter")));
    QCOMPARE(tab.diff().value(QStringLiteral("grade")).toObject().value(QStringLiteral("change")).toString(),
             QStringLiteral("improved"));
    // Picking another pair compares that one.
    tab.findChild<QComboBox*>(QStringLiteral("compareFrom"))->setCurrentIndex(1); // the "B" audit
    QTRY_COMPARE(
        tab.diff().value(QStringLiteral("grade")).toObject().value(QStringLiteral("before")).toString(),
        QStringLiteral("B"));
}

void TestHistoryTab::demoLiveThenStaged() {
    QTemporaryDir dir;
    auto settings = std::make_shared<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* history = window.findChild<HistoryTab*>();
    auto* overview = window.findChild<AuditOverviewTab*>();
    QVERIFY(history && overview);
    QTabWidget* tabs = window.findChild<QTabWidget*>(QStringLiteral("auditTabs"));
    tabs->setCurrentWidget(history);

    window.startDemo(QStringLiteral("example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAuditRunning(), 30000);
    QCOMPARE(history->historyPath(), HistoryTab::demoHistoryPath());
    QCOMPARE(overview->historyPath(), HistoryTab::demoHistoryPath());
    QTRY_COMPARE_WITH_TIMEOUT(history->historyModel()->rowCount(), 1, 10000);
    QTRY_VERIFY(!history->isLoading());
    QCOMPARE(history->trendPointCount(), 1);
    QVERIFY(history->findChild<QLabel*>(QStringLiteral("diffMessage"))
                ->text()
                .contains(QStringLiteral("Only one audit")));
    const QString liveGrade = overview->report().grade;

    // The planned change, staged over the demo.
    QVERIFY(window.setStagedZoneFiles({DemoWorld::stagedZoneFile()}));
    window.auditDomain(QStringLiteral("example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAuditRunning(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(history->historyModel()->rowCount(), 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!history->diff().isEmpty(), 10000);
    QTRY_VERIFY(!history->isLoading());
    QCOMPARE(history->trendPointCount(), 2);
    // Newest first: the staged audit, compared with the live one before it.
    QCOMPARE(history->historyModel()->index(0, AuditHistoryModel::ModeColumn).data().toString(),
             QStringLiteral("Staged"));
    QCOMPARE(history->findChild<QComboBox*>(QStringLiteral("compareTo"))->currentIndex(), 0);
    QCOMPARE(history->findChild<QComboBox*>(QStringLiteral("compareFrom"))->currentIndex(), 1);
    QVERIFY(history->findChild<QLabel*>(QStringLiteral("pairHint"))
                ->text()
                .contains(QStringLiteral("the last live audit before")));
    const QJsonObject grade = history->diff().value(QStringLiteral("grade")).toObject();
    QCOMPARE(grade.value(QStringLiteral("before")).toString(), liveGrade);
    QCOMPARE(grade.value(QStringLiteral("after")).toString(), overview->report().grade);
    QVERIFY(history->findChild<QLabel*>(QStringLiteral("gradeChange"))->text().contains(liveGrade));

    // Findings: the staged change brings new ones (~all, sp=none, p=quarantine).
    const QStringList changes = column(history->findingsModel(), AuditDiffFindingsModel::ChangeColumn,
                                       AuditDiffFindingsModel::ChangeRole);
    QVERIFY2(changes.contains(QStringLiteral("new")), qPrintable(changes.join(u',')));
    // Records: the SPF and DMARC TXT records changed, the policy dropped, an include was added.
    AuditDiffRecordsModel* records = history->recordsModel();
    const QStringList items = column(records, AuditDiffRecordsModel::ItemColumn);
    const QStringList kinds = column(records, 0, AuditDiffRecordsModel::KindRole);
    QVERIFY2(items.contains(QStringLiteral("example.com TXT")), qPrintable(items.join(u'|')));
    QVERIFY2(items.contains(QStringLiteral("_dmarc.example.com TXT")), qPrintable(items.join(u'|')));
    QVERIFY2(items.contains(QStringLiteral("include:spf.marketing.saas.test")), qPrintable(items.join(u'|')));
    const int policy = int(kinds.indexOf(QStringLiteral("dmarc-policy")));
    QVERIFY(policy >= 0);
    QCOMPARE(records->index(policy, AuditDiffRecordsModel::BeforeColumn).data().toString(),
             QStringLiteral("reject"));
    QCOMPARE(records->index(policy, AuditDiffRecordsModel::AfterColumn).data().toString(),
             QStringLiteral("quarantine"));

    // The Overview's "since the last audit" shows the same changes from the history.
    QStringList lines;
    auto* list = overview->findChild<QListWidget*>(QStringLiteral("changesList"));
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    QVERIFY2(lines.join(u'\n').contains(QStringLiteral("DMARC policy: reject -> quarantine")),
             qPrintable(lines.join(u'\n')));

    // Swapping the pair reverses the diff: what was new is fixed.
    history->compare(history->historyModel()->entries().at(0).id,
                     history->historyModel()->entries().at(1).id);
    QTRY_VERIFY(!history->isLoading());
    QTRY_COMPARE(
        history->diff().value(QStringLiteral("grade")).toObject().value(QStringLiteral("after")).toString(),
        liveGrade);

    // The demo never wrote into the user's history.
    QVERIFY(!QFileInfo::exists(settings->historyPath()));
}

void TestHistoryTab::normalAuditGoesToSettingsDatabase() {
    QTemporaryDir dir;
    auto settings = std::make_shared<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setResolverMode(AppSettings::ResolverMode::Offline);
    settings->setZoneFiles(DemoWorld::zoneFiles());
    MainWindow window(settings);
    window.show();
    window.auditDomain(QStringLiteral("overlimit.test"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAuditRunning(), 30000);
    auto* history = window.findChild<HistoryTab*>();
    QCOMPARE(history->historyPath(), settings->historyPath());
    QTRY_COMPARE_WITH_TIMEOUT(history->historyModel()->rowCount(), 1, 10000);
    QVERIFY(QFileInfo::exists(settings->historyPath()));
    {
        auto db = HistoryDatabase::open(settings->historyPath());
        QVERIFY(db);
        auto stored = AuditHistory::open(*db);
        QVERIFY(stored);
        auto entries = (*stored)->list(QStringLiteral("overlimit.test"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY(!entries->constFirst().resolver.isEmpty());
    }

    // History off: nothing more is stored, and the tab says so.
    settings->setHistoryEnabled(false);
    window.auditDomain(QStringLiteral("overlimit.test"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAuditRunning(), 30000);
    QCOMPARE(history->historyPath(), QString());
    QTRY_VERIFY(history->findChild<QLabel*>(QStringLiteral("historyTitle"))
                    ->text()
                    .contains(QStringLiteral("no history is kept")));
    auto db = HistoryDatabase::open(settings->historyPath());
    QVERIFY(db);
    auto stored = AuditHistory::open(*db);
    QVERIFY(stored);
    QCOMPARE((*stored)->list(QStringLiteral("overlimit.test"))->size(), 1);
}

MAILSIGHT_SQL_CHECKED_MAIN(TestHistoryTab)
#include "tst_historytab.moc"
