#pragma once
// The Reports tab's TLS-RPT page: sessions per day (successful, failed) and the failures by type.

#include "reports/ReportSummary.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

class TlsRptView : public QWidget {
    Q_OBJECT
public:
    explicit TlsRptView(QWidget* parent = nullptr);

    void setSummary(const ReportSummary& summary);

private:
    QLabel* m_text;
    QCustomPlot* m_plot;
};
