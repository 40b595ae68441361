#pragma once
// The warnings a parser collects about a report it keeps: each distinct message once, with how
// often it occurred, and a cap so that a million odd rows cannot flood memory.

#include <QHash>
#include <QStringList>

class ReportWarnings {
public:
    void add(const QString& message);
    bool isEmpty() const { return m_order.isEmpty(); }
    // "message" or "message (×N)".
    QStringList toStringList() const;

private:
    static constexpr qsizetype MaxDistinct = 200;
    QStringList m_order;
    QHash<QString, qint64> m_counts;
    qint64 m_dropped = 0;
};
