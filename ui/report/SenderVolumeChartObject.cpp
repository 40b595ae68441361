#include "SenderVolumeChartObject.h"

#include "QCustomPlotHeader.h"
#include "charts/CountAxisTicker.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QPainter>

SenderVolumeChartObject::SenderVolumeChartObject(const QJsonArray& daily, QSizeF size) {
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    // Pixel sizes, as in TrendChartObject: the picture is replayed at the PDF's resolution.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(15);
    plot.setFont(font);
    struct Layer {
        const char* key;
        const char* name;
        QColor colour;
        Qt::BrushStyle pattern; // patterns as well as colours: readable in grey and by the colour-blind
    };
    const Layer layers[] = {
        {"pass", QT_TRANSLATE_NOOP("AuditDocument", "DMARC pass"), QColor(0x1b, 0x7a, 0x3a),
         Qt::SolidPattern},
        {"failDelivered", QT_TRANSLATE_NOOP("AuditDocument", "Failed, delivered"), QColor(0xe0, 0xa0, 0x20),
         Qt::Dense3Pattern},
        {"quarantined", QT_TRANSLATE_NOOP("AuditDocument", "Quarantined"), QColor(0xb0, 0x4a, 0x00),
         Qt::BDiagPattern},
        {"rejected", QT_TRANSLATE_NOOP("AuditDocument", "Rejected"), QColor(0xb0, 0x00, 0x20),
         Qt::SolidPattern},
    };
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(6);
    QCPBars* below = nullptr;
    double maxTotal = 1, first = 0, last = 0;
    QVector<double> x;
    QVector<double> totals;
    for (const auto& v : daily) {
        const QJsonObject d = v.toObject();
        const QDate day = QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate);
        x << double(day.startOfDay(Qt::UTC).toSecsSinceEpoch()) + 43200.0;
        totals << d.value(QStringLiteral("messages")).toDouble();
        maxTotal = std::max(maxTotal, totals.last());
    }
    if (!x.isEmpty()) {
        first = x.first();
        last = x.last();
    }
    for (const Layer& layer : layers) {
        QVector<double> y;
        for (const auto& v : daily)
            y << v.toObject().value(QLatin1String(layer.key)).toDouble();
        auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
        bars->setName(QCoreApplication::translate("AuditDocument", layer.name));
        bars->setWidth(86400.0 * 0.8);
        bars->setBrush(QBrush(layer.colour, layer.pattern));
        bars->setPen(layer.pattern == Qt::SolidPattern ? QPen(Qt::NoPen)
                                                       : QPen(layer.colour.darker(130), 0.5));
        bars->setData(x, y, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(first - 86400.0, last + 86400.0);
    plot.yAxis->setRange(0, maxTotal * 1.12);
    CountAxisTicker::install(plot.yAxis);
    plot.yAxis->setLabel(QCoreApplication::translate("AuditDocument", "Messages per day"));
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
    }
    // The legend in a row of its own under the plot: over the bars it would hide the busiest days.
    plot.legend->setVisible(true);
    plot.legend->setFont(font);
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->addElement(1, 0, plot.legend);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.plotLayout()->setRowStretchFactor(1, 0.001);
    QCPPainter painter(&m_picture);
    plot.toPainter(&painter, 900, int(900 * size.height() / size.width()));
    painter.end();
}

void SenderVolumeChartObject::draw(QPainter* painter, const QRectF& rect) const {
    painter->save();
    // As TrendChartObject: fit the recorded extents into the rectangle at the device's resolution.
    const QRectF bounds = m_picture.boundingRect();
    painter->translate(rect.topLeft());
    const double dpi = double(painter->device()->logicalDpiX()) / double(m_picture.logicalDpiX());
    if (!bounds.isEmpty())
        painter->scale(rect.width() / bounds.width() / dpi, rect.height() / bounds.height() / dpi);
    painter->translate(-bounds.topLeft());
    painter->drawPicture(QPointF(0, 0), m_picture);
    painter->restore();
}
