// Settings → "DNS trust and reputation": the four settings round-trip through AppSettings and the
// dialog; a bad trust anchor or blocklist file keeps the dialog open with the reason (the blocklist
// file's line) and the typed text; the dialog's accelerators are unique; and TrustPlan carries the
// settings into AuditRunOptions as the CLI's --trust-anchor, --blocklists, --no-ns and
// --no-blocklists do, refusing a bad file with a message that names it.
//
// With MAILSIGHT_SCREENSHOT_DIR set, the dialog is saved there as settings-trust-<theme>.png.
#include "AppSettings.h"
#include "AppTheme.h"
#include "ResolverPlan.h"
#include "SettingsDialog.h"
#include "TrustPlan.h"
#include "audit/AuditChecks.h"
#include "audit/AuditRunner.h"
#include "compare/CompareDialog.h"
#include "monitor/MonitorController.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kAnchor =
    ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n";
const QByteArray kLists = "# two lists\n"
                          "[bl.example.com]\n"
                          "kind = ip\n"
                          "code = 127.0.0.2 a spam source\n"
                          "[dbl.example.com]\n"
                          "kind = domain\n"
                          "code = 127.0.1.2 a spam domain\n";
// Line 3 names a kind the parser does not know.
const QByteArray kBadLists = "# one list\n"
                             "[bl.example.com]\n"
                             "kind = colour\n";

QStringList areas(const AuditRunOptions& options) {
    QStringList out;
    for (const auto& check : options.checks.isEmpty() ? AuditChecks::all() : options.checks)
        out << check->area();
    return out;
}
} // namespace

class TestTrustSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void settingsDefaultsAndRoundTrip();
    void dialogStoresTheSettings();
    void badBlocklistFileKeepsTheDialogOpen();
    void badTrustAnchorFileKeepsTheDialogOpen();
    void fileCheckedAgainWhenAccepted();
    void blocklistFileIgnoredWhenBlocklistsOff();
    void acceleratorsAreUnique();
    void planDefaultsRunEveryCheck();
    void planCarriesTheSettings();
    void planRefusesBadFiles();
    void resolverPlanCarriesTheTrustPlan();
    void comparisonReportsABadTrustAnchor();
    void monitorReportsABadTrustAnchor();
    void screenshots_data();
    void screenshots();

