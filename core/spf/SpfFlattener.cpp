#include "SpfFlattener.h"

#include "SpfLookupTree.h"

#include <QCoreApplication>
#include <QHostAddress>

SpfFlattener::Proposal SpfFlattener::flatten(const SpfLookupTree& tree, int maxBytes) {
    Proposal p;
    // Pass-qualified ranges of evaluated terms only; terms that cannot be flattened (exists, ptr,
    // macros) are kept as they are.
    QStringList ranges;
    QStringList kept;
    QString allTerm = QStringLiteral("-all");
    std::function<void(const SpfTreeNode&, bool)> walk = [&](const SpfTreeNode& n, bool top) {
        for (const SpfTreeNode& c : n.children) {
            if (c.kind != SpfTreeNode::Kind::Term || !c.evaluated())
                continue;
            const SpfTermKind k = c.term.kind;
            if (top && k == SpfTermKind::All)
                allTerm = c.term.text;
            if (c.has(SpfTreeNode::Unexpanded) || k == SpfTermKind::Exists || k == SpfTermKind::Ptr) {
                kept << c.term.text;
                continue;
            }
            if ((k == SpfTermKind::Include || k == SpfTermKind::Redirect) && !c.children.isEmpty()) {
                walk(c.children.first(), false);
                continue;
            }
            if (c.term.qualifier == SpfQualifier::Pass)
                for (const QString& r : c.ranges)
                    if (!ranges.contains(r))
                        ranges << r;
        }
    };
    walk(tree.root, true);
    QStringList terms;
    for (const QString& r : std::as_const(ranges)) {
        const auto net = QHostAddress::parseSubnet(r);
        const bool v6 = net.first.protocol() == QAbstractSocket::IPv6Protocol;
        const int full = v6 ? 128 : 32;
        terms << (v6 ? QStringLiteral("ip6:") : QStringLiteral("ip4:")) +
                     (net.second == full ? net.first.toString() : r);
    }
    terms += kept;
    // Pack into chained records: each ends with include of the next (1 lookup each).
    QList<QStringList> chunks{{}};
    const int reserve =
        static_cast<int>(QStringLiteral("v=spf1  include:_spf99.%1 -all").arg(tree.domain).size());
    int size = reserve;
    for (const QString& t : std::as_const(terms)) {
        if (size + t.size() + 1 > maxBytes && !chunks.last().isEmpty()) {
            chunks << QStringList{};
            size = reserve;
        }
        chunks.last() << t;
        size += static_cast<int>(t.size()) + 1;
    }
    for (int i = 0; i < chunks.size(); ++i) {
        QString rec = QStringLiteral("v=spf1 ") + chunks[i].join(QLatin1Char(' '));
        if (i + 1 < chunks.size())
            rec += QStringLiteral(" include:_spf%1.%2").arg(i + 1).arg(tree.domain);
        rec += i == 0 ? QLatin1Char(' ') + allTerm : QString();
        p.records << rec.simplified();
        p.names << (i == 0 ? tree.domain : QStringLiteral("_spf%1.%2").arg(i).arg(tree.domain));
    }
    p.warning = QCoreApplication::translate(
        "SpfFlattener",
        "Flattened records go stale: providers change their ranges without notice, and a flattened record "
        "then rejects their mail or authorises addresses they gave up. Re-flatten regularly (daily) or keep "
        "the includes.");
    return p;
}
