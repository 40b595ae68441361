// The SPF include graph on the SPF tab: the model and the scene for a zone with includes, a
// redirect, a domain included twice, a loop and a void lookup (tests/zones/spfgraph.test.zone);
// the standing against the limit of 10 as colour, icon and word (limit.spf.test crosses it), in
// every theme; selection shared with the tree both ways; the what-if path; zoom and fit.

#include "AppTheme.h"
#include "SeverityStyle.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "spf/SpfGraphNodeItem.h"
#include "spf/SpfGraphView.h"
#include "spf/SpfTab.h"
#include "spf/SpfTreeModel.h"

#include <QAbstractButton>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

class SpfGraphTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void includesRedirectLoopVoid();
    void limitColoursAndWords_data();
    void limitColoursAndWords();
    void selectionBothWays();
    void whatIfPath();
    void zoomAndFit();
    void themeChangeRedrawsEdges();

private:
    static std::shared_ptr<DnsSession> session();
    static void audit(SpfTab& tab, const QString& domain);
    static int nodeNamed(const SpfGraph& g, const QString& name, SpfGraphNode::Kind kind);
};

std::shared_ptr<DnsSession> SpfGraphTest::session() {
    const QString zones = qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + QStringLiteral("/tests/zones/");
    auto resolver = ZoneResolver::load(
        {zones + QStringLiteral("spf.test.zone"), zones + QStringLiteral("spfgraph.test.zone")});
    if (!resolver)
        qFatal("%s", qPrintable(resolver.error()));
    return std::make_shared<DnsSession>(*resolver);
}

