#pragma once
// The Deliverability tab's detail pane as rich text: for the selected seed, the receiver's
// Authentication-Results (SPF, DKIM, DMARC, ARC) beside Mailsight's own evaluation of the same
// copy, the differences explained; and the findings of the run. Words and symbols, not colour
// alone.

#include "seed/SeedRunResult.h"

class SeedVerdictHtml {
public:
    static QString seed(const SeedResult& result);
    static QString findings(const QList<Finding>& findings);
};
