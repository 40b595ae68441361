// The SPF tab audits a domain of tests/zones/spf.test.zone (offline zone files), shows its tree
// through a model checked by QAbstractItemModelTester, expands to the problem, runs a what-if.

#include "spf/SpfTab.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "spf/SpfTreeModel.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

#include "QCustomPlotHeader.h"

class SpfTabTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void auditShowsTree();
    void whatIfHighlightsPath();
    void largeTree();

private:
    std::shared_ptr<DnsSession> session() const;
};

std::shared_ptr<DnsSession> SpfTabTest::session() const {
    const QString zone =
        qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/spf.test.zone");
    auto resolver = ZoneResolver::load({zone});
    if (!resolver)
        qFatal("%s", qPrintable(resolver.error()));
    return std::make_shared<DnsSession>(*resolver);
}

void SpfTabTest::auditShowsTree() {
    SpfTab tab;
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.resize(1200, 800);
    tab.show();
    QSignalSpy done(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("limit.spf.test"), session(), 7);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.first().first().toULongLong(), 7ull);
    SpfTreeModel* m = tab.model();
    QCOMPARE(m->rowCount(), 1);
    const QModelIndex root = m->index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("limit.spf.test"));
    QCOMPARE(m->rowCount(root), 3); // include, include, -all
    QCOMPARE(m->index(0, SpfTreeModel::LookupsColumn, root).data().toInt(), 1);
    QVERIFY(tab.verdict().contains(QLatin1String("12 of 10")));
    QVERIFY(tab.verdict().contains(QLatin1String("Error")));
    // The bars: one per top-level include, split by colour into three graphs.
    QCOMPARE(tab.chart()->plottableCount(), 3);

    tab.expandToProblem();
    const QModelIndex current = tab.view()->currentIndex();
    QVERIFY(current.isValid());
    const SpfTreeNode* n = m->node(current);
    QVERIFY(n);
    QVERIFY(n->has(SpfTreeNode::CrossesLimit) || n->has(SpfTreeNode::OverLimit));
    QCOMPARE(current.siblingAtColumn(SpfTreeModel::StatusColumn).data().toString(),
             severityLabel(Severity::Error));

    // Choosing the lookup-limit finding selects the term where the count passes 10.
    QVERIFY(tab.findingsList()->count() >= 1);
    tab.findingsList()->setCurrentRow(0);
    QCOMPARE(m->node(tab.view()->currentIndex())->term.text, QStringLiteral("a/26"));
    // MAILSIGHT_SPF_SCREENSHOT=file.png saves the tab as shown (run under xvfb-run to look at it).
    if (const QString shot = qEnvironmentVariable("MAILSIGHT_SPF_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(tab.grab().save(shot));
    }
    // The first hit is the root (its record names c2), Enter moves on to the include term.
    tab.search(QStringLiteral("c2.spf"));
    QCOMPARE(m->node(tab.view()->currentIndex())->label(), QStringLiteral("limit.spf.test"));
    tab.search(QStringLiteral("c2.spf"));
    QCOMPARE(m->node(tab.view()->currentIndex())->label(), QStringLiteral("include:c2.spf.test"));
}

void SpfTabTest::whatIfHighlightsPath() {
    SpfTab tab;
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("ok.spf.test"), session(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    tab.runWhatIf(QStringLiteral("198.51.100.9"), QStringLiteral("a@ok.spf.test"),
                  QStringLiteral("mx.ok.spf.test"));
    QTRY_VERIFY_WITH_TIMEOUT(tab.model()->tree().evaluation.has_value(), 10000);
    QCOMPARE(tab.model()->tree().evaluation->result, SpfResult::Pass);
    const SpfTreeNode* n = tab.model()->node(tab.view()->currentIndex());
    QVERIFY(n);
    QCOMPARE(n->term.text, QStringLiteral("ip4:198.51.100.0/24"));
    QVERIFY(tab.view()->currentIndex().data(SpfTreeModel::MatchedRole).toBool());
}

void SpfTabTest::largeTree() {
    // 9 includes of 40 ranges each: about 400 nodes, all expanded.
    QByteArray zone = "$TTL 300\n@ IN SOA ns.big.test. h.big.test. 1 3600 600 86400 300\n@ IN TXT \"v=spf1";
    for (int i = 0; i < 9; ++i)
        zone += " include:i" + QByteArray::number(i) + ".big.test";
    zone += " -all\"\n";
    for (int i = 0; i < 9; ++i) {
        zone += "i" + QByteArray::number(i) + " IN TXT \"v=spf1";
        for (int j = 0; j < 40; ++j)
            zone += "\" \" ip4:10." + QByteArray::number(i) + "." + QByteArray::number(j) + ".0/24";
        zone += " -all\"\n"; // one character-string per term: each stays under 255 bytes
    }
    auto parsed = ZoneResolver::parseZone(zone, QStringLiteral("big.test"), QStringLiteral("memory"));
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
    auto session =
        std::make_shared<DnsSession>(std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*parsed}));
    SpfTab tab;
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&tab, &AuditTab::finished);
    tab.startAudit(QStringLiteral("big.test"), session, 3);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(tab.model()->allIndexes().size(), 1 + 10 + 9 * (1 + 41));
    QCOMPARE(tab.model()->tree().lookups, 9);
    tab.view()->expandAll();
    tab.search(QStringLiteral("10.8.39.0")); // first the record of i8.big.test that holds it
    QCOMPARE(tab.model()->node(tab.view()->currentIndex())->domain, QStringLiteral("i8.big.test"));
    tab.search(QStringLiteral("10.8.39.0"));
    QCOMPARE(tab.model()->node(tab.view()->currentIndex())->term.text, QStringLiteral("ip4:10.8.39.0/24"));
}

QTEST_MAIN(SpfTabTest)
#include "SpfTabTest.moc"
