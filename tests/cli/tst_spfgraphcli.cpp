// mailsight-cli spf DOMAIN --graph FILE.svg writes the include graph as SVG: parsed back, it has
// one node element per evaluated domain (and per a/mx/ptr/exists leaf) with the name in its
// text, one edge per include/redirect/lookup term; an unwritable path is a clear error.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::StringLiterals;
using TestSupport::runCli;

namespace {
struct Svg {
    QStringList nodes; // the first text of each node
    QStringList nodeTexts;
    int edges = 0;
    bool valid = false;
};

Svg parse(const QByteArray& data) {
    Svg svg;
    QXmlStreamReader xml(data);
    int depthInNode = 0;
    bool firstText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (depthInNode > 0)
                ++depthInNode;
            if (xml.name() == "g"_L1 && xml.attributes().value("class"_L1) == "node"_L1) {
                depthInNode = 1;
                firstText = true;
            } else if (xml.name() == "g"_L1 && xml.attributes().value("class"_L1) == "edge"_L1) {
                ++svg.edges;
            } else if (depthInNode > 0 && xml.name() == "text"_L1) {
                const QString t = xml.readElementText();
                --depthInNode; // readElementText consumed the end element
                if (firstText)
                    svg.nodes << t;
                svg.nodeTexts << t;
                firstText = false;
            }
        } else if (xml.isEndElement() && depthInNode > 0) {
            --depthInNode;
        }
    }
    svg.valid = !xml.hasError();
    return svg;
}
} // namespace

class TestSpfGraphCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString zone() const { return TestSupport::sourceDir() + u"/tests/zones/spfgraph.test.zone"_s; }

private Q_SLOTS:
    void nodePerEvaluatedDomain() {
        const QString path = m_dir.filePath(u"graph.svg"_s);
        const auto r =
            runCli({u"--offline"_s, u"--zone"_s, zone(), u"spf"_s, u"spfgraph.test"_s, u"--graph"_s, path});
        QVERIFY2(r.exitCode == 1, r.err.constData()); // findings (the loop): exit 1, the graph written anyway
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Svg svg = parse(f.readAll());
        QVERIFY(svg.valid);
        QStringList domains;
        int leaves = 0;
        for (const QString& n : svg.nodes) {
            if (n.contains(QLatin1Char(' ')))
                ++leaves; // "A mail.spfgraph.test", "MX spfgraph.test"
            else
                domains << n;
        }
        domains.sort();
        QCOMPARE(domains,
                 (QStringList{u"inc.spfgraph.test"_s, u"loop1.spfgraph.test"_s, u"loop2.spfgraph.test"_s,
                              u"red.spfgraph.test"_s, u"shared.spfgraph.test"_s, u"spfgraph.test"_s}));
        QCOMPARE(leaves, 3);
        QVERIFY(svg.nodes.contains(u"A nx.spfgraph.test"_s));
        QCOMPARE(svg.edges, 10);
        // Marks in words: the loop, the void lookup, the count near the limit.
        const QString all = svg.nodeTexts.join(QLatin1Char('\n'));
        QVERIFY(all.contains(u"loop"_s));
        QVERIFY(all.contains(u"void"_s));
        QVERIFY(all.contains(u"near limit"_s));
        QVERIFY(all.contains(u"own 5 · total 10"_s));
    }

    void overLimitDemo() {
        // The demo's over-limit domain: one node per evaluated domain, the crossing term marked.
        const QString path = m_dir.filePath(u"over.svg"_s);
        const auto json = runCli(
            {u"--demo"_s, u"--format"_s, u"json"_s, u"spf"_s, u"overlimit.test"_s, u"--graph"_s, path});
        QCOMPARE(json.exitCode, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        const Svg svg = parse(data);
        QVERIFY(svg.valid);
        QCOMPARE(svg.nodes.first(), u"overlimit.test"_s);
        QVERIFY(svg.nodeTexts.join(QLatin1Char('\n')).contains(u"over limit"_s));
        QVERIFY(QString::fromUtf8(data).contains(u"(crosses 10)"_s));
        // Every include/redirect target of the JSON tree is a node.
        QSet<QString> targets;
        std::function<void(const QJsonObject&)> walk = [&](const QJsonObject& n) {
            if (n.value(u"node"_s).toString() == u"record"_s)
                targets.insert(n.value(u"domain"_s).toString());
            for (const auto& c : n.value(u"children"_s).toArray())
                walk(c.toObject());
        };
        walk(QJsonDocument::fromJson(json.out).object().value(u"tree"_s).toObject());
        QVERIFY(targets.size() >= 5);
        for (const QString& t : std::as_const(targets))
            QVERIFY2(svg.nodes.contains(t), qPrintable(t));
    }

    void unwritable() {
        const auto r = runCli({u"--offline"_s, u"--zone"_s, zone(), u"spf"_s, u"spfgraph.test"_s,
                               u"--graph"_s, m_dir.filePath(u"no/such/dir/g.svg"_s)});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("--graph: cannot write"));
    }
};

QTEST_GUILESS_MAIN(TestSpfGraphCli)
#include "tst_spfgraphcli.moc"
