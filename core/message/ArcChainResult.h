#pragma once
// What ARC chain validation (RFC 8617 §5.2) made of a message: the chain validation status
// (none, pass, fail) with its reason, every set with the outcome of its signature and seal, the
// instance where the chain broke, oldest-pass, the sealers in order, and the findings.

#include "ArcSet.h"
#include "findings/Finding.h"

struct ArcChainResult {
    QString chain = QStringLiteral("none"); // "none", "pass", "fail": the cv= a sealer would write
    QString reason;
    QList<ArcSet> sets; // in increasing instance order
    int brokenAt = 0;   // the instance whose set made the chain fail; 0 when it did not fail there
    // §5.2 step 5: the lowest instance whose AMS still verifies (0: all of them do); -1 when not
    // computed (the chain failed before that step).
    int oldestPass = -1;
    bool temporary = false;  // a key could not be fetched: the failure may go away on a retry
    QStringList sealers;     // the d= of each ARC-Seal, i=1 first
    QList<Finding> findings; // area "arc"

    bool passed() const { return chain == QLatin1String("pass"); }
    const ArcSet* set(int instance) const;
    QJsonObject toJson() const;
};
