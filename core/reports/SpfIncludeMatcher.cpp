#include "SpfIncludeMatcher.h"

#include <QJsonArray>

namespace {
constexpr int MaxDepth = 20;

QJsonObject rootNode(const QJsonObject& o) {
    // Accept the tree itself or an object carrying it (a stored SPF result).
    for (const QLatin1String key : {QLatin1String("tree"), QLatin1String("root")})
        if (o.value(key).isObject())
            return o.value(key).toObject();
    if (o.value(QLatin1String("spf")).isObject())
        return rootNode(o.value(QLatin1String("spf")).toObject());
    return o;
}

QString withoutQualifier(QString term) {
    if (!term.isEmpty() && term.front() == QLatin1Char('+'))
        term.remove(0, 1);
    return term;
}
} // namespace

void SpfIncludeMatcher::addTerm(const QString& rawTerm, QList<Range>& ranges) {
    const QString term = withoutQualifier(rawTerm.trimmed());
    const bool v4 = term.startsWith(QLatin1String("ip4:"), Qt::CaseInsensitive);
    const bool v6 = term.startsWith(QLatin1String("ip6:"), Qt::CaseInsensitive);
    QString network;
    if (v4 || v6)
        network = term.mid(4);
    else if (term.contains(QLatin1Char('.')) || term.contains(QLatin1Char(':')))
        network = term; // a bare address or CIDR from an explicit list
    else
        return;
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(network);
    if (!subnet.first.isNull()) {
        ranges.append(subnet);
        return;
    }
    const QHostAddress single(network);
    if (!single.isNull())
        ranges.append({single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128});
}

void SpfIncludeMatcher::collect(const QJsonObject& node, QList<Range>& ranges, int depth) {
    if (depth > MaxDepth)
        return;
    addTerm(node.value(QLatin1String("term")).toString(), ranges);
    const QStringList terms =
        node.value(QLatin1String("record")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& t : terms)
        if (!t.startsWith(QLatin1Char('-')) && !t.startsWith(QLatin1Char('~')) &&
            !t.startsWith(QLatin1Char('?')))
            addTerm(t, ranges);
    // Ranges the SPF engine may list explicitly (resolved a/mx addresses, netblocks).
    for (const QLatin1String key :
         {QLatin1String("ip4"), QLatin1String("ip6"), QLatin1String("networks"), QLatin1String("netblocks"),
          QLatin1String("addresses"), QLatin1String("ranges")})
        for (const QJsonValue& v : node.value(key).toArray())
            if (v.isString())
                addTerm(v.toString(), ranges);
    for (const QJsonValue& child : node.value(QLatin1String("children")).toArray())
        collect(child.toObject(), ranges, depth + 1);
}

SpfIncludeMatcher SpfIncludeMatcher::fromTreeJson(const QJsonObject& tree) {
    SpfIncludeMatcher matcher;
    const QJsonObject root = rootNode(tree);
    QStringList seen;
    for (const QJsonValue& childValue : root.value(QLatin1String("children")).toArray()) {
        const QJsonObject child = childValue.toObject();
        Group g;
        g.label = withoutQualifier(child.value(QLatin1String("term")).toString().trimmed());
        if (g.label.isEmpty())
            g.label = QStringLiteral("include:") + child.value(QLatin1String("domain")).toString();
        if (g.label.startsWith(QLatin1Char('-')) || g.label.startsWith(QLatin1Char('~')) ||
            g.label.startsWith(QLatin1Char('?')))
            continue;
        collect(child, g.ranges, 1);
        seen.append(g.label.toLower());
        if (!g.ranges.isEmpty())
            matcher.m_groups.append(g);
    }
    // The root record's own ip4/ip6 terms, when the tree has no node for them.
    const QStringList terms =
        root.value(QLatin1String("record")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& t : terms) {
        const QString term = withoutQualifier(t);
        if (!term.startsWith(QLatin1String("ip4:"), Qt::CaseInsensitive) &&
            !term.startsWith(QLatin1String("ip6:"), Qt::CaseInsensitive))
            continue;
        if (seen.contains(term.toLower()))
            continue;
        Group g;
        g.label = term;
        addTerm(term, g.ranges);
        if (!g.ranges.isEmpty())
            matcher.m_groups.append(g);
    }
    return matcher;
}

QString SpfIncludeMatcher::match(const QHostAddress& address) const {
    for (const Group& g : m_groups)
        for (const Range& r : g.ranges)
            if (address.isInSubnet(r.first, r.second))
                return g.label;
    return {};
}

QStringList SpfIncludeMatcher::labels() const {
    QStringList out;
    for (const Group& g : m_groups)
        out.append(g.label);
    return out;
}
