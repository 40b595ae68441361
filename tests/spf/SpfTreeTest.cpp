// Lookup counts of hand-built chains (depth, width, loops, void lookups, mx with many names,
// macros, redirect, after-all), in memory; and the what-if path highlighted in the tree.

#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "spf/SpfTreeBuilder.h"

#include <QtTest>

namespace {
std::shared_ptr<DnsSession> sessionFor(const QString& body) {
    const QByteArray text = "$TTL 300\n@ IN SOA ns.t.test. h.t.test. 1 3600 600 86400 300\n" + body.toUtf8();
    auto zone = ZoneResolver::parseZone(text, QStringLiteral("t.test"), QStringLiteral("memory"));
    if (!zone)
        qFatal("%s", qPrintable(zone.error()));
    return std::make_shared<DnsSession>(std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*zone}));
}
} // namespace

class SpfTreeTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void counts_data();
    void counts();
    void whatIfMarksPath();
    void flattenProposal();
    void includeExplanationCountsInside();
};

// The one-sentence explanation of an include states what it costs inside (the ux.md example:
// "costs 1 lookup plus 3 inside").
void SpfTreeTest::includeExplanationCountsInside() {
    auto session = sessionFor(QStringLiteral("d IN TXT \"v=spf1 include:b.t.test -all\"\n"
                                             "b IN TXT \"v=spf1 a mx include:c.t.test -all\"\n"
                                             "c IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n"
                                             "b IN A 192.0.2.9\n"));
    const SpfLookupTree tree = SpfTreeBuilder(session.get(), {}).build(QStringLiteral("d.t.test"));
    QString explanation;
    tree.forEach([&](const SpfTreeNode& n, const QStringList&) {
        if (n.term.text == QLatin1String("include:b.t.test"))
            explanation = n.explanation;
    });
    QVERIFY2(explanation.contains(QStringLiteral("costs 1 lookup plus 3 inside")), qPrintable(explanation));
    QCOMPARE(tree.lookups, 4);
}

void SpfTreeTest::counts_data() {
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<int>("voids");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("flag"); // a flag some node must carry, or empty

    QTest::newRow("depth 3") << QStringLiteral("d IN TXT \"v=spf1 include:b.t.test -all\"\n"
                                               "b IN TXT \"v=spf1 include:c.t.test -all\"\n"
                                               "c IN TXT \"v=spf1 include:e.t.test -all\"\n"
                                               "e IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n")
                             << 3 << 0 << 3 << QString();
    QTest::newRow("width")
        << QStringLiteral(
               "d IN TXT \"v=spf1 include:w1.t.test include:w2.t.test include:w3.t.test include:w4.t.test a "
               "mx -all\"\n"
               "d IN A 192.0.2.1\nd IN MX 10 d.t.test.\n"
               "w1 IN TXT \"v=spf1 ip4:192.0.2.1 -all\"\nw2 IN TXT \"v=spf1 ip4:192.0.2.2 -all\"\n"
               "w3 IN TXT \"v=spf1 ip4:192.0.2.3 -all\"\nw4 IN TXT \"v=spf1 ip4:192.0.2.4 -all\"\n")
        << 6 << 0 << 1 << QString();
    QTest::newRow("loop") << QStringLiteral("d IN TXT \"v=spf1 include:b.t.test -all\"\n"
                                            "b IN TXT \"v=spf1 include:d.t.test -all\"\n")
                          << 2 << 0 << 2 << QStringLiteral("loop");
    QTest::newRow("void") << QStringLiteral(
                                 "d IN TXT \"v=spf1 a:nx1.t.test a:nx2.t.test exists:nx3.t.test -all\"\n")
                          << 3 << 3 << 0 << QStringLiteral("crosses-void-limit");
    QTest::newRow("mx many names") << QStringLiteral(
                                          "d IN TXT \"v=spf1 mx -all\"\n"
                                          "d IN MX 1 m1.t.test.\nd IN MX 2 m2.t.test.\nd IN MX 3 m3.t.test.\n"
                                          "m1 IN A 192.0.2.1\nm2 IN A 192.0.2.2\nm3 IN A 192.0.2.3\n")
                                   << 1 << 0 << 0 << QString();
    QTest::newRow("mx over 10 names")
        << QStringLiteral(
               "d IN TXT \"v=spf1 mx -all\"\nd IN MX 1 m.t.test.\nd IN MX 2 m1.t.test.\nd IN MX 3 "
               "m2.t.test.\n"
               "d IN MX 4 m3.t.test.\nd IN MX 5 m4.t.test.\nd IN MX 6 m5.t.test.\nd IN MX 7 m6.t.test.\n"
               "d IN MX 8 m7.t.test.\nd IN MX 9 m8.t.test.\nd IN MX 10 m9.t.test.\nd IN MX 11 m10.t.test.\n")
        << 1 << 0 << 0 << QStringLiteral("mx-too-many");
    QTest::newRow("macros") << QStringLiteral(
                                   "d IN TXT \"v=spf1 exists:%{i}._ip.t.test include:%{d}._m.t.test -all\"\n"
                                   "d.t.test._m IN TXT \"v=spf1 a -all\"\nd.t.test._m IN A 192.0.2.9\n")
                            << 3 << 0 << 1 << QStringLiteral("unexpanded");
    QTest::newRow("redirect") << QStringLiteral("d IN TXT \"v=spf1 redirect=b.t.test\"\n"
                                                "b IN TXT \"v=spf1 include:c.t.test -all\"\n"
                                                "c IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n")
                              << 2 << 0 << 2 << QString();
    QTest::newRow("after all") << QStringLiteral("d IN TXT \"v=spf1 -all include:b.t.test\"\n"
                                                 "b IN TXT \"v=spf1 a -all\"\n")
                               << 0 << 0 << 1 << QStringLiteral("after-all");
    QTest::newRow("redirect beside all") << QStringLiteral("d IN TXT \"v=spf1 a -all redirect=b.t.test\"\n"
                                                           "d IN A 192.0.2.1\nb IN TXT \"v=spf1 a -all\"\n")
                                         << 1 << 0 << 1 << QStringLiteral("redirect-ignored");
    QTest::newRow("duplicate include")
        << QStringLiteral("d IN TXT \"v=spf1 include:b.t.test include:b.t.test -all\"\n"
                          "b IN TXT \"v=spf1 a -all\"\nb IN A 192.0.2.1\n")
        << 4 << 0 << 1 << QStringLiteral("duplicate-include");
    QTest::newRow("limit crossed")
        << QStringLiteral("d IN TXT \"v=spf1 a a a a a a a a a a a -all\"\nd IN A 192.0.2.1\n") << 11 << 0
        << 0 << QStringLiteral("crosses-limit");
}

