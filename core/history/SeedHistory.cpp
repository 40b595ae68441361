#include "SeedHistory.h"

#include "SeedSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString sqlError(const QString& what, const QSqlQuery& q) {
    return QStringLiteral("%1: %2").arg(what, q.lastError().text());
}
} // namespace

SeedHistory::SeedHistory(std::shared_ptr<HistoryDatabase> database)
    : m_database(std::move(database)) {}

std::expected<std::unique_ptr<SeedHistory>, QString>
SeedHistory::open(std::shared_ptr<HistoryDatabase> database) {
    if (auto migrated = database->migrate(SeedSchema::component(), SeedSchema::migrations()); !migrated)
        return std::unexpected(migrated.error());
    return std::unique_ptr<SeedHistory>(new SeedHistory(std::move(database)));
}

SeedHistoryRun SeedHistory::runOf(const SeedRunResult& result, const QString& domain) {
    SeedHistoryRun run;
    run.domain = domain;
    run.token = QString::fromLatin1(result.token);
    run.startedAt = result.startedAt.toUTC();
    run.sent = result.sent;
    for (const SeedResult& s : result.seeds) {
        SeedHistoryEntry e;
        e.seed = s.name;
        e.placement = s.placement;
        e.seconds = s.arrived ? s.seconds.value_or(0) : -1;
        e.folder = s.folder;
        e.error = seedErrorName(s.error);
        run.seeds << e;
    }
    return run;
}

SeedPlacement SeedHistory::placementFromName(const QString& name) {
    for (const SeedPlacement p : {SeedPlacement::Inbox, SeedPlacement::Spam, SeedPlacement::Other})
        if (seedPlacementName(p) == name)
            return p;
    return SeedPlacement::Missing;
}

std::expected<qint64, QString> SeedHistory::record(const SeedHistoryRun& run) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    if (auto begun = m_database->beginWrite(*db); !begun)
        return std::unexpected(QStringLiteral("cannot store the seed run: %1").arg(begun.error()));
    const auto fail = [&](const QSqlQuery& q) {
        const QString error = sqlError(QStringLiteral("cannot store the seed run"), q);
        db->rollback();
        return std::unexpected(error);
    };
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("INSERT INTO seed_runs (domain, token, started_at, sent) VALUES (?, ?, ?, ?)"));
    q.addBindValue(run.domain);
    q.addBindValue(run.token);
    q.addBindValue(run.startedAt.toSecsSinceEpoch());
    q.addBindValue(run.sent ? 1 : 0);
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery r(*db);
    r.prepare(QStringLiteral(
        "INSERT INTO seed_results (run, seed, placement, seconds, folder, error) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SeedHistoryEntry& e : run.seeds) {
        r.addBindValue(id);
        r.addBindValue(e.seed);
        r.addBindValue(seedPlacementName(e.placement));
        r.addBindValue(e.seconds >= 0 ? QVariant(e.seconds) : QVariant(QMetaType(QMetaType::Double)));
        r.addBindValue(e.folder);
        r.addBindValue(e.error);
        if (!r.exec())
            return fail(r);
    }
    if (!db->commit())
        return std::unexpected(QStringLiteral("cannot store the seed run: %1").arg(db->lastError().text()));
    return id;
}

std::expected<QList<SeedHistoryRun>, QString> SeedHistory::select(const QString& where,
                                                                  const QVariantList& values) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT r.id, r.domain, r.token, r.started_at, r.sent, s.seed, s.placement, "
                             "s.seconds, s.folder, s.error FROM seed_runs r LEFT JOIN seed_results s "
                             "ON s.run = r.id WHERE %1 ORDER BY r.started_at, r.id, s.seed")
                  .arg(where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot read the seed runs"), q));
    QList<SeedHistoryRun> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.constLast().id != id) {
            SeedHistoryRun run;
            run.id = id;
            run.domain = q.value(1).toString();
            run.token = q.value(2).toString();
            run.startedAt = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            run.sent = q.value(4).toInt() != 0;
            out.append(run);
        }
        if (q.value(5).isNull())
            continue; // a run without seeds
        SeedHistoryEntry e;
        e.seed = q.value(5).toString();
        e.placement = placementFromName(q.value(6).toString());
        e.seconds = q.value(7).isNull() ? -1 : q.value(7).toDouble();
        e.folder = q.value(8).toString();
        e.error = q.value(9).toString();
        out.last().seeds.append(e);
    }
    return out;
}

std::expected<QList<SeedHistoryRun>, QString> SeedHistory::runs(const QString& domain, const QDateTime& from,
                                                                const QDateTime& to) {
    return select(QStringLiteral("r.domain = ? AND r.started_at >= ? AND r.started_at < ?"),
                  {domain, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()});
}

std::expected<QList<SeedHistoryRun>, QString> SeedHistory::latestRuns() {
    return select(QStringLiteral("r.id IN (SELECT (SELECT id FROM seed_runs x WHERE x.domain = d.domain "
                                 "ORDER BY x.started_at DESC, x.id DESC LIMIT 1) FROM "
                                 "(SELECT DISTINCT domain FROM seed_runs) d)"),
                  {});
}
