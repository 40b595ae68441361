#pragma once
// The ticker of an axis that counts things (messages, sessions, lookups, findings): ticks only on
// whole numbers, so a small count never shows "2.5 sessions".

#include "QCustomPlotHeader.h"

class CountAxisTicker : public QCPAxisTicker {
public:
    // Sets a CountAxisTicker on `axis`, with labels printed without decimals.
    static void install(QCPAxis* axis);

    // The step QCustomPlot would choose, made whole (2.5 becomes 2, anything below 1 becomes 1).
    // Public for the test.
    static double wholeStep(double niceStep);

protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
};
