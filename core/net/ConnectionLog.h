#pragma once
// Every connection of an audit, in order, thread-safe: the network counterpart of QueryLog.

#include "ConnectionLogEntry.h"

#include <QJsonArray>
#include <QMutex>
#include <QObject>

class ConnectionLog : public QObject {
    Q_OBJECT
public:
    explicit ConnectionLog(QObject* parent = nullptr);
    int append(ConnectionLogEntry entry); // returns the entry's sequence number
    QList<ConnectionLogEntry> entries() const;
    int size() const;
    QJsonArray toJson() const;

Q_SIGNALS:
    // Emitted from the thread that made the connection; connect with a context object.
    void entryAdded(const ConnectionLogEntry& entry);

private:
    mutable QMutex m_mutex;
    QList<ConnectionLogEntry> m_entries;
};
