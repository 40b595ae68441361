#pragma once
// The DMARC aggregate and TLS-RPT reports of `db migrate` (HistoryCopier), either way between
// SQLite and PostgreSQL: dmarc_reports with their records and further DKIM signatures,
// tlsrpt_reports with their policies and failures, the SPF snapshots and the reverse names.
//
// Idempotent by natural keys, decided by the destination database, not by a read-then-write: a
// report goes in with INSERT … ON CONFLICT (org, report_id) DO NOTHING RETURNING id, and one that
// is already there (copied before, or imported there too) brings nothing of its own. An SPF
// snapshot is one of the same domain, time and tree; a reverse name keeps the newer lookup.
//
// The summary totals (dmarc_source_days, dmarc_sources, dmarc_days, dmarc_selector_days) are not
// copied row by row, which would count a report twice when both stores hold it: the reports that
// went in add their totals in the destination (ReportSchema's upserts over exactly those ids), in
// the transaction that copies them. Memory stays bounded: reports are read a page at a time,
// records a page at a time within a report, and written in multi-row INSERTs with ids reserved
// ahead (PostgreSQL: from the identity's sequence; SQLite: past the largest id, under the write
// lock), so a record's DKIM signatures follow it to its new id.

#include "HistoryDatabase.h"

#include <QHash>

#include <expected>
#include <functional>

struct HistoryReportCounts {
    qint64 dmarcReports = 0;
    qint64 dmarcReportsPresent = 0; // already in the destination: nothing of theirs copied
    qint64 dmarcRecords = 0;
    qint64 dmarcDkim = 0;
    qint64 tlsrptReports = 0;
    qint64 tlsrptReportsPresent = 0;
    qint64 tlsrptPolicies = 0;
    qint64 tlsrptFailures = 0;
    qint64 spfSnapshots = 0;
    qint64 spfSnapshotsPresent = 0;
    qint64 reverseNames = 0;        // inserted, or newer than the destination's lookup
    qint64 reverseNamesPresent = 0; // the destination's lookup is as new or newer
};

class HistoryReportCopier {
public:
    HistoryReportCopier(HistoryDatabase& from, HistoryDatabase& to,
                        std::function<void(const QString&)> progress = {});

    // Both stores must be at the last reports schema (HistoryCopier migrates them).
    std::expected<void, QString> copy(HistoryReportCounts& counts);

    // Reports per transaction (and per page read from the source); records are read in pages of
    // recordPage within a report. Small values for tests.
    void setPageSizes(int reports, int records) {
        m_reportPage = reports;
        m_recordPage = records;
    }

private:
    std::expected<void, QString> copyDmarc(HistoryReportCounts& counts);
    std::expected<void, QString> copyDmarcRecords(qint64 oldReport, qint64 newReport,
                                                  HistoryReportCounts& counts);
    std::expected<void, QString> copyTlsRpt(HistoryReportCounts& counts);
    std::expected<void, QString> copyTlsRptPolicies(qint64 oldReport, qint64 newReport,
                                                    HistoryReportCounts& counts);
    std::expected<void, QString> copySpfSnapshots(HistoryReportCounts& counts);
    std::expected<void, QString> copyReverseNames(HistoryReportCounts& counts);

    // A destination id for a row of `table` written with an explicit id.
    std::expected<qint64, QString> nextId(const QString& table);
    // The columns of a destination table but `except` (ids and references set by the copy).
    std::expected<QStringList, QString> columnsOf(const QString& table, const QStringList& except);
    std::expected<void, QString> begin();
    std::expected<void, QString> commit();
    void rollback();

    HistoryDatabase& m_from;
    HistoryDatabase& m_to;
    QSqlDatabase m_source;
    QSqlDatabase m_target;
    std::function<void(const QString&)> m_progress;
    bool m_inTransaction = false;
    int m_reportPage = 100;
    int m_recordPage = 2000;
    // Ids reserved per table: PostgreSQL's from the sequence (kept across transactions: a
    // sequence never gives a value twice), SQLite's past the largest id (valid while the write
    // lock is held, so forgotten at each transaction).
    struct IdPool {
        QList<qint64> reserved;
        qsizetype used = 0;
        qint64 next = 0; // SQLite: the next free id, 0 until read
    };
    QHash<QString, IdPool> m_ids;
    QHash<QString, QStringList> m_columns;
};
