#pragma once
// One plain-English sentence per node of the SPF tree: what the term does for this domain and
// what it costs ("Mail from 192.0.2.0/24 passes.").

#include "SpfTreeNode.h"

class SpfTermExplainer {
public:
    static QString explain(const SpfTreeNode& node);
    // "passes", "fails", "soft-fails", "is neutral"
    static QString verb(SpfQualifier qualifier);
};
