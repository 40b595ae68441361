// The blocklist rate limiter counts questions sent to a list, not answers from the run's cache
// (issue 20). Every domain of a batch asks each list's test entry, which after the first domain is
// an answer from the shared cache: taking a token for it capped a whole batch at the list's rate
// (10 domains a second). With a cap of one question a minute, ten audits sharing a cache and a
// limiter all use the list: only the first asks its test entry.
#include "blocklist/BlocklistCheck.h"
#include "blocklist/BlocklistRateLimiter.h"
#include "dns/DnsCache.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QTest>

class TestBlocklistCachedTokens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cachedAnswersTakeNoToken() {
        const auto zone =
            ZoneResolver::parseZone(QByteArrayLiteral("$ORIGIN bl.test.\n$TTL 300\n"
                                                      "@ IN SOA ns.bl.test. h.bl.test. 1 3600 600 "
                                                      "86400 300\n"
                                                      "2.0.0.127 IN A 127.0.0.2\n"),
                                    QStringLiteral("bl.test"), QStringLiteral("bl.test"));
        QVERIFY2(zone.has_value(), zone ? "" : qPrintable(zone.error()));
        auto resolver = std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*zone});
        auto cache = std::make_shared<DnsCache>();
        BlocklistDefinition list;
        list.zone = QStringLiteral("bl.test");
        list.name = QStringLiteral("Test list");
        list.test = QStringLiteral("127.0.0.2");
        list.codes << BlocklistDefinition::Code{0x7f000002, 0x7f000002, QStringLiteral("listed")};
        // One token a minute, a burst of two: the first audit's test entry and its subject.
        auto limiter = std::make_shared<BlocklistRateLimiter>(1.0 / 60, 2);
        const BlocklistSubject subject{QStringLiteral("192.0.2.25"), BlocklistSubject::Kind::Address, {}};
        for (int i = 0; i < 10; ++i) {
            DnsSession session(resolver, cache);
            BlocklistCheck check(session, {list}, limiter);
            check.setMaxWaitMs(50);
            const BlocklistResult r = check.run(QStringLiteral("org%1.test").arg(i), {subject});
            QCOMPARE(r.lists.size(), 1);
            QVERIFY2(r.lists.at(0).detail.isEmpty(),
                     qPrintable(QStringLiteral("audit %1: %2").arg(i).arg(r.lists.at(0).detail)));
            QCOMPARE(r.checks.size(), 1);
            QVERIFY2(r.checks.at(0).asked, qPrintable(QStringLiteral("audit %1: subject not asked").arg(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBlocklistCachedTokens)
#include "tst_blocklistcachedtokens.moc"
