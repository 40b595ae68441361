// SettingsDialog: reads AppSettings, refuses invalid servers (OK disabled, the reason shown), and
// writes the choice back.
#include "AppSettings.h"
#include "SettingsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void customServersValidated_data();
    void customServersValidated();
    void offlineNeedsZoneFiles();
};

void TestSettingsDialog::customServersValidated_data() {
    QTest::addColumn<QString>("servers");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.53") << true;
    QTest::newRow("ipv4 port") << QStringLiteral("192.0.2.53:5353") << true;
    QTest::newRow("ipv6 port") << QStringLiteral("[2001:db8::53]:53\n192.0.2.1") << true;
    QTest::newRow("name") << QStringLiteral("dns.example") << false;
    QTest::newRow("bad port") << QStringLiteral("192.0.2.53:99999") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsDialog::customServersValidated() {
    QFETCH(QString, servers);
    QFETCH(bool, valid);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(settings);
    dialog.show();
    auto* custom = dialog.findChildren<QRadioButton*>().at(1);
    custom->setChecked(true);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("customServers"))->setPlainText(servers);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), valid);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("serverError"));
    QCOMPARE(error->isVisible(), !valid);
    dialog.findChild<QSpinBox*>(QStringLiteral("timeout"))->setValue(4500);
    dialog.accept();
    if (valid) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.resolverMode(), AppSettings::ResolverMode::Custom);
        QCOMPARE(settings.customServers().join(u'\n'), servers);
        QCOMPARE(settings.timeoutMs(), 4500);
    } else {
        QVERIFY(dialog.isVisible()); // not accepted
        QCOMPARE(settings.resolverMode(), AppSettings::ResolverMode::System);
    }
}

void TestSettingsDialog::offlineNeedsZoneFiles() {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setZoneFiles({QStringLiteral("/tmp/a.zone")});
    SettingsDialog dialog(settings);
    dialog.show();
    dialog.findChildren<QRadioButton*>().at(2)->setChecked(true);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("zoneFiles"));
    QCOMPARE(list->count(), 1);
    list->clear();
    Q_EMIT list->itemSelectionChanged(); // what the Remove button leads to
    QVERIFY(!ok->isEnabled());
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
