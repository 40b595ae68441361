// The dkim command end to end (offline zones): the JSON shape, exit codes, key match, key
// generation re-verified by signing a message, and the private key never in any output.

#include "DkimTestZone.h"
#include "dkim/DkimKeyMatcher.h"
#include "dkim/DkimKeyRecordParser.h"
#include "dkim/DkimSigner.h"
#include "dkim/DkimVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

class TestDkimCli : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList& args) {
        QProcess p;
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QString zone(const QString& name) {
        return qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/") + name +
               u".zone"_qs;
    }
    static QStringList offline() {
        return {u"--offline"_qs, u"--zone"_qs, zone(u"dkim.test"_qs), u"--zone"_qs,
                zone(u"dkimprovider.test"_qs)};
    }
    static QString data(const QString& relative) {
        return qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QLatin1Char('/') + relative;
    }
    // Every base64 line of a PEM key body: none of them may appear in any output.
    static QList<QByteArray> secretLines(const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QList<QByteArray> out;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.startsWith("-----") && line.trimmed().size() > 16)
                out << line.trimmed();
        return out;
    }
    static void verifyNoSecret(const QString& keyPath, const Run& run) {
        for (const QByteArray& line : secretLines(keyPath)) {
            QVERIFY(!run.out.contains(line));
            QVERIFY(!run.err.contains(line));
        }
    }

