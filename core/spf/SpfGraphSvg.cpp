#include "SpfGraphSvg.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SpfGraphSvg", text);
}

constexpr double Advance = 0.602; // DejaVu Sans Mono and most monospace fonts: 0.6 em per character

// Text from DNS may hold characters XML 1.0 cannot carry (control characters): replaced, so the
// document stays well-formed.
QString clean(QString text) {
    for (QChar& c : text)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            c = QChar(QChar::ReplacementCharacter);
    return text;
}

QString number(double v) {
    return QString::number(v, 'f', 1);
}

QString colour(SpfGraphNode::Limit limit) {
    switch (limit) {
    case SpfGraphNode::Limit::Within:
        return QStringLiteral("#2e7d32");
    case SpfGraphNode::Limit::Near:
        return QStringLiteral("#a05a00");
    case SpfGraphNode::Limit::Over:
        return QStringLiteral("#c62828");
    }
    return {};
}

QString points(const QList<QPointF>& ps) {
    QStringList out;
    for (const QPointF& p : ps)
        out << number(p.x()) + QLatin1Char(',') + number(p.y());
    return out.join(QLatin1Char(' '));
}

// An arrowhead at the last point, pointing along the last segment.
QString arrow(const QList<QPointF>& ps) {
    if (ps.size() < 2)
        return {};
    const QPointF tip = ps.last();
    const QPointF from = ps.at(ps.size() - 2);
    const double len = std::hypot(tip.x() - from.x(), tip.y() - from.y());
    if (len <= 0)
        return {};
    const QPointF d((tip.x() - from.x()) / len, (tip.y() - from.y()) / len);
    const QPointF n(-d.y(), d.x());
    const QPointF base = tip - d * 8;
    return points({tip, base + n * 4, base - n * 4});
}
} // namespace

SpfGraphLayout SpfGraphSvg::layout(const SpfGraph& graph) {
    QList<QSizeF> sizes;
    for (const SpfGraphNode& n : graph.nodes()) {
        qsizetype chars = 0;
        const QStringList lines = SpfGraph::nodeLines(n);
        for (const QString& line : lines)
            chars = std::max(chars, line.size());
        sizes << QSizeF(chars * FontSize * Advance + 2 * Padding,
                        lines.size() * LineHeight + 2 * Padding - 4);
    }
    QList<SpfGraphLayout::Edge> edges;
    for (const SpfGraphEdge& e : graph.edges())
        edges.append({e.from, e.to,
                      QSizeF(SpfGraph::edgeLabel(e).size() * LabelFontSize * Advance, LabelFontSize + 2)});
    return SpfGraphLayout::compute(sizes, edges);
}

