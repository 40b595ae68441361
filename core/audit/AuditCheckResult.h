#pragma once
// One check's contribution to an audit: its CLI JSON (exactly what `mailsight-cli <area>
// --format json` prints, so history, diffs, expectations and exports read the same fields), its
// findings and the records it found.

#include "findings/Finding.h"

#include <QJsonObject>
#include <QStringList>

struct AuditCheckResult {
    QJsonObject json;
    QList<Finding> findings;
    QStringList recordsFound; // the records the check read ("v=spf1 …", "s1: v=DKIM1; …")
};
