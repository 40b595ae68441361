#include "HistoryCopier.h"

#include "AuditSchema.h"
#include "HistoryReportCopier.h"
#include "HistorySqlDialect.h"
#include "SeedSchema.h"
#include "monitor/AlertSchema.h"
#include "reports/ReportSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QString failed(const QString& what, const QSqlQuery& q) {
    return QStringLiteral("%1: %2").arg(what, q.lastError().text());
}

// Runs a prepared statement with values; false with the error in *error.
bool run(QSqlQuery& q, const QVariantList& values, QString* error, const QString& what) {
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = failed(what, q);
    return false;
}
} // namespace

HistoryCopier::HistoryCopier(std::shared_ptr<HistoryDatabase> from, std::shared_ptr<HistoryDatabase> to)
    : m_from(std::move(from))
    , m_to(std::move(to)) {}

std::expected<HistoryCopyCounts, QString> HistoryCopier::copy() {
    HistoryCopyCounts counts;
    if (m_from->path() == m_to->path())
        return std::unexpected(QStringLiteral("--from and --to name the same store (%1)").arg(m_to->path()));
    // Reports: copied unless the user leaves them where they are (--skip-reports). A store that
    // never held any has no reports schema; none is made for it.
    const bool reports = m_from->schemaVersion(ReportSchema::component()) > 0;
    counts.reportsSkipped = reports && m_skipReports;
    for (const auto& [component, migrations] :
         {std::pair{AuditSchema::component(), AuditSchema::migrations()},
          std::pair{SeedSchema::component(), SeedSchema::migrations()},
          std::pair{AlertSchema::component(), AlertSchema::migrations()},
          std::pair{ReportSchema::component(), ReportSchema::migrations()}}) {
        if (component == ReportSchema::component() && (!reports || m_skipReports))
            continue;
        for (const auto& db : {m_from, m_to})
            if (auto migrated = db->migrate(component, migrations); !migrated)
                return std::unexpected(QStringLiteral("%1: %2").arg(db->path(), migrated.error()));
    }
    if (auto done = copyAudits(counts); !done)
        return std::unexpected(done.error());
    if (auto done = copySeedRuns(counts); !done)
        return std::unexpected(done.error());
    if (auto done = copyAlerts(counts); !done)
        return std::unexpected(done.error());
    if (reports && !m_skipReports) {
        HistoryReportCopier reportCopier(*m_from, *m_to, m_progress);
        if (m_reportPage > 0)
            reportCopier.setPageSizes(m_reportPage, m_recordPage);
        if (auto done = reportCopier.copy(counts.reports); !done)
            return std::unexpected(done.error());
    }
    return counts;
}

