#include "TlsRptView.h"

#include "ReportPlots.h"
#include "charts/CountAxisTicker.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "QCustomPlotHeader.h"

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportsTab) // the strings this page had in the Reports tab
};
} // namespace

TlsRptView::TlsRptView(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_plot(
          ReportPlots::make(this, QStringLiteral("reportsTlsPlot"), Tr::tr("Chart: TLS sessions per day"))) {
    ReportPlots::dateAxis(m_plot);
    m_plot->yAxis->setLabel(Tr::tr("Sessions"));
    CountAxisTicker::install(m_plot->yAxis);
    m_text->setObjectName(QStringLiteral("reportsTlsText"));
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_plot, 1);
    setSummary({});
}

void TlsRptView::setSummary(const ReportSummary& s) {
    if (s.tlsReports > 0) {
        QStringList types;
        for (const auto& [type, sessions] : s.tlsFailureTypes)
            types.append(Tr::tr("%1: %2").arg(type, QLocale().toString(sessions)));
        m_text->setText(
            Tr::tr("TLS reports: %1. Sessions: %2 successful, %3 failed.%4")
                .arg(QLocale().toString(s.tlsReports), QLocale().toString(s.tlsSuccessful),
                     QLocale().toString(s.tlsFailed))
                .arg(types.isEmpty()
                         ? QString()
                         : QLatin1Char(' ') +
                               Tr::tr("Failures by type: %1.").arg(types.join(QStringLiteral(", ")))));
    } else {
        m_text->setText(Tr::tr("No TLS-RPT report for this domain."));
    }
    m_plot->clearPlottables();
    QCPBars* ok = ReportPlots::stacked(m_plot->xAxis, m_plot->yAxis, Tr::tr("successful sessions"),
                                       ReportPlots::passColour(), nullptr);
    QCPBars* failed = ReportPlots::stacked(m_plot->xAxis, m_plot->yAxis, Tr::tr("failed sessions"),
                                           ReportPlots::rejectColour(), ok);
    ReportPlots::fitLegend(m_plot);
    QSharedPointer<QCPAxisTickerText> days(new QCPAxisTickerText);
    const qsizetype labelEvery = qMax<qsizetype>(1, s.tlsDaily.size() / 12);
    double maxSessions = 0;
    for (qsizetype i = 0; i < s.tlsDaily.size(); ++i) {
        const TlsRptDaily& d = s.tlsDaily.at(i);
        ok->addData(double(i + 1), double(d.successful));
        failed->addData(double(i + 1), double(d.failed));
        if (i % labelEvery == 0)
            days->addTick(double(i + 1), d.day.toString(Qt::ISODate));
        maxSessions = qMax(maxSessions, double(d.successful + d.failed));
    }
    m_plot->xAxis->setTicker(days);
    ReportPlots::dayRange(m_plot->xAxis, s.tlsDaily.size());
    m_plot->yAxis->setRange(0, qMax(1.0, maxSessions * 1.1));
    m_plot->replot();
}
