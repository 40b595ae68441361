#include "TestSupport.h"
#include "audit/AuditChecks.h"
#include "audit/AuditRunner.h"
#include "dns/LdnsResolver.h"

#include <QTest>

class TestAuditNsd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goodAndBad() {
        const quint16 port = TestSupport::nsdPort();
        QVERIFY(port > 0);
        auto resolver = std::make_shared<LdnsResolver>(
            LdnsResolverOptions{.servers = {{QStringLiteral("127.0.0.1"), port}}, .rateLimiter = {}});
        // The test zones' NS records name 192.0.2.53 (nothing answers there) and NSD listens on a
        // high port: the per-server check, tested against servers of its own in tests/ns, is left out.
        AuditRunOptions options;
        options.checks = AuditChecks::all();
        options.checks.removeIf([](const auto& check) { return check->area() == QLatin1String("ns"); });
        AuditRunner runner(resolver, options);
        const QList<AuditReport> reports =
            runner.run({QStringLiteral("auditgood.test"), QStringLiteral("auditbad.test")});
        QCOMPARE(reports.size(), 2);
        const AuditReport& good = reports.at(0);
        QVERIFY2(good.grade == QLatin1String("A"), qPrintable(good.gradeReasons.join(QLatin1Char(';'))));
        QCOMPARE(good.check(QStringLiteral("spf")).value(QStringLiteral("record")).toString(),
                 QStringLiteral("v=spf1 ip4:192.0.2.25 -all"));
        QVERIFY(good.resolver.contains(QString::number(port)));
        QVERIFY(good.queryCount() > 0);
        const AuditReport& bad = reports.at(1);
        // NSD serves only the test zones: the DMARC tree walk's question for _dmarc.test is
        // REFUSED, so DMARC reads as a DNS error (grade D) rather than missing (grade F).
        QVERIFY2(bad.grade == QLatin1String("F") || bad.grade == QLatin1String("D"), qPrintable(bad.grade));
        QVERIFY(bad.hasFinding(u"SPF-MISSING"));
        QVERIFY(bad.hasFinding(u"DMARC-MISSING") || bad.hasFinding(u"DMARC-DNS-ERROR"));
        QVERIFY(bad.hasFinding(u"DKIM-NO-SELECTOR-FOUND"));
    }
};

QTEST_GUILESS_MAIN(TestAuditNsd)
#include "tst_auditnsd.moc"
