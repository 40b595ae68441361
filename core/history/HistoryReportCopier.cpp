#include "HistoryReportCopier.h"

#include "HistoryRowBatch.h"
#include "reports/ReportSchema.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QString failed(const QString& what, const QSqlQuery& q) {
    return QStringLiteral("%1: %2").arg(what, q.lastError().text());
}

// "?, ?, ?" for n values.
QString placeholders(qsizetype n) {
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

// The values of the current row of q from column `first` on.
QVariantList valuesFrom(const QSqlQuery& q, int first, qsizetype count) {
    QVariantList values;
    values.reserve(count);
    for (int i = 0; i < count; ++i)
        values << q.value(first + i);
    return values;
}

// "a, b, c" with each column prefixed ("d." → "d.a, d.b, d.c").
QString columnList(const QStringList& columns, const QString& prefix = {}) {
    QStringList out;
    for (const QString& c : columns)
        out << prefix + c;
    return out.join(QStringLiteral(", "));
}

// An SQL type for a bound value in a SELECT list, where PostgreSQL cannot infer it from a column.
QString sqlType(const QSqlField& field) {
    switch (field.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QStringLiteral("BIGINT");
    case QMetaType::Double:
        return QStringLiteral("DOUBLE PRECISION");
    default:
        return QStringLiteral("TEXT");
    }
}
} // namespace

HistoryReportCopier::HistoryReportCopier(HistoryDatabase& from, HistoryDatabase& to,
                                         std::function<void(const QString&)> progress)
    : m_from(from)
    , m_to(to)
    , m_progress(std::move(progress)) {}

std::expected<void, QString> HistoryReportCopier::copy(HistoryReportCounts& counts) {
    auto from = m_from.connection();
    if (!from)
        return std::unexpected(from.error());
    auto to = m_to.connection();
    if (!to)
        return std::unexpected(to.error());
    m_source = *from;
    m_target = *to;
    for (auto step : {&HistoryReportCopier::copyDmarc, &HistoryReportCopier::copyTlsRpt,
                      &HistoryReportCopier::copySpfSnapshots, &HistoryReportCopier::copyReverseNames})
        if (auto done = (this->*step)(counts); !done) {
            rollback();
            return done;
        }
    return {};
}

std::expected<QStringList, QString> HistoryReportCopier::columnsOf(const QString& table,
                                                                   const QStringList& except) {
    const QString key = table + QLatin1Char('/') + except.join(QLatin1Char(','));
    if (auto it = m_columns.constFind(key); it != m_columns.constEnd())
        return *it;
    const QSqlRecord record = m_target.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        if (!except.contains(record.fieldName(i)))
            columns << record.fieldName(i);
    if (columns.isEmpty())
        return std::unexpected(QStringLiteral("%1 has no table %2").arg(m_to.path(), table));
    m_columns.insert(key, columns);
    return columns;
}

std::expected<qint64, QString> HistoryReportCopier::nextId(const QString& table) {
    IdPool& pool = m_ids[table];
    if (!m_to.isPostgres()) {
        if (pool.next == 0) {
            QSqlQuery q(m_target);
            if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)) || !q.next())
                return std::unexpected(failed(QStringLiteral("cannot read the ids of %1").arg(table), q));
            pool.next = q.value(0).toLongLong() + 1;
        }
        return pool.next++;
    }
    if (pool.used == pool.reserved.size()) {
        pool.reserved.clear();
        pool.used = 0;
        QSqlQuery q(m_target);
        q.setForwardOnly(true);
        const int block = table == QLatin1String("dmarc_records") ? m_recordPage : 100;
        if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM "
                                   "generate_series(1, %2)")
                        .arg(table)
                        .arg(block)))
            return std::unexpected(failed(QStringLiteral("cannot reserve ids in %1").arg(table), q));
        while (q.next())
            pool.reserved << q.value(0).toLongLong();
        if (pool.reserved.isEmpty())
            return std::unexpected(QStringLiteral("cannot reserve ids in %1").arg(table));
    }
    return pool.reserved.at(pool.used++);
}

std::expected<void, QString> HistoryReportCopier::begin() {
    if (!m_to.isPostgres())
        m_ids.clear(); // the largest ids are read again under this transaction's lock
    auto begun = m_to.beginWrite(m_target);
    m_inTransaction = begun.has_value();
    return begun;
}

