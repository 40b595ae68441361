#pragma once
// The Reports tab's Overview page: messages per day stacked by DMARC result, and the biggest
// sources by volume, stacked by result (SourceVolumeChart).

#include "reports/ReportSummary.h"

#include <QSplitter>

class QCustomPlot;
class SourceVolumeChart;

class ReportsOverviewView : public QSplitter {
    Q_OBJECT
public:
    explicit ReportsOverviewView(QWidget* parent = nullptr);

    void setSummary(const ReportSummary& summary);
    QCustomPlot* volumePlot() const { return m_volumePlot; }
    SourceVolumeChart* sourceChart() const { return m_sourceChart; }

private:
    QCustomPlot* m_volumePlot;
    SourceVolumeChart* m_sourceChart;
};
