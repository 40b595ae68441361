#include "SpfGraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SpfGraph", text);
}

quint32 flagsOf(const QJsonObject& n) {
    quint32 flags = 0;
    const QJsonArray names = n.value(QStringLiteral("flags")).toArray();
    for (int bit = 0; bit < 32; ++bit) {
        const QStringList name = SpfTreeNode::flagNames(1u << bit);
        if (!name.isEmpty() && names.contains(QJsonValue(name.first())))
            flags |= 1u << bit;
    }
    return flags;
}

bool evaluated(quint32 flags) {
    return !(flags & (SpfTreeNode::AfterAll | SpfTreeNode::RedirectIgnored));
}

bool isRecord(const QJsonObject& n) {
    return n.value(QStringLiteral("node")).toString() == QLatin1String("record");
}

// Flags a node takes over from the terms that lead to it (and from what they reach).
constexpr quint32 Inherited =
    SpfTreeNode::Loop | SpfTreeNode::Void | SpfTreeNode::CrossesLimit | SpfTreeNode::OverLimit |
    SpfTreeNode::CrossesVoidLimit | SpfTreeNode::DnsError | SpfTreeNode::NoRecord | SpfTreeNode::Matched |
    SpfTreeNode::Capped | SpfTreeNode::DuplicateInclude | SpfTreeNode::MxTooMany | SpfTreeNode::Unexpanded;

// Flags anywhere below a node (a domain evaluated again is drawn once: its second subtree's
// crossing of the limit must still show).
quint32 subtreeFlags(const QJsonObject& n) {
    quint32 flags = isRecord(n) ? 0 : flagsOf(n);
    for (const auto& c : n.value(QStringLiteral("children")).toArray())
        flags |= subtreeFlags(c.toObject());
    return flags & (SpfTreeNode::CrossesLimit | SpfTreeNode::OverLimit | SpfTreeNode::Matched |
                    SpfTreeNode::CrossesVoidLimit);
}
} // namespace

SpfGraph SpfGraph::fromJson(const QJsonObject& tree) {
    SpfGraph g;
    const QJsonObject root = tree.value(QStringLiteral("tree")).toObject();
    g.m_lookups = tree.value(QStringLiteral("lookups")).toInt();
    g.m_voidLookups = tree.value(QStringLiteral("voidLookups")).toInt();
    if (root.isEmpty() || root.value(QStringLiteral("domain")).toString().isEmpty())
        return g;
    g.addRecord(root, -1, {}, {}, {});
    if (!g.m_nodes.isEmpty()) {
        // The what-if path starts at the domain itself.
        for (const SpfGraphEdge& e : std::as_const(g.m_edges))
            if (e.has(SpfTreeNode::Matched))
                g.m_nodes[0].flags |= SpfTreeNode::Matched;
    }
    for (SpfGraphNode& n : g.m_nodes)
        n.limit = limitFor(n.runningTotal);
    return g;
}

void SpfGraph::addRecord(const QJsonObject& record, int parentNode, const QJsonObject& viaTerm,
                         const QList<int>& path, const QList<int>& termPath) {
    const QString domain = record.value(QStringLiteral("domain")).toString();
    const QString status = record.value(QStringLiteral("status")).toString();
    const quint32 termFlags = viaTerm.isEmpty() ? 0 : flagsOf(viaTerm);
    const bool loop = termFlags & SpfTreeNode::Loop;
    int index = -1;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).kind == SpfGraphNode::Kind::Domain &&
            m_nodes.at(i).domain.compare(domain, Qt::CaseInsensitive) == 0) {
            index = i;
            break;
        }
    const bool fresh = index < 0;
    if (fresh) {
        SpfGraphNode n;
        n.kind = SpfGraphNode::Kind::Domain;
        n.domain = domain;
        n.status = status;
        n.lookups = record.value(QStringLiteral("lookups")).toInt();
        n.runningTotal = record.value(QStringLiteral("cumulative")).toInt();
        n.depth = parentNode < 0 ? 0 : m_nodes.at(parentNode).depth + 1;
        n.treePaths << path;
        index = static_cast<int>(m_nodes.size());
        m_nodes << n;
    } else {
        m_nodes[index].treePaths << path;
        if (!loop) {
            ++m_nodes[index].evaluations;
            m_nodes[index].runningTotal =
                std::max(m_nodes[index].runningTotal, record.value(QStringLiteral("cumulative")).toInt());
            m_nodes[index].flags |= subtreeFlags(record);
        }
    }
    if (!termPath.isEmpty())
        m_nodes[index].treePaths << termPath;
    m_nodes[index].flags |= termFlags & Inherited;
    if (parentNode >= 0) {
        if (loop)
            m_nodes[parentNode].flags |= SpfTreeNode::Loop;
        const QString text = viaTerm.value(QStringLiteral("term")).toString();
        auto same = std::find_if(m_edges.begin(), m_edges.end(), [&](const SpfGraphEdge& e) {
            return e.from == parentNode && e.to == index;
        });
        if (same != m_edges.end()) {
            same->flags |= termFlags;
            same->term += QStringLiteral(", ") + text;
        } else {
            m_edges << SpfGraphEdge{parentNode, index, text, termFlags};
        }
    }
    if (!fresh)
        return;

    const QJsonArray terms = record.value(QStringLiteral("children")).toArray();
    for (int i = 0; i < terms.size(); ++i) {
        const QJsonObject t = terms.at(i).toObject();
        const quint32 flags = flagsOf(t);
        if (!evaluated(flags))
            continue;
        const int cost = t.value(QStringLiteral("cost")).toInt();
        m_nodes[index].ownLookups += cost;
        const QString mechanism = t.value(QStringLiteral("mechanism")).toString();
        QList<int> childPath = path;
        childPath << i;
        if (mechanism == QLatin1String("include") || mechanism == QLatin1String("redirect")) {
            const QJsonArray kids = t.value(QStringLiteral("children")).toArray();
            if (!kids.isEmpty()) {
                QList<int> recordPath = childPath;
                recordPath << 0;
                addRecord(kids.first().toObject(), index, t, recordPath, childPath);
            } else {
                // Not expanded (capped, macros left): the target as a node of its own.
                QJsonObject stub;
                const QString target = t.value(QStringLiteral("target")).toString();
                stub.insert(QStringLiteral("domain"),
                            target.isEmpty() ? t.value(QStringLiteral("term")).toString() : target);
                stub.insert(QStringLiteral("status"), (flags & SpfTreeNode::Capped)
                                                          ? QStringLiteral("capped")
                                                          : QStringLiteral("not-followed"));
                stub.insert(QStringLiteral("cumulative"), t.value(QStringLiteral("cumulative")));
                addRecord(stub, index, t, childPath, {});
            }
            continue;
        }
        if (cost == 0)
            continue; // ip4, ip6, all: no lookup, no node
        SpfGraphNode leaf;
        leaf.kind = SpfGraphNode::Kind::Leaf;
        leaf.term = t.value(QStringLiteral("term")).toString();
        leaf.mechanism = mechanism;
        leaf.domain = t.value(QStringLiteral("target")).toString();
        if (leaf.domain.isEmpty())
            leaf.domain = domain;
        leaf.ownLookups = cost;
        leaf.lookups = t.value(QStringLiteral("lookups")).toInt();
        leaf.runningTotal = t.value(QStringLiteral("cumulative")).toInt();
        leaf.flags = flags & Inherited;
        leaf.depth = m_nodes.at(index).depth + 1;
        leaf.treePaths << childPath;
        const int leafIndex = static_cast<int>(m_nodes.size());
        m_nodes << leaf;
        m_edges << SpfGraphEdge{index, leafIndex, leaf.term, flags};
    }
}

