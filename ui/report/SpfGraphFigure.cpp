#include "SpfGraphFigure.h"

#include "spf/SpfGraph.h"
#include "spf/SpfGraphSvg.h"

#include <QPainter>

SpfGraphFigure::SpfGraphFigure(const QJsonObject& spf, const QSizeF& maxSize, double pixelScale) {
    const SpfGraph graph = SpfGraph::fromJson(spf);
    if (graph.isEmpty())
        return;
    m_renderer = std::make_unique<QSvgRenderer>(SpfGraphSvg::svg(graph).toUtf8());
    const QSizeF natural = m_renderer->defaultSize();
    if (!m_renderer->isValid() || natural.isEmpty())
        return;
    m_size = natural.scaled(maxSize, Qt::KeepAspectRatio);
    if (m_size.width() > natural.width() * pixelScale)
        m_size = natural * pixelScale;
}

void SpfGraphFigure::draw(QPainter* painter, const QRectF& rect) const {
    if (!m_renderer || isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_renderer->render(painter, rect);
    painter->restore();
}
