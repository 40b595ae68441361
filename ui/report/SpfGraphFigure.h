#pragma once
// The SPF include graph of one audited domain as a vector figure in the PDF: the SVG that
// mailsight-cli spf --graph writes (SpfGraphSvg, same layout), drawn by QSvgRenderer.

#include <QJsonObject>
#include <QSizeF>
#include <QSvgRenderer>

#include <memory>

class QPainter;

class SpfGraphFigure {
public:
    // spf: the audit's "spf" check (SpfLookupTree::toJson()). maxSize: the room on the page.
    SpfGraphFigure(const QJsonObject& spf, const QSizeF& maxSize);
    bool isEmpty() const { return m_size.isEmpty(); }
    // The figure's size in the room given: the graph's aspect, as wide as allowed.
    QSizeF size() const { return m_size; }
    void draw(QPainter* painter, const QRectF& rect) const;

private:
    std::unique_ptr<QSvgRenderer> m_renderer;
    QSizeF m_size;
};
