#pragma once
// The SPF include graph: one node per evaluated domain (the record's own domain and every include
// and redirect target, a domain included twice is one node with two edges) and one leaf per
// evaluated a/mx/ptr/exists term, edges labelled with the term. Each node carries its own DNS
// lookups, the running total against the limit of 10 and the marks that matter (loop, void, the
// term that crosses 10, the what-if path). Built from the tree's JSON (SpfLookupTree::toJson(),
// also what an audit stores), so the GUI, the CLI and the PDF draw the same graph.

#include "SpfLookupTree.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct SpfGraphNode {
    enum class Kind { Domain, Leaf };
    // Where the node stands against the lookup limit: up to 8, 9-10, past 10.
    enum class Limit { Within, Near, Over };

    Kind kind = Kind::Domain;
    QString domain;       // Domain: its name; Leaf: the name the term looks up
    QString term;         // Leaf: the term ("a:mail.example.com", "mx")
    QString mechanism;    // Leaf: "a", "mx", "ptr", "exists"
    QString status;       // Domain: SpfTreeNode::statusName() of its record
    int ownLookups = 0;   // DNS-querying terms of this node itself (a domain: its record's terms)
    int lookups = 0;      // own plus everything below it
    int runningTotal = 0; // the evaluation's count when this node is done
    int evaluations = 1;  // a domain included more than once
    Limit limit = Limit::Within;
    quint32 flags = 0; // SpfTreeNode flags of the node and the terms that lead to it
    int depth = 0;     // include nesting of its first evaluation
    // Paths (child rows from the tree's root record) of the tree nodes this node stands for: its
    // records and the terms that reach it. The first is the node's own (record or leaf term).
    QList<QList<int>> treePaths;

    bool has(SpfTreeNode::Flag f) const { return (flags & f) != 0; }
    QString label() const { return kind == Kind::Domain ? domain : term; }
};

struct SpfGraphEdge {
    int from = 0;
    int to = 0;
    QString term;      // the term text: "include:_spf.example.com", "redirect=…", "mx"
    quint32 flags = 0; // the term's SpfTreeNode flags (Loop, DuplicateInclude, CrossesLimit, Matched, …)
    bool has(SpfTreeNode::Flag f) const { return (flags & f) != 0; }
};

class SpfGraph {
public:
    static constexpr int Limit = 10;
    static constexpr int NearFrom = 9;

    // tree: SpfLookupTree::toJson() (an audit's "spf" check).
    static SpfGraph fromJson(const QJsonObject& tree);
    static SpfGraph fromTree(const SpfLookupTree& tree) { return fromJson(tree.toJson()); }

    const QList<SpfGraphNode>& nodes() const { return m_nodes; }
    const QList<SpfGraphEdge>& edges() const { return m_edges; }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    int lookups() const { return m_lookups; }
    int voidLookups() const { return m_voidLookups; }
    // The node a tree path (child rows from the root record) belongs to: the node of the path or
    // of its nearest ancestor; -1 if none.
    int nodeForTreePath(QList<int> path) const;

    static SpfGraphNode::Limit limitFor(int runningTotal);
    // Translated words and symbols, the same in the GUI, the SVG and the PDF.
    static QString limitWord(SpfGraphNode::Limit limit);   // "within limit", "near limit", "over limit"
    static QString limitSymbol(SpfGraphNode::Limit limit); // ✔ ⚠ ✖
    // The lines a node shows: its name, its lookups, its standing and marks.
    static QStringList nodeLines(const SpfGraphNode& node);
    // The marks as words: "loop", "void", "crosses 10", "what-if path", "no record", …
    static QStringList markWords(quint32 flags);
    // The term, shortened when very long; the term that crosses 10 says so.
    static QString edgeLabel(const SpfGraphEdge& edge);

private:
    void addRecord(const QJsonObject& record, int parentNode, const QJsonObject& viaTerm,
                   const QList<int>& path, const QList<int>& termPath);

    QList<SpfGraphNode> m_nodes;
    QList<SpfGraphEdge> m_edges;
    int m_lookups = 0;
    int m_voidLookups = 0;
};
