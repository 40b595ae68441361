#pragma once
// The trust anchors validation starts from, and where they came from. Empty: nothing can be
// validated (every status is Indeterminate).

#include "TrustAnchor.h"

#include <QJsonObject>
#include <QList>

class TrustAnchorSet {
public:
    TrustAnchorSet() = default;
    TrustAnchorSet(QList<TrustAnchor> anchors, QString source);

    // Debian's dns-root-data: the root zone's key-signing keys as DNSKEY records.
    static QString defaultPath() { return QStringLiteral("/usr/share/dns/root.key"); }

    const QList<TrustAnchor>& anchors() const { return m_anchors; }
    QString source() const { return m_source; } // the file, or "zone file DNSKEY" and the like
    bool isEmpty() const { return m_anchors.isEmpty(); }
    // The zones anchored (owners), without duplicates: "" is the root.
    QStringList zones() const;
    // The anchors of one zone.
    QList<TrustAnchor> forZone(const QString& zone) const;
    // The longest anchored zone that is name itself or one of its ancestors; nullopt: none.
    std::optional<QString> closestZone(const QString& name) const;
    // Adds the anchors of another set (a zone file's own keys beside the root key).
    void merge(const TrustAnchorSet& other);

    // {source, anchors: ["DS . 20326 8 2", …]}
    QJsonObject toJson() const;

private:
    QList<TrustAnchor> m_anchors;
    QString m_source;
};
