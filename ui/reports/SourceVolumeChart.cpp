#include "SourceVolumeChart.h"

#include "ReportPlots.h"
#include "charts/CountAxisTicker.h"

#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>

#include <algorithm>

SourceVolumeChart::SourceVolumeChart(QWidget* parent)
    : QCustomPlot(parent) {
    setObjectName(QStringLiteral("reportsSourceVolumePlot"));
    setAccessibleName(tr("Chart: messages of the biggest sources by DMARC result"));
    setMinimumHeight(200);
    ReportPlots::legendBelow(this);
    legend->setFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));
    legend->setVisible(true);
    // Sources down the left, the biggest on top; messages along the bottom.
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTickLabelFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));
    xAxis->setLabel(QCoreApplication::translate("ReportsTab", "Messages")); // as on the other charts
    CountAxisTicker::install(xAxis);
    setSources({});
}

void SourceVolumeChart::setSources(const QList<ReportSource>& sources, int shown) {
    m_shown = sources;
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const ReportSource& a, const ReportSource& b) { return a.count > b.count; });
    if (m_shown.size() > shown)
        m_shown.resize(shown);
    clearPlottables();
    const ReportPlots::ResultBars bars = ReportPlots::resultBars(yAxis, xAxis);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const QFontMetrics metrics(yAxis->tickLabelFont());
    m_full.clear();
    double top = 0;
    for (int i = 0; i < m_shown.size(); ++i) {
        const ReportSource& s = m_shown.at(i);
        const double key = i + 1;
        // The disposition of the failing messages: quarantined and rejected, the rest delivered.
        const qint64 rejected = std::clamp<qint64>(s.rejected, 0, s.dmarc.fail);
        const qint64 quarantined = std::clamp<qint64>(s.quarantined, 0, s.dmarc.fail - rejected);
        const qint64 delivered = std::max<qint64>(0, s.count - s.dmarc.pass - quarantined - rejected);
        bars.pass->addData(key, double(s.dmarc.pass));
        bars.failDelivered->addData(key, double(delivered));
        bars.quarantined->addData(key, double(quarantined));
        bars.rejected->addData(key, double(rejected));
        m_full << (s.reverseName.isEmpty() ? s.ip : QStringLiteral("%1 (%2)").arg(s.ip, s.reverseName));
        ticker->addTick(key, metrics.elidedText(m_full.last(), Qt::ElideMiddle, LabelWidth));
        top = std::max(top, double(s.dmarc.pass + delivered + quarantined + rejected));
    }
    yAxis->setTicker(ticker);
    yAxis->setRange(0.4, double(std::max<qsizetype>(1, m_shown.size())) + 0.6);
    xAxis->setRange(0, std::max(1.0, top * 1.08));
    replot();
}

QString SourceVolumeChart::axisLabel(int row) const {
    const QSharedPointer<QCPAxisTickerText> ticker = yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker ? ticker->ticks().value(double(row + 1)) : QString();
}

QString SourceVolumeChart::fullLabel(int row) const {
    return m_full.value(row);
}

int SourceVolumeChart::rowAt(const QPoint& pos) const {
    if (m_shown.isEmpty() || pos.y() < axisRect()->top() || pos.y() > axisRect()->bottom())
        return -1;
    const int row = int(std::lround(yAxis->pixelToCoord(pos.y()))) - 1;
    return row >= 0 && row < m_shown.size() ? row : -1;
}

bool SourceVolumeChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ReportSource& s = m_shown.at(row);
        const QLocale locale;
        QToolTip::showText(help->globalPos(),
                           tr("%1\n%2 messages: %3 pass DMARC, %4 fail (%5 quarantined, %6 rejected)")
                               .arg(m_full.at(row), locale.toString(s.count), locale.toString(s.dmarc.pass),
                                    locale.toString(s.dmarc.fail), locale.toString(s.quarantined),
                                    locale.toString(s.rejected)),
                           this);
        return true;
    }
    return QCustomPlot::event(event);
}
