#include "ThreadConnections.h"

#include <QSqlDatabase>
#include <QThreadStorage>

#include <algorithm>

namespace {
QThreadStorage<ThreadConnections*>& storage() {
    static QThreadStorage<ThreadConnections*> s;
    return s;
}
} // namespace

ThreadConnections& ThreadConnections::current() {
    if (!storage().hasLocalData())
        storage().setLocalData(new ThreadConnections);
    return *storage().localData();
}

ThreadConnections* ThreadConnections::existing() {
    return storage().hasLocalData() ? storage().localData() : nullptr;
}

ThreadConnections::~ThreadConnections() {
    for (const Entry& e : std::as_const(m_entries))
        closeConnection(e.name);
}

bool ThreadConnections::contains(const QString& connectionName) const {
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&](const Entry& e) { return e.name == connectionName; });
}

void ThreadConnections::add(const QString& connectionName, std::weak_ptr<const void> database) {
    m_entries.append({connectionName, std::move(database)});
}

void ThreadConnections::close(const QString& connectionName) {
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == connectionName) {
            m_entries.removeAt(i);
            closeConnection(connectionName);
            return;
        }
    }
}

void ThreadConnections::closeOrphans() {
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (!m_entries.at(i).database.expired())
            continue;
        const QString name = m_entries.takeAt(i).name;
        closeConnection(name);
    }
}

void ThreadConnections::closeConnection(const QString& connectionName) {
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
