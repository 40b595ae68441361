#include "SeedPlacementChart.h"

#include "AppTheme.h"
#include "QCustomPlotHeader.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace {
const QList<QColor> kHues{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                          QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                          QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
const QList<QCPScatterStyle::ScatterShape> kShapes{
    QCPScatterStyle::ssCircle,   QCPScatterStyle::ssSquare,          QCPScatterStyle::ssDiamond,
    QCPScatterStyle::ssTriangle, QCPScatterStyle::ssCross,           QCPScatterStyle::ssPlus,
    QCPScatterStyle::ssStar,     QCPScatterStyle::ssTriangleInverted};
} // namespace

SeedPlacementChart::SeedPlacementChart(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_plot(new QCustomPlot(this)) {
    m_empty->setObjectName(QStringLiteral("seedChartEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_empty->setTextFormat(Qt::RichText);
    m_plot->setObjectName(QStringLiteral("seedPlacementChart"));
    m_plot->setAccessibleName(tr("Placement of the test message over time, per seed"));
    m_plot->setMinimumSize(280, 180);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1, tr("Inbox"));
    ticker->addTick(0.5, tr("Other folder"));
    ticker->addTick(0, tr("Spam"));
    ticker->addTick(-1, tr("Missing"));
    ticker->setSubTickCount(0);
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-1.5, 1.5);
    auto time = QSharedPointer<QCPAxisTickerDateTime>::create();
    time->setDateTimeFormat(QStringLiteral("dd MMM\nHH:mm"));
    time->setDateTimeSpec(Qt::LocalTime);
    m_plot->xAxis->setTicker(time);
    m_plot->legend->setVisible(true);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(6);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_plot);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    AppTheme::styleChart(m_plot);
}

double SeedPlacementChart::value(SeedPlacement placement) {
    switch (placement) {
    case SeedPlacement::Inbox:
        return 1;
    case SeedPlacement::Other:
        return 0.5; // as mailsight_seed_placement: found, but not in the inbox
    case SeedPlacement::Spam:
        return 0;
    case SeedPlacement::Missing:
        return -1;
    }
    return -1;
}

void SeedPlacementChart::setRuns(const QList<SeedHistoryRun>& runs, const QString& emptyText) {
    m_runs = runs;
    m_empty->setText(emptyText);
    draw();
}

void SeedPlacementChart::draw() {
    m_plot->clearGraphs();
    QStringList seeds;
    for (const SeedHistoryRun& run : std::as_const(m_runs))
        for (const SeedHistoryEntry& e : run.seeds)
            if (!seeds.contains(e.seed))
                seeds << e.seed;
    if (m_runs.isEmpty() || seeds.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    AppTheme::styleChart(m_plot);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    double first = m_runs.first().startedAt.toMSecsSinceEpoch() / 1000.0;
    double last = m_runs.last().startedAt.toMSecsSinceEpoch() / 1000.0;
    for (int i = 0; i < seeds.size(); ++i) {
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(seeds.at(i));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        const QColor colour = AppTheme::readable(kHues.at(i % kHues.size()));
        graph->setPen(QPen(colour, 2));
        graph->setScatterStyle(QCPScatterStyle(kShapes.at(i % kShapes.size()), colour, 8));
        // Lines of seeds that agree would hide each other: each is shifted a little, the ticks
        // stay on the three placements.
        const double shift = (i - (seeds.size() - 1) / 2.0) * 0.04;
        QVector<double> x, y;
        for (const SeedHistoryRun& run : std::as_const(m_runs)) {
            for (const SeedHistoryEntry& e : run.seeds) {
                if (e.seed != seeds.at(i))
                    continue;
                x << run.startedAt.toMSecsSinceEpoch() / 1000.0;
                y << (e.failed() ? nan : value(e.placement) + shift);
            }
        }
        graph->setData(x, y, true);
    }
    if (last - first < 3600) {
        first -= 1800;
        last += 1800;
    }
    const double margin = (last - first) * 0.05;
    m_plot->xAxis->setRange(first - margin, last + margin);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_stack->setCurrentWidget(m_plot);
}

bool SeedPlacementChart::showsChart() const {
    return m_stack->currentWidget() == m_plot;
}

QString SeedPlacementChart::emptyText() const {
    return m_empty->text();
}

int SeedPlacementChart::pointCount() const {
    int n = 0;
    for (int g = 0; g < m_plot->graphCount(); ++g)
        for (auto it = m_plot->graph(g)->data()->constBegin(); it != m_plot->graph(g)->data()->constEnd();
             ++it)
            if (!std::isnan(it->value))
                ++n;
    return n;
}

void SeedPlacementChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        draw();
}