void SpfTreeTest::counts() {
    QFETCH(QString, zone);
    QFETCH(int, lookups);
    QFETCH(int, voids);
    QFETCH(int, depth);
    QFETCH(QString, flag);
    auto session = sessionFor(zone);
    const SpfLookupTree tree = SpfTreeBuilder(session.get(), {}).build(QStringLiteral("d.t.test"));
    QCOMPARE(tree.root.status, SpfTreeNode::RecordStatus::Found);
    QCOMPARE(tree.lookups, lookups);
    QCOMPARE(tree.voidLookups, voids);
    QCOMPARE(tree.maxDepth, depth);
    QCOMPARE(tree.root.lookups, lookups);
    if (!flag.isEmpty()) {
        bool found = false;
        tree.forEach([&](const SpfTreeNode& n, const QStringList&) {
            found = found || SpfTreeNode::flagNames(n.flags).contains(flag);
        });
        QVERIFY2(found, qPrintable(flag));
    }
    // Every term has its sentence.
    tree.forEach([&](const SpfTreeNode& n, const QStringList&) {
        if (n.kind == SpfTreeNode::Kind::Term)
            QVERIFY2(!n.explanation.isEmpty(), qPrintable(n.term.text));
    });
}

void SpfTreeTest::whatIfMarksPath() {
    auto session = sessionFor(QStringLiteral("d IN TXT \"v=spf1 ip4:192.0.2.1 include:b.t.test -all\"\n"
                                             "b IN TXT \"v=spf1 ip4:198.51.100.0/24 -all\"\n"));
    SpfTreeBuilder::Options o;
    o.ip = QHostAddress(QStringLiteral("198.51.100.20"));
    o.helo = QStringLiteral("mail.t.test");
    const SpfLookupTree tree = SpfTreeBuilder(session.get(), o).build(QStringLiteral("d.t.test"));
    QVERIFY(tree.evaluation);
    QCOMPARE(tree.evaluation->result, SpfResult::Pass);
    QCOMPARE(tree.evaluation->path, (QStringList{QStringLiteral("d.t.test: include:b.t.test"),
                                                 QStringLiteral("b.t.test: ip4:198.51.100.0/24")}));
    QStringList matched;
    tree.forEach([&](const SpfTreeNode& n, const QStringList&) {
        if (n.has(SpfTreeNode::Matched))
            matched << n.term.text;
    });
    QCOMPARE(matched,
             (QStringList{QStringLiteral("include:b.t.test"), QStringLiteral("ip4:198.51.100.0/24")}));

    // A typed record (not published) against the same DNS.
    o.record = QStringLiteral("v=spf1 ip4:192.0.2.1 -all");
    const SpfLookupTree typed = SpfTreeBuilder(session.get(), o).build(QStringLiteral("d.t.test"));
    QCOMPARE(typed.evaluation->result, SpfResult::Fail);
}

void SpfTreeTest::flattenProposal() {
    auto session =
        sessionFor(QStringLiteral("d IN TXT \"v=spf1 ip4:192.0.2.1 include:b.t.test ~all\"\n"
                                  "b IN TXT \"v=spf1 ip4:198.51.100.0/24 a -all\"\nb IN A 203.0.113.5\n"));
    SpfTreeBuilder::Options o;
    o.flatten = true;
    const SpfLookupTree tree = SpfTreeBuilder(session.get(), o).build(QStringLiteral("d.t.test"));
    QCOMPARE(tree.flattened.size(), 1);
    QCOMPARE(tree.flattened.first(),
             QStringLiteral("v=spf1 ip4:192.0.2.1 ip4:198.51.100.0/24 ip4:203.0.113.5 ~all"));
    QVERIFY(tree.flattenWarning.contains(QLatin1String("stale")));
}

QTEST_GUILESS_MAIN(SpfTreeTest)
#include "SpfTreeTest.moc"
