#pragma once
// Writes an aggregate report's rows (dmarc_records, dmarc_dkim) and adds its per-source sums
// (dmarc_source_days, dmarc_sources) in the connection's current transaction, the fastest way
// each history backend allows: SQLite's C API with bound values kept from row to row
// (SqliteReportRowWriter), multi-row INSERTs on PostgreSQL (PostgresReportRowWriter). A writer
// may hold rows until flush(); discard() forgets the rows held (after a ROLLBACK TO undid the
// rest). ReportImporter owns one per file.

#include "AggregateReport.h"
#include "SourceTotals.h"

#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <memory>
#include <span>

class QSqlError;

class ReportRowWriter {
public:
    // The writer for db's driver (QSQLITE or QPSQL), or nullptr for any other driver.
    static std::unique_ptr<ReportRowWriter> create(const QSqlDatabase& db);

    virtual ~ReportRowWriter() = default;

    virtual std::expected<void, QString> addRecord(qint64 report, const AggregateRecord& r) = 0;
    // Adds each row's sums to (domain, row.sourceIp, day) in dmarc_source_days and to
    // (domain, row.sourceIp) in dmarc_sources. Rows come sorted by address, each address once.
    virtual std::expected<void, QString> addSourceSums(const QString& domain, qint64 day,
                                                       std::span<const SourceTotals::Row> rows) = 0;
    virtual std::expected<void, QString> flush() = 0;
    virtual void discard() = 0;

    // Whether the last failure was the database giving up this transaction in favour of another
    // one (PostgreSQL's deadlock and serialisation failures): the same work can simply be retried.
    bool lastFailureTransient() const { return m_transient; }
    static bool isTransient(const QSqlError& error);

protected:
    // "database error: ..." for messages; remembers whether the failure was transient.
    QString failure(const QSqlError& error);
    bool m_transient = false;
};