private:
    QString write(const QString& name, const QByteArray& text) {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTrustSettings::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTrustSettings::settingsDefaultsAndRoundTrip() {
    const QString ini = m_dir->filePath(u"s.ini"_s);
    {
        AppSettings s(ini);
        QCOMPARE(s.trustAnchorFile(), QString());
        QCOMPARE(s.blocklistsFile(), QString());
        QVERIFY(s.askEveryServer());
        QVERIFY(s.checkBlocklists());
        s.setTrustAnchorFile(u"/srv/anchors/root.key"_s);
        s.setBlocklistsFile(u"/srv/lists.conf"_s);
        s.setAskEveryServer(false);
        s.setCheckBlocklists(false);
        s.sync();
    }
    AppSettings s(ini);
    QCOMPARE(s.trustAnchorFile(), u"/srv/anchors/root.key"_s);
    QCOMPARE(s.blocklistsFile(), u"/srv/lists.conf"_s);
    QVERIFY(!s.askEveryServer());
    QVERIFY(!s.checkBlocklists());
}

void TestTrustSettings::dialogStoresTheSettings() {
    const QString anchor = write(u"root.ds"_s, kAnchor);
    const QString lists = write(u"lists.conf"_s, kLists);
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    {
        SettingsDialog dialog(settings);
        dialog.show();
        auto* anchorEdit = dialog.findChild<QLineEdit*>(u"trustAnchorFile"_s);
        QVERIFY(anchorEdit);
        QVERIFY2(anchorEdit->placeholderText().contains(u"/usr/share/dns/root.key"_s),
                 qPrintable(anchorEdit->placeholderText()));
        QVERIFY(dialog.findChild<QCheckBox*>(u"askEveryServer"_s)->isChecked());
        QVERIFY(dialog.findChild<QCheckBox*>(u"checkBlocklists"_s)->isChecked());
        anchorEdit->setText(anchor);
        dialog.findChild<QLineEdit*>(u"blocklistsFile"_s)->setText(lists);
        dialog.findChild<QCheckBox*>(u"askEveryServer"_s)->setChecked(false);
        QVERIFY(!dialog.findChild<QLabel*>(u"trustError"_s)->isVisible());
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(settings.trustAnchorFile(), anchor);
    QCOMPARE(settings.blocklistsFile(), lists);
    QVERIFY(!settings.askEveryServer());
    QVERIFY(settings.checkBlocklists());

    // Opened again, the dialog shows what was stored.
    SettingsDialog again(settings);
    QCOMPARE(again.findChild<QLineEdit*>(u"trustAnchorFile"_s)->text(), anchor);
    QCOMPARE(again.findChild<QLineEdit*>(u"blocklistsFile"_s)->text(), lists);
    QVERIFY(!again.findChild<QCheckBox*>(u"askEveryServer"_s)->isChecked());
    QVERIFY(again.findChild<QCheckBox*>(u"checkBlocklists"_s)->isChecked());
}

void TestTrustSettings::badBlocklistFileKeepsTheDialogOpen() {
    const QString bad = write(u"bad.conf"_s, kBadLists);
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    SettingsDialog dialog(settings);
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(u"blocklistsFile"_s);
    edit->setText(bad);
    auto* error = dialog.findChild<QLabel*>(u"trustError"_s);
    QVERIFY(error->isVisible());
    // The parser's message: the file and the line, as the CLI prints it.
    QVERIFY2(error->text().contains(u"bad.conf:3:"_s), qPrintable(error->text()));
    QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
    QCOMPARE(edit->text(), bad);                       // nothing typed is lost
    QCOMPARE(settings.blocklistsFile(), QString());    // nothing stored
    // Fixed, the error goes and OK comes back.
    QFile::remove(bad);
    write(u"bad.conf"_s, kLists);
    edit->setText(bad + u" "_s); // trimmed when read
    QVERIFY(!error->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.blocklistsFile(), bad);
}

void TestTrustSettings::badTrustAnchorFileKeepsTheDialogOpen() {
    // An A record is not a trust anchor: the file is refused, naming it.
    const QString bad = write(u"root.key"_s, ". IN A 192.0.2.1\n");
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    SettingsDialog dialog(settings);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"trustAnchorFile"_s)->setText(bad);
    auto* error = dialog.findChild<QLabel*>(u"trustError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"root.key"_s), qPrintable(error->text()));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(settings.trustAnchorFile(), QString());
    // A file that does not exist is refused too.
    dialog.findChild<QLineEdit*>(u"trustAnchorFile"_s)->setText(m_dir->filePath(u"nope.key"_s));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"nope.key"_s), qPrintable(error->text()));
}

void TestTrustSettings::fileCheckedAgainWhenAccepted() {
    // Valid when typed, broken before OK: accept() reads it again and refuses.
    const QString lists = write(u"lists.conf"_s, kLists);
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    SettingsDialog dialog(settings);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"blocklistsFile"_s)->setText(lists);
    QVERIFY(!dialog.findChild<QLabel*>(u"trustError"_s)->isVisible());
    QFile::remove(lists);
    write(u"lists.conf"_s, kBadLists);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel*>(u"trustError"_s)->text().contains(u"lists.conf:3:"_s));
    QCOMPARE(settings.blocklistsFile(), QString());
}

void TestTrustSettings::blocklistFileIgnoredWhenBlocklistsOff() {
    // As the CLI's --no-blocklists: no list is asked, so the file is not read (nor refused).
    const QString bad = write(u"bad.conf"_s, kBadLists);
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    SettingsDialog dialog(settings);
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(u"blocklistsFile"_s);
    edit->setText(bad);
    QVERIFY(dialog.findChild<QLabel*>(u"trustError"_s)->isVisible());
    dialog.findChild<QCheckBox*>(u"checkBlocklists"_s)->setChecked(false);
    QVERIFY(!edit->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(u"trustError"_s)->isVisible());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!settings.checkBlocklists());

    TrustPlan plan = TrustPlan::fromSettings(settings);
    AuditRunOptions options;
    QVERIFY(plan.apply(options).has_value());
    QVERIFY(!areas(options).contains(u"blocklists"_s));
}

