#include "AlertStore.h"

#include "AlertSchema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& s) {
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QString sqlError(const QString& what, const QSqlQuery& q) {
    return QStringLiteral("%1: %2").arg(what, q.lastError().text());
}

} // namespace

AlertStore::AlertStore(std::shared_ptr<HistoryDatabase> database)
    : m_database(std::move(database)) {}

std::expected<std::unique_ptr<AlertStore>, QString>
AlertStore::open(std::shared_ptr<HistoryDatabase> database) {
    if (auto migrated = database->migrate(AlertSchema::component(), AlertSchema::migrations()); !migrated)
        return std::unexpected(migrated.error());
    return std::unique_ptr<AlertStore>(new AlertStore(std::move(database)));
}

std::expected<QHash<QString, OpenAlert>, QString> AlertStore::openAlerts(const QString& domain) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(
        QStringLiteral("SELECT alert_key, fingerprint, condition, first_seen, last_sent FROM alert_state "
                       "WHERE domain = ?"));
    q.addBindValue(domain);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the open alerts"), q));
    QHash<QString, OpenAlert> out;
    while (q.next()) {
        OpenAlert a;
        a.condition =
            AlertCondition::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        a.fingerprint = q.value(1).toString();
        a.firstSeen = fromIso(q.value(3).toString());
        a.lastSent = fromIso(q.value(4).toString());
        out.insert(q.value(0).toString(), a);
    }
    return out;
}

std::expected<void, QString> AlertStore::save(const QString& domain, const OpenAlert& alert, qint64 auditId) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    // ON CONFLICT … DO UPDATE: the upsert both history backends share (SQLite, PostgreSQL).
    q.prepare(
        QStringLiteral("INSERT INTO alert_state (domain, alert_key, fingerprint, condition, first_seen, "
                       "last_sent, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (domain, alert_key) DO "
                       "UPDATE SET fingerprint = excluded.fingerprint, condition = excluded.condition, "
                       "first_seen = excluded.first_seen, last_sent = excluded.last_sent, audit_id = "
                       "excluded.audit_id"));
    q.addBindValue(domain);
    q.addBindValue(alert.condition.key);
    q.addBindValue(alert.fingerprint);
    q.addBindValue(QString::fromUtf8(QJsonDocument(alert.condition.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(iso(alert.firstSeen));
    q.addBindValue(iso(alert.lastSent));
    q.addBindValue(auditId);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot store an open alert"), q));
    return {};
}

std::expected<void, QString> AlertStore::close(const QString& domain, const QString& key) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("DELETE FROM alert_state WHERE domain = ? AND alert_key = ?"));
    q.addBindValue(domain);
    q.addBindValue(key);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot close an alert"), q));
    return {};
}

std::expected<std::optional<qint64>, QString> AlertStore::evaluatedAudit(const QString& domain) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT audit_id FROM alert_baseline WHERE domain = ?"));
    q.addBindValue(domain);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the alert baseline"), q));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

std::expected<void, QString> AlertStore::setEvaluatedAudit(const QString& domain, qint64 auditId) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(
        QStringLiteral("INSERT INTO alert_baseline (domain, audit_id) VALUES (?, ?) ON CONFLICT (domain) DO "
                       "UPDATE SET audit_id = excluded.audit_id"));
    q.addBindValue(domain);
    q.addBindValue(auditId);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot store the alert baseline"), q));
    return {};
}

std::expected<qint64, QString> AlertStore::enqueue(const QueuedAlert& m) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(
        QStringLiteral("INSERT INTO alert_queue (channel, target, format, payload, created_at, attempts, "
                       "last_error) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.channel);
    q.addBindValue(m.target);
    q.addBindValue(m.format);
    q.addBindValue(m.payload);
    q.addBindValue(iso(m.createdAt));
    q.addBindValue(qMax(1, m.attempts));
    q.addBindValue(m.lastError);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot queue an undelivered alert"), q));
    return q.lastInsertId().toLongLong();
}

std::expected<QList<QueuedAlert>, QString> AlertStore::queued() {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    if (!q.exec(
            QStringLiteral("SELECT id, channel, target, format, payload, created_at, attempts, last_error "
                           "FROM alert_queue ORDER BY id")))
        return std::unexpected(sqlError(QStringLiteral("cannot read the alert queue"), q));
    QList<QueuedAlert> out;
    while (q.next()) {
        QueuedAlert m;
        m.id = q.value(0).toLongLong();
        m.channel = q.value(1).toString();
        m.target = q.value(2).toString();
        m.format = q.value(3).toString();
        m.payload = q.value(4).toByteArray();
        m.createdAt = fromIso(q.value(5).toString());
        m.attempts = q.value(6).toInt();
        m.lastError = q.value(7).toString();
        out << m;
    }
    return out;
}

std::expected<void, QString> AlertStore::remove(qint64 id) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("DELETE FROM alert_queue WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot remove a delivered alert from the queue"), q));
    return {};
}

std::expected<void, QString> AlertStore::recordFailure(qint64 id, const QString& error) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("UPDATE alert_queue SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    q.addBindValue(error);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot update the alert queue"), q));
    return {};
}
