#pragma once
// Keeps the SPF tree of a domain (the SPF engine's JSON) in the history database, so that report
// sources can be matched against the domain's includes later without DNS.

#include "history/HistoryDatabase.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

class SpfSnapshotStore {
public:
    explicit SpfSnapshotStore(std::shared_ptr<HistoryDatabase> database);

    struct Snapshot {
        QString domain;
        QDateTime takenAt;
        QJsonObject tree;
    };

    std::expected<void, QString> store(const QString& domain, const QJsonObject& tree,
                                       const QDateTime& takenAt = QDateTime::currentDateTimeUtc());
    // The newest snapshot of the domain, if any.
    std::optional<Snapshot> latest(const QString& domain);

private:
    std::shared_ptr<HistoryDatabase> m_database;
};