void TestTrustSettings::acceleratorsAreUnique() {
    // Every label with a buddy and every button of the dialog: one letter, one control (Qt's own
    // OK and Cancel included, which some platform themes give &O and &C).
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    SettingsDialog dialog(settings);
    dialog.show();
    QHash<QChar, QString> seen;
    QStringList problems;
    auto check = [&](const QString& text) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
            return;
        const QChar letter = text.at(at + 1).toLower();
        if (seen.contains(letter))
            problems << u"'%1' in \"%2\" and \"%3\""_s.arg(letter).arg(seen.value(letter), text);
        seen.insert(letter, text);
    };
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->buddy())
            check(label->text());
    for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        check(button->text());
    for (const char* reserved : {"&OK", "&Cancel"})
        if (!seen.contains(QChar::fromLatin1(reserved[1]).toLower()))
            check(QString::fromLatin1(reserved));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    // The new group's controls are reachable by a letter.
    for (const QString& text : {u"Trust anchor &file:"_s, u"Custo&m blocklists:"_s,
                                u"Ask e&very authoritative server"_s, u"Check blockl&ists"_s})
        QVERIFY2(seen.values().contains(text), qPrintable(text));
}

void TestTrustSettings::planDefaultsRunEveryCheck() {
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    const TrustPlan plan = TrustPlan::fromSettings(settings);
    AuditRunOptions options;
    QVERIFY(plan.apply(options).has_value());
    QCOMPARE(options.checkOptions.trustAnchorFile, QString()); // the default anchors
    QVERIFY(options.checkOptions.blocklists.isEmpty());        // the built-in lists
    QVERIFY(options.checks.isEmpty());                         // AuditChecks::all()
}

void TestTrustSettings::planCarriesTheSettings() {
    const QString anchor = write(u"root.ds"_s, kAnchor);
    const QString lists = write(u"lists.conf"_s, kLists);
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    settings.setTrustAnchorFile(anchor);
    settings.setBlocklistsFile(lists);
    settings.setAskEveryServer(false);
    const TrustPlan plan = TrustPlan::fromSettings(settings);
    AuditRunOptions options;
    QVERIFY(plan.apply(options).has_value());
    QCOMPARE(options.checkOptions.trustAnchorFile, anchor);
    QCOMPARE(options.checkOptions.blocklists.size(), 2);
    QCOMPARE(options.checkOptions.blocklists.at(1).zone, u"dbl.example.com"_s);
    QStringList expected = areas(AuditRunOptions{});
    expected.removeAll(u"ns"_s);
    QCOMPARE(areas(options), expected); // --no-ns: only the ns check left out
    QVERIFY(areas(options).contains(u"dnssec"_s));
    QVERIFY(areas(options).contains(u"blocklists"_s));

    // Both off: neither check runs; a list of checks given (the comparison's) is filtered, not
    // replaced by all of them.
    settings.setCheckBlocklists(false);
    AuditRunOptions both;
    both.checks = AuditChecks::all();
    both.checks.removeIf([](const auto& c) { return c->area() == u"transport"_s; });
    QVERIFY(TrustPlan::fromSettings(settings).apply(both).has_value());
    QCOMPARE(areas(both), (QStringList{u"spf"_s, u"dmarc"_s, u"dkim"_s, u"dnssec"_s}));
    QVERIFY(both.checkOptions.blocklists.isEmpty()); // no list read when none is asked
}

void TestTrustSettings::planRefusesBadFiles() {
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    settings.setTrustAnchorFile(m_dir->filePath(u"missing.key"_s));
    settings.setAskEveryServer(false);
    AuditRunOptions options;
    options.concurrency = 3;
    auto applied = TrustPlan::fromSettings(settings).apply(options);
    QVERIFY(!applied);
    QVERIFY2(applied.error().contains(u"trust anchor file in Settings"_s), qPrintable(applied.error()));
    QVERIFY2(applied.error().contains(u"missing.key"_s), qPrintable(applied.error()));
    QVERIFY(options.checks.isEmpty()); // unchanged
    QCOMPARE(options.checkOptions.trustAnchorFile, QString());

    // The core helper names the kind of error and the file, for the CLI's exit codes.
    settings.setTrustAnchorFile({});
    settings.setBlocklistsFile(write(u"bad.conf"_s, kBadLists));
    const TrustPlan plan = TrustPlan::fromSettings(settings);
    auto core = plan.options.apply(options);
    QVERIFY(!core);
    QCOMPARE(core.error().kind, AuditTrustOptions::Error::Kind::Blocklists);
    QCOMPARE(core.error().file, settings.blocklistsFile());
    applied = plan.apply(options);
    QVERIFY(!applied);
    QVERIFY2(applied.error().contains(u"blocklists file in Settings"_s), qPrintable(applied.error()));
    QVERIFY2(applied.error().contains(u"bad.conf:3:"_s), qPrintable(applied.error()));
    QVERIFY(options.checks.isEmpty());
}

