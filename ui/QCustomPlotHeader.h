#pragma once
// qcustomplot.h uses the Qt keywords (signals, slots, emit, foreach) that the build turns off
// (QT_NO_KEYWORDS, QT_NO_FOREACH): include QCustomPlot through this header, never directly.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
#undef emit
#undef slots
#undef signals
