#pragma once
// A relative include into core/reports: check-layering.py must reject it too.
#include "../reports/ReportAnalyzer.h"
