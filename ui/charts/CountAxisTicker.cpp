#include "charts/CountAxisTicker.h"

#include <cmath>

void CountAxisTicker::install(QCPAxis* axis) {
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new CountAxisTicker));
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
}

double CountAxisTicker::wholeStep(double niceStep) {
    if (!std::isfinite(niceStep) || niceStep <= 1.0)
        return 1.0;
    // QCustomPlot's nice steps are 1, 2, 2.5 and 5 times a power of ten: above 1, only 2.5 is not
    // whole, and 2 is the nearest whole nice step below it.
    return std::floor(niceStep);
}

double CountAxisTicker::getTickStep(const QCPRange& range) {
    return wholeStep(QCPAxisTicker::getTickStep(range));
}

int CountAxisTicker::getSubTickCount(double tickStep) {
    // Sub-ticks only where they fall on whole numbers too.
    const auto step = static_cast<long long>(std::llround(tickStep));
    if (step <= 1)
        return 0;
    if (step % 5 == 0)
        return 4;
    if (step % 2 == 0)
        return 1;
    return 0;
}