int SpfGraph::nodeForTreePath(QList<int> path) const {
    while (true) {
        for (int i = 0; i < m_nodes.size(); ++i)
            if (m_nodes.at(i).treePaths.contains(path))
                return i;
        if (path.isEmpty())
            return -1;
        path.removeLast();
    }
}

SpfGraphNode::Limit SpfGraph::limitFor(int runningTotal) {
    if (runningTotal > Limit)
        return SpfGraphNode::Limit::Over;
    if (runningTotal >= NearFrom)
        return SpfGraphNode::Limit::Near;
    return SpfGraphNode::Limit::Within;
}

QString SpfGraph::limitWord(SpfGraphNode::Limit limit) {
    switch (limit) {
    case SpfGraphNode::Limit::Within:
        return tr("within limit");
    case SpfGraphNode::Limit::Near:
        return tr("near limit");
    case SpfGraphNode::Limit::Over:
        return tr("over limit");
    }
    return {};
}

QString SpfGraph::limitSymbol(SpfGraphNode::Limit limit) {
    switch (limit) {
    case SpfGraphNode::Limit::Within:
        return QStringLiteral("\u2714");
    case SpfGraphNode::Limit::Near:
        return QStringLiteral("\u26A0");
    case SpfGraphNode::Limit::Over:
        return QStringLiteral("\u2716");
    }
    return {};
}

QStringList SpfGraph::markWords(quint32 flags) {
    QStringList out;
    if (flags & SpfTreeNode::CrossesLimit)
        out << tr("crosses 10");
    if (flags & SpfTreeNode::Loop)
        out << tr("loop");
    if (flags & SpfTreeNode::Void)
        out << tr("void");
    if (flags & SpfTreeNode::NoRecord)
        out << tr("no record");
    if (flags & SpfTreeNode::DnsError)
        out << tr("DNS error");
    if (flags & SpfTreeNode::Capped)
        out << tr("not expanded");
    if (flags & SpfTreeNode::Matched)
        out << tr("what-if path");
    return out;
}

QStringList SpfGraph::nodeLines(const SpfGraphNode& node) {
    QStringList lines;
    // A leaf names what it looks up: "MX example.com" (the edge into it shows the term).
    QString name = node.kind == SpfGraphNode::Kind::Domain
                       ? node.domain
                       : node.mechanism.toUpper() + QLatin1Char(' ') + node.domain;
    if (name.size() > 40)
        name = name.left(39) + QStringLiteral("…");
    lines << name;
    QString counts = tr("own %1 · total %2").arg(node.ownLookups).arg(node.runningTotal);
    if (node.evaluations > 1)
        counts += tr(" · %1×").arg(node.evaluations);
    lines << counts;
    QStringList words{limitSymbol(node.limit) + QLatin1Char(' ') + limitWord(node.limit)};
    words += markWords(node.flags);
    lines << words.join(QStringLiteral(", "));
    return lines;
}

QString SpfGraph::edgeLabel(const SpfGraphEdge& edge) {
    const QString term = edge.term.size() <= 32 ? edge.term : edge.term.left(31) + QStringLiteral("…");
    if (edge.has(SpfTreeNode::CrossesLimit))
        return tr("%1 %2 (crosses 10)").arg(limitSymbol(SpfGraphNode::Limit::Over), term);
    return term;
}
