#include "PostgresReportRowWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr QByteArrayView RecordsInsert =
    "INSERT INTO dmarc_records (id, report, source_ip, count, disposition, dkim, spf, header_from, "
    "envelope_from, envelope_to, spf_domain, spf_scope, spf_result, dkim_domain, dkim_selector, dkim_result, "
    "dkim_more, reasons) VALUES ";
constexpr QByteArrayView DkimInsert =
    "INSERT INTO dmarc_dkim (record, seq, domain, selector, result) VALUES ";

void appendNumber(QByteArray& sql, qint64 value) {
    sql += QByteArray::number(value);
}
} // namespace

PostgresReportRowWriter::PostgresReportRowWriter(const QSqlDatabase& db)
    : m_db(db) {}

void PostgresReportRowWriter::appendLiteral(QByteArray& sql, QByteArrayView utf8) {
    sql += "E'";
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c != '\'' && c != '\\' && c != '\0')
            continue;
        sql += utf8.sliced(from, i - from);
        sql += c == '\''   ? QByteArrayView("''")
               : c == '\\' ? QByteArrayView("\\\\")
                           : QByteArrayView("\xEF\xBF\xBD");
        from = i + 1;
    }
    sql += utf8.sliced(from);
    sql += '\'';
}

void PostgresReportRowWriter::appendLiteral(QByteArray& sql, const QString& value) {
    if (value.isNull()) {
        sql += "NULL";
        return;
    }
    appendLiteral(sql, QByteArrayView(value.toUtf8()));
}

std::expected<void, QString> PostgresReportRowWriter::run(const QByteArray& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(sql)))
        return std::unexpected(failure(q.lastError()));
    return {};
}

std::expected<qint64, QString> PostgresReportRowWriter::nextRecordId() {
    if (m_nextId == m_ids.size()) {
        // Taken from the identity sequence as a default would take them: never reused, never
        // clashing with rows another connection writes meanwhile.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('dmarc_records', 'id')) "
                                   "FROM generate_series(1, %1)")
                        .arg(RowsPerInsert)))
            return std::unexpected(failure(q.lastError()));
        m_ids.clear();
        m_nextId = 0;
        while (q.next())
            m_ids.append(q.value(0).toLongLong());
        if (m_ids.isEmpty())
            return std::unexpected(QStringLiteral("database error: no record id from the sequence"));
    }
    return m_ids.at(m_nextId++);
}

std::expected<void, QString> PostgresReportRowWriter::addRecord(qint64 report, const AggregateRecord& r) {
    const auto id = nextRecordId();
    if (!id)
        return std::unexpected(id.error());
    static const DmarcSpfAuth noSpf;
    static const DmarcDkimAuth noDkim;
    const DmarcSpfAuth& spf = r.spf.isEmpty() ? noSpf : r.spf.constFirst();
    const DmarcDkimAuth& dkim = r.dkim.isEmpty() ? noDkim : r.dkim.constFirst();
    QByteArray& sql = m_records;
    if (m_recordRows == 0) {
        sql.reserve(RowsPerInsert * 256);
        sql = RecordsInsert.toByteArray();
    } else {
        sql += ", ";
    }
    sql += '(';
    appendNumber(sql, *id);
    sql += ", ";
    appendNumber(sql, report);
    sql += ", ";
    appendLiteral(sql, r.sourceIp);
    sql += ", ";
    appendNumber(sql, r.count);
    for (const QString* text :
         {&r.disposition, &r.dkimAligned, &r.spfAligned, &r.headerFrom, &r.envelopeFrom, &r.envelopeTo,
          &spf.domain, &spf.scope, &spf.result, &dkim.domain, &dkim.selector, &dkim.result}) {
        sql += ", ";
        appendLiteral(sql, *text);
    }
    sql += ", ";
    appendNumber(sql, qMax<qsizetype>(0, r.dkim.size() - 1));
    sql += ", ";
    appendLiteral(sql, r.reasons.isEmpty() ? QString() : r.reasons.join(QStringLiteral("; ")));
    sql += ')';
    ++m_recordRows;
    for (qsizetype i = 1; i < r.dkim.size(); ++i) {
        const DmarcDkimAuth& d = r.dkim.at(i);
        if (m_dkimRows == 0)
            m_dkim = DkimInsert.toByteArray();
        else
            m_dkim += ", ";
        m_dkim += '(';
        appendNumber(m_dkim, *id);
        m_dkim += ", ";
        appendNumber(m_dkim, i);
        for (const QString* text : {&d.domain, &d.selector, &d.result}) {
            m_dkim += ", ";
            appendLiteral(m_dkim, *text);
        }
        m_dkim += ')';
        ++m_dkimRows;
    }
    if (m_recordRows >= RowsPerInsert || m_dkimRows >= RowsPerInsert)
        return flush();
    return {};
}

std::expected<void, QString> PostgresReportRowWriter::flush() {
    // The records before their extra DKIM results (dmarc_dkim.record names them).
    if (m_recordRows > 0) {
        auto done = run(m_records);
        m_records.clear();
        m_recordRows = 0;
        if (!done)
            return done;
    }
    if (m_dkimRows > 0) {
        auto done = run(m_dkim);
        m_dkim.clear();
        m_dkimRows = 0;
        if (!done)
            return done;
    }
    return {};
}

void PostgresReportRowWriter::discard() {
    m_records.clear();
    m_recordRows = 0;
    m_dkim.clear();
    m_dkimRows = 0;
}

std::expected<void, QString> PostgresReportRowWriter::addSourceSums(const QString& domain, qint64 day,
                                                                    std::span<const SourceTotals::Row> rows) {
    if (auto done = flush(); !done)
        return done;
    QByteArray domainLiteral;
    appendLiteral(domainLiteral, domain);
    for (const bool perDay : {true, false}) {
        const int sums = perDay ? SourceTotals::Columns : SourceTotals::AllTimeColumns;
        const QByteArray table = perDay ? "dmarc_source_days" : "dmarc_sources";
        QByteArray head =
            "INSERT INTO " + table + (perDay ? " (domain, source_ip, day" : " (domain, source_ip");
        QByteArray tail = perDay ? " ON CONFLICT (domain, source_ip, day) DO UPDATE SET "
                                 : " ON CONFLICT (domain, source_ip) DO UPDATE SET ";
        for (int c = 0; c < sums; ++c) {
            const QByteArray column = SourceTotals::columnName(c);
            head += ", " + column;
            tail += (c ? ", " : "") + column + " = " + table + "." + column + " + excluded." + column;
        }
        head += ") VALUES ";
        for (size_t start = 0; start < rows.size(); start += RowsPerInsert) {
            QByteArray sql = head;
            const size_t end = std::min(rows.size(), start + RowsPerInsert);
            for (size_t i = start; i < end; ++i) {
                sql += i == start ? "(" : ", (";
                sql += domainLiteral;
                sql += ", ";
                appendLiteral(sql, QByteArrayView(rows[i].sourceIp));
                if (perDay) {
                    sql += ", ";
                    appendNumber(sql, day);
                }
                for (int c = 0; c < sums; ++c) {
                    sql += ", ";
                    appendNumber(sql, (*rows[i].sums)[size_t(c)]);
                }
                sql += ')';
            }
            sql += tail;
            if (auto done = run(sql); !done)
                return done;
        }
    }
    return {};
}
