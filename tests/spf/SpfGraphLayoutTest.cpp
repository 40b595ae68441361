// SpfGraphLayout: layers follow the edges, no two nodes (or a node and a label) overlap, cycles
// end, a tree is drawn without crossings, and a 40-node graph with shared targets stays readable.

#include "spf/SpfGraphLayout.h"
#include "spf/SpfGraphSvg.h"

#include <QJsonArray>
#include <QXmlStreamReader>

#include <QRandomGenerator>
#include <QtTest>

class SpfGraphLayoutTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void empty();
    void treeHasNoCrossings();
    void cycleIsDrawnBackwards();
    void fortyNodes();
    void longEdgesPassThroughLayers();
    void svgOfHostileText();

private:
    static void checkReadable(const SpfGraphLayout& l, const QList<QSizeF>& sizes,
                              const QList<SpfGraphLayout::Edge>& edges);
};

void SpfGraphLayoutTest::checkReadable(const SpfGraphLayout& l, const QList<QSizeF>& sizes,
                                       const QList<SpfGraphLayout::Edge>& edges) {
    QCOMPARE(l.nodes.size(), sizes.size());
    QCOMPARE(l.edges.size(), edges.size());
    const QRectF all(QPointF(0, 0), l.size);
    for (int i = 0; i < l.nodes.size(); ++i) {
        QCOMPARE(l.nodes.at(i).size(), sizes.at(i));
        QVERIFY2(all.contains(l.nodes.at(i)), qPrintable(QStringLiteral("node %1 outside").arg(i)));
        for (int j = i + 1; j < l.nodes.size(); ++j)
            QVERIFY2(!l.nodes.at(i).intersects(l.nodes.at(j)),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
    }
    // Layers are columns, left to right: every node of layer k ends before any of layer k+1 starts.
    for (int i = 0; i < l.nodes.size(); ++i)
        for (int j = 0; j < l.nodes.size(); ++j)
            if (l.layers.at(i) < l.layers.at(j))
                QVERIFY(l.nodes.at(i).right() < l.nodes.at(j).left());
    for (int e = 0; e < edges.size(); ++e) {
        const SpfGraphLayout::Route& r = l.edges.at(e);
        QVERIFY(r.points.size() >= 2);
        if (!r.back) {
            QVERIFY2(l.layers.at(edges.at(e).from) < l.layers.at(edges.at(e).to),
                     qPrintable(QStringLiteral("edge %1 does not go forward").arg(e)));
            // It ends on the target's left side and starts on the source's right side.
            QCOMPARE(r.points.last().x(), l.nodes.at(edges.at(e).to).left());
            QCOMPARE(r.points.first().x(), l.nodes.at(edges.at(e).from).right());
            // Its label is clear of every node.
            for (const QRectF& n : l.nodes)
                QVERIFY2(!r.label.intersects(n),
                         qPrintable(QStringLiteral("label of edge %1 on a node").arg(e)));
        }
    }
}

void SpfGraphLayoutTest::empty() {
    const SpfGraphLayout l = SpfGraphLayout::compute({}, {});
    QVERIFY(l.nodes.isEmpty());
}

void SpfGraphLayoutTest::treeHasNoCrossings() {
    // 0 -> 1, 2, 3; 1 -> 4, 5; 3 -> 6 -> 7
    const QList<QSizeF> sizes(8, QSizeF(120, 40));
    const QList<SpfGraphLayout::Edge> edges{{0, 1, {60, 12}}, {0, 2, {60, 12}}, {0, 3, {60, 12}},
                                            {1, 4, {30, 12}}, {1, 5, {30, 12}}, {3, 6, {30, 12}},
                                            {6, 7, {90, 12}}};
    const SpfGraphLayout l = SpfGraphLayout::compute(sizes, edges);
    checkReadable(l, sizes, edges);
    QCOMPARE(l.layers, (QList<int>{0, 1, 1, 1, 2, 2, 2, 3}));
    QCOMPARE(l.crossings, 0);
    // The order of the children is kept: 1 above 2 above 3, 4 above 5.
    QVERIFY(l.nodes.at(1).top() < l.nodes.at(2).top());
    QVERIFY(l.nodes.at(2).top() < l.nodes.at(3).top());
    QVERIFY(l.nodes.at(4).top() < l.nodes.at(5).top());
    // A parent sits between its first and last child.
    QVERIFY(l.nodes.at(1).center().y() >= l.nodes.at(4).center().y());
    QVERIFY(l.nodes.at(1).center().y() <= l.nodes.at(5).center().y());
}

void SpfGraphLayoutTest::cycleIsDrawnBackwards() {
    // 0 -> 1 -> 2 -> 1 (a loop), and 2 -> 2 (a record including itself).
    const QList<QSizeF> sizes(3, QSizeF(100, 30));
    const QList<SpfGraphLayout::Edge> edges{
        {0, 1, {40, 12}}, {1, 2, {40, 12}}, {2, 1, {40, 12}}, {2, 2, {40, 12}}};
    const SpfGraphLayout l = SpfGraphLayout::compute(sizes, edges);
    checkReadable(l, sizes, edges);
    QCOMPARE(l.layers, (QList<int>{0, 1, 2}));
    QVERIFY(!l.edges.at(1).back);
    QVERIFY(l.edges.at(2).back);
    QVERIFY(l.edges.at(3).back);
    // A back edge runs below its nodes.
    for (int e : {2, 3}) {
        double lowest = 0;
        for (const QPointF& p : l.edges.at(e).points)
            lowest = std::max(lowest, p.y());
        QVERIFY(lowest > l.nodes.at(edges.at(e).from).bottom());
    }
}

void SpfGraphLayoutTest::fortyNodes() {
    // An SPF graph of 40 nodes: the domain, 6 includes, each with 2-5 includes or leaves, some
    // targets included twice, and a loop back up. Deterministic.
    QRandomGenerator random(17);
    QList<QSizeF> sizes{QSizeF(180, 48)};
    QList<SpfGraphLayout::Edge> edges;
    QList<int> second;
    for (int i = 0; i < 6; ++i) {
        const int inc = static_cast<int>(sizes.size());
        sizes << QSizeF(120 + random.bounded(120), 48);
        edges.append({0, inc, QSizeF(100 + random.bounded(100), 13)});
        const int kids = 2 + random.bounded(4);
        for (int k = 0; k < kids && sizes.size() < 40; ++k) {
            const int kid = static_cast<int>(sizes.size());
            sizes << QSizeF(100 + random.bounded(140), 48);
            edges.append({inc, kid, QSizeF(60 + random.bounded(120), 13)});
            second << kid;
        }
    }
    while (sizes.size() < 40) {
        const int leaf = static_cast<int>(sizes.size());
        sizes << QSizeF(110, 48);
        edges.append({second.at(leaf % second.size()), leaf, QSizeF(80, 13)});
    }
    QCOMPARE(sizes.size(), 40);
    // As a tree: drawn without a crossing.
    const SpfGraphLayout tree = SpfGraphLayout::compute(sizes, edges);
    checkReadable(tree, sizes, edges);
    QCOMPARE(tree.crossings, 0);
    // Shared targets: two second-level nodes included again from another branch, and a loop.
    edges.append({1, second.last(), QSizeF(120, 13)});
    edges.append({2, second.at(second.size() / 2), QSizeF(120, 13)});
    edges.append({second.first(), 1, QSizeF(120, 13)});
    const SpfGraphLayout l = SpfGraphLayout::compute(sizes, edges);
    checkReadable(l, sizes, edges);
    QVERIFY(l.edges.last().back);
    // Readable: the ordering keeps crossings few, and the drawing is not absurdly large.
    QVERIFY2(l.crossings < edges.size() / 2, qPrintable(QString::number(l.crossings)));
    QVERIFY(l.size.height() < 40 * (48 + 14) + 100);
}

void SpfGraphLayoutTest::longEdgesPassThroughLayers() {
    // 0 -> 1 -> 2 -> 3 and 0 -> 3: the long edge bends through the layers between, beside the nodes.
    const QList<QSizeF> sizes(4, QSizeF(100, 30));
    const QList<SpfGraphLayout::Edge> edges{
        {0, 1, {40, 12}}, {1, 2, {40, 12}}, {2, 3, {40, 12}}, {0, 3, {40, 12}}};
    const SpfGraphLayout l = SpfGraphLayout::compute(sizes, edges);
    checkReadable(l, sizes, edges);
    QCOMPARE(l.layers.at(3), 3);
    const QList<QPointF>& points = l.edges.at(3).points;
    QVERIFY(points.size() >= 6); // through the columns of layers 1 and 2
    for (const QPointF& p : points)
        for (int n : {1, 2})
            QVERIFY(!l.nodes.at(n).contains(p));
}

void SpfGraphLayoutTest::svgOfHostileText() {
    // A record's text is whatever the zone holds: control characters and markup stay well-formed.
    const QString bad = QStringLiteral("x\u0002<y>&.test");
    QJsonObject target{{QStringLiteral("node"), QStringLiteral("record")},
                       {QStringLiteral("domain"), bad},
                       {QStringLiteral("status"), QStringLiteral("no-record")}};
    QJsonObject term{
        {QStringLiteral("node"), QStringLiteral("term")},
        {QStringLiteral("term"), QStringLiteral("include:") + bad},
        {QStringLiteral("mechanism"), QStringLiteral("include")},
        {QStringLiteral("cost"), 1},
        {QStringLiteral("cumulative"), 1},
        {QStringLiteral("flags"), QJsonArray{QStringLiteral("void"), QStringLiteral("no-record")}},
        {QStringLiteral("children"), QJsonArray{target}}};
    QJsonObject root{{QStringLiteral("node"), QStringLiteral("record")},
                     {QStringLiteral("domain"), QStringLiteral("a\u0001.test")},
                     {QStringLiteral("cumulative"), 1},
                     {QStringLiteral("children"), QJsonArray{term}}};
    const SpfGraph g = SpfGraph::fromJson({{QStringLiteral("tree"), root}, {QStringLiteral("lookups"), 1}});
    QCOMPARE(g.nodes().size(), 2);
    QVERIFY(g.nodes().at(1).has(SpfTreeNode::Void));
    QXmlStreamReader xml(SpfGraphSvg::svg(g));
    int nodes = 0;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.attributes().value(QStringLiteral("class")) == QStringLiteral("node"))
            ++nodes;
        if (xml.isStartElement() && xml.name() == QStringLiteral("text"))
            texts << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, 2);
    QVERIFY(texts.contains(QStringLiteral("x\uFFFD<y>&.test")));
}

QTEST_GUILESS_MAIN(SpfGraphLayoutTest)
#include "SpfGraphLayoutTest.moc"
