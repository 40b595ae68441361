#pragma once
// The result of the SPF check for one domain: the fully expanded tree with costs, the totals the
// RFC limits apply to, findings, the optional what-if evaluation and a flattening proposal. The
// CLI prints toJson(), the GUI tab shows the same value.

#include "SpfEvaluation.h"
#include "SpfTreeNode.h"
#include "findings/Finding.h"

#include <optional>

struct SpfLookupTree {
    QString domain;
    SpfTreeNode root; // Kind::Record
    int lookups = 0;  // DNS-querying terms in the expanded tree, evaluation order, all evaluated
    int voidLookups = 0;
    int maxDepth = 0; // deepest include/redirect nesting (root = 0)
    // Set when the tree was not expanded to its end (SpfExpansionBudget): why, and where; lookups
    // then counts only what was expanded (the real cost is higher).
    QString capped;
    int questions = 0; // DNS questions the expansion took from its budget
    QStringList type99Records;
    QList<Finding> findings;
    std::optional<SpfEvaluation> evaluation;
    QStringList flattened; // proposed replacement records (first is the domain's own)
    QString flattenWarning;

    QJsonObject toJson() const;
    std::optional<Severity> worstSeverity() const;
    // Every node in evaluation (pre-)order, with its path of labels from the root.
    void forEach(const std::function<void(const SpfTreeNode&, const QStringList& path)>& visit) const;
};