private Q_SLOTS:
    // A selector seen in an imported DMARC aggregate report is asked too, and its source says so;
    // with --no-history the database is not read.
    void selectorsFromImportedReports() {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"history.sqlite"_qs);
        const Run import = cli({u"--history"_qs, db, u"reports"_qs, u"import"_qs,
                                data(u"dkim/reports/dkim.test-report.xml"_qs)});
        QVERIFY2(import.code == 0, (import.out + import.err).constData());
        auto selectorsOf = [](const Run& run) {
            QHash<QString, QString> sources;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(run.out).object().value(u"selectors"_qs).toArray())
                sources.insert(v.toObject().value(u"selector"_qs).toString(),
                               v.toObject().value(u"source"_qs).toString());
            return sources;
        };
        const Run withHistory = cli(offline() + QStringList{u"--history"_qs, db, u"--format"_qs, u"json"_qs,
                                                            u"dkim"_qs, u"dkim.test"_qs});
        const auto sources = selectorsOf(withHistory);
        QVERIFY2(sources.contains(u"rsa2048"_qs), withHistory.out.left(400).constData());
        QCOMPARE(sources.value(u"rsa2048"_qs), u"report"_qs);
        const Run without =
            cli(offline() + QStringList{u"--history"_qs, db, u"--no-history"_qs, u"--format"_qs, u"json"_qs,
                                        u"dkim"_qs, u"dkim.test"_qs});
        QVERIFY(!selectorsOf(without).contains(u"rsa2048"_qs));
    }
    void jsonShape() {
        const Run r = cli(QStringList{u"dkim"_qs, u"dkim.test"_qs, u"--selector"_qs, u"rsa2048"_qs,
                                      u"--selector"_qs, u"selector1"_qs, u"--format"_qs, u"json"_qs} +
                          offline());
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"domain"_qs).toString(), u"dkim.test"_qs);
        for (const char* k : {"selectors", "findings", "queries"})
            QVERIFY2(o.value(QLatin1String(k)).isArray(), k);
        const QJsonArray selectors = o.value(u"selectors"_qs).toArray();
        QCOMPARE(selectors.size(), 2);
        const QJsonObject first = selectors.at(0).toObject();
        QCOMPARE(first.value(u"selector"_qs).toString(), u"rsa2048"_qs);
        QCOMPARE(first.value(u"found"_qs).toBool(), true);
        QCOMPARE(first.value(u"keyType"_qs).toString(), u"rsa"_qs);
        QCOMPARE(first.value(u"keyBits"_qs).toInt(), 2048);
        QVERIFY(first.value(u"fingerprint"_qs).toString().startsWith(u"SHA256:"_qs));
        QVERIFY(first.value(u"cname"_qs).isNull());
        QVERIFY(first.value(u"record"_qs).toString().startsWith(u"v=DKIM1"_qs));
        QCOMPARE(selectors.at(1).toObject().value(u"cname"_qs).toString(),
                 u"selector1-dkim-test._domainkey.dkimprovider.test"_qs);
        QCOMPARE(o.value(u"queries"_qs).toArray().size(), 2);
    }

    void exitCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("weak key is a warning")
            << QStringList{u"dkim"_qs, u"dkim.test"_qs, u"--selector"_qs, u"rsa1024"_qs} << 0;
        QTest::newRow("insecure key is an error")
            << QStringList{u"dkim"_qs, u"dkim.test"_qs, u"--selector"_qs, u"rsa512"_qs} << 1;
        QTest::newRow("bad domain") << QStringList{u"dkim"_qs, u"bad..name"_qs} << 2;
        QTest::newRow("no domain") << QStringList{u"dkim"_qs} << 2;
        QTest::newRow("keygen bad type")
            << QStringList{u"dkim"_qs,   u"keygen"_qs, u"dkim.test"_qs, u"s"_qs,
                           u"--type"_qs, u"dsa"_qs,    u"--out"_qs,     u"/tmp"_qs}
            << 2;
        QTest::newRow("verify missing file")
            << QStringList{u"dkim"_qs, u"verify"_qs, u"/nonexistent.eml"_qs} << 3;
        // The signer's zone is not among the offline zones: every key fetch fails (REFUSED).
        QTest::newRow("verify, keys unreachable")
            << QStringList{u"dkim"_qs, u"verify"_qs, data(u"dkim/rfc8463/signed.eml"_qs)} << 3;
        QTest::newRow("verify, unsigned message")
            << QStringList{u"dkim"_qs, u"verify"_qs, data(u"dkim/dkimpy/data/test.message"_qs)} << 0;
    }
    void exitCodes() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run r = cli(args + offline());
        QVERIFY2(r.code == code, r.err.constData());
    }

    void verifyCommand() {
        const Run r =
            cli({u"dkim"_qs, u"verify"_qs, data(u"dkim/rfc8463/signed.eml"_qs), u"--format"_qs, u"json"_qs,
                 u"--offline"_qs, u"--zone"_qs, data(u"dkim/rfc8463/football.example.com.zone"_qs)});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray sigs = QJsonDocument::fromJson(r.out).object().value(u"signatures"_qs).toArray();
        QCOMPARE(sigs.size(), 2);
        QCOMPARE(sigs.at(0).toObject().value(u"result"_qs).toString(), u"pass"_qs);
        QCOMPARE(sigs.at(0).toObject().value(u"algorithm"_qs).toString(), u"ed25519-sha256"_qs);
        QCOMPARE(sigs.at(1).toObject().value(u"result"_qs).toString(), u"pass"_qs);
        QVERIFY(!sigs.at(1).toObject().value(u"reason"_qs).toString().isEmpty());
    }

    void match() {
        const QString key = data(u"dkim/keys/dkim.test-rsa2048.pem"_qs);
        const Run ok = cli(
            QStringList{u"dkim"_qs, u"match"_qs, u"dkim.test"_qs, u"rsa2048"_qs, u"--private-key"_qs, key} +
            offline());
        QVERIFY2(ok.code == 0, ok.out.constData());
        QVERIFY(ok.out.startsWith("MATCH"));
        verifyNoSecret(key, ok);
        // The same key as PKCS#1 is the bare RSAPublicKey encoding of the same key: still a match.
        const Run pkcs1 = cli(QStringList{u"dkim"_qs, u"match"_qs, u"dkim.test"_qs, u"pkcs1"_qs,
                                          u"--private-key"_qs, key, u"--format"_qs, u"json"_qs} +
                              offline());
        QCOMPARE(pkcs1.code, 0);
        verifyNoSecret(key, pkcs1);
        const Run bad = cli(
            QStringList{u"dkim"_qs, u"match"_qs, u"dkim.test"_qs, u"rsa4096"_qs, u"--private-key"_qs, key} +
            offline());
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.out.startsWith("MISMATCH"));
        verifyNoSecret(key, bad);
        const QString ed = data(u"dkim/keys/dkim.test-ed25519.pem"_qs);
        const Run edOk = cli(
            QStringList{u"dkim"_qs, u"match"_qs, u"dkim.test"_qs, u"ed25519"_qs, u"--private-key"_qs, ed} +
            offline());
        QCOMPARE(edOk.code, 0);
        verifyNoSecret(ed, edOk);
        const Run notKey = cli(QStringList{u"dkim"_qs, u"match"_qs, u"dkim.test"_qs, u"rsa2048"_qs,
                                           u"--private-key"_qs, data(u"dkim/README.md"_qs)} +
                               offline());
        QCOMPARE(notKey.code, 2);
    }

    void pkcs8AndRawSeedKeys() {
        QByteArray pkcs8 = readData(u"dkim/dkimpy/data/2048_testkey_PKCS8.key"_qs);
        auto key = DkimKeyMatcher::readPrivateKey(pkcs8);
        QVERIFY(key.has_value());
        QVERIFY(pkcs8.isEmpty()); // wiped
        const DkimKeyRecord pub = DkimKeyRecordParser::parse(
            QString::fromLatin1(readData(u"dkim/dkimpy/data/2048_testkey_PKCS8.key.pub.txt"_qs).trimmed()));
        QVERIFY(DkimKeyMatcher::match(key->get(), pub).matches);
        QByteArray seed = readData(u"dkim/dkimpy/data/ed25519test.key"_qs);
        auto ed = DkimKeyMatcher::readPrivateKey(seed);
        QVERIFY(ed.has_value());
        const DkimKeyRecord edPub = DkimKeyRecordParser::parse(
            QString::fromLatin1(readData(u"dkim/dkimpy/data/ed25519test.dns"_qs).trimmed()));
        QVERIFY(DkimKeyMatcher::match(ed->get(), edPub).matches);
        QVERIFY(!DkimKeyMatcher::match(ed->get(), pub).matches);
    }

    void keygen_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("rsa2048") << u"rsa2048"_qs << 2048;
        QTest::newRow("ed25519") << u"ed25519"_qs << 256;
        QTest::newRow("rsa3072") << u"rsa3072"_qs << 3072;
    }
    void keygen() {
        QFETCH(QString, type);
        QFETCH(int, bits);
        QTemporaryDir dir;
        const Run r = cli({u"dkim"_qs, u"keygen"_qs, u"example.com"_qs, u"new2026"_qs, u"--type"_qs, type,
                           u"--out"_qs, dir.path(), u"--format"_qs, u"json"_qs});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QString keyPath = o.value(u"privateKeyFile"_qs).toString();
        QVERIFY(QFile::exists(keyPath));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QCOMPARE(o.value(u"key"_qs).toObject().value(u"bits"_qs).toInt(), bits);
        for (const QJsonValue& s : o.value(u"strings"_qs).toArray())
            QVERIFY(s.toString().size() <= 255);
        QVERIFY(
            o.value(u"zoneLine"_qs).toString().contains(u"new2026._domainkey.example.com. 3600 IN TXT"_qs));
        QVERIFY(o.value(u"terraform"_qs).toString().contains(u"aws_route53_record"_qs));
        QVERIFY(o.value(u"rotationPlan"_qs).toArray().size() >= 4);
        verifyNoSecret(keyPath, r);

        // Publish the zone line, sign a message with the new key, verify it.
        const QString zoneLine = o.value(u"zoneLine"_qs).toString();
        auto session = zoneSession(u"example.com"_qs, zoneLine + u"\n"_qs);
        auto privateKey = DkimKeyMatcher::readPrivateKeyFile(keyPath);
        QVERIFY(privateKey.has_value());
        DkimSignOptions options;
        options.domain = u"example.com"_qs;
        options.selector = u"new2026"_qs;
        auto signedMessage = DkimSigner::signedMessage(
            MailMessage::parse(readData(u"dkim/dkimpy/data/test.message"_qs)), privateKey->get(), options);
        QVERIFY(signedMessage.has_value());
        const DkimVerification v = DkimVerifier::verify(*signedMessage, *session);
        QCOMPARE(v.signatures.size(), 1);
        QVERIFY2(v.signatures.first().result == u"pass"_qs, qPrintable(v.signatures.first().reason));
        QVERIFY(v.dmarcAligned);

        // Never overwrites an existing key.
        const Run again = cli({u"dkim"_qs, u"keygen"_qs, u"example.com"_qs, u"new2026"_qs, u"--type"_qs, type,
                               u"--out"_qs, dir.path()});
        QCOMPARE(again.code, 3);
    }
};

QTEST_GUILESS_MAIN(TestDkimCli)
#include "tst_dkimcli.moc"
