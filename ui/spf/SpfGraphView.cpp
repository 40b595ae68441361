#include "SpfGraphView.h"

#include "SpfGraphNodeItem.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QShowEvent>
#include <QWheelEvent>

namespace {
// The edge's label without the symbol the SVG writes before a crossing term: the fallback font's
// glyph is wider than the metrics say. The thick red edge and "(crosses 10)" remain.
QString shownLabel(const SpfGraphEdge& e) {
    const QString label = SpfGraph::edgeLabel(e);
    const QString symbol = SpfGraph::limitSymbol(SpfGraphNode::Limit::Over) + QLatin1Char(' ');
    return label.startsWith(symbol) ? label.mid(symbol.size()) : label;
}
} // namespace

SpfGraphView::SpfGraphView(QWidget* parent)
    : QGraphicsView(parent) {
    setObjectName(QStringLiteral("spfGraph"));
    setAccessibleName(tr("SPF include graph"));
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] {
        if (m_quiet)
            return;
        const int i = selectedNode();
        if (i >= 0)
            Q_EMIT nodeSelected(i);
    });
}

SpfGraphView::~SpfGraphView() {
    // The scene (a child) goes after this view's members: it must not call back while it clears.
    scene()->disconnect(this);
}

void SpfGraphView::setGraph(const SpfGraph& graph) {
    m_quiet = true;
    scene()->clear();
    m_nodes.clear();
    m_edgeItems = 0;
    m_graph = graph;
    QList<QSizeF> sizes;
    for (const SpfGraphNode& n : graph.nodes())
        sizes << SpfGraphNodeItem::sizeFor(n);
    const QFont labelFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetricsF fm(labelFont);
    QList<SpfGraphLayout::Edge> edges;
    for (const SpfGraphEdge& e : graph.edges())
        edges.append({e.from, e.to, QSizeF(fm.horizontalAdvance(shownLabel(e)) + 18, fm.height())});
    m_layout = SpfGraphLayout::compute(sizes, edges);

    const QPalette palette = QApplication::palette();
    const QColor plain = palette.color(QPalette::Text);
    const QColor over = SpfGraphNodeItem::limitColour(SpfGraphNode::Limit::Over);
    const QColor matched = SpfGraphNodeItem::limitColour(SpfGraphNode::Limit::Within);
    for (int i = 0; i < graph.edges().size(); ++i) {
        const SpfGraphEdge& e = graph.edges().at(i);
        const SpfGraphLayout::Route& r = m_layout.edges.at(i);
        if (r.points.size() < 2)
            continue;
        const bool crosses = e.has(SpfTreeNode::CrossesLimit);
        const QColor colour = crosses ? over : e.has(SpfTreeNode::Matched) ? matched : plain;
        QPen pen(colour, crosses || e.has(SpfTreeNode::Matched) ? 3 : 1.2);
        if (e.has(SpfTreeNode::Loop) || e.has(SpfTreeNode::Void))
            pen.setStyle(Qt::DashLine);
        QPainterPath path(r.points.first());
        for (qsizetype k = 1; k < r.points.size(); ++k)
            path.lineTo(r.points.at(k));
        auto* line = scene()->addPath(path, pen);
        line->setZValue(-1);
        // The arrowhead along the last stretch.
        const QPointF tip = r.points.last();
        const QPointF from = r.points.at(r.points.size() - 2);
        const QLineF back(tip, from);
        if (back.length() > 0) {
            const QPointF d = (from - tip) / back.length();
            const QPointF n(-d.y(), d.x());
            const QPointF base = tip + d * 9;
            auto* head = scene()->addPolygon(QPolygonF({tip, base + n * 4.5, base - n * 4.5}),
                                             QPen(colour, 1), colour);
            head->setZValue(-1);
        }
        const QString label = shownLabel(e);
        auto* text = scene()->addSimpleText(label, labelFont);
        text->setBrush(crosses ? over : plain);
        text->setToolTip(e.term);
        const QRectF br = text->boundingRect();
        text->setPos(r.back ? r.label.center().x() - br.width() / 2 : r.label.right() - br.width(),
                     r.label.top() - (r.back ? 0 : 1));
        ++m_edgeItems;
    }
    for (int i = 0; i < graph.nodes().size(); ++i) {
        auto* item = new SpfGraphNodeItem(i, graph.nodes().at(i), m_layout.nodes.at(i));
        scene()->addItem(item);
        m_nodes << item;
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-12, -12, 12, 12));
    m_quiet = false;
    fitGraph();
}

void SpfGraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitGraph();
}

void SpfGraphView::changeEvent(QEvent* event) {
    QGraphicsView::changeEvent(event);
    if ((event->type() != QEvent::PaletteChange && event->type() != QEvent::StyleChange) || m_nodes.isEmpty())
        return;
    const int selected = selectedNode();
    const QTransform zoomed = transform();
    const bool autoFit = m_autoFit;
    const SpfGraph graph = m_graph;
    setGraph(graph);
    if (!autoFit) {
        setTransform(zoomed);
        m_autoFit = false;
    }
    selectNode(selected);
}

void SpfGraphView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitGraph();
}

SpfGraphNodeItem* SpfGraphView::nodeItem(int index) const {
    return index >= 0 && index < m_nodes.size() ? m_nodes.at(index) : nullptr;
}

int SpfGraphView::selectedNode() const {
    for (QGraphicsItem* item : scene()->selectedItems())
        if (auto* node = qgraphicsitem_cast<SpfGraphNodeItem*>(item))
            return node->index();
    return -1;
}

void SpfGraphView::selectNode(int index) {
    m_quiet = true;
    scene()->clearSelection();
    if (SpfGraphNodeItem* item = nodeItem(index)) {
        item->setSelected(true);
        ensureVisible(item, 24, 24);
    }
    m_quiet = false;
}

void SpfGraphView::zoomIn() {
    scaleBy(1.25);
}

void SpfGraphView::zoomOut() {
    scaleBy(1 / 1.25);
}

void SpfGraphView::fitGraph() {
    m_autoFit = true;
    if (m_nodes.isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Not larger than life: a small graph stays at its natural size.
    if (zoom() > 1)
        setTransform(QTransform());
}

void SpfGraphView::scaleBy(double factor) {
    m_autoFit = false;
    const double next = std::clamp(zoom() * factor, 0.05, 8.0);
    scale(next / zoom(), next / zoom());
}

void SpfGraphView::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, steps));
    event->accept();
}

void SpfGraphView::keyPressEvent(QKeyEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            fitGraph();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}
