#pragma once
// The Qt Sql connections one thread opened to history databases. Qt Sql lets a connection be
// used, closed and removed only by the thread that opened it, so each thread keeps its own list
// and only that thread ever closes what is on it: when the thread ends (QThreadStorage deletes the
// list on the ending thread; for the main thread, when the QCoreApplication goes), when its
// database is destroyed on this same thread, or, for a database destroyed on another thread, the
// next time this thread opens a connection (the main thread is also told through its event loop).

#include <QList>
#include <QString>

#include <memory>

class ThreadConnections {
public:
    // The calling thread's list, created on first use.
    static ThreadConnections& current();
    // The calling thread's list if it has one (never creates it: a thread that never opened a
    // connection has nothing to close).
    static ThreadConnections* existing();

    ~ThreadConnections();
    ThreadConnections(const ThreadConnections&) = delete;
    ThreadConnections& operator=(const ThreadConnections&) = delete;

    bool contains(const QString& connectionName) const;
    // `database` is alive while its history database is; once it expires the connection is closed
    // at the next closeOrphans().
    void add(const QString& connectionName, std::weak_ptr<const void> database);
    void close(const QString& connectionName);
    void closeOrphans();

private:
    ThreadConnections() = default;
    static void closeConnection(const QString& connectionName);

    struct Entry {
        QString name;
        std::weak_ptr<const void> database;
    };
    QList<Entry> m_entries;
};
