#include "ReportPlots.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFontDatabase>

#include "QCustomPlotHeader.h"

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportsTab) // the strings the charts had in the Reports tab
};
} // namespace

QCustomPlot* ReportPlots::make(QWidget* parent, const QString& objectName, const QString& accessibleName) {
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setAccessibleName(accessibleName);
    plot->setMinimumHeight(180);
    plot->legend->setFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));
    legendBelow(plot);
    plot->legend->setVisible(true);
    return plot;
}

void ReportPlots::legendBelow(QCustomPlot* plot) {
    if (plot->legend->layout() != plot->axisRect()->insetLayout())
        return; // already moved
    QCPLayoutGrid* layout = plot->plotLayout();
    // A row under the axis rectangle (row 0), the legend centred in it between two empty cells;
    // addElement takes the legend out of the inset layout.
    auto* row = new QCPLayoutGrid;
    layout->addElement(layout->rowCount(), 0, row);
    layout->setRowStretchFactor(layout->rowCount() - 1, 0.001);
    row->addElement(0, 0, new QCPLayoutElement(plot)); // spacers: an empty grid is 0 wide at most
    row->addElement(0, 1, plot->legend);
    row->addElement(0, 2, new QCPLayoutElement(plot));
    row->setColumnStretchFactors({1, 0.001, 1});
    row->setMargins(QMargins(0, 0, 0, 4));
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setMargins(QMargins(6, 3, 6, 3));
}

void ReportPlots::dayRange(QCPAxis* keyAxis, qsizetype days) {
    const double slots = double(days + 1);
    const double pad = std::max(0.0, (8.0 - slots) / 2.0);
    keyAxis->setRange(-pad, slots + pad);
}

void ReportPlots::dateAxis(QCustomPlot* plot) {
    plot->xAxis->setTickLabelRotation(30);
    plot->xAxis->grid()->setVisible(false);
}

QCPBars* ReportPlots::stacked(QCPAxis* keyAxis, QCPAxis* valueAxis, const QString& name, const QColor& colour,
                              QCPBars* below) {
    auto* bars = new QCPBars(keyAxis, valueAxis);
    bars->setName(name);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colour);
    bars->setWidth(0.7);
    if (below)
        bars->moveAbove(below);
    return bars;
}

ReportPlots::ResultBars ReportPlots::resultBars(QCPAxis* keyAxis, QCPAxis* valueAxis) {
    ResultBars r;
    r.pass = stacked(keyAxis, valueAxis, Tr::tr("DMARC pass"), passColour(), nullptr);
    r.failDelivered = stacked(keyAxis, valueAxis, Tr::tr("fail, delivered"), failColour(), r.pass);
    r.quarantined = stacked(keyAxis, valueAxis, Tr::tr("quarantined"), quarantineColour(), r.failDelivered);
    r.rejected = stacked(keyAxis, valueAxis, Tr::tr("rejected"), rejectColour(), r.quarantined);
    fitLegend(keyAxis->parentPlot());
    return r;
}

void ReportPlots::fitLegend(QCustomPlot* plot) {
    // No wider than its entries: the cells beside it take the rest of the row.
    plot->legend->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    const QSize fit = plot->legend->minimumOuterSizeHint();
    plot->legend->setMaximumSize(fit.width(), QWIDGETSIZE_MAX);
}
