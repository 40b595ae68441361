// The seed configuration (core/seed/SeedConfig, docs/seed.md): the JSON shape, passwords from the
// environment, a file of mode 0600 or the configuration itself only when it is 0600, and errors
// that name the line or the key but never the password.

#include "seed/SeedConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

#ifndef Q_MOC_RUN // moc does not read raw string literals
namespace {
const QByteArray kSecret = "Very-Secret-Pa55";

QByteArray fullConfig() {
    return R"({
  "seeds": [
    {"name": "gmail-1", "address": "seed1@example.com", "host": "imap.example.com",
     "user": "seed1@example.com", "passwordEnv": "SEED1_PASSWORD"},
    {"name": "corp", "address": "seed2@corp.test", "host": "192.0.2.10", "port": 143,
     "user": "seed2", "passwordEnv": "SEED2_PASSWORD", "folders": {"spam": "Bulk Mail"}}
  ],
  "submission": {"host": "smtp.example.com", "user": "audit@example.com",
                 "passwordEnv": "SUBMIT_PASSWORD", "from": "audit@example.com"},
  "cleanup": "delete"
})";
}

SeedConfig::Environment env(bool filePrivate = false) {
    SeedConfig::Environment e;
    e.variable = [](const QString& name) -> std::optional<QByteArray> {
        if (name == u"SEED1_PASSWORD"_s || name == u"SEED2_PASSWORD"_s || name == u"SUBMIT_PASSWORD"_s)
            return kSecret + name.toLatin1();
        return std::nullopt;
    };
    e.readFile = [](const QString& path, bool) -> std::expected<QByteArray, QString> {
        return std::unexpected(u"%1: no such file"_s.arg(path));
    };
    e.filePrivate = filePrivate;
    return e;
}

void writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    QVERIFY(f.setPermissions(permissions));
}

constexpr QFileDevice::Permissions k0600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions k0644 = k0600 | QFileDevice::ReadGroup | QFileDevice::ReadOther;
// The rows of TestSeedConfig::errors (outside the class: moc reads the class body).
void errorRows() {
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad JSON names the line")
        << QByteArray(R"("cleanup": "delete")") << QByteArray(R"("cleanup" "delete")")
        << u"seeds.json:10: not valid JSON"_s;
    QTest::newRow("unknown key") << QByteArray(R"("port": 143)") << QByteArray(R"("prot": 143)")
                                 << u"seeds[1].prot: unknown key"_s;
    QTest::newRow("bad port") << QByteArray(R"("port": 143)") << QByteArray(R"("port": 70000)")
                              << u"seeds[1].port: must be a number"_s;
    QTest::newRow("plaintext refused")
        << QByteArray(R"("port": 143,)") << QByteArray(R"("port": 143, "tls": "none",)")
        << u"seeds[1].tls: 'none' is not a TLS mode"_s;
    QTest::newRow("address") << QByteArray(R"("address": "seed2@corp.test")")
                             << QByteArray(R"("address": "seed2")")
                             << u"seeds[1].address: 'seed2' is not an address"_s;
    QTest::newRow("two password sources")
        << QByteArray(R"("passwordEnv": "SEED2_PASSWORD")")
        << QByteArray(R"("passwordEnv": "SEED2_PASSWORD", "passwordFile": "x")")
        << u"seeds[1]: give exactly one"_s;
    QTest::newRow("duplicate name") << QByteArray(R"("name": "corp")") << QByteArray(R"("name": "gmail-1")")
                                    << u"seeds[1].name: 'gmail-1' names two seeds"_s;
    QTest::newRow("folder role") << QByteArray(R"({"spam": "Bulk Mail"})")
                                 << QByteArray(R"({"trash": "Bin"})")
                                 << u"seeds[1].folders.trash: unknown folder role"_s;
    QTest::newRow("missing from") << QByteArray(R"(, "from": "audit@example.com")") << QByteArray()
                                  << u"submission.from: missing"_s;
    QTest::newRow("cleanup") << QByteArray(R"("cleanup": "delete")") << QByteArray(R"("cleanup": "shred")")
                             << u"cleanup: 'shred'"_s;
    QTest::newRow("move needs a folder")
        << QByteArray(R"("cleanup": "delete")") << QByteArray(R"("cleanup": "move")")
        << u"moveTo: cleanup \"move\" needs"_s;
}

} // namespace
#endif

class TestSeedConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullExample();
    void docsExampleParses();
    void implicitSubmissionOn465();
    void passwordInSharedFileRefused();
    void realFileModes();
    void sharedFileWithoutPasswordsIsFine();
    void errors_data();
    void errors();
    void notAnObject();
};

#ifndef Q_MOC_RUN
void TestSeedConfig::fullExample() {
    const auto c = SeedConfig::parse(fullConfig(), u"seeds.json"_s, env());
    QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error()));
    QCOMPARE(c->seeds.size(), 2);
    const SeedAccount& a = c->seeds.at(0).account;
    QCOMPARE(a.name, u"gmail-1"_s);
    QCOMPARE(a.port, quint16(993));
    QCOMPARE(a.tls, SeedTlsMode::Implicit); // 993 without "tls": implicit
    QCOMPARE(a.password, QString::fromLatin1(kSecret + "SEED1_PASSWORD"));
    QCOMPARE(c->seeds.at(0).address, u"seed1@example.com"_s);
    const SeedAccount& b = c->seeds.at(1).account;
    QCOMPARE(b.port, quint16(143));
    QCOMPARE(b.tls, SeedTlsMode::StartTls);
    QCOMPARE(b.folders.value(u"spam"_s), u"Bulk Mail"_s);
    QVERIFY(c->submission.has_value());
    QCOMPARE(c->submission->port, quint16(587));
    QCOMPARE(c->submission->tls, SeedTlsMode::StartTls);
    QCOMPARE(c->submission->from, u"audit@example.com"_s);
    QCOMPARE(c->cleanup, SeedCleanup::Delete);
}

void TestSeedConfig::docsExampleParses() {
    // docs/seed.md's full example is the one users copy: it must stay valid.
    QFile doc(qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + u"/docs/seed.md"_s);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    SeedConfig::Environment e = env();
    e.variable = [](const QString&) { return std::optional<QByteArray>("x"); };
    e.readFile = [](const QString&, bool secret) -> std::expected<QByteArray, QString> {
        if (secret)
            return QByteArray("x\n");
        QFile system(u"/etc/ssl/certs/ca-certificates.crt"_s); // any PEM certificate will do
        if (!system.open(QIODevice::ReadOnly))
            return std::unexpected(u"no system certificates"_s);
        return system.readAll();
    };
    const auto c = SeedConfig::parse(text.mid(start + 8, end - start - 8), u"seed.md"_s, e);
    QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error()));
    QVERIFY(c->seeds.size() >= 2);
    QVERIFY(c->submission.has_value());
}

void TestSeedConfig::implicitSubmissionOn465() {
    QByteArray text = fullConfig();
    text.replace(R"("host": "smtp.example.com",)", R"("host": "smtp.example.com", "port": 465,)");
    const auto c = SeedConfig::parse(text, u"seeds.json"_s, env());
    QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error()));
    QCOMPARE(c->submission->tls, SeedTlsMode::Implicit);
}

void TestSeedConfig::passwordInSharedFileRefused() {
    QByteArray text = fullConfig();
    text.replace(R"("passwordEnv": "SEED1_PASSWORD")", R"("password": ")" + kSecret + '"');
    const auto refused = SeedConfig::parse(text, u"seeds.json"_s, env(false));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"chmod 600 seeds.json"_s), qPrintable(refused.error()));
    QVERIFY(!refused.error().contains(QString::fromLatin1(kSecret)));
    const auto accepted = SeedConfig::parse(text, u"seeds.json"_s, env(true));
    QVERIFY2(accepted.has_value(), qPrintable(accepted ? QString() : accepted.error()));
    QCOMPARE(accepted->seeds.first().account.password, QString::fromLatin1(kSecret));
}

