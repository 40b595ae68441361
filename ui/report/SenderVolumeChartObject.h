#pragma once
// Draws the "volume over time, by result" chart of a domain's imported DMARC reports (QCustomPlot
// stacked bars per day, recorded into a QPicture so it stays vector graphics in the PDF).

#include <QJsonArray>
#include <QPicture>
#include <QSizeF>

class QPainter;

class SenderVolumeChartObject {
public:
    // daily: ReportSummary::toJson()["daily"].
    SenderVolumeChartObject(const QJsonArray& daily, QSizeF size);
    void draw(QPainter* painter, const QRectF& rect) const;

private:
    QPicture m_picture;
};
