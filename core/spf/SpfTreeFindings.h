#pragma once
// The findings of an expanded SPF tree (SpfTreeBuilder's last step), in one place: what the
// annotated tree, its costliest branch and its overlapping ranges say, sorted by severity.

#include "SpfLookupTree.h"

class SpfTreeFindings {
public:
    static void collect(SpfLookupTree& tree, const SpfTreeNode* costliest, const QStringList& overlaps);
};
