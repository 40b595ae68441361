#include "SpfGraphNodeItem.h"

#include "AppTheme.h"
#include "SeverityStyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QIcon>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {
constexpr double Padding = 7;
constexpr double IconSize = 14;

QFont nodeFont(bool bold = false) {
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setBold(bold);
    return f;
}
} // namespace

SpfGraphNodeItem::SpfGraphNodeItem(int index, const SpfGraphNode& node, const QRectF& rect)
    : m_index(index)
    , m_node(node)
    , m_rect(rect) {
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setCursor(Qt::PointingHandCursor);
    setToolTip(
        SpfGraph::nodeLines(node).join(QLatin1Char('\n')) +
        (node.kind == SpfGraphNode::Kind::Domain && !node.status.isEmpty()
             ? QStringLiteral("\n") + QApplication::translate("SpfGraphView", "record: %1").arg(node.status)
             : QString()));
}

QSizeF SpfGraphNodeItem::sizeFor(const SpfGraphNode& node) {
    const QStringList lines = SpfGraph::nodeLines(node);
    const QFontMetricsF bold(nodeFont(true));
    const QFontMetricsF plain(nodeFont());
    double width = 0;
    for (int i = 0; i < lines.size(); ++i)
        width = std::max(width, (i == 0 ? bold : plain).horizontalAdvance(lines.at(i)) +
                                    (i == 2 ? IconSize + 4 : 0));
    return {width + 2 * Padding, lines.size() * plain.lineSpacing() + 2 * Padding};
}

QColor SpfGraphNodeItem::limitColour(SpfGraphNode::Limit limit) {
    switch (limit) {
    case SpfGraphNode::Limit::Within:
        return SeverityStyle::okColour();
    case SpfGraphNode::Limit::Near:
        return SeverityStyle::colour(Severity::Warning);
    case SpfGraphNode::Limit::Over:
        return SeverityStyle::colour(Severity::Error);
    }
    return {};
}

QIcon SpfGraphNodeItem::limitIcon(SpfGraphNode::Limit limit) {
    switch (limit) {
    case SpfGraphNode::Limit::Within:
        return SeverityStyle::okIcon();
    case SpfGraphNode::Limit::Near:
        return SeverityStyle::icon(Severity::Warning);
    case SpfGraphNode::Limit::Over:
        return SeverityStyle::icon(Severity::Error);
    }
    return {};
}

QRectF SpfGraphNodeItem::boundingRect() const {
    return m_rect.adjusted(-4, -4, 4, 4);
}

void SpfGraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette palette = QApplication::palette();
    const bool leaf = m_node.kind == SpfGraphNode::Kind::Leaf;
    const QColor colour = limitColour(m_node.limit);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = palette.color(leaf ? QPalette::AlternateBase : QPalette::Base);
    if (m_node.has(SpfTreeNode::Matched)) // the what-if path: the tree's green tint
        fill = AppTheme::isDark(palette) ? QColor(0x1b, 0x4d, 0x22) : QColor(0xc8, 0xe6, 0xc9);
    if (isSelected()) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-3, -3, 3, 3), leaf ? 16 : 6, leaf ? 16 : 6);
    }
    QPen border(colour, m_node.has(SpfTreeNode::CrossesLimit) ? 3.5 : 1.8);
    if (m_node.has(SpfTreeNode::Loop) || m_node.has(SpfTreeNode::Void))
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, leaf ? 14 : 4, leaf ? 14 : 4);

    const QStringList lines = SpfGraph::nodeLines(m_node);
    const QFont plain = nodeFont();
    const double line = QFontMetricsF(plain).lineSpacing();
    QRectF r(m_rect.left() + Padding, m_rect.top() + Padding, m_rect.width() - 2 * Padding, line);
    const QColor text = palette.color(QPalette::Text);
    for (int i = 0; i < lines.size(); ++i) {
        painter->setFont(nodeFont(i == 0 || (i == 2 && m_node.limit != SpfGraphNode::Limit::Within)));
        painter->setPen(i == 2 ? colour : text);
        QRectF at = r;
        if (i == 2) {
            const QRectF icon(r.left(), r.center().y() - IconSize / 2, IconSize, IconSize);
            limitIcon(m_node.limit).paint(painter, icon.toAlignedRect());
            at.setLeft(r.left() + IconSize + 4);
        }
        // The icon stands for the symbol the SVG writes before the word.
        const QString symbol = SpfGraph::limitSymbol(m_node.limit) + QLatin1Char(' ');
        const QString shown =
            i == 2 && lines.at(i).startsWith(symbol) ? lines.at(i).mid(symbol.size()) : lines.at(i);
        painter->drawText(at, Qt::AlignLeft | Qt::AlignVCenter, shown);
        r.translate(0, line);
    }
}
