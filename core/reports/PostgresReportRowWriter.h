#pragma once
// ReportRowWriter for PostgreSQL: rows are gathered into multi-row INSERTs (up to RowsPerInsert a
// statement) with their values written as escaped literals, as Qt's QPSQL driver would write them
// for a prepared statement's EXECUTE, but without a QVariant and a QSqlField per value: one round
// trip per batch instead of one per row. The records' ids are taken from their identity sequence
// beforehand (RowsPerInsert at a time), so a record's extra DKIM results can name it before it is
// written. Held rows go out when a batch is full, at flush(), and before the source sums.

#include "ReportRowWriter.h"

#include <QByteArray>
#include <QList>

class PostgresReportRowWriter final : public ReportRowWriter {
public:
    explicit PostgresReportRowWriter(const QSqlDatabase& db);

    std::expected<void, QString> addRecord(qint64 report, const AggregateRecord& r) override;
    std::expected<void, QString> addSourceSums(const QString& domain, qint64 day,
                                               std::span<const SourceTotals::Row> rows) override;
    std::expected<void, QString> flush() override;
    void discard() override;

    // A PostgreSQL string literal for value (E'…' with quotes and backslashes escaped; NULL for a
    // null string). PostgreSQL text cannot hold U+0000: it becomes U+FFFD.
    static void appendLiteral(QByteArray& sql, const QString& value);
    static void appendLiteral(QByteArray& sql, QByteArrayView utf8);

    static constexpr int RowsPerInsert = 1000;

private:
    std::expected<qint64, QString> nextRecordId();
    std::expected<void, QString> run(const QByteArray& sql);

    QSqlDatabase m_db;
    QByteArray m_records;
    int m_recordRows = 0;
    QByteArray m_dkim;
    int m_dkimRows = 0;
    QList<qint64> m_ids; // reserved record ids not used yet
    qsizetype m_nextId = 0;
};
