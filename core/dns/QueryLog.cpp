#include "QueryLog.h"

QueryLog::QueryLog(QObject* parent)
    : QObject(parent) {}

int QueryLog::append(QueryLogEntry entry) {
    {
        QMutexLocker lock(&m_mutex);
        entry.sequence = static_cast<int>(m_entries.size()) + 1;
        m_entries.append(entry);
    }
    Q_EMIT entryAdded(entry);
    return entry.sequence;
}

QList<QueryLogEntry> QueryLog::entries() const {
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

int QueryLog::size() const {
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_entries.size());
}

QJsonArray QueryLog::toJson() const {
    QJsonArray out;
    for (const QueryLogEntry& e : entries())
        out.append(e.toJson());
    return out;
}
