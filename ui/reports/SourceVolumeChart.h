#pragma once
// The biggest sources of the Reports tab's overview: one horizontal bar per source, its length the
// source's messages, stacked by DMARC result (pass, failed but delivered, quarantined, rejected),
// the biggest on top. A source that never passes still shows its whole volume. Long names are
// elided on the axis; the tooltip gives the full name and the numbers.

#include "reports/ReportSummary.h"

#include "QCustomPlotHeader.h"

class SourceVolumeChart : public QCustomPlot {
    Q_OBJECT
public:
    static constexpr int DefaultShown = 10;

    explicit SourceVolumeChart(QWidget* parent = nullptr);

    // The biggest `shown` of sources (any order), by volume.
    void setSources(const QList<ReportSource>& sources, int shown = DefaultShown);
    // The sources drawn, from the top (the biggest) down.
    const QList<ReportSource>& shownSources() const { return m_shown; }
    // The label of a source on the axis: the address and its reverse name, if any, elided.
    QString axisLabel(int row) const;
    QString fullLabel(int row) const;
    // The row (0: top) under a point of the widget, or -1.
    int rowAt(const QPoint& pos) const;

    static constexpr int LabelWidth = 220; // pixels of axis label before eliding

protected:
    bool event(QEvent* event) override;

private:
    QList<ReportSource> m_shown;
    QStringList m_full;
};
