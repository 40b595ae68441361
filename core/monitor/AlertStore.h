#pragma once
// The alert tables of the history database (AlertSchema): which alerts are open for each domain
// (so that the same regression alerts once) and the queue of messages not yet delivered.

#include "AlertCondition.h"
#include "history/HistoryDatabase.h"

#include <QDateTime>
#include <QHash>

#include <expected>
#include <memory>
#include <optional>

struct OpenAlert {
    AlertCondition condition;
    QString fingerprint;
    QDateTime firstSeen;
    QDateTime lastSent;
};

struct QueuedAlert {
    qint64 id = 0;
    QString channel; // "command", "webhook", "mail"
    QString target;  // the command line, the URL, or the addresses (comma-separated)
    QString format;  // webhook: json | slack | alertmanager
    QByteArray payload;
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;
};

class AlertStore {
public:
    // Applies the alert migrations.
    static std::expected<std::unique_ptr<AlertStore>, QString>
    open(std::shared_ptr<HistoryDatabase> database);

    std::expected<QHash<QString, OpenAlert>, QString> openAlerts(const QString& domain);
    std::expected<void, QString> save(const QString& domain, const OpenAlert& alert, qint64 auditId);
    std::expected<void, QString> close(const QString& domain, const QString& key);

    // The audit of the domain the alerts were last evaluated on (nullopt: never).
    std::expected<std::optional<qint64>, QString> evaluatedAudit(const QString& domain);
    std::expected<void, QString> setEvaluatedAudit(const QString& domain, qint64 auditId);

    std::expected<qint64, QString> enqueue(const QueuedAlert& message);
    // Oldest first.
    std::expected<QList<QueuedAlert>, QString> queued();
    std::expected<void, QString> remove(qint64 id);
    std::expected<void, QString> recordFailure(qint64 id, const QString& error);

private:
    explicit AlertStore(std::shared_ptr<HistoryDatabase> database);
    std::shared_ptr<HistoryDatabase> m_database;
};
