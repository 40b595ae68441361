#include "SpfSnapshotStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

SpfSnapshotStore::SpfSnapshotStore(std::shared_ptr<HistoryDatabase> database)
    : m_database(std::move(database)) {}

std::expected<void, QString> SpfSnapshotStore::store(const QString& domain, const QJsonObject& tree,
                                                     const QDateTime& takenAt) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT INTO spf_snapshots (domain, taken_at, json) VALUES (?, ?, ?)"));
    q.addBindValue(domain.toLower());
    q.addBindValue(takenAt.toSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(QJsonDocument(tree).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return std::unexpected(QStringLiteral("cannot store the SPF tree: %1").arg(q.lastError().text()));
    return {};
}

std::optional<SpfSnapshotStore::Snapshot> SpfSnapshotStore::latest(const QString& domain) {
    auto db = m_database->connection();
    if (!db)
        return std::nullopt;
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT taken_at, json FROM spf_snapshots WHERE domain = ? "
                             "ORDER BY taken_at DESC, id DESC LIMIT 1"));
    q.addBindValue(domain.toLower());
    if (!q.exec() || !q.next())
        return std::nullopt;
    Snapshot s;
    s.domain = domain.toLower();
    s.takenAt = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
    s.tree = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    return s;
}
