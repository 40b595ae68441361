#pragma once
// The Deliverability tab's history chart: where each seed put the test message, run after run
// (SeedHistory), a step line per seed with y = Inbox 1, Other folder 0.5 (as the metrics),
// Spam 0, Missing -1, on these labelled ticks only. A seed that could not be looked into leaves a gap:
// a failure is not a placement. Without runs, a text says what the chart will show.

#include "history/SeedHistoryRun.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QStackedWidget;

class SeedPlacementChart : public QWidget {
    Q_OBJECT
public:
    explicit SeedPlacementChart(QWidget* parent = nullptr);

    // runs: oldest first. emptyText: shown instead of the chart when there are none.
    void setRuns(const QList<SeedHistoryRun>& runs, const QString& emptyText);

    QCustomPlot* plot() const { return m_plot; }
    bool showsChart() const;
    QString emptyText() const;
    int pointCount() const; // data points over every seed's line (gaps not counted)

    static double value(SeedPlacement placement);

protected:
    void changeEvent(QEvent* event) override;

private:
    void draw();

    QList<SeedHistoryRun> m_runs;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QCustomPlot* m_plot;
};
