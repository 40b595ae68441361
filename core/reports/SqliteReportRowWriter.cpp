#include "SqliteReportRowWriter.h"

#include <algorithm>
#include <optional>

SqliteReportRowWriter::SqliteReportRowWriter(sqlite3* db)
    : m_db(db)
    , m_insertRecord(db, "INSERT INTO dmarc_records (report, source_ip, count, disposition, dkim, spf, "
                         "header_from, envelope_from, envelope_to, spf_domain, spf_scope, spf_result, "
                         "dkim_domain, dkim_selector, dkim_result, dkim_more, reasons) VALUES (?1, ?2, ?3, "
                         "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
    , m_insertDkim(db,
                   "INSERT INTO dmarc_dkim (record, seq, domain, selector, result) VALUES (?1, ?2, ?3, ?4, "
                   "?5)") {}

void SqliteReportRowWriter::bindRecord(int i, const QString& value) {
    if (m_bound[i] && value.isNull() == m_lastText[i].isNull() && value == m_lastText[i])
        return;
    m_insertRecord.bind(i + 1, value);
    m_lastText[i] = value;
    m_bound[i] = true;
}

void SqliteReportRowWriter::bindRecord(int i, qint64 value) {
    if (m_bound[i] && value == m_lastNumber[i])
        return;
    m_insertRecord.bind(i + 1, value);
    m_lastNumber[i] = value;
    m_bound[i] = true;
}

std::expected<void, QString> SqliteReportRowWriter::addRecord(qint64 report, const AggregateRecord& r) {
    if (!m_insertRecord.prepareError().isEmpty())
        return std::unexpected(m_insertRecord.prepareError());
    bindRecord(0, report);
    bindRecord(1, r.sourceIp);
    bindRecord(2, r.count);
    bindRecord(3, r.disposition);
    bindRecord(4, r.dkimAligned);
    bindRecord(5, r.spfAligned);
    bindRecord(6, r.headerFrom);
    bindRecord(7, r.envelopeFrom);
    bindRecord(8, r.envelopeTo);
    static const DmarcSpfAuth noSpf;
    static const DmarcDkimAuth noDkim;
    const DmarcSpfAuth& spf = r.spf.isEmpty() ? noSpf : r.spf.constFirst();
    bindRecord(9, spf.domain);
    bindRecord(10, spf.scope);
    bindRecord(11, spf.result);
    const DmarcDkimAuth& dkim = r.dkim.isEmpty() ? noDkim : r.dkim.constFirst();
    bindRecord(12, dkim.domain);
    bindRecord(13, dkim.selector);
    bindRecord(14, dkim.result);
    bindRecord(15, qint64(qMax<qsizetype>(0, r.dkim.size() - 1)));
    bindRecord(16, r.reasons.isEmpty() ? QString() : r.reasons.join(QStringLiteral("; ")));
    if (auto inserted = m_insertRecord.run(); !inserted)
        return inserted;
    if (r.dkim.size() <= 1)
        return {};
    if (!m_insertDkim.prepareError().isEmpty())
        return std::unexpected(m_insertDkim.prepareError());
    const qint64 recordRow = m_insertRecord.lastInsertRowId();
    for (qsizetype i = 1; i < r.dkim.size(); ++i) {
        const DmarcDkimAuth& d = r.dkim.at(i);
        m_insertDkim.bind(1, recordRow);
        m_insertDkim.bind(2, qint64(i));
        m_insertDkim.bind(3, d.domain);
        m_insertDkim.bind(4, d.selector);
        m_insertDkim.bind(5, d.result);
        if (auto inserted = m_insertDkim.run(); !inserted)
            return inserted;
    }
    return {};
}

namespace {
// Rows per INSERT: one statement step per source cost more in SQLite's per-statement work than
// the B-tree inserts themselves.
constexpr int Batch = 64;

// An upsert of `rows` sources adding `sums` columns. ?1 is the domain, ?2 the day (when perDay);
// then per row the address and its sums.
QByteArray upsert(bool perDay, int sums, int rows) {
    QByteArray sql = perDay ? "INSERT INTO dmarc_source_days (domain, source_ip, day"
                            : "INSERT INTO dmarc_sources (domain, source_ip";
    for (int c = 0; c < sums; ++c)
        sql += QByteArray(", ") + SourceTotals::columnName(c);
    sql += ") VALUES ";
    int parameter = perDay ? 3 : 2;
    for (int r = 0; r < rows; ++r) {
        sql += r ? ", (?1, ?" : "(?1, ?";
        sql += QByteArray::number(parameter++);
        if (perDay)
            sql += ", ?2";
        for (int c = 0; c < sums; ++c)
            sql += ", ?" + QByteArray::number(parameter++);
        sql += ')';
    }
    const QByteArray table = perDay ? "dmarc_source_days" : "dmarc_sources";
    sql += perDay ? " ON CONFLICT (domain, source_ip, day) DO UPDATE SET "
                  : " ON CONFLICT (domain, source_ip) DO UPDATE SET ";
    for (int c = 0; c < sums; ++c) {
        const QByteArray column = SourceTotals::columnName(c);
        sql += (c ? ", " : "") + column + " = " + table + "." + column + " + excluded." + column;
    }
    return sql;
}
} // namespace

std::expected<void, QString> SqliteReportRowWriter::addSourceSums(const QString& domain, qint64 day,
                                                                  std::span<const SourceTotals::Row> rows) {
    const QByteArray domainUtf8 = domain.toUtf8();
    for (const bool perDay : {true, false}) {
        const int sums = perDay ? SourceTotals::Columns : SourceTotals::AllTimeColumns;
        const int first = perDay ? 3 : 2; // the first row's address
        const size_t full = rows.size() / Batch * Batch;
        SqliteStatement batch(m_db, upsert(perDay, sums, Batch).constData());
        std::optional<SqliteStatement> tail;
        if (full < rows.size())
            tail.emplace(m_db, upsert(perDay, sums, int(rows.size() - full)).constData());
        for (size_t start = 0; start < rows.size(); start += Batch) {
            SqliteStatement& s = start < full ? batch : *tail;
            if (!s.prepareError().isEmpty())
                return std::unexpected(s.prepareError());
            s.bindUtf8(1, domainUtf8);
            if (perDay)
                s.bind(2, day);
            const size_t end = std::min(rows.size(), start + Batch);
            int parameter = first;
            for (size_t i = start; i < end; ++i) {
                s.bindUtf8(parameter++, rows[i].sourceIp);
                for (int c = 0; c < sums; ++c)
                    s.bind(parameter++, (*rows[i].sums)[size_t(c)]);
            }
            if (auto done = s.run(); !done)
                return done;
        }
    }
    return {};
}
