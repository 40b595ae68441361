// `seed check` (core/cli/SeedCommand) in process, with a fake probe in place of ImapSeedProbe:
// the exit codes 0 (inbox), 1 (spam, missing), 3 (login refused), 2 (usage, a shared config file
// holding a password), the text and the JSON. The real binary against real servers is
// tst_seedcli.

#include "FakeSeedProbe.h"
#include "cli/SeedCommand.h"
#include "history/HistoryDatabase.h"
#include "history/SeedHistory.h"
#include "net/ConnectionLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSeedCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<FakeSeedScript> m_script = std::make_shared<FakeSeedScript>();

    QString writeConfig(const QStringList& seeds, QFileDevice::Permissions permissions,
                        bool inlinePassword = false) {
        QString list;
        for (const QString& s : seeds)
            list +=
                u"%1{\"name\": \"%2\", \"address\": \"%2@seeds.test\", \"host\": \"imap.seeds.test\", "
                "\"user\": \"%2\", %3}"_s.arg(list.isEmpty() ? QString() : u","_s, s,
                                              inlinePassword ? u"\"password\": \"Inline-Secret-9\""_s
                                                             : u"\"passwordEnv\": \"SEEDCMD_PASSWORD\""_s);
        const QString path = m_dir.filePath(u"seeds-%1.json"_s.arg(seeds.join(u'_')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(u"{\"seeds\": [%1]}"_s.arg(list).toUtf8());
        f.close();
        f.setPermissions(permissions);
        return path;
    }

    int run(const QString& config, QString* out, QString* err, const QString& format = u"text"_s,
            QStringList extra = {}) {
        SeedCommand command(
            [this](const NetOptions&, ConnectionLog*) { return std::make_unique<FakeSeedProbe>(m_script); });
        QString o, e;
        QTextStream os(&o), es(&e);
        CliContext context(os, es);
        context.demo = true; // the analyzer's DNS: the bundled demo zones, offline
        context.format = format == u"json"_s ? CliFormat::Json : CliFormat::Text;
        CliArgs args;
        args.command = u"seed"_s;
        args.positionals = {u"check"_s};
        if (!config.isEmpty())
            args.values[u"config"_s] = {config};
        args.values[u"wait"_s] = {u"1"_s};
        args.values[u"poll"_s] = {u"1"_s};
        args.values[u"token"_s] = {u"ms-cmdtoken-42"_s};
        for (qsizetype i = 0; i + 1 < extra.size(); i += 2)
            args.values[extra.at(i)] = {extra.at(i + 1)};
        const int code = command.run(context, args);
        os.flush();
        es.flush();
        *out = o;
        *err = e;
        return code;
    }

    static constexpr QFileDevice::Permissions k0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions k0644 = k0600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;

private Q_SLOTS:
    void initTestCase() {
        qputenv("SEEDCMD_PASSWORD", "Env-Secret-7");
        m_script->seeds[u"inbox1"_s] = [](int) { return foundIn(u"INBOX"_s, SeedPlacement::Inbox); };
        m_script->seeds[u"spam1"_s] = [](int) { return foundIn(u"Junk"_s, SeedPlacement::Spam); };
        m_script->seeds[u"login1"_s] = [](int) {
            return failedWith(SeedMailboxObservation::Error::LoginRefused,
                              u"imap.seeds.test port 993 refused the login of login1"_s);
        };
    }

    void exitCodes_data() {
        QTest::addColumn<QStringList>("seeds");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("all in inbox") << QStringList{u"inbox1"_s} << 0 << u"INBOX in \"INBOX\""_s;
        QTest::newRow("spam") << QStringList{u"inbox1"_s, u"spam1"_s} << 1 << u"SEED-SPAM"_s;
        QTest::newRow("missing") << QStringList{u"never1"_s} << 1 << u"within 1 s"_s;
        QTest::newRow("login refused")
            << QStringList{u"inbox1"_s, u"login1"_s} << 3 << u"SEED-LOGIN-REFUSED"_s;
    }
    void exitCodes() {
        QFETCH(QStringList, seeds);
        QFETCH(int, code);
        QFETCH(QString, text);
        QString out, err;
        QCOMPARE(run(writeConfig(seeds, k0644), &out, &err), code);
        QVERIFY2(out.contains(text), qPrintable(out));
        QVERIFY(out.contains(u"Token: ms-cmdtoken-42"_s));
        QVERIFY(!(out + err).contains(u"Env-Secret-7"_s));
    }

    void json() {
        QString out, err;
        QCOMPARE(run(writeConfig({u"inbox1"_s, u"spam1"_s}, k0644), &out, &err, u"json"_s), 1);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(u"token"_s).toString(), u"ms-cmdtoken-42"_s);
        QCOMPARE(o.value(u"sent"_s).toBool(true), false);
        const QJsonArray seeds = o.value(u"seeds"_s).toArray();
        QCOMPARE(seeds.size(), 2);
        QCOMPARE(seeds.at(1).toObject().value(u"placement"_s).toString(), u"spam"_s);
        QCOMPARE(o.value(u"findings"_s).toArray().first().toObject().value(u"code"_s).toString(),
                 u"SEED-SPAM"_s);
        QVERIFY(err.isEmpty()); // no progress lines with JSON
    }

    void sharedFileWithPasswordRefused() {
        QString out, err;
        const QString path = writeConfig({u"inbox1"_s}, k0644, true);
        QCOMPARE(run(path, &out, &err), 2);
        QVERIFY2(err.contains(u"chmod 600 "_s + path), qPrintable(err));
        QVERIFY(!err.contains(u"Inline-Secret-9"_s));
        QCOMPARE(run(writeConfig({u"inbox1"_s}, k0600, true), &out, &err), 0);
    }

    // With a history: the run is stored under --domain (placements, no secret), and --alert-on
    // sends the seed alerts; without a domain to file them under, alerts are a usage error.
    void storedInTheHistoryWithAlerts() {
        const QString config = writeConfig({u"inbox1"_s, u"spam1"_s}, k0600);
        QFile hook(m_dir.filePath(u"hook.sh"_s));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write("cat > \"$1/alert.json\"\n");
        hook.close();
        const QString db = m_dir.filePath(u"history.sqlite"_s);
        SeedCommand command(
            [this](const NetOptions&, ConnectionLog*) { return std::make_unique<FakeSeedProbe>(m_script); });
        QString o, e;
        QTextStream os(&o), es(&e);
        CliContext context(os, es);
        context.demo = true;
        context.historyPath = db;
        CliArgs args;
        args.command = u"seed"_s;
        args.positionals = {u"check"_s};
        args.values[u"config"_s] = {config};
        args.values[u"wait"_s] = {u"1"_s};
        args.values[u"poll"_s] = {u"1"_s};
        args.values[u"token"_s] = {u"ms-cmdtoken-42"_s};
        args.values[u"alert-on"_s] = {u"regression"_s};
        args.values[u"alert-command"_s] = {u"sh %1 %2"_s.arg(hook.fileName(), m_dir.path())};
        QCOMPARE(command.run(context, args), 2); // no --domain, no submission From
        args.values[u"domain"_s] = {u"Example.com"_s};
        QCOMPARE(command.run(context, args), 1); // spam1
        os.flush();
        es.flush();
        auto database = HistoryDatabase::open(db);
        QVERIFY(database);
        auto history = SeedHistory::open(*database);
        QVERIFY(history);
        const auto runs = (*history)->latestRuns();
        QVERIFY(runs && runs->size() == 1);
        QCOMPARE(runs->first().domain, u"example.com"_s);
        QCOMPARE(runs->first().token, u"ms-cmdtoken-42"_s);
        QCOMPARE(runs->first().seeds.size(), 2);
        QCOMPARE(runs->first().seeds.at(1).placement, SeedPlacement::Spam);
        QFile alert(m_dir.filePath(u"alert.json"_s));
        QVERIFY2(alert.open(QIODevice::ReadOnly), qPrintable(e));
        const QByteArray message = alert.readAll();
        QVERIFY2(message.contains("seed/spam1/placement"), message.constData());
        QVERIFY(!message.contains("inbox1/placement"));
        QVERIFY(!message.contains("Env-Secret-7"));
    }

    void usage() {
        QString out, err;
        QCOMPARE(run({}, &out, &err), 2);
        QVERIFY(err.contains(u"--config FILE"_s));
        QCOMPARE(run(writeConfig({u"inbox1"_s}, k0644), &out, &err, u"text"_s, {u"wait"_s, u"soon"_s}), 2);
        QVERIFY(err.contains(u"--wait"_s));
        QCOMPARE(run(writeConfig({u"inbox1"_s}, k0644), &out, &err, u"text"_s, {u"send"_s, QString()}), 2);
        QVERIFY2(err.contains(u"names no submission server"_s), qPrintable(err));
        QCOMPARE(run(m_dir.filePath(u"absent.json"_s), &out, &err), 2);
        QVERIFY(err.contains(u"absent.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestSeedCommand)
#include "tst_seedcommand.moc"
