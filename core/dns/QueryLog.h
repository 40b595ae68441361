#pragma once
// The evidence of an audit: every query made, in order, thread-safe. Later stages count lookups,
// show evidence and replay audits from it; nothing recounts DNS work elsewhere.

#include "QueryLogEntry.h"

#include <QJsonArray>
#include <QMutex>
#include <QObject>

class QueryLog : public QObject {
    Q_OBJECT
public:
    explicit QueryLog(QObject* parent = nullptr);

    int append(QueryLogEntry entry); // returns the entry's sequence number
    QList<QueryLogEntry> entries() const;
    int size() const;
    QJsonArray toJson() const;

Q_SIGNALS:
    // Emitted from the thread that finished the query; connect with a context object.
    void entryAdded(const QueryLogEntry& entry);

private:
    mutable QMutex m_mutex;
    QList<QueryLogEntry> m_entries;
};
