#include "TrustAnchorSet.h"

#include <QJsonArray>

QString TrustAnchor::describe() const {
    const QString owner = record.name.isEmpty() ? QStringLiteral(".") : record.name;
    if (record.type == DnsRecordType::DS)
        return QStringLiteral("DS %1 key tag %2 algorithm %3").arg(owner).arg(keyTag).arg(algorithm);
    return QStringLiteral("DNSKEY %1 key tag %2 algorithm %3").arg(owner).arg(keyTag).arg(algorithm);
}

TrustAnchorSet::TrustAnchorSet(QList<TrustAnchor> anchors, QString source)
    : m_anchors(std::move(anchors))
    , m_source(std::move(source)) {}

QStringList TrustAnchorSet::zones() const {
    QStringList out;
    for (const TrustAnchor& a : m_anchors)
        if (!out.contains(a.zone()))
            out << a.zone();
    return out;
}

QList<TrustAnchor> TrustAnchorSet::forZone(const QString& zone) const {
    QList<TrustAnchor> out;
    for (const TrustAnchor& a : m_anchors)
        if (a.zone() == zone)
            out << a;
    return out;
}

std::optional<QString> TrustAnchorSet::closestZone(const QString& name) const {
    std::optional<QString> best;
    for (const TrustAnchor& a : m_anchors) {
        const QString z = a.zone();
        const bool inside = z.isEmpty() || name == z ||
                            (name.endsWith(z) && name.size() > z.size() &&
                             name.at(name.size() - z.size() - 1) == QLatin1Char('.'));
        if (inside && (!best || z.size() > best->size()))
            best = z;
    }
    return best;
}

void TrustAnchorSet::merge(const TrustAnchorSet& other) {
    for (const TrustAnchor& a : other.m_anchors)
        m_anchors << a;
    if (m_source.isEmpty())
        m_source = other.m_source;
    else if (!other.m_source.isEmpty())
        m_source += QStringLiteral(" + ") + other.m_source;
}

QJsonObject TrustAnchorSet::toJson() const {
    QJsonArray list;
    for (const TrustAnchor& a : m_anchors)
        list.append(a.describe());
    return {{QStringLiteral("source"), m_source}, {QStringLiteral("anchors"), list}};
}
