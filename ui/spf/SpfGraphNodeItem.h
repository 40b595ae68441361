#pragma once
// One node of the drawn SPF include graph: a box (a pill for a/mx/ptr/exists leaves) with the
// domain, its own lookups and the running total, and its standing against the limit of 10 as an
// icon, a word and a colour; dashed when it is part of a loop or its lookup was void, thick when
// the term that crosses 10 leads to it, tinted when it is on the what-if path. Selectable.

#include "spf/SpfGraph.h"

#include <QGraphicsItem>

class SpfGraphNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 17 };
    SpfGraphNodeItem(int index, const SpfGraphNode& node, const QRectF& rect);
    int type() const override { return Type; }

    static QSizeF sizeFor(const SpfGraphNode& node);
    // The colour, icon and word of a standing against the limit, in the current theme.
    static QColor limitColour(SpfGraphNode::Limit limit);
    static QIcon limitIcon(SpfGraphNode::Limit limit);

    int index() const { return m_index; }
    const SpfGraphNode& node() const { return m_node; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int m_index;
    SpfGraphNode m_node;
    QRectF m_rect;
};
