#include "TrendChartObject.h"

#include "QCustomPlotHeader.h"
#include "charts/CountAxisTicker.h"

#include <QJsonObject>
#include <QPainter>

namespace {
double gradePoints(const QString& grade) {
    static const QString order = QStringLiteral("FEDCBA");
    const qsizetype i = order.indexOf(grade.left(1));
    return i < 0 ? 0.0 : double(i == 0 ? 1 : i); // F=1 … A=5 (no E grade)
}
} // namespace

TrendChartObject::TrendChartObject(const QJsonArray& trend, QSizeF size, QObject* parent)
    : QObject(parent)
    , m_size(size) {
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    // Pixel sizes: a QPicture replays text in the target device's resolution, and point sizes
    // would grow with it (300 dpi PDF vs the picture's 96).
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(15);
    plot.setFont(font);
    QVector<double> x, errors, warnings, grades;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < trend.size(); ++i) {
        const QJsonObject q = trend.at(i).toObject();
        x << i + 1;
        errors << q.value(QStringLiteral("errors")).toInt();
        warnings << q.value(QStringLiteral("warnings")).toInt();
        const QJsonObject g = q.value(QStringLiteral("grades")).toObject();
        double sum = 0;
        for (auto it = g.constBegin(); it != g.constEnd(); ++it)
            sum += gradePoints(it.value().toString());
        grades << (g.isEmpty() ? 0 : sum / double(g.size()));
        ticker->addTick(i + 1, q.value(QStringLiteral("quarter")).toString());
    }
    auto* group = new QCPBarsGroup(&plot);
    auto* errorBars = new QCPBars(plot.xAxis, plot.yAxis);
    errorBars->setName(QObject::tr("Errors"));
    errorBars->setBrush(QColor(0xb0, 0x00, 0x20));
    errorBars->setPen(Qt::NoPen);
    errorBars->setWidth(0.3);
    errorBars->setBarsGroup(group);
    errorBars->setData(x, errors);
    auto* warningBars = new QCPBars(plot.xAxis, plot.yAxis);
    warningBars->setName(QObject::tr("Warnings"));
    warningBars->setBrush(QBrush(QColor(0xe0, 0xa0, 0x20), Qt::Dense3Pattern)); // pattern: not colour alone
    warningBars->setPen(QPen(QColor(0x8a, 0x5a, 0x00)));
    warningBars->setWidth(0.3);
    warningBars->setBarsGroup(group);
    warningBars->setData(x, warnings);
    QCPGraph* gradeLine = plot.addGraph(plot.xAxis, plot.yAxis2);
    gradeLine->setName(QObject::tr("Average grade"));
    gradeLine->setPen(QPen(QColor(0x1f, 0x5f, 0x99), 2));
    gradeLine->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, 8));
    gradeLine->setData(x, grades);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(0.4, double(trend.size()) + 0.6);
    plot.xAxis->setTickLabelFont(font);
    double maxCount = 1;
    for (int i = 0; i < x.size(); ++i)
        maxCount = std::max({maxCount, errors.at(i), warnings.at(i)});
    plot.yAxis->setRange(0, maxCount * 1.15);
    CountAxisTicker::install(plot.yAxis);
    plot.yAxis->setLabel(QObject::tr("Findings"));
    plot.yAxis->setLabelFont(font);
    plot.yAxis->setTickLabelFont(font);
    QSharedPointer<QCPAxisTickerText> gradeTicker(new QCPAxisTickerText);
    gradeTicker->addTicks({{1, QStringLiteral("F")},
                           {2, QStringLiteral("D")},
                           {3, QStringLiteral("C")},
                           {4, QStringLiteral("B")},
                           {5, QStringLiteral("A")}});
    plot.yAxis2->setVisible(true);
    plot.yAxis2->setTicker(gradeTicker);
    plot.yAxis2->setRange(0.5, 5.5);
    plot.yAxis2->setLabel(QObject::tr("Average grade"));
    plot.yAxis2->setLabelFont(font);
    plot.yAxis2->setTickLabelFont(font);
    plot.legend->setVisible(true);
    plot.legend->setFont(font);
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis, plot.yAxis2}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
    }
    // The legend in a row of its own under the plot: inside, it would cover the first quarters' bars.
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->addElement(1, 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(1, 0.001);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot.legend->setBorderPen(Qt::NoPen);
    // Recorded at a screen-like size (fonts keep their proportion to the plot) and scaled into
    // the document's rectangle when drawn.
    QCPPainter painter(&m_picture);
    plot.toPainter(&painter, 900, int(900 * size.height() / size.width()));
    painter.end();
}

QSizeF TrendChartObject::intrinsicSize(QTextDocument*, int, const QTextFormat&) {
    return m_size;
}

void TrendChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                  const QTextFormat&) {
    painter->save();
    // QPicture keeps the extents it recorded; fit those into the rectangle whatever the devices'
    // resolutions are.
    const QRectF bounds = m_picture.boundingRect();
    painter->translate(rect.topLeft());
    // Replaying a picture on a device of another resolution scales it by the ratio of the two.
    const double dpi = double(painter->device()->logicalDpiX()) / double(m_picture.logicalDpiX());
    if (!bounds.isEmpty())
        painter->scale(rect.width() / bounds.width() / dpi, rect.height() / bounds.height() / dpi);
    painter->translate(-bounds.topLeft());
    painter->drawPicture(QPointF(0, 0), m_picture);
    painter->restore();
}
