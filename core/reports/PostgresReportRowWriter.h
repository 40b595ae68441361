#pragma once
// ReportRowWriter for PostgreSQL: rows go in with COPY … FROM STDIN (libpq's copy protocol on the
// connection Qt's QPSQL driver opened), several times faster than multi-row INSERTs, whose
// parsing was most of the server's work. Rows are gathered in COPY's text format and sent when
// RowsPerCopy are held, at flush(), and before the source sums. The records' ids are taken from
// their identity sequence beforehand, so a record's extra DKIM results can name it and ids follow
// the document's order. The source sums are copied into a temporary table and added to the totals
// with one INSERT … SELECT … ON CONFLICT DO UPDATE per table, in address order (so that two
// imports at once lock the totals rows in the same order).

#include "ReportRowWriter.h"

#include <QByteArray>
#include <QList>

struct pg_conn;

class PostgresReportRowWriter final : public ReportRowWriter {
public:
    explicit PostgresReportRowWriter(const QSqlDatabase& db);

    std::expected<void, QString> addRecord(qint64 report, const AggregateRecord& r) override;
    std::expected<void, QString> addSourceSums(const QString& domain, qint64 day,
                                               std::span<const SourceTotals::Row> rows) override;
    std::expected<void, QString> flush() override;
    void discard() override;

    // One field of COPY's text format: backslash, tab, newline and carriage return escaped; \N for
    // a null string. PostgreSQL text cannot hold U+0000: it becomes U+FFFD.
    static void appendCopyField(QByteArray& out, const QString& value);
    static void appendCopyField(QByteArray& out, QByteArrayView utf8);
    // A PostgreSQL string literal (E'…', quotes and backslashes escaped), for the domain in SQL.
    static void appendLiteral(QByteArray& sql, const QString& value);

    static constexpr int RowsPerCopy = 5000;

private:
    std::expected<qint64, QString> nextRecordId();
    std::expected<void, QString> copy(const char* statement, const QByteArray& rows);
    std::expected<void, QString> exec(const QByteArray& sql);
    QString libpqFailure(const char* what);

    QSqlDatabase m_db;
    pg_conn* m_conn = nullptr;
    QByteArray m_records;
    int m_recordRows = 0;
    QByteArray m_dkim;
    int m_dkimRows = 0;
    QList<qint64> m_ids; // reserved record ids not used yet
    qsizetype m_nextId = 0;
    bool m_sumsTable = false; // the temporary table of source sums exists on this connection
};
