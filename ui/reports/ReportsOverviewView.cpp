#include "ReportsOverviewView.h"

#include "ReportPlots.h"
#include "SourceVolumeChart.h"
#include "charts/CountAxisTicker.h"

#include <QCoreApplication>

#include "QCustomPlotHeader.h"

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportsTab) // the strings this page had in the Reports tab
};
} // namespace

ReportsOverviewView::ReportsOverviewView(QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_volumePlot(ReportPlots::make(this, QStringLiteral("reportsVolumePlot"),
                                     Tr::tr("Chart: messages per day by DMARC result")))
    , m_sourceChart(new SourceVolumeChart(this)) {
    setObjectName(QStringLiteral("reportsOverview"));
    ReportPlots::dateAxis(m_volumePlot);
    m_volumePlot->yAxis->setLabel(Tr::tr("Messages"));
    CountAxisTicker::install(m_volumePlot->yAxis);
    addWidget(m_volumePlot);
    addWidget(m_sourceChart);
}

void ReportsOverviewView::setSummary(const ReportSummary& s) {
    // Days with reports side by side (a category axis): reports often cover scattered days, and
    // a true time axis would shrink the bars of a few days into hairlines.
    m_volumePlot->clearPlottables();
    const ReportPlots::ResultBars bars = ReportPlots::resultBars(m_volumePlot->xAxis, m_volumePlot->yAxis);
    QSharedPointer<QCPAxisTickerText> days(new QCPAxisTickerText);
    const qsizetype labelEvery = qMax<qsizetype>(1, s.daily.size() / 12);
    double maxTotal = 0;
    for (qsizetype i = 0; i < s.daily.size(); ++i) {
        const DailyVolume& d = s.daily.at(i);
        const double key = double(i + 1);
        bars.pass->addData(key, double(d.pass));
        bars.failDelivered->addData(key, double(d.failNone));
        bars.quarantined->addData(key, double(d.quarantined));
        bars.rejected->addData(key, double(d.rejected));
        if (i % labelEvery == 0)
            days->addTick(key, d.day.toString(Qt::ISODate));
        maxTotal = qMax(maxTotal, double(d.total()));
    }
    m_volumePlot->xAxis->setTicker(days);
    ReportPlots::dayRange(m_volumePlot->xAxis, s.daily.size());
    m_volumePlot->yAxis->setRange(0, qMax(1.0, maxTotal * 1.1));
    m_volumePlot->replot();
    m_sourceChart->setSources(s.sources);
}
