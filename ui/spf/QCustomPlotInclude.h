#pragma once
// qcustomplot.h (2.1) uses the Qt keywords signals/slots/emit and foreach, which the build turns
// off (QT_NO_KEYWORDS, QT_NO_FOREACH). Include it only through this header, which maps them for
// the duration of the include.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(declaration, container) for (declaration : container)
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
