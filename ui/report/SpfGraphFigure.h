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
    // spf: the audit's "spf" check (SpfLookupTree::toJson()). maxSize: the room on the page;
    // pixelScale: device pixels per SVG pixel at life size (a small graph is not blown up past it).
    SpfGraphFigure(const QJsonObject& spf, const QSizeF& maxSize, double pixelScale);
    bool isEmpty() const { return m_size.isEmpty(); }
    // The figure's size in the room given: the graph's aspect, as wide as allowed up to life size.
    QSizeF size() const { return m_size; }
    void draw(QPainter* painter, const QRectF& rect) const;

private:
    std::unique_ptr<QSvgRenderer> m_renderer;
    QSizeF m_size;
};
