#include "ReportWarnings.h"

void ReportWarnings::add(const QString& message) {
    auto it = m_counts.find(message);
    if (it != m_counts.end()) {
        ++it.value();
        return;
    }
    if (m_order.size() >= MaxDistinct) {
        ++m_dropped;
        return;
    }
    m_order.append(message);
    m_counts.insert(message, 1);
}

QStringList ReportWarnings::toStringList() const {
    QStringList out;
    out.reserve(m_order.size() + 1);
    for (const QString& m : m_order) {
        const qint64 n = m_counts.value(m);
        out.append(n > 1 ? QStringLiteral("%1 (×%2)").arg(m).arg(n) : m);
    }
    if (m_dropped > 0)
        out.append(QStringLiteral("%1 further warnings not listed").arg(m_dropped));
    return out;
}
