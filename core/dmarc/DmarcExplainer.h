#pragma once
// Turns a DMARC result into words for people: the verdict, the paragraph, the tag table with
// defaults and source RFC, alignment examples, the staged roll-out and the bulk-sender checklist.

#include "DmarcResult.h"

class DmarcExplainer {
public:
    static DmarcExplanation explain(const DmarcResult& result);
    // Every known tag (present or not) and every unknown tag present, in a fixed order.
    static QList<DmarcTagRow> tagRows(const DmarcRecord& record, const QString& domain);
};
