#include "audit/AuditExpectations.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QByteArray issueExample =
    R"({"default": {"dmarc": {"minPolicy": "quarantine", "requireRua": true},
                   "spf": {"maxLookups": 8, "allowedIncludes": ["_spf.provider.example"]},
                   "dkim": {"selectors": ["s1"], "minKeyBits": 2048, "maxKeyAgeDays": 365}},
       "domains": {"example.com": {"dmarc": {"minPolicy": "reject"}}}})";

AuditReport report(const QString& domain, const QString& policy, bool rua, int lookups,
                   const QString& include, int bits, const QString& fingerprint = QStringLiteral("AA:BB")) {
    AuditReport r;
    r.domain = domain;
    QJsonArray dest;
    if (rua)
        dest.append(QJsonObject{{QStringLiteral("tag"), QStringLiteral("rua")},
                                {QStringLiteral("valid"), true},
                                {QStringLiteral("authorized"), true}});
    r.checks.insert(
        QStringLiteral("dmarc"),
        QJsonObject{
            {QStringLiteral("record"), QStringLiteral("v=DMARC1; p=") + policy},
            {QStringLiteral("policy"),
             QJsonObject{{QStringLiteral("rfc9989"), QJsonObject{{QStringLiteral("applied"), policy}}},
                         {QStringLiteral("rfc7489"), QJsonObject{{QStringLiteral("applied"), policy}}}}},
            {QStringLiteral("reportDestinations"), dest}});
    r.checks.insert(
        QStringLiteral("spf"),
        QJsonObject{
            {QStringLiteral("lookups"), lookups},
            {QStringLiteral("tree"),
             QJsonObject{
                 {QStringLiteral("children"),
                  QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral("include:") + include}},
                             QJsonObject{{QStringLiteral("term"), QStringLiteral("-all")}}}}}}});
    r.checks.insert(QStringLiteral("dkim"),
                    QJsonObject{{QStringLiteral("selectors"),
                                 QJsonArray{QJsonObject{{QStringLiteral("selector"), QStringLiteral("s1")},
                                                        {QStringLiteral("found"), true},
                                                        {QStringLiteral("keyType"), QStringLiteral("rsa")},
                                                        {QStringLiteral("keyBits"), bits},
                                                        {QStringLiteral("fingerprint"), fingerprint}}}}});
    return r;
}

QStringList codes(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out << f.code;
    return out;
}
} // namespace

class TestAuditExpectations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesIssueExample() {
        auto e = AuditExpectations::parse(issueExample);
        QVERIFY2(e, e ? "" : qPrintable(e.error()));
        QCOMPARE(e->forDomain(QStringLiteral("example.com")).dmarcMinPolicy,
                 std::optional<QString>(QStringLiteral("reject")));
        QCOMPARE(e->forDomain(QStringLiteral("other.test")).dmarcMinPolicy,
                 std::optional<QString>(QStringLiteral("quarantine")));
        QCOMPARE(e->forDomain(QStringLiteral("example.com")).spfMaxLookups,
                 std::optional<int>(8)); // inherited
        QCOMPARE(e->checkOptionsFor(QStringLiteral("x.test")).dkimSelectors,
                 QStringList{QStringLiteral("s1")});
    }
    void rejectsBadFiles_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("unknown key") << QByteArray(R"({"default": {"spf": {"maxLookup": 8}}})");
        QTest::newRow("bad policy") << QByteArray(R"({"default": {"dmarc": {"minPolicy": "strict"}}})");
        QTest::newRow("bad number") << QByteArray(R"({"default": {"dkim": {"minKeyBits": "big"}}})");
        QTest::newRow("unknown top") << QByteArray(R"({"defaults": {}})");
    }
    void rejectsBadFiles() {
        QFETCH(QByteArray, json);
        QVERIFY(!AuditExpectations::parse(json));
    }
    void evaluate_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("rua");
        QTest::addColumn<int>("lookups");
        QTest::addColumn<QString>("include");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all met") << "other.test"
                                 << "quarantine" << true << 5 << "_spf.provider.example" << 2048
                                 << QStringList{};
        QTest::newRow("override unmet") << "example.com"
                                        << "quarantine" << true << 5 << "_spf.provider.example" << 2048
                                        << QStringList{QStringLiteral("EXPECT-DMARC-POLICY")};
        QTest::newRow("everything unmet")
            << "other.test"
            << "none" << false << 9 << "_spf.evil.test" << 1024
            << QStringList{QStringLiteral("EXPECT-DMARC-POLICY"), QStringLiteral("EXPECT-DMARC-RUA"),
                           QStringLiteral("EXPECT-SPF-LOOKUPS"), QStringLiteral("EXPECT-SPF-INCLUDE"),
                           QStringLiteral("EXPECT-DKIM-KEY-BITS")};
    }
    void evaluate() {
        QFETCH(QString, domain);
        QFETCH(QString, policy);
        QFETCH(bool, rua);
        QFETCH(int, lookups);
        QFETCH(QString, include);
        QFETCH(int, bits);
        QFETCH(QStringList, expected);
        auto e = AuditExpectations::parse(issueExample);
        QVERIFY(e);
        const QList<Finding> found = e->evaluate(report(domain, policy, rua, lookups, include, bits));
        QCOMPARE(codes(found), expected);
        for (const Finding& f : found) {
            QCOMPARE(f.area, QStringLiteral("expect"));
            QVERIFY(f.evidence.value(0).startsWith(QLatin1String("expected: ")));
            QVERIFY(f.evidence.value(1).startsWith(QLatin1String("actual: ")));
        }
    }
    void selectorAndKeyAge() {
        auto e = AuditExpectations::parse(
            R"({"default": {"dkim": {"selectors": ["s1", "s2"], "maxKeyAgeDays": 365}}})");
        QVERIFY(e);
        const AuditReport r =
            report(QStringLiteral("a.test"), QStringLiteral("reject"), true, 1, QStringLiteral("x"), 2048);
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        QHash<QString, QDateTime> seen{{QStringLiteral("AA:BB"), now.addDays(-400)}};
        const QList<Finding> found = e->evaluate(r, seen, now);
        QCOMPARE(codes(found), (QStringList{QStringLiteral("EXPECT-DKIM-SELECTOR"),
                                            QStringLiteral("EXPECT-DKIM-KEY-AGE")}));
        QVERIFY(found.at(1).evidence.contains(QStringLiteral("actual: 400 days old")));
        seen[QStringLiteral("AA:BB")] = now.addDays(-10);
        QCOMPARE(codes(e->evaluate(r, seen, now)), QStringList{QStringLiteral("EXPECT-DKIM-SELECTOR")});
    }
};

QTEST_GUILESS_MAIN(TestAuditExpectations)
#include "tst_auditexpectations.moc"
