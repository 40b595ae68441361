#pragma once
// The user's SQLite database (audit history, imported DMARC / TLS-RPT reports) over Qt Sql: opens
// it in WAL mode, gives each thread its own named connection, and applies each component's
// ordered migrations, recording them in `schema_version`.

#include "HistoryMigration.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <memory>

class HistoryDatabase {
public:
    // path empty: QStandardPaths::AppDataLocation/mailsight.sqlite. The folder is created.
    static std::expected<std::shared_ptr<HistoryDatabase>, QString> open(const QString& path = {});
    static QString defaultPath();

    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    QString path() const { return m_path; }

    // The connection of the calling thread (opened on first use with the pragmas applied). Qt Sql
    // connections must not cross threads, hence one per thread.
    std::expected<QSqlDatabase, QString> connection();

    // Brings `component` up to its last migration; migrations must be sorted by version from 1.
    std::expected<void, QString> migrate(const QString& component, const QList<HistoryMigration>& migrations);
    // The version a component is at (0: never migrated).
    int schemaVersion(const QString& component);

private:
    explicit HistoryDatabase(QString path);

    QString m_path;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QSet<QString> m_connectionNames;
};