void TestSeedConfig::realFileModes() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seeds.json"_s);
    QByteArray text = fullConfig();
    text.replace(R"("passwordEnv": "SEED1_PASSWORD")", R"("password": ")" + kSecret + '"');
    text.replace(R"("passwordEnv": "SEED2_PASSWORD")", R"("password": "x")");
    text.replace(R"("passwordEnv": "SUBMIT_PASSWORD")", R"("passwordFile": "submit.pw")");
    writeFile(dir.filePath(u"submit.pw"_s), kSecret + "-submit\n", k0600);
    writeFile(path, text, k0644);
    const auto refused = SeedConfig::read(path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"chmod 600 "_s + path), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"other users"_s), qPrintable(refused.error()));
    QVERIFY(!refused.error().contains(QString::fromLatin1(kSecret)));

    writeFile(path, text, k0600);
    const auto accepted = SeedConfig::read(path);
    QVERIFY2(accepted.has_value(), qPrintable(accepted ? QString() : accepted.error()));
    QCOMPARE(accepted->submission->password, QString::fromLatin1(kSecret + "-submit"));

    // The password file itself must be private too.
    writeFile(dir.filePath(u"submit.pw"_s), kSecret + "-submit\n", k0644);
    const auto sharedPw = SeedConfig::read(path);
    QVERIFY(!sharedPw);
    QVERIFY2(sharedPw.error().contains(u"submission.passwordFile"_s), qPrintable(sharedPw.error()));
    QVERIFY2(sharedPw.error().contains(u"chmod 600"_s), qPrintable(sharedPw.error()));
}

void TestSeedConfig::sharedFileWithoutPasswordsIsFine() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seeds.json"_s);
    writeFile(path, fullConfig(), k0644);
    qputenv("SEED1_PASSWORD", "from-env-1");
    qputenv("SEED2_PASSWORD", "from-env-2");
    qputenv("SUBMIT_PASSWORD", "from-env-3");
    const auto c = SeedConfig::read(path);
    QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error()));
    QCOMPARE(c->seeds.at(1).account.password, u"from-env-2"_s);
    qunsetenv("SUBMIT_PASSWORD");
    QVERIFY(!SeedConfig::read(path)); // needed to send
    const auto watching = SeedConfig::read(path, false);
    QVERIFY2(watching.has_value(),
             qPrintable(watching ? QString() : watching.error())); // not needed to watch
    QVERIFY(watching->submission->password.isEmpty());
    qunsetenv("SEED2_PASSWORD");
    const auto unset = SeedConfig::read(path, false);
    QVERIFY(!unset);
    QVERIFY2(unset.error().contains(u"seeds[1].passwordEnv"_s) && unset.error().contains(u"SEED2_PASSWORD"_s),
             qPrintable(unset.error()));
    qunsetenv("SEED1_PASSWORD");
}

void TestSeedConfig::errors_data() {
    errorRows();
}

void TestSeedConfig::errors() {
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QByteArray text = fullConfig();
    QVERIFY(text.contains(from));
    text.replace(from, to);
    const auto c = SeedConfig::parse(text, u"seeds.json"_s, env());
    QVERIFY(!c);
    QVERIFY2(c.error().contains(expected), qPrintable(c.error()));
    QVERIFY(!c.error().contains(QString::fromLatin1(kSecret)));
}

void TestSeedConfig::notAnObject() {
    const auto c = SeedConfig::parse("[1, 2]", u"seeds.json"_s, env());
    QVERIFY(!c);
    QVERIFY(c.error().contains(u"JSON object"_s));
    const auto empty = SeedConfig::parse(R"({"seeds": []})", u"seeds.json"_s, env());
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains(u"seeds: a non-empty list"_s), qPrintable(empty.error()));
}
#endif

QTEST_GUILESS_MAIN(TestSeedConfig)
#include "tst_seedconfig.moc"
