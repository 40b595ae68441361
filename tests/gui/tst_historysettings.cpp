// Settings → Audit history with a PostgreSQL server (issue #19): the URL is saved and restored,
// the password never reaches the settings file (it goes to the keyring, here an in-memory one, or
// the session when there is no keyring), OK stays disabled for a URL with a password or of an
// unknown scheme, and Test connection runs off the UI thread against the real PostgreSQL fixture
// (tests/pg/pg-fixture.sh): success with the right password, "authentication failed" without
// echoing a wrong one, "refused" for a port nobody listens on. libpq's own places (PGPASSFILE,
// PGPASSWORD, ~/.pgpass) are emptied, so a connection that works got the typed password.
// With MAILSIGHT_SCREENSHOT_DIR set, `screenshots` saves the dialog after a successful test in
// the light and dark themes (under xvfb-run with QT_QPA_PLATFORM=xcb: the screen, by `import`).
#include "AppSettings.h"
#include "AppTheme.h"
#include "HistoryConnectionCheck.h"
#include "HistoryCredentials.h"
#include "HistoryStoreBox.h"
#include "SettingsDialog.h"
#include "audit/HistoryTab.h"
#include "monitor/MonitorDialog.h"
#include "seed/MemoryCredentialStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString fixtureUrl() {
    return readFile(qEnvironmentVariable("MAILSIGHT_PG_URL_FILE")).trimmed();
}

// The password of the fixture's passfile line (host:port:db:user:password).
QString fixturePassword() {
    const QStringList fields = readFile(qEnvironmentVariable("MAILSIGHT_PG_PASSFILE")).trimmed().split(u':');
    return fields.size() >= 5 ? fields.mid(4).join(u':') : QString();
}
} // namespace

class TestHistorySettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryCredentialStore> m_keyring;
    std::unique_ptr<AppSettings> m_settings;

    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    template <typename T> static T* child(QWidget& parent, const char* name) {
        auto* w = parent.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning() << "no child" << name;
        return w;
    }
    static QPushButton* ok(SettingsDialog& dialog) {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    // The dialog with PostgreSQL chosen and url typed.
    static void choosePostgres(SettingsDialog& dialog, const QString& url) {
        child<QRadioButton>(dialog, "historyPostgres")->setChecked(true);
        child<QLineEdit>(dialog, "historyServerUrl")->setText(url);
    }
    void requireFixture() {
        if (fixtureUrl().isEmpty() || fixturePassword().isEmpty())
            QSKIP("needs the PostgreSQL fixture (ctest -R tst_historysettings)");
    }
    // Clicks Test connection, checks that the click returned before the outcome (the work runs
    // off the UI thread: the progress text shows and the button waits), waits for the outcome
    // and returns its text.
    static QString testConnection(SettingsDialog& dialog) {
        auto* box = dialog.findChild<HistoryStoreBox*>();
        auto* status = child<QLabel>(dialog, "historyTestStatus");
        QSignalSpy tested(box, &HistoryStoreBox::tested);
        QTest::mouseClick(child<QPushButton>(dialog, "historyTest"), Qt::LeftButton);
        if (!status->text().startsWith(u"Connecting to "_s) ||
            child<QPushButton>(dialog, "historyTest")->isEnabled()) {
            qWarning() << "the test did not run in the background:" << status->text();
            return {};
        }
        if (!tested.wait(30000))
            return u"(no outcome)"_s;
        return status->text();
    }

private Q_SLOTS:
    void initTestCase() {
        qunsetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        HistoryCredentials::install();
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_keyring = std::make_unique<MemoryCredentialStore>();
        HistoryCredentials::setKeyring(m_keyring.get());
        m_settings = std::make_unique<AppSettings>(iniPath());
    }

    void cleanup() {
        m_settings.reset();
        HistoryCredentials::setKeyring(nullptr);
        m_keyring.reset();
        m_dir.reset();
    }

    void urlSavedPasswordNot() {
        const QString url = u"postgresql://audit@db.example.com:5433/mailsight?sslmode=require"_s;
        const QString password = u"Pw-never-in-the-ini-4711"_s;
        {
            SettingsDialog dialog(*m_settings);
            dialog.show();
            // SQLite is the default.
            QVERIFY(child<QRadioButton>(dialog, "historySqlite")->isChecked());
            choosePostgres(dialog, url);
            child<QLineEdit>(dialog, "historyPassword")->setText(password);
            QCOMPARE(child<QLineEdit>(dialog, "historyPassword")->echoMode(), QLineEdit::Password);
            QVERIFY(child<QCheckBox>(dialog, "historyRemember")->isChecked());
            QVERIFY(ok(dialog)->isEnabled());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(m_settings->historyStore(), AppSettings::HistoryStore::Postgres);
        QCOMPARE(m_settings->historyServerUrl(), url);
        QCOMPARE(m_settings->historyLocation(), url);
        m_settings->sync();
        const QString ini = readFile(iniPath());
        QVERIFY2(ini.contains(u"db.example.com"_s), qPrintable(ini));
        QVERIFY2(!ini.contains(password), "the password is in the settings file");
        // In the keyring (under the server's name, no password in the key) and in the session.
        const auto server = HistoryLocation::parse(url, {});
        QTRY_VERIFY(m_keyring->contains(HistoryCredentials::keyringKey(*server)));
        QVERIFY(!HistoryCredentials::keyringKey(*server).contains(password));
        QCOMPARE(HistoryCredentials::sessionPassword(*server), std::optional(password));
        // The GUI's history users get the URL (the History tab, the Monitor's timer via --database).
        QCOMPARE(HistoryTab::historyPathFor(*m_settings, false), url);
        QVERIFY(MonitorDialog::cliOptions(*m_settings, false, url).contains(u"--database "_s + url));

        // Restored: a new settings object over the same file, a new dialog.
        HistoryCredentials::setSessionPassword(*server, {});
        m_settings = std::make_unique<AppSettings>(iniPath());
        SettingsDialog again(*m_settings);
        again.show();
        QVERIFY(child<QRadioButton>(again, "historyPostgres")->isChecked());
        QCOMPARE(child<QLineEdit>(again, "historyServerUrl")->text(), url);
        // The password comes back from the keyring into its field only.
        QTRY_COMPARE(child<QLineEdit>(again, "historyPassword")->text(), password);
        for (QLabel* label : again.findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(password), qPrintable(label->objectName()));

        // Unticking "Remember" takes it out of the keyring.
        child<QCheckBox>(again, "historyRemember")->setChecked(false);
        again.accept();
        QTRY_VERIFY(!m_keyring->contains(HistoryCredentials::keyringKey(*server)));
        QVERIFY(!readFile(iniPath()).contains(password));
        HistoryCredentials::setSessionPassword(*server, {});
    }

    void okDisabledForBadUrl_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password") << u"postgresql://audit:Hunter2Secret@db.example.com/mailsight"_s
                                  << u"holds a password"_s;
        QTest::newRow("password parameter")
            << u"postgresql://audit@db.example.com/mailsight?password=Hunter2Secret"_s
            << u"password parameter"_s;
        QTest::newRow("unknown scheme") << u"mysql://audit@db.example.com/mailsight"_s << u"mysql://"_s;
        QTest::newRow("no database") << u"postgresql://audit@db.example.com"_s << u"names no database"_s;
        QTest::newRow("sqlite") << u"sqlite:/tmp/h.sqlite"_s << u"postgresql://"_s;
        QTest::newRow("empty") << QString() << u"postgresql://USER@HOST:PORT/DB"_s;
    }

    void okDisabledForBadUrl() {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        SettingsDialog dialog(*m_settings);
        dialog.show();
        choosePostgres(dialog, url);
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "historyTest")->isEnabled());
        auto* error = child<QLabel>(dialog, "historyError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
        QVERIFY2(!error->text().contains(u"Hunter2Secret"_s), "the error echoes the password");
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
        QVERIFY(!readFile(iniPath()).contains(u"Hunter2Secret"_s));
        // SQLite again: the server field no longer matters.
        child<QRadioButton>(dialog, "historySqlite")->setChecked(true);
        QVERIFY(ok(dialog)->isEnabled());
        QVERIFY(!error->isVisible());
    }

    void fileFieldIsNoUrl() {
        SettingsDialog dialog(*m_settings);
        dialog.show();
        child<QLineEdit>(dialog, "historyPath")->setText(u"postgresql://audit@db.example.com/mailsight"_s);
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "historyError")->text().contains(u"PostgreSQL server"_s));
        // History off: nothing to check.
        child<QCheckBox>(dialog, "historyEnabled")->setChecked(false);
        QVERIFY(ok(dialog)->isEnabled());
    }

    void noKeyringSessionOnly() {
        m_keyring->setAvailable(false);
        const QString url = u"postgresql://audit@db.example.com/mailsight"_s;
        const QString password = u"Session-only-password-99"_s;
        SettingsDialog dialog(*m_settings);
        dialog.show();
        auto* notice = child<QLabel>(dialog, "historyKeyringNotice");
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"session only"_s), qPrintable(notice->text()));
        choosePostgres(dialog, url);
        QVERIFY(!child<QCheckBox>(dialog, "historyRemember")->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, "historyRemember")->isChecked());
        child<QLineEdit>(dialog, "historyPassword")->setText(password);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto server = HistoryLocation::parse(url, {});
        QCOMPARE(HistoryCredentials::sessionPassword(*server), std::optional(password));
        QVERIFY(!m_keyring->contains(HistoryCredentials::keyringKey(*server)));
        m_settings->sync();
        QVERIFY(!readFile(iniPath()).contains(password));
        HistoryCredentials::setSessionPassword(*server, {});
    }

    void testConnectionSucceeds() {
        requireFixture();
        SettingsDialog dialog(*m_settings);
        dialog.show();
        choosePostgres(dialog, fixtureUrl());
        child<QLineEdit>(dialog, "historyPassword")->setText(fixturePassword());
        const QString outcome = testConnection(dialog);
        QVERIFY2(outcome.startsWith(u"✔ Connected to "_s), qPrintable(outcome));
        QVERIFY2(outcome.contains(u"PostgreSQL 15"_s), qPrintable(outcome));
        QVERIFY(!outcome.contains(fixturePassword()));
        QVERIFY(child<QPushButton>(dialog, "historyTest")->isEnabled());
        // The typed password served the test only: the session has none until OK.
        QVERIFY(!HistoryCredentials::sessionPassword(*HistoryLocation::parse(fixtureUrl(), {})));
    }

    void testConnectionWrongPassword() {
        requireFixture();
        const QString wrong = u"Wrong-%1-pw"_s.arg(QDateTime::currentMSecsSinceEpoch());
        SettingsDialog dialog(*m_settings);
        dialog.show();
        choosePostgres(dialog, fixtureUrl());
        child<QLineEdit>(dialog, "historyPassword")->setText(wrong);
        const QString outcome = testConnection(dialog);
        QVERIFY2(outcome.startsWith(u"✖ Authentication failed for "_s), qPrintable(outcome));
        QVERIFY2(outcome.contains(u"password authentication failed"_s), qPrintable(outcome));
        QVERIFY2(!outcome.contains(wrong), "the outcome echoes the password");
        for (QLabel* label : dialog.findChildren<QLabel*>())
            QVERIFY(!label->text().contains(wrong));
    }

    void testConnectionRefused() {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SettingsDialog dialog(*m_settings);
        dialog.show();
        choosePostgres(dialog, u"postgresql://audit@127.0.0.1:%1/mailsight"_s.arg(port));
        const QString outcome = testConnection(dialog);
        QVERIFY2(outcome.startsWith(u"✖ The server refused the connection"_s), qPrintable(outcome));
        QVERIFY2(outcome.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(outcome));
    }

    void outcomesNamed_data() {
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("kind");
        using K = HistoryConnectionCheck::Kind;
        // libpq 15's texts, as QPSQL passes them on.
        QTest::newRow("refused")
            << u"connection to server at \"127.0.0.1\", port 5 failed: Connection refused"_s
            << int(K::Refused);
        QTest::newRow("timeout")
            << u"connection to server at \"192.0.2.1\", port 5432 failed: timeout expired"_s
            << int(K::Timeout);
        QTest::newRow("password") << u"FATAL:  password authentication failed for user \"audit\""_s
                                  << int(K::Authentication);
        QTest::newRow("no password") << u"fe_sendauth: no password supplied"_s << int(K::Authentication);
        QTest::newRow("host")
            << u"could not translate host name \"db.invalid\" to address: Name or service not known"_s
            << int(K::HostNotFound);
        QTest::newRow("database") << u"FATAL:  database \"nope\" does not exist"_s << int(K::NoDatabase);
        QTest::newRow("other") << u"SSL error: certificate verify failed"_s << int(K::Other);
    }

    void outcomesNamed() {
        QFETCH(QString, error);
        QFETCH(int, kind);
        QCOMPARE(int(HistoryConnectionCheck::classify(error)), kind);
    }

    void screenshots() {
        const QString dir = qEnvironmentVariable("MAILSIGHT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("MAILSIGHT_SCREENSHOT_DIR not set");
        requireFixture();
        QDir().mkpath(dir);
        for (auto theme : {AppSettings::Theme::Light, AppSettings::Theme::Dark}) {
            AppTheme::apply(theme);
            SettingsDialog dialog(*m_settings);
            dialog.show();
            choosePostgres(dialog, fixtureUrl());
            child<QLineEdit>(dialog, "historyPassword")->setText(fixturePassword());
            QVERIFY(testConnection(dialog).startsWith(u"✔"_s));
            dialog.move(0, 0);
            QTest::qWait(300);
            const QString path =
                QDir(dir).filePath(u"settings-history-%1.png"_s.arg(AppSettings::themeKey(theme)));
            if (QGuiApplication::platformName() != "xcb"_L1 ||
                QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, path}) != 0)
                QVERIFY(dialog.grab().save(path));
        }
        AppTheme::apply(AppSettings::Theme::System);
    }
};

QTEST_MAIN(TestHistorySettings)
#include "tst_historysettings.moc"