void SpfGraphTest::audit(SpfTab& tab, const QString& domain) {
    QSignalSpy done(&tab, &AuditTab::finished);
    tab.startAudit(domain, session(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
}

int SpfGraphTest::nodeNamed(const SpfGraph& g, const QString& name, SpfGraphNode::Kind kind) {
    for (int i = 0; i < g.nodes().size(); ++i)
        if (g.nodes().at(i).kind == kind &&
            (kind == SpfGraphNode::Kind::Domain ? g.nodes().at(i).domain : g.nodes().at(i).term) == name)
            return i;
    return -1;
}

void SpfGraphTest::includesRedirectLoopVoid() {
    SpfTab tab;
    audit(tab, QStringLiteral("spfgraph.test"));
    const SpfGraph& g = tab.graphView()->graph();
    using K = SpfGraphNode::Kind;
    // Domains: the record's own, inc, shared (included twice: one node), loop1, loop2, red.
    QStringList domains;
    int leaves = 0;
    for (const SpfGraphNode& n : g.nodes()) {
        if (n.kind == K::Domain)
            domains << n.domain;
        else
            ++leaves;
    }
    domains.sort();
    QCOMPARE(domains, (QStringList{u"inc.spfgraph.test"_s, u"loop1.spfgraph.test"_s, u"loop2.spfgraph.test"_s,
                                   u"red.spfgraph.test"_s, u"shared.spfgraph.test"_s, u"spfgraph.test"_s}));
    QCOMPARE(leaves, 3); // a:mail, a:nx, mx
    QCOMPARE(g.nodes().first().domain, QStringLiteral("spfgraph.test"));
    // root -> inc, loop1, a:nx, mx, red; inc -> a:mail, shared; loop1 -> loop2 -> loop1; red -> shared.
    QCOMPARE(g.edges().size(), 10);
    // The scene draws every node and every edge.
    for (int i = 0; i < g.nodes().size(); ++i)
        QVERIFY(tab.graphView()->nodeItem(i));
    QVERIFY(!tab.graphView()->nodeItem(int(g.nodes().size())));
    QCOMPARE(tab.graphView()->edgeItemCount(), 10);

    const int shared = nodeNamed(g, QStringLiteral("shared.spfgraph.test"), K::Domain);
    QCOMPARE(g.nodes().at(shared).evaluations, 2);
    int into = 0;
    for (const SpfGraphEdge& e : g.edges())
        into += e.to == shared;
    QCOMPARE(into, 2);
    // The loop: an edge back from loop2 to loop1, both nodes marked, the edge drawn backwards.
    const int loop1 = nodeNamed(g, QStringLiteral("loop1.spfgraph.test"), K::Domain);
    const int loop2 = nodeNamed(g, QStringLiteral("loop2.spfgraph.test"), K::Domain);
    bool loopEdge = false;
    for (int e = 0; e < g.edges().size(); ++e)
        if (g.edges().at(e).from == loop2 && g.edges().at(e).to == loop1) {
            loopEdge = true;
            QVERIFY(g.edges().at(e).has(SpfTreeNode::Loop));
            QVERIFY(tab.graphView()->graphLayout().edges.at(e).back);
        }
    QVERIFY(loopEdge);
    QVERIFY(SpfGraph::markWords(g.nodes().at(loop1).flags).contains(QStringLiteral("loop")));
    QVERIFY(SpfGraph::markWords(g.nodes().at(loop2).flags).contains(QStringLiteral("loop")));
    // The void lookup: a leaf marked, in words too.
    const int nx = nodeNamed(g, QStringLiteral("a:nx.spfgraph.test"), K::Leaf);
    QVERIFY(nx > 0);
    QVERIFY(g.nodes().at(nx).has(SpfTreeNode::Void));
    QVERIFY(SpfGraph::nodeLines(g.nodes().at(nx)).last().contains(QStringLiteral("void")));
    QCOMPARE(g.nodes().at(nx).domain, QStringLiteral("nx.spfgraph.test"));
    // Own lookups and the running total: the root's 5 terms cost 1 each; the count ends at 10.
    QCOMPARE(g.nodes().first().ownLookups, 5);
    QCOMPARE(g.nodes().first().runningTotal, 10);
    QCOMPARE(g.nodes().first().limit, SpfGraphNode::Limit::Near);
    QVERIFY(SpfGraph::nodeLines(g.nodes().first()).at(1).contains(QStringLiteral("own 5")));
    QVERIFY(SpfGraph::nodeLines(g.nodes().first()).at(1).contains(QStringLiteral("total 10")));
}

void SpfGraphTest::limitColoursAndWords_data() {
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(AppSettings::Theme::Light);
    QTest::newRow("dark") << int(AppSettings::Theme::Dark);
    QTest::newRow("high-contrast") << int(AppSettings::Theme::HighContrast);
}

void SpfGraphTest::limitColoursAndWords() {
    QFETCH(int, theme);
    AppTheme::apply(AppSettings::Theme(theme));
    SpfTab tab;
    audit(tab, QStringLiteral("limit.spf.test")); // 12 of 10: the 11th lookup is c2's "a/26"
    const SpfGraph& g = tab.graphView()->graph();
    QCOMPARE(g.nodes().size(), 3 + 10); // limit, c1, c2 and five a terms each
    int crossing = -1;
    for (int i = 0; i < g.nodes().size(); ++i)
        if (g.nodes().at(i).has(SpfTreeNode::CrossesLimit)) {
            QCOMPARE(crossing, -1); // exactly one
            crossing = i;
        }
    QVERIFY(crossing > 0);
    const SpfGraphNode& cross = g.nodes().at(crossing);
    QCOMPARE(cross.term, QStringLiteral("a/26"));
    QCOMPARE(cross.runningTotal, 11);
    QCOMPARE(cross.limit, SpfGraphNode::Limit::Over);
    QVERIFY(SpfGraph::nodeLines(cross).last().contains(QStringLiteral("over limit")));
    QVERIFY(SpfGraph::nodeLines(cross).last().contains(QStringLiteral("crosses 10")));
    for (const SpfGraphEdge& e : g.edges())
        if (e.to == crossing)
            QVERIFY(SpfGraph::edgeLabel(e).contains(QStringLiteral("crosses 10")));
    // The scene says it too, beside the thick red edge.
    int crossingLabels = 0;
    for (QGraphicsItem* item : tab.graphView()->scene()->items())
        if (auto* text = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item))
            crossingLabels += text->text() == QStringLiteral("include:c2.spf.test (crosses 10)") ||
                              text->text() == QStringLiteral("a/26 (crosses 10)");
    QCOMPARE(crossingLabels, 1);
    // Every node's word and colour follow its running total: up to 8, 9-10, past 10.
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (const SpfGraphNode& n : g.nodes()) {
        const SpfGraphNode::Limit want = n.runningTotal > 10   ? SpfGraphNode::Limit::Over
                                         : n.runningTotal >= 9 ? SpfGraphNode::Limit::Near
                                                               : SpfGraphNode::Limit::Within;
        QCOMPARE(n.limit, want);
        QVERIFY(SpfGraph::nodeLines(n).last().contains(SpfGraph::limitWord(want)));
        const QColor c = SpfGraphNodeItem::limitColour(n.limit);
        QVERIFY2(AppTheme::contrast(c, base) >= 4.5,
                 qPrintable(c.name() + QStringLiteral(" on ") + base.name()));
        QVERIFY(!SpfGraphNodeItem::limitIcon(n.limit).isNull());
    }
    QCOMPARE(SpfGraphNodeItem::limitColour(SpfGraphNode::Limit::Over),
             SeverityStyle::colour(Severity::Error));
    QCOMPARE(SpfGraphNodeItem::limitColour(SpfGraphNode::Limit::Near),
             SeverityStyle::colour(Severity::Warning));
    QCOMPARE(SpfGraphNodeItem::limitColour(SpfGraphNode::Limit::Within), SeverityStyle::okColour());
    QSet<SpfGraphNode::Limit> seen;
    for (const SpfGraphNode& n : g.nodes())
        seen.insert(n.limit);
    QCOMPARE(seen.size(), 3); // within, near and over all drawn here
    AppTheme::apply(AppSettings::Theme::Light);
}

void SpfGraphTest::selectionBothWays() {
    SpfTab tab;
    tab.resize(1400, 900);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    audit(tab, QStringLiteral("limit.spf.test"));
    SpfGraphView* view = tab.graphView();
    const SpfGraph& g = view->graph();
    SpfTreeModel* m = tab.model();
    // A click on the c2 node selects c2's record in the tree.
    const int c2 = nodeNamed(g, QStringLiteral("c2.spf.test"), SpfGraphNode::Kind::Domain);
    QVERIFY(c2 > 0);
    QWidget* pictures = tab.findChild<QWidget*>(QStringLiteral("spfPictures"));
    QVERIFY(pictures && pictures->isVisible());
    view->fitGraph();
    const QPoint at = view->mapFromScene(view->nodeItem(c2)->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(view->selectedNode(), c2);
    const SpfTreeNode* selected = m->node(tab.view()->currentIndex());
    QVERIFY(selected);
    QCOMPARE(selected->kind, SpfTreeNode::Kind::Record);
    QCOMPARE(selected->domain, QStringLiteral("c2.spf.test"));
    QVERIFY(tab.view()->isExpanded(tab.view()->currentIndex().parent()));

    // A tree row selects its node: a leaf term its leaf, a term without a node (-all) its record's.
    const QModelIndex root = m->index(0, 0);
    const QModelIndex c1Record = m->index(0, 0, m->index(0, 0, root)); // include:c1 -> c1's record
    const QModelIndex a25 = m->index(2, 0, c1Record);                  // c1: a a/24 a/25 ...
    QCOMPARE(m->node(a25)->term.text, QStringLiteral("a/25"));
    tab.view()->setCurrentIndex(a25);
    QCOMPARE(view->selectedNode(), g.nodeForTreePath({0, 0, 2}));
    QCOMPARE(g.nodes().at(view->selectedNode()).term, QStringLiteral("a/25"));
    QCOMPARE(g.nodes().at(view->selectedNode()).runningTotal, 4);
    const QModelIndex all = m->index(5, 0, c1Record);
    QCOMPARE(m->node(all)->term.text, QStringLiteral("-all"));
    tab.view()->setCurrentIndex(all);
    QCOMPARE(g.nodes().at(view->selectedNode()).domain, QStringLiteral("c1.spf.test"));
    tab.view()->setCurrentIndex(root);
    QCOMPARE(view->selectedNode(), 0);
    // Selecting from the tree does not move the tree again (no ping-pong).
    QCOMPARE(tab.view()->currentIndex(), root);
}

void SpfGraphTest::whatIfPath() {
    SpfTab tab;
    audit(tab, QStringLiteral("ok.spf.test"));
    for (const SpfGraphNode& n : tab.graphView()->graph().nodes())
        QVERIFY(!n.has(SpfTreeNode::Matched));
    tab.runWhatIf(QStringLiteral("198.51.100.9"), QStringLiteral("a@ok.spf.test"),
                  QStringLiteral("mx.ok.spf.test"));
    QTRY_VERIFY_WITH_TIMEOUT(tab.model()->tree().evaluation.has_value(), 10000);
    const SpfGraph& g = tab.graphView()->graph();
    // ok.spf.test -> include:_spf.ok.spf.test -> its ip4 matched: both nodes and the edge on the path.
    QCOMPARE(g.nodes().size(), 2);
    QVERIFY(g.nodes().at(0).has(SpfTreeNode::Matched));
    QVERIFY(g.nodes().at(1).has(SpfTreeNode::Matched));
    QCOMPARE(g.edges().size(), 1);
    QVERIFY(g.edges().first().has(SpfTreeNode::Matched));
    QVERIFY(SpfGraph::nodeLines(g.nodes().at(1)).last().contains(QStringLiteral("what-if path")));
    // The tree's selection (the matching term) is shown on the graph: the include's node.
    QCOMPARE(tab.graphView()->selectedNode(), 1);
}

void SpfGraphTest::zoomAndFit() {
    SpfTab tab;
    tab.resize(1400, 900);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    audit(tab, QStringLiteral("limit.spf.test"));
    SpfGraphView* view = tab.graphView();
    auto fits = [view] {
        return view->viewport()
            ->rect()
            .adjusted(-2, -2, 2, 2)
            .contains(view->mapFromScene(view->scene()->sceneRect()).boundingRect());
    };
    QVERIFY(fits());
    const double fitted = view->zoom();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view->zoom() > fitted * 1.2);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < fitted);
    view->zoomIn();
    view->zoomIn();
    view->zoomIn();
    QVERIFY(!fits());
    tab.findChild<QAbstractButton*>(QStringLiteral("spfGraphFit"))->click();
    QVERIFY(fits());
}

void SpfGraphTest::themeChangeRedrawsEdges() {
    AppTheme::apply(AppSettings::Theme::Light);
    SpfTab tab;
    tab.resize(1400, 900);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    audit(tab, QStringLiteral("ok.spf.test"));
    SpfGraphView* view = tab.graphView();
    auto edgeColours = [view] {
        QSet<QRgb> colours;
        for (QGraphicsItem* item : view->scene()->items())
            if (auto* path = qgraphicsitem_cast<QGraphicsPathItem*>(item))
                colours.insert(path->pen().color().rgb());
        return colours;
    };
    QCOMPARE(edgeColours(), QSet<QRgb>{QApplication::palette().color(QPalette::Text).rgb()});
    view->selectNode(1);
    view->zoomIn();
    const double zoom = view->zoom();
    AppTheme::apply(AppSettings::Theme::Dark);
    QTRY_COMPARE(edgeColours(), QSet<QRgb>{QApplication::palette().color(QPalette::Text).rgb()});
    QCOMPARE(view->selectedNode(), 1);
    QCOMPARE(view->zoom(), zoom);
    AppTheme::apply(AppSettings::Theme::Light);
}

QTEST_MAIN(SpfGraphTest)
#include "SpfGraphTest.moc"
