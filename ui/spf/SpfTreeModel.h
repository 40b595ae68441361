#pragma once
// The expanded SPF tree for a QTreeView: term, qualifier, status (severity icon + word + colour),
// lookup cost, cumulative count, IP ranges. Adopts a whole SpfLookupTree value at once.

#include "findings/Severity.h"
#include "spf/SpfLookupTree.h"

#include <QAbstractItemModel>
#include <QHash>

class SpfTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        TermColumn,
        QualifierColumn,
        StatusColumn,
        LookupsColumn,
        CumulativeColumn,
        RangesColumn,
        ColumnCount
    };
    enum Role { ExplanationRole = Qt::UserRole + 1, SeverityRole, MatchedRole, EvaluatedRole, NodeTextRole };

    explicit SpfTreeModel(QObject* parent = nullptr);

    void setTree(const SpfLookupTree& tree);
    const SpfLookupTree& tree() const { return m_tree; }
    const SpfTreeNode* node(const QModelIndex& index) const;
    QModelIndex indexOf(const SpfTreeNode* node, int column = 0) const;
    // The node's severity, if it has a problem worth showing.
    static std::optional<Severity> nodeSeverity(const SpfTreeNode& node);
    // Pre-order list of every index in column 0 (for search and expand-to-problem).
    QModelIndexList allIndexes() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void indexNodes(const SpfTreeNode& n, const SpfTreeNode* parent, int row);

    SpfLookupTree m_tree;
    QHash<const SpfTreeNode*, QPair<const SpfTreeNode*, int>> m_parents; // node -> (parent, row)
};
