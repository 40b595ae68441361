#include "ConnectionLog.h"

ConnectionLog::ConnectionLog(QObject* parent)
    : QObject(parent) {}

int ConnectionLog::append(ConnectionLogEntry entry) {
    {
        QMutexLocker lock(&m_mutex);
        entry.sequence = int(m_entries.size()) + 1;
        m_entries.append(entry);
    }
    Q_EMIT entryAdded(entry);
    return entry.sequence;
}

QList<ConnectionLogEntry> ConnectionLog::entries() const {
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

int ConnectionLog::size() const {
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

QJsonArray ConnectionLog::toJson() const {
    QJsonArray out;
    for (const ConnectionLogEntry& e : entries())
        out.append(e.toJson());
    return out;
}