std::expected<void, QString> HistoryCopier::copyAudits(HistoryCopyCounts& counts) {
    auto from = m_from->connection();
    auto to = m_to->connection();
    if (!from || !to)
        return std::unexpected(!from ? from.error() : to.error());
    QSqlQuery source(*from);
    source.setForwardOnly(true);
    if (!source.exec(
            QStringLiteral("SELECT id, domain, started_at, finished_at, grade, errors, warnings, infos, "
                           "staged, resolver, report FROM audits ORDER BY id")))
        return std::unexpected(
            failed(QStringLiteral("cannot read the audits of %1").arg(m_from->path()), source));
    QSqlQuery exists(*to);
    exists.prepare(QStringLiteral("SELECT id FROM audits WHERE domain = ? AND started_at = ? AND "
                                  "finished_at IS NOT DISTINCT FROM ? AND report = ?"));
    QSqlQuery insert(*to);
    insert.prepare(
        QStringLiteral("INSERT INTO audits (domain, started_at, finished_at, grade, errors, warnings, "
                       "infos, staged, resolver, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery findings(*from);
    findings.prepare(QStringLiteral(
        "SELECT code, severity, area, title FROM audit_findings WHERE audit_id = ? ORDER BY rowid"));
    QSqlQuery insertFinding(*to);
    insertFinding.prepare(QStringLiteral(
        "INSERT INTO audit_findings (audit_id, code, severity, area, title) VALUES (?, ?, ?, ?, ?)"));
    // SQLite's rowid keeps the findings in their stored order; PostgreSQL has none.
    if (m_from->isPostgres())
        findings.prepare(
            QStringLiteral("SELECT code, severity, area, title FROM audit_findings WHERE audit_id = ?"));
    QString error;
    int inTransaction = 0;
    const auto commit = [&]() -> bool {
        if (inTransaction == 0)
            return true;
        inTransaction = 0;
        if (QSqlQuery(*to).exec(QStringLiteral("COMMIT")))
            return true;
        error = QStringLiteral("cannot commit into %1").arg(m_to->path());
        return false;
    };
    while (source.next()) {
        const qint64 oldId = source.value(0).toLongLong();
        QVariantList row;
        for (int i = 1; i <= 10; ++i)
            row << source.value(i);
        if (inTransaction == 0) {
            if (auto begun = m_to->beginWrite(*to); !begun)
                return std::unexpected(begun.error());
        }
        ++inTransaction;
        if (!run(exists, {row.at(0), row.at(1), row.at(2), row.at(9)}, &error,
                 QStringLiteral("cannot look up an audit")))
            break;
        if (exists.next()) {
            m_auditIds.insert(oldId, exists.value(0).toLongLong());
            exists.finish();
            ++counts.auditsPresent;
        } else {
            exists.finish();
            if (!run(insert, row, &error, QStringLiteral("cannot copy an audit")))
                break;
            const qint64 newId = insert.lastInsertId().toLongLong();
            m_auditIds.insert(oldId, newId);
            if (!run(findings, {oldId}, &error, QStringLiteral("cannot read an audit's findings")))
                break;
            while (findings.next())
                if (!run(insertFinding,
                         {newId, findings.value(0), findings.value(1), findings.value(2), findings.value(3)},
                         &error, QStringLiteral("cannot copy a finding")))
                    break;
            findings.finish();
            if (!error.isEmpty())
                break;
            ++counts.audits;
        }
        if (inTransaction >= 200 && !commit())
            break;
        if ((counts.audits + counts.auditsPresent) % 500 == 0 && m_progress)
            m_progress(QStringLiteral("%1 audits copied, %2 already there")
                           .arg(counts.audits)
                           .arg(counts.auditsPresent));
    }
    if (!error.isEmpty()) {
        QSqlQuery(*to).exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(error);
    }
    if (!commit())
        return std::unexpected(error);
    // The keys' sightings: the earliest first sighting wins, whichever store saw it first.
    QSqlQuery keys(*from);
    if (!keys.exec(
            QStringLiteral("SELECT domain, fingerprint, selector, key_type, bits, first_seen, first_audit, "
                           "last_seen FROM audit_keys")))
        return std::unexpected(failed(QStringLiteral("cannot read the DKIM keys"), keys));
    QSqlQuery upsert(*to);
    upsert.prepare(
        QStringLiteral("INSERT INTO audit_keys (domain, fingerprint, selector, key_type, bits, first_seen, "
                       "first_audit, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (domain, "
                       "fingerprint) DO UPDATE SET first_seen = %1(audit_keys.first_seen, "
                       "excluded.first_seen), last_seen = %2(audit_keys.last_seen, excluded.last_seen)")
            .arg(HistorySqlDialect::least(m_to->backend()),
                 m_to->isPostgres() ? QStringLiteral("GREATEST") : QStringLiteral("max")));
    while (keys.next()) {
        const QVariant firstAudit = keys.value(6).isNull() || !m_auditIds.contains(keys.value(6).toLongLong())
                                        ? QVariant(QMetaType(QMetaType::LongLong))
                                        : QVariant(m_auditIds.value(keys.value(6).toLongLong()));
        if (!run(upsert,
                 {keys.value(0), keys.value(1), keys.value(2), keys.value(3), keys.value(4), keys.value(5),
                  firstAudit, keys.value(7)},
                 &error, QStringLiteral("cannot copy a DKIM key")))
            return std::unexpected(error);
    }
    return {};
}

std::expected<void, QString> HistoryCopier::copySeedRuns(HistoryCopyCounts& counts) {
    auto from = m_from->connection();
    auto to = m_to->connection();
    if (!from || !to)
        return std::unexpected(!from ? from.error() : to.error());
    QSqlQuery runs(*from);
    if (!runs.exec(QStringLiteral("SELECT id, domain, token, started_at, sent FROM seed_runs ORDER BY id")))
        return std::unexpected(failed(QStringLiteral("cannot read the seed runs"), runs));
    QSqlQuery exists(*to);
    exists.prepare(
        QStringLiteral("SELECT id FROM seed_runs WHERE domain = ? AND token = ? AND started_at = ?"));
    QSqlQuery insert(*to);
    insert.prepare(
        QStringLiteral("INSERT INTO seed_runs (domain, token, started_at, sent) VALUES (?, ?, ?, ?)"));
    QSqlQuery results(*from);
    results.prepare(
        QStringLiteral("SELECT seed, placement, seconds, folder, error FROM seed_results WHERE run = ?"));
    QSqlQuery insertResult(*to);
    insertResult.prepare(QStringLiteral(
        "INSERT INTO seed_results (run, seed, placement, seconds, folder, error) VALUES (?, ?, ?, ?, ?, ?)"));
    QString error;
    while (runs.next()) {
        if (!run(exists, {runs.value(1), runs.value(2), runs.value(3)}, &error,
                 QStringLiteral("cannot look up a seed run")))
            return std::unexpected(error);
        const bool present = exists.next();
        exists.finish();
        if (present) {
            ++counts.seedRunsPresent;
            continue;
        }
        if (auto begun = m_to->beginWrite(*to); !begun)
            return std::unexpected(begun.error());
        const auto rollback = [&] {
            QSqlQuery(*to).exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(error);
        };
        if (!run(insert, {runs.value(1), runs.value(2), runs.value(3), runs.value(4)}, &error,
                 QStringLiteral("cannot copy a seed run")))
            return rollback();
        const qint64 id = insert.lastInsertId().toLongLong();
        if (!run(results, {runs.value(0)}, &error, QStringLiteral("cannot read a seed run's results")))
            return rollback();
        while (results.next())
            if (!run(insertResult,
                     {id, results.value(0), results.value(1), results.value(2), results.value(3),
                      results.value(4)},
                     &error, QStringLiteral("cannot copy a seed result")))
                return rollback();
        results.finish();
        if (!QSqlQuery(*to).exec(QStringLiteral("COMMIT"))) {
            error = QStringLiteral("cannot commit into %1").arg(m_to->path());
            return rollback();
        }
        ++counts.seedRuns;
    }
    return {};
}

std::expected<void, QString> HistoryCopier::copyAlerts(HistoryCopyCounts& counts) {
    auto from = m_from->connection();
    auto to = m_to->connection();
    if (!from || !to)
        return std::unexpected(!from ? from.error() : to.error());
    const auto mapped = [&](const QVariant& id) {
        return id.isNull() || !m_auditIds.contains(id.toLongLong())
                   ? QVariant(QMetaType(QMetaType::LongLong))
                   : QVariant(m_auditIds.value(id.toLongLong()));
    };
    QString error;
    QSqlQuery state(*from);
    if (!state.exec(QStringLiteral(
            "SELECT domain, alert_key, fingerprint, condition, first_seen, last_sent, audit_id "
            "FROM alert_state")))
        return std::unexpected(failed(QStringLiteral("cannot read the open alerts"), state));
    QSqlQuery upsertState(*to);
    upsertState.prepare(QStringLiteral(
        "INSERT INTO alert_state (domain, alert_key, fingerprint, condition, first_seen, last_sent, "
        "audit_id) VALUES "
        "(?, ?, ?, ?, ?, ?, ?) ON CONFLICT (domain, alert_key) DO UPDATE SET fingerprint = "
        "excluded.fingerprint, "
        "condition = excluded.condition, first_seen = excluded.first_seen, last_sent = excluded.last_sent, "
        "audit_id = excluded.audit_id"));
    while (state.next()) {
        if (!run(upsertState,
                 {state.value(0), state.value(1), state.value(2), state.value(3), state.value(4),
                  state.value(5), mapped(state.value(6))},
                 &error, QStringLiteral("cannot copy an open alert")))
            return std::unexpected(error);
        ++counts.alerts;
    }
    QSqlQuery baseline(*from);
    if (!baseline.exec(QStringLiteral("SELECT domain, audit_id FROM alert_baseline")))
        return std::unexpected(failed(QStringLiteral("cannot read the alert baselines"), baseline));
    QSqlQuery upsertBaseline(*to);
    upsertBaseline.prepare(
        QStringLiteral("INSERT INTO alert_baseline (domain, audit_id) VALUES (?, ?) ON CONFLICT "
                       "(domain) DO UPDATE SET audit_id = excluded.audit_id"));
    while (baseline.next()) {
        const QVariant id = mapped(baseline.value(1));
        if (id.isNull())
            continue; // its audit was not copied (NOT NULL column)
        if (!run(upsertBaseline, {baseline.value(0), id}, &error,
                 QStringLiteral("cannot copy an alert baseline")))
            return std::unexpected(error);
        ++counts.alerts;
    }
    QSqlQuery queue(*from);
    if (!queue.exec(
            QStringLiteral("SELECT channel, target, format, payload, created_at, attempts, last_error FROM "
                           "alert_queue ORDER BY id")))
        return std::unexpected(failed(QStringLiteral("cannot read the alert queue"), queue));
    QSqlQuery queued(*to);
    queued.prepare(
        QStringLiteral("SELECT 1 FROM alert_queue WHERE channel = ? AND target = ? AND created_at = ? AND "
                       "payload = ?"));
    QSqlQuery enqueue(*to);
    enqueue.prepare(
        QStringLiteral("INSERT INTO alert_queue (channel, target, format, payload, created_at, attempts, "
                       "last_error) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    while (queue.next()) {
        const QVariant payload(queue.value(3).toByteArray());
        if (!run(queued, {queue.value(0), queue.value(1), queue.value(4), payload}, &error,
                 QStringLiteral("cannot look up a queued alert")))
            return std::unexpected(error);
        const bool present = queued.next();
        queued.finish();
        if (present)
            continue;
        if (!run(enqueue,
                 {queue.value(0), queue.value(1), queue.value(2), payload, queue.value(4), queue.value(5),
                  queue.value(6)},
                 &error, QStringLiteral("cannot copy a queued alert")))
            return std::unexpected(error);
        ++counts.queued;
    }
    return {};
}
