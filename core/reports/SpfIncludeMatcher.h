#pragma once
// Tells which top-level term of a domain's SPF record (an include, a redirect, or one of its own
// ip4/ip6 ranges) covers a source address, from a stored SPF tree (the SPF engine's JSON: nodes
// with term, domain, record, children). Only address ranges are used: no DNS is asked.

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class SpfIncludeMatcher {
public:
    SpfIncludeMatcher() = default;
    static SpfIncludeMatcher fromTreeJson(const QJsonObject& tree);

    bool isEmpty() const { return m_groups.isEmpty(); }
    // The top-level term that covers the address ("include:_spf.example.net", "ip4:192.0.2.0/24"),
    // or an empty string.
    QString match(const QHostAddress& address) const;
    QStringList labels() const;

private:
    using Range = QPair<QHostAddress, int>;
    struct Group {
        QString label;
        QList<Range> ranges;
    };
    static void collect(const QJsonObject& node, QList<Range>& ranges, int depth);
    static void addTerm(const QString& term, QList<Range>& ranges);
    QList<Group> m_groups;
};