void TestTrustSettings::resolverPlanCarriesTheTrustPlan() {
    // Batch audits, comparisons and the Monitor get the settings of then through their
    // ResolverPlan source.
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    settings.setTrustAnchorFile(u"/srv/root.key"_s);
    settings.setCheckBlocklists(false);
    const ResolverPlan plan = ResolverPlan::fromSettings(settings, false, {});
    QCOMPARE(plan.trust.options.trustAnchorFile, u"/srv/root.key"_s);
    QVERIFY(!plan.trust.options.checkBlocklists);
    QVERIFY(plan.trust.options.askEveryServer);
}

namespace {
// The demo's zones (offline) with a trust anchor file that does not exist.
ResolverPlan demoWithMissingAnchor(const QString& anchor) {
    ResolverPlan plan;
    plan.demo = true;
    plan.trust.options.trustAnchorFile = anchor;
    return plan;
}
} // namespace

void TestTrustSettings::comparisonReportsABadTrustAnchor() {
    // Not silently compared with the default anchors: nothing runs and the status says why.
    const QString anchor = m_dir->filePath(u"gone.key"_s);
    CompareDialog dialog([anchor] { return demoWithMissingAnchor(anchor); });
    QSignalSpy done(&dialog, &CompareDialog::comparisonFinished);
    dialog.setDomains(u"example.com"_s, u"example.net"_s);
    QVERIFY(dialog.start());
    QVERIFY(done.wait(30000));
    const QString status = dialog.findChild<QLabel*>(u"compareStatus"_s)->text();
    QVERIFY2(status.contains(u"trust anchor file in Settings"_s) && status.contains(u"gone.key"_s),
             qPrintable(status));
}

void TestTrustSettings::monitorReportsABadTrustAnchor() {
    const QString anchor = m_dir->filePath(u"gone.key"_s);
    MonitorController monitor([anchor] { return demoWithMissingAnchor(anchor); });
    QVERIFY(monitor.setDomains({u"example.com"_s}));
    QSignalSpy done(&monitor, &MonitorController::runFinished);
    monitor.runNow();
    QVERIFY(done.wait(30000));
    const MonitorDomainState state = monitor.states().value(0);
    QCOMPARE(state.state, MonitorDomainState::State::Failed);
    QVERIFY2(state.changes.join(u' ').contains(u"gone.key"_s), qPrintable(state.changes.join(u' ')));
}

void TestTrustSettings::screenshots_data() {
    QTest::addColumn<AppSettings::Theme>("theme");
    QTest::newRow("light") << AppSettings::Theme::Light;
    QTest::newRow("dark") << AppSettings::Theme::Dark;
    QTest::newRow("high-contrast") << AppSettings::Theme::HighContrast;
}

void TestTrustSettings::screenshots() {
    QFETCH(AppSettings::Theme, theme);
    const QString dir = qEnvironmentVariable("MAILSIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MAILSIGHT_SCREENSHOT_DIR is not set");
    AppTheme::apply(theme);
    AppSettings settings(m_dir->filePath(u"s.ini"_s));
    SettingsDialog dialog(settings);
    dialog.show();
    dialog.findChild<QLineEdit*>(u"blocklistsFile"_s)->setText(write(u"bad.conf"_s, kBadLists));
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(dir + u"/settings-trust-%1.png"_s.arg(AppSettings::themeKey(theme))));
    AppTheme::apply(AppSettings::Theme::System);
}

QTEST_MAIN(TestTrustSettings)
#include "test_trustsettings.moc"