std::expected<void, QString> HistoryReportCopier::commit() {
    QSqlQuery q(m_target);
    m_inTransaction = false;
    if (!q.exec(QStringLiteral("COMMIT")))
        return std::unexpected(failed(QStringLiteral("cannot commit into %1").arg(m_to.path()), q));
    return {};
}

void HistoryReportCopier::rollback() {
    if (m_inTransaction)
        QSqlQuery(m_target).exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

std::expected<void, QString> HistoryReportCopier::copyDmarc(HistoryReportCounts& counts) {
    const auto columns = columnsOf(QStringLiteral("dmarc_reports"), {QStringLiteral("id")});
    if (!columns)
        return std::unexpected(columns.error());
    QSqlQuery page(m_source);
    page.setForwardOnly(true);
    if (!page.prepare(QStringLiteral("SELECT id, %1 FROM dmarc_reports WHERE id > ? ORDER BY id LIMIT %2")
                          .arg(columnList(*columns))
                          .arg(m_reportPage)))
        return std::unexpected(failed(QStringLiteral("cannot read the DMARC reports"), page));
    QSqlQuery insert(m_target);
    if (!insert.prepare(QStringLiteral("INSERT INTO dmarc_reports (%1) VALUES (%2) ON CONFLICT (org, "
                                       "report_id) DO NOTHING RETURNING id")
                            .arg(columnList(*columns), placeholders(columns->size()))))
        return std::unexpected(failed(QStringLiteral("cannot copy the DMARC reports"), insert));
    qint64 last = 0;
    for (;;) {
        page.addBindValue(last);
        if (!page.exec())
            return std::unexpected(failed(QStringLiteral("cannot read the DMARC reports"), page));
        QList<QVariantList> reports; // one page: its ids and headers (no records)
        while (page.next())
            reports << valuesFrom(page, 0, columns->size() + 1);
        page.finish();
        if (reports.isEmpty())
            return {};
        if (auto begun = begin(); !begun)
            return begun;
        QStringList copied;
        for (const QVariantList& report : std::as_const(reports)) {
            last = report.first().toLongLong();
            for (qsizetype i = 1; i < report.size(); ++i)
                insert.addBindValue(report.at(i));
            if (!insert.exec())
                return std::unexpected(failed(QStringLiteral("cannot copy a DMARC report"), insert));
            if (!insert.next()) { // (org, report_id) is there already
                insert.finish();
                ++counts.dmarcReportsPresent;
                continue;
            }
            const qint64 id = insert.value(0).toLongLong();
            insert.finish();
            if (auto done = copyDmarcRecords(last, id, counts); !done)
                return done;
            copied << QString::number(id);
            ++counts.dmarcReports;
        }
        // The totals of exactly the reports that went in, computed where they are now.
        if (!copied.isEmpty()) {
            const QString filter = QStringLiteral("p.id IN (%1)").arg(copied.join(QLatin1Char(',')));
            QSqlQuery totals(m_target);
            for (const QString& sql :
                 {ReportSchema::sourceDaysUpsert(filter), ReportSchema::sourcesUpsert(filter),
                  ReportSchema::daysUpsert(filter), ReportSchema::selectorDaysUpsert(filter)})
                if (!totals.exec(sql))
                    return std::unexpected(
                        failed(QStringLiteral("cannot add the copied reports' totals"), totals));
        }
        if (auto done = commit(); !done)
            return done;
        if (m_progress)
            m_progress(QStringLiteral("DMARC reports: %1 copied (%2 records), %3 already there")
                           .arg(counts.dmarcReports)
                           .arg(counts.dmarcRecords)
                           .arg(counts.dmarcReportsPresent));
    }
}

std::expected<void, QString> HistoryReportCopier::copyDmarcRecords(qint64 oldReport, qint64 newReport,
                                                                   HistoryReportCounts& counts) {
    const QStringList except{QStringLiteral("id"), QStringLiteral("report")};
    const auto columns = columnsOf(QStringLiteral("dmarc_records"), except);
    const auto dkimColumns = columnsOf(QStringLiteral("dmarc_dkim"), {QStringLiteral("record")});
    if (!columns || !dkimColumns)
        return std::unexpected(!columns ? columns.error() : dkimColumns.error());
    HistoryRowBatch records(m_target, QStringLiteral("dmarc_records"), except + *columns);
    HistoryRowBatch dkim(m_target, QStringLiteral("dmarc_dkim"),
                         QStringList{QStringLiteral("record")} + *dkimColumns);
    QSqlQuery page(m_source);
    page.setForwardOnly(true);
    page.prepare(
        QStringLiteral("SELECT id, %1 FROM dmarc_records WHERE report = ? AND id > ? ORDER BY id LIMIT %2")
            .arg(columnList(*columns))
            .arg(m_recordPage));
    // The second and later signatures of the page's records.
    QSqlQuery signatures(m_source);
    signatures.setForwardOnly(true);
    signatures.prepare(QStringLiteral("SELECT d.record, %1 FROM dmarc_dkim d JOIN dmarc_records r ON r.id = "
                                      "d.record WHERE r.report = ? AND r.id > ? AND r.id <= ? AND "
                                      "r.dkim_more > 0 ORDER BY d.record, d.seq")
                           .arg(columnList(*dkimColumns, QStringLiteral("d."))));
    qint64 last = 0;
    for (;;) {
        page.addBindValue(oldReport);
        page.addBindValue(last);
        if (!page.exec())
            return std::unexpected(failed(QStringLiteral("cannot read the records of a DMARC report"), page));
        const qint64 first = last;
        QHash<qint64, qint64> ids; // source record -> destination record, this page
        while (page.next()) {
            const auto id = nextId(QStringLiteral("dmarc_records"));
            if (!id)
                return std::unexpected(id.error());
            last = page.value(0).toLongLong();
            ids.insert(last, *id);
            if (auto added = records.add(QVariantList{*id, newReport} + valuesFrom(page, 1, columns->size()));
                !added)
                return added;
        }
        page.finish();
        if (ids.isEmpty())
            break;
        signatures.addBindValue(oldReport);
        signatures.addBindValue(first);
        signatures.addBindValue(last);
        if (!signatures.exec())
            return std::unexpected(
                failed(QStringLiteral("cannot read the DKIM signatures of a record"), signatures));
        while (signatures.next())
            if (auto added = dkim.add(QVariantList{ids.value(signatures.value(0).toLongLong())} +
                                      valuesFrom(signatures, 1, dkimColumns->size()));
                !added)
                return added;
        signatures.finish();
        if (ids.size() < m_recordPage)
            break;
    }
    if (auto done = records.flush(); !done)
        return done;
    if (auto done = dkim.flush(); !done)
        return done;
    counts.dmarcRecords += records.added();
    counts.dmarcDkim += dkim.added();
    return {};
}

std::expected<void, QString> HistoryReportCopier::copyTlsRpt(HistoryReportCounts& counts) {
    const auto columns = columnsOf(QStringLiteral("tlsrpt_reports"), {QStringLiteral("id")});
    if (!columns)
        return std::unexpected(columns.error());
    QSqlQuery page(m_source);
    page.setForwardOnly(true);
    page.prepare(QStringLiteral("SELECT id, %1 FROM tlsrpt_reports WHERE id > ? ORDER BY id LIMIT %2")
                     .arg(columnList(*columns))
                     .arg(m_reportPage));
    QSqlQuery insert(m_target);
    if (!insert.prepare(QStringLiteral("INSERT INTO tlsrpt_reports (%1) VALUES (%2) ON CONFLICT (org, "
                                       "report_id) DO NOTHING RETURNING id")
                            .arg(columnList(*columns), placeholders(columns->size()))))
        return std::unexpected(failed(QStringLiteral("cannot copy the TLS-RPT reports"), insert));
    qint64 last = 0;
    for (;;) {
        page.addBindValue(last);
        if (!page.exec())
            return std::unexpected(failed(QStringLiteral("cannot read the TLS-RPT reports"), page));
        QList<QVariantList> reports;
        while (page.next())
            reports << valuesFrom(page, 0, columns->size() + 1);
        page.finish();
        if (reports.isEmpty())
            return {};
        if (auto begun = begin(); !begun)
            return begun;
        for (const QVariantList& report : std::as_const(reports)) {
            last = report.first().toLongLong();
            for (qsizetype i = 1; i < report.size(); ++i)
                insert.addBindValue(report.at(i));
            if (!insert.exec())
                return std::unexpected(failed(QStringLiteral("cannot copy a TLS-RPT report"), insert));
            if (!insert.next()) {
                insert.finish();
                ++counts.tlsrptReportsPresent;
                continue;
            }
            const qint64 id = insert.value(0).toLongLong();
            insert.finish();
            if (auto done = copyTlsRptPolicies(last, id, counts); !done)
                return done;
            ++counts.tlsrptReports;
        }
        if (auto done = commit(); !done)
            return done;
    }
}

std::expected<void, QString> HistoryReportCopier::copyTlsRptPolicies(qint64 oldReport, qint64 newReport,
                                                                     HistoryReportCounts& counts) {
    const QStringList except{QStringLiteral("id"), QStringLiteral("report")};
    const QStringList failureExcept{QStringLiteral("id"), QStringLiteral("policy")};
    const auto columns = columnsOf(QStringLiteral("tlsrpt_policies"), except);
    const auto failureColumns = columnsOf(QStringLiteral("tlsrpt_failures"), failureExcept);
    if (!columns || !failureColumns)
        return std::unexpected(!columns ? columns.error() : failureColumns.error());
    QSqlQuery policies(m_source);
    policies.setForwardOnly(true);
    policies.prepare(QStringLiteral("SELECT id, %1 FROM tlsrpt_policies WHERE report = ? ORDER BY id")
                         .arg(columnList(*columns)));
    policies.addBindValue(oldReport);
    if (!policies.exec())
        return std::unexpected(
            failed(QStringLiteral("cannot read the policies of a TLS-RPT report"), policies));
    HistoryRowBatch policyRows(m_target, QStringLiteral("tlsrpt_policies"), except + *columns);
    QHash<qint64, qint64> ids; // a report's policies: a handful
    while (policies.next()) {
        const auto id = nextId(QStringLiteral("tlsrpt_policies"));
        if (!id)
            return std::unexpected(id.error());
        ids.insert(policies.value(0).toLongLong(), *id);
        if (auto added =
                policyRows.add(QVariantList{*id, newReport} + valuesFrom(policies, 1, columns->size()));
            !added)
            return added;
    }
    policies.finish();
    if (auto done = policyRows.flush(); !done) // before the failures that refer to them
        return done;
    QSqlQuery failures(m_source);
    failures.setForwardOnly(true);
    failures.prepare(
        QStringLiteral("SELECT f.policy, %1 FROM tlsrpt_failures f JOIN tlsrpt_policies p ON p.id = "
                       "f.policy WHERE p.report = ? ORDER BY f.id")
            .arg(columnList(*failureColumns, QStringLiteral("f."))));
    failures.addBindValue(oldReport);
    if (!failures.exec())
        return std::unexpected(
            failed(QStringLiteral("cannot read the failures of a TLS-RPT report"), failures));
    HistoryRowBatch failureRows(m_target, QStringLiteral("tlsrpt_failures"), failureExcept + *failureColumns);
    while (failures.next()) {
        const auto id = nextId(QStringLiteral("tlsrpt_failures"));
        if (!id)
            return std::unexpected(id.error());
        if (auto added = failureRows.add(QVariantList{*id, ids.value(failures.value(0).toLongLong())} +
                                         valuesFrom(failures, 1, failureColumns->size()));
            !added)
            return added;
    }
    failures.finish();
    if (auto done = failureRows.flush(); !done)
        return done;
    counts.tlsrptPolicies += policyRows.added();
    counts.tlsrptFailures += failureRows.added();
    return {};
}

std::expected<void, QString> HistoryReportCopier::copySpfSnapshots(HistoryReportCounts& counts) {
    const auto columns = columnsOf(QStringLiteral("spf_snapshots"), {QStringLiteral("id")});
    if (!columns)
        return std::unexpected(columns.error());
    // No unique key (a snapshot is kept per audit): one of the same domain, time and tree is the
    // same snapshot. The test and the insert are one statement; copies take turns (below).
    const QSqlRecord record = m_target.record(QStringLiteral("spf_snapshots"));
    QStringList casts;
    QStringList same;
    for (const QString& c : *columns) {
        casts << QStringLiteral("CAST(? AS %1)").arg(sqlType(record.field(c)));
        same << QStringLiteral("s.%1 = ?").arg(c);
    }
    QSqlQuery insert(m_target);
    if (!insert.prepare(QStringLiteral("INSERT INTO spf_snapshots (%1) SELECT %2 WHERE NOT EXISTS (SELECT 1 "
                                       "FROM spf_snapshots s WHERE %3)")
                            .arg(columnList(*columns), casts.join(QStringLiteral(", ")),
                                 same.join(QStringLiteral(" AND ")))))
        return std::unexpected(failed(QStringLiteral("cannot copy the SPF snapshots"), insert));
    QSqlQuery page(m_source);
    page.setForwardOnly(true);
    page.prepare(QStringLiteral("SELECT id, %1 FROM spf_snapshots WHERE id > ? ORDER BY id LIMIT %2")
                     .arg(columnList(*columns))
                     .arg(m_reportPage));
    qint64 last = 0;
    for (;;) {
        page.addBindValue(last);
        if (!page.exec())
            return std::unexpected(failed(QStringLiteral("cannot read the SPF snapshots"), page));
        QList<QVariantList> rows;
        while (page.next())
            rows << valuesFrom(page, 0, columns->size() + 1);
        page.finish();
        if (rows.isEmpty())
            return {};
        if (auto begun = begin(); !begun)
            return begun;
        // Two copies at once into PostgreSQL would both see a snapshot missing and both write it:
        // they take turns (SQLite's write lock does the same).
        if (QSqlQuery lock(m_target);
            m_to.isPostgres() && !lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1297303626)")))
            return std::unexpected(failed(QStringLiteral("cannot lock the SPF snapshots"), lock));
        for (const QVariantList& row : std::as_const(rows)) {
            last = row.first().toLongLong();
            const QVariantList values = row.mid(1);
            for (const QVariant& v : values + values)
                insert.addBindValue(v);
            if (!insert.exec())
                return std::unexpected(failed(QStringLiteral("cannot copy an SPF snapshot"), insert));
            if (insert.numRowsAffected() > 0)
                ++counts.spfSnapshots;
            else
                ++counts.spfSnapshotsPresent;
            insert.finish();
        }
        if (auto done = commit(); !done)
            return done;
    }
}

std::expected<void, QString> HistoryReportCopier::copyReverseNames(HistoryReportCounts& counts) {
    const auto columns = columnsOf(QStringLiteral("reverse_names"), {});
    if (!columns)
        return std::unexpected(columns.error());
    // The newer lookup wins, whichever store made it.
    QStringList set;
    for (const QString& c : *columns)
        if (c != QLatin1String("ip"))
            set << QStringLiteral("%1 = excluded.%1").arg(c);
    const QString upsert = QStringLiteral("ON CONFLICT (ip) DO UPDATE SET %1 WHERE excluded.looked_up_at > "
                                          "reverse_names.looked_up_at")
                               .arg(set.join(QStringLiteral(", ")));
    // The first page has no lower bound (a null QString would bind as NULL, and "ip > NULL" is
    // never true); the next ones start after the last address read.
    const QString select = QStringLiteral("SELECT %1 FROM reverse_names %3 ORDER BY ip LIMIT %2")
                               .arg(columnList(*columns))
                               .arg(m_recordPage);
    QSqlQuery page(m_source);
    page.setForwardOnly(true);
    page.prepare(select.arg(QString()));
    const qsizetype ip = columns->indexOf(QLatin1String("ip"));
    QString last;
    for (bool first = true;; first = false) {
        if (!first) {
            page.prepare(select.arg(QStringLiteral("WHERE ip > ?")));
            page.addBindValue(last);
        }
        if (!page.exec())
            return std::unexpected(failed(QStringLiteral("cannot read the reverse names"), page));
        if (auto begun = begin(); !begun)
            return begun;
        HistoryRowBatch rows(m_target, QStringLiteral("reverse_names"), *columns, upsert);
        while (page.next()) {
            last = page.value(int(ip)).toString();
            if (auto added = rows.add(valuesFrom(page, 0, columns->size())); !added)
                return added;
        }
        page.finish();
        if (auto done = rows.flush(); !done)
            return done;
        if (auto done = commit(); !done)
            return done;
        counts.reverseNames += rows.affected();
        counts.reverseNamesPresent += rows.added() - rows.affected();
        if (rows.added() < m_recordPage)
            return {};
    }
}
