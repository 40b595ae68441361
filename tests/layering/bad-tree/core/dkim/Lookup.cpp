// A check that reads storage itself: check-layering.py must reject it.
#include "history/HistoryDatabase.h"
