#include "SpfLookupTree.h"

#include <QJsonArray>

QJsonObject SpfLookupTree::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("record"), root.record.isEmpty() ? QJsonValue() : QJsonValue(root.record));
    o.insert(QStringLiteral("status"), SpfTreeNode::statusName(root.status));
    o.insert(QStringLiteral("lookups"), lookups);
    o.insert(QStringLiteral("lookupLimit"), 10);
    o.insert(QStringLiteral("voidLookups"), voidLookups);
    o.insert(QStringLiteral("maxDepth"), maxDepth);
    if (!capped.isEmpty())
        o.insert(QStringLiteral("capped"), capped);
    o.insert(QStringLiteral("type99Records"), QJsonArray::fromStringList(type99Records));
    o.insert(QStringLiteral("tree"), root.toJson());
    QJsonArray fs;
    for (const Finding& f : findings)
        fs.append(f.toJson());
    o.insert(QStringLiteral("findings"), fs);
    if (evaluation)
        o.insert(QStringLiteral("evaluation"), evaluation->toJson());
    if (!flattened.isEmpty()) {
        o.insert(QStringLiteral("flattened"),
                 QJsonObject{{QStringLiteral("records"), QJsonArray::fromStringList(flattened)},
                             {QStringLiteral("warning"), flattenWarning}});
    }
    return o;
}

std::optional<Severity> SpfLookupTree::worstSeverity() const {
    std::optional<Severity> worst;
    for (const Finding& f : findings)
        if (!worst || f.severity > *worst)
            worst = f.severity;
    return worst;
}

void SpfLookupTree::forEach(const std::function<void(const SpfTreeNode&, const QStringList&)>& visit) const {
    std::function<void(const SpfTreeNode&, QStringList)> walk = [&](const SpfTreeNode& n, QStringList path) {
        path << (n.kind == SpfTreeNode::Kind::Record ? n.domain
                                                     : n.domain + QStringLiteral(": ") + n.term.text);
        visit(n, path);
        for (const SpfTreeNode& c : n.children)
            walk(c, path);
    };
    walk(root, {});
}