QString SpfGraphSvg::svg(const SpfGraph& graph, const QString& title) {
    const SpfGraphLayout l = layout(graph);
    const QString header = !title.isEmpty()  ? title
                           : graph.isEmpty() ? tr("No SPF record to draw")
                                             : tr("%1: %2 of 10 DNS lookups, %3 void")
                                                   .arg(graph.nodes().first().domain)
                                                   .arg(graph.lookups())
                                                   .arg(graph.voidLookups());
    const QString legend = tr("%1 %2 (up to 8)   %3 %4 (9–10)   %5 %6 (past 10)   dashed: loop or void")
                               .arg(SpfGraph::limitSymbol(SpfGraphNode::Limit::Within),
                                    SpfGraph::limitWord(SpfGraphNode::Limit::Within),
                                    SpfGraph::limitSymbol(SpfGraphNode::Limit::Near),
                                    SpfGraph::limitWord(SpfGraphNode::Limit::Near),
                                    SpfGraph::limitSymbol(SpfGraphNode::Limit::Over),
                                    SpfGraph::limitWord(SpfGraphNode::Limit::Over));
    const double width = std::max(l.size.width(), (legend.size() + 2) * FontSize * Advance);
    const double height = l.size.height() + HeaderHeight;

    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("svg"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    w.writeAttribute(QStringLiteral("baseProfile"), QStringLiteral("tiny"));
    w.writeAttribute(QStringLiteral("width"), number(width));
    w.writeAttribute(QStringLiteral("height"), number(height));
    w.writeAttribute(QStringLiteral("viewBox"),
                     QStringLiteral("0 0 %1 %2").arg(number(width), number(height)));
    w.writeAttribute(QStringLiteral("font-family"), QStringLiteral("DejaVu Sans Mono, monospace"));
    w.writeTextElement(QStringLiteral("title"), clean(header));
    w.writeStartElement(QStringLiteral("rect"));
    w.writeAttribute(QStringLiteral("width"), number(width));
    w.writeAttribute(QStringLiteral("height"), number(height));
    w.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));
    w.writeEndElement();
    auto text = [&](double x, double y, const QString& t, double size, const QString& fill, bool bold = false,
                    const QString& anchor = {}) {
        w.writeStartElement(QStringLiteral("text"));
        w.writeAttribute(QStringLiteral("x"), number(x));
        w.writeAttribute(QStringLiteral("y"), number(y));
        w.writeAttribute(QStringLiteral("font-size"), number(size));
        w.writeAttribute(QStringLiteral("fill"), fill);
        if (bold)
            w.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        if (!anchor.isEmpty())
            w.writeAttribute(QStringLiteral("text-anchor"), anchor);
        w.writeCharacters(clean(t));
        w.writeEndElement();
    };
    text(12, 18, header, FontSize + 1, QStringLiteral("#000000"), true);
    text(12, 36, legend, LabelFontSize, QStringLiteral("#333333"));

    w.writeStartElement(QStringLiteral("g"));
    w.writeAttribute(QStringLiteral("transform"),
                     QStringLiteral("translate(0,%1)").arg(number(HeaderHeight)));
    for (int i = 0; i < graph.edges().size(); ++i) {
        const SpfGraphEdge& e = graph.edges().at(i);
        const SpfGraphLayout::Route& r = l.edges.at(i);
        const bool crosses = e.has(SpfTreeNode::CrossesLimit);
        const bool matched = e.has(SpfTreeNode::Matched);
        const QString stroke = crosses   ? colour(SpfGraphNode::Limit::Over)
                               : matched ? QStringLiteral("#1b5e20")
                                         : QStringLiteral("#555555");
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
        w.writeStartElement(QStringLiteral("polyline"));
        w.writeAttribute(QStringLiteral("points"), points(r.points));
        w.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        w.writeAttribute(QStringLiteral("stroke"), stroke);
        w.writeAttribute(QStringLiteral("stroke-width"),
                         crosses || matched ? QStringLiteral("3") : QStringLiteral("1.2"));
        if (e.has(SpfTreeNode::Loop) || e.has(SpfTreeNode::Void))
            w.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("5,3"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("polygon"));
        w.writeAttribute(QStringLiteral("points"), arrow(r.points));
        w.writeAttribute(QStringLiteral("fill"), stroke);
        w.writeEndElement();
        const QString label = SpfGraph::edgeLabel(e);
        text(r.label.right(), r.label.bottom() - 3, label, LabelFontSize,
             crosses ? stroke : QStringLiteral("#222222"), crosses, QStringLiteral("end"));
        w.writeEndElement();
    }
    for (int i = 0; i < graph.nodes().size(); ++i) {
        const SpfGraphNode& n = graph.nodes().at(i);
        const QRectF& rect = l.nodes.at(i);
        const bool leaf = n.kind == SpfGraphNode::Kind::Leaf;
        const QString c = colour(n.limit);
        w.writeStartElement(QStringLiteral("g"));
        w.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("node-%1").arg(i));
        w.writeStartElement(QStringLiteral("rect"));
        w.writeAttribute(QStringLiteral("x"), number(rect.x()));
        w.writeAttribute(QStringLiteral("y"), number(rect.y()));
        w.writeAttribute(QStringLiteral("width"), number(rect.width()));
        w.writeAttribute(QStringLiteral("height"), number(rect.height()));
        w.writeAttribute(QStringLiteral("rx"), leaf ? QStringLiteral("14") : QStringLiteral("4"));
        w.writeAttribute(QStringLiteral("fill"), n.has(SpfTreeNode::Matched) ? QStringLiteral("#c8e6c9")
                                                 : leaf                      ? QStringLiteral("#f4f4f4")
                                                                             : QStringLiteral("#ffffff"));
        w.writeAttribute(QStringLiteral("stroke"), c);
        w.writeAttribute(QStringLiteral("stroke-width"),
                         n.has(SpfTreeNode::CrossesLimit) ? QStringLiteral("3.5") : QStringLiteral("1.8"));
        if (n.has(SpfTreeNode::Loop) || n.has(SpfTreeNode::Void))
            w.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("6,3"));
        w.writeEndElement();
        const QStringList lines = SpfGraph::nodeLines(n);
        for (int k = 0; k < lines.size(); ++k)
            text(rect.x() + Padding, rect.y() + Padding - 2 + LineHeight * (k + 1) - 3, lines.at(k), FontSize,
                 k == 2 ? c : QStringLiteral("#000000"),
                 k == 0 || (k == 2 && n.limit != SpfGraphNode::Limit::Within));
        w.writeEndElement();
    }
    w.writeEndElement(); // g
    w.writeEndElement(); // svg
    w.writeEndDocument();
    return out;
}
