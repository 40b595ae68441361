#pragma once
// ReportRowWriter for SQLite: prepared statements run through SQLite's C API (SqliteStatement;
// Qt Sql's QVariant binding cost more than SQLite's own work at 100,000 rows). SQLite keeps bound
// values across runs, so a record's values are bound only when they differ from the previous
// record's: most columns repeat from row to row. Nothing is held: flush() has nothing to do.

#include "ReportRowWriter.h"
#include "SqliteStatement.h"

struct sqlite3;

class SqliteReportRowWriter final : public ReportRowWriter {
public:
    explicit SqliteReportRowWriter(sqlite3* db);

    std::expected<void, QString> addRecord(qint64 report, const AggregateRecord& r) override;
    std::expected<void, QString> addSourceSums(const QString& domain, qint64 day,
                                               std::span<const SourceTotals::Row> rows) override;
    std::expected<void, QString> flush() override { return {}; }
    void discard() override {}

private:
    void bindRecord(int i, const QString& value);
    void bindRecord(int i, qint64 value);

    sqlite3* m_db;
    SqliteStatement m_insertRecord;
    SqliteStatement m_insertDkim;
    static constexpr int RecordColumns = 17;
    QString m_lastText[RecordColumns];
    qint64 m_lastNumber[RecordColumns] = {};
    bool m_bound[RecordColumns] = {};
};
