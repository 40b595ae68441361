#include "audit/AuditGrader.h"
#include "findings/FindingCatalogue.h"

#include <QTest>

class TestAuditGrader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void grade_data() {
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("grade");
        QTest::newRow("clean") << QStringList{} << QStringLiteral("A");
        QTest::newRow("info only") << QStringList{QStringLiteral("SPF-OVERLAPPING-RANGES")}
                                   << QStringLiteral("A");
        QTest::newRow("one warning") << QStringList{QStringLiteral("DMARC-NO-RUA")} << QStringLiteral("B");
        QTest::newRow("policy none") << QStringList{QStringLiteral("DMARC-POLICY-NONE")}
                                     << QStringLiteral("C");
        QTest::newRow("four warnings")
            << QStringList{QStringLiteral("DMARC-NO-RUA"), QStringLiteral("DKIM-KEY-WEAK"),
                           QStringLiteral("DKIM-TESTING"), QStringLiteral("DMARC-PCT-PARTIAL")}
            << QStringLiteral("C");
        QTest::newRow("one error") << QStringList{QStringLiteral("SPF-LOOKUP-LIMIT")} << QStringLiteral("D");
        QTest::newRow("both missing")
            << QStringList{QStringLiteral("SPF-MISSING"), QStringLiteral("DMARC-MISSING")}
            << QStringLiteral("F");
        QTest::newRow("resolver failure")
            << QStringList{QStringLiteral("DNS-RESOLVER-FAILURE")} << QStringLiteral("F");
        QTest::newRow("timeout") << QStringList{QStringLiteral("AUDIT-TIMEOUT")} << QStringLiteral("F");
        QTest::newRow("three errors")
            << QStringList{QStringLiteral("SPF-LOOKUP-LIMIT"), QStringLiteral("DKIM-KEY-INSECURE"),
                           QStringLiteral("EXPECT-DMARC-POLICY")}
            << QStringLiteral("F");
    }
    void grade() {
        QFETCH(QStringList, codes);
        QFETCH(QString, grade);
        QList<Finding> findings;
        for (const QString& c : codes) {
            QVERIFY2(FindingCatalogue::find(c), qPrintable(c));
            findings << FindingCatalogue::make(c);
        }
        const AuditGrade g = AuditGrader::grade(findings);
        QCOMPARE(g.letter, grade);
        QVERIFY(!g.reasons.isEmpty());
        QVERIFY(g.reasons.first().startsWith(grade));
    }
    void rulesListed() { QCOMPARE(AuditGrader::rules().size(), 5); }
};

QTEST_GUILESS_MAIN(TestAuditGrader)
#include "tst_auditgrader.moc"
