// mailsight-cli dmarc: the JSON shape the issue fixes, exit codes, and text within 80 columns.
// Runs offline over the test zones (tests/zones/dmarc-*.test.zone and a stand-in .test TLD).

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestDmarcCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonShape();
    void fromSubdomain_data();
    void fromSubdomain();
    void exitCodes_data();
    void exitCodes();
    void textFits80Columns();
    void unreachableResolverExits3();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList& args) const;
    QStringList m_zoneArgs;
};

void TestDmarcCli::initTestCase() {
    const QString src = qEnvironmentVariable("MAILSIGHT_SOURCE_DIR");
    QVERIFY(!src.isEmpty());
    const QDir zones(src + QStringLiteral("/tests/zones"));
    for (const QString& f : zones.entryList({QStringLiteral("dmarc-*.zone")}, QDir::Files))
        m_zoneArgs << QStringLiteral("--zone") << zones.filePath(f);
    QVERIFY(m_zoneArgs.size() >= 16);
    m_zoneArgs << QStringLiteral("--zone") << src + QStringLiteral("/tests/data/dmarc/test.zone")
               << QStringLiteral("--offline");
}

TestDmarcCli::Run TestDmarcCli::run(const QStringList& args) const {
    QProcess p;
    p.start(qEnvironmentVariable("MAILSIGHT_CLI"), m_zoneArgs + args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestDmarcCli::jsonShape() {
    const Run r = run({QStringLiteral("dmarc"), QStringLiteral("dmarc-rua.test"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    QCOMPARE(r.code, 1); // DMARC-RUA-INVALID is an error
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("dmarc-rua.test"));
    QCOMPARE(o.value(QStringLiteral("recordDomain")).toString(), QStringLiteral("dmarc-rua.test"));
    QVERIFY(o.value(QStringLiteral("record")).toString().startsWith(QLatin1String("v=DMARC1; p=quarantine")));
    QVERIFY(o.value(QStringLiteral("tags")).toArray().size() >= 14);
    const QJsonObject policy = o.value(QStringLiteral("policy")).toObject();
    const QStringList allowed{QStringLiteral("none"), QStringLiteral("quarantine"), QStringLiteral("reject")};
    for (const char* reading : {"rfc9989", "rfc7489"}) {
        const QJsonObject x = policy.value(QLatin1String(reading)).toObject();
        QVERIFY2(allowed.contains(x.value(QStringLiteral("applied")).toString()), reading);
        QVERIFY(!x.value(QStringLiteral("explanation")).toString().isEmpty());
    }
    QCOMPARE(policy.value(QStringLiteral("rfc9989")).toObject().value(QStringLiteral("applied")).toString(),
             QStringLiteral("none"));
    QCOMPARE(policy.value(QStringLiteral("rfc7489")).toObject().value(QStringLiteral("applied")).toString(),
             QStringLiteral("quarantine"));
    const QJsonObject org = o.value(QStringLiteral("organizationalDomain")).toObject();
    QCOMPARE(org.value(QStringLiteral("rfc9989")).toString(), QStringLiteral("dmarc-rua.test"));
    QCOMPARE(org.value(QStringLiteral("rfc7489")).toString(), QStringLiteral("dmarc-rua.test"));
    const QJsonArray dest = o.value(QStringLiteral("reportDestinations")).toArray();
    QCOMPARE(dest.size(), 6);
    int authorized = 0;
    for (const QJsonValue& d : dest) {
        QVERIFY(d.toObject().value(QStringLiteral("authorized")).isBool());
        authorized += d.toObject().value(QStringLiteral("authorized")).toBool() ? 1 : 0;
    }
    QCOMPARE(authorized, 4);
    QStringList codes;
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject fo = f.toObject();
        for (const char* key : {"code", "severity", "title", "detail", "rfc", "fix", "evidence"})
            QVERIFY2(fo.contains(QLatin1String(key)), key);
        codes << fo.value(QStringLiteral("code")).toString();
    }
    QVERIFY(codes.contains(QStringLiteral("DMARC-RUA-UNAUTHORIZED")));
    QVERIFY(codes.contains(QStringLiteral("DMARC-READINGS-DIFFER")));
    QVERIFY(!o.value(QStringLiteral("queries")).toArray().isEmpty());
}

void TestDmarcCli::fromSubdomain_data() {
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("rfc9989");
    QTest::addColumn<QString>("rfc7489");
    QTest::addColumn<QString>("recordDomain");
    QTest::newRow("existing, relative") << "dmarc-basic.test"
                                        << "exists"
                                        << "quarantine"
                                        << "quarantine"
                                        << "dmarc-basic.test";
    QTest::newRow("non-existent, np") << "dmarc-basic.test"
                                      << "nosuch.dmarc-basic.test"
                                      << "reject"
                                      << "quarantine"
                                      << "dmarc-basic.test";
    QTest::newRow("own record") << "dmarc-basic.test"
                                << "own.dmarc-basic.test"
                                << "none"
                                << "none"
                                << "own.dmarc-basic.test";
    QTest::newRow("psd") << "shop.dmarc-psd.test"
                         << "mail"
                         << "none"
                         << "reject"
                         << "shop.dmarc-psd.test";
}

void TestDmarcCli::fromSubdomain() {
    QFETCH(QString, domain);
    QFETCH(QString, from);
    QFETCH(QString, rfc9989);
    QFETCH(QString, rfc7489);
    QFETCH(QString, recordDomain);
    const Run r = run({QStringLiteral("dmarc"), domain, QStringLiteral("--from"), from,
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject policy = o.value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("rfc9989")).toObject().value(QStringLiteral("applied")).toString(),
             rfc9989);
    QCOMPARE(policy.value(QStringLiteral("rfc7489")).toObject().value(QStringLiteral("applied")).toString(),
             rfc7489);
    QCOMPARE(o.value(QStringLiteral("recordDomain")).toString(), recordDomain);
    QVERIFY(o.value(QStringLiteral("fromDomain")).toString().endsWith(domain));
}

void TestDmarcCli::exitCodes_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("protected") << QStringList{QStringLiteral("dmarc-basic.test")} << 0;
    QTest::newRow("multiple records") << QStringList{QStringLiteral("dmarc-multi.test")} << 1;
    QTest::newRow("missing") << QStringList{QStringLiteral("dmarc-wild.test")} << 1;
    QTest::newRow("invalid domain") << QStringList{QStringLiteral("bad..name")} << 2;
    QTest::newRow("invalid from") << QStringList{QStringLiteral("dmarc-basic.test"), QStringLiteral("--from"),
                                                 QStringLiteral("a b")}
                                  << 2;
    QTest::newRow("no domain") << QStringList{} << 2;
    // Offline, a name in no loaded zone is REFUSED: DNS failed, not "missing".
    QTest::newRow("dns failure") << QStringList{QStringLiteral("example.org")} << 3;
}

void TestDmarcCli::exitCodes() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = run(QStringList{QStringLiteral("dmarc")} + args);
    QVERIFY2(r.code == code, (r.out.left(300) + r.err).constData());
}

void TestDmarcCli::textFits80Columns() {
    for (const char* domain : {"dmarc-basic.test", "dmarc-multi.test", "dmarc-psd.test", "dmarc-rua.test"}) {
        const Run r = run({QStringLiteral("dmarc"), QLatin1String(domain)});
        QVERIFY(r.out.contains("Policy for mail from"));
        for (const QByteArray& line : r.out.split('\n'))
            QVERIFY2(QString::fromUtf8(line).size() <= 80, line.constData());
    }
}

void TestDmarcCli::unreachableResolverExits3() {
    // Nothing listens on 127.0.0.1:9: a network error, reported as such, never as "no record".
    QProcess p;
    p.start(qEnvironmentVariable("MAILSIGHT_CLI"),
            {QStringLiteral("--resolver"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--timeout"),
             QStringLiteral("300"), QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("dmarc"),
             QStringLiteral("example.com"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 3);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QStringList codes;
    for (const QJsonValue& f : o.value(QStringLiteral("findings")).toArray())
        codes << f.toObject().value(QStringLiteral("code")).toString();
    QCOMPARE(codes, QStringList{QStringLiteral("DMARC-DNS-ERROR")});
    QCOMPARE(o.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestDmarcCli)
#include "tst_dmarccli.moc"
