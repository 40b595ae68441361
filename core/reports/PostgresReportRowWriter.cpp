#include "PostgresReportRowWriter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace {
constexpr const char* RecordsCopy =
    "COPY dmarc_records (id, report, source_ip, count, disposition, dkim, spf, header_from, envelope_from, "
    "envelope_to, spf_domain, spf_scope, spf_result, dkim_domain, dkim_selector, dkim_result, dkim_more, "
    "reasons) FROM STDIN";
constexpr const char* DkimCopy = "COPY dmarc_dkim (record, seq, domain, selector, result) FROM STDIN";
constexpr const char* SumsCopy = "COPY mailsight_source_sums FROM STDIN";
constexpr QByteArrayView Replacement = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

void appendNumber(QByteArray& out, qint64 value) {
    out += QByteArray::number(value);
}

// The connection behind a QPSQL connection (QSqlDriver::handle() hands out libpq's PGconn*; Qt 6
// names its type by the struct, pg_conn*).
PGconn* connectionOf(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(v.constData());
}
} // namespace

PostgresReportRowWriter::PostgresReportRowWriter(const QSqlDatabase& db)
    : m_db(db)
    , m_conn(connectionOf(db)) {}

void PostgresReportRowWriter::appendCopyField(QByteArray& out, QByteArrayView utf8) {
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        QByteArrayView escaped;
        switch (c) {
        case '\\':
            escaped = "\\\\";
            break;
        case '\t':
            escaped = "\\t";
            break;
        case '\n':
            escaped = "\\n";
            break;
        case '\r':
            escaped = "\\r";
            break;
        case '\0':
            escaped = Replacement;
            break;
        default:
            continue;
        }
        out += utf8.sliced(from, i - from);
        out += escaped;
        from = i + 1;
    }
    out += utf8.sliced(from);
}

void PostgresReportRowWriter::appendCopyField(QByteArray& out, const QString& value) {
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    appendCopyField(out, QByteArrayView(value.toUtf8()));
}

void PostgresReportRowWriter::appendLiteral(QByteArray& sql, const QString& value) {
    if (value.isNull()) {
        sql += "NULL";
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sql += "E'";
    for (const char c : utf8) {
        if (c == '\'')
            sql += "''";
        else if (c == '\\')
            sql += "\\\\";
        else if (c == '\0')
            sql += Replacement;
        else
            sql += c;
    }
    sql += '\'';
}

QString PostgresReportRowWriter::libpqFailure(const char* what) {
    m_transient = false;
    return QStringLiteral("database error: %1: %2")
        .arg(QLatin1String(what), QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
}

std::expected<void, QString> PostgresReportRowWriter::exec(const QByteArray& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromUtf8(sql)))
        return std::unexpected(failure(q.lastError()));
    return {};
}

std::expected<void, QString> PostgresReportRowWriter::copy(const char* statement, const QByteArray& rows) {
    if (!m_conn)
        return std::unexpected(QStringLiteral("database error: no PostgreSQL connection for COPY"));
    PGresult* started = PQexec(m_conn, statement);
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return std::unexpected(libpqFailure("COPY"));
    const bool sent = PQputCopyData(m_conn, rows.constData(), int(rows.size())) == 1;
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the rows could not be sent") != 1)
        return std::unexpected(libpqFailure("COPY"));
    // The copy's outcome, then whatever follows, until libpq has no more results.
    QString error;
    bool transient = false;
    while (PGresult* result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty()) {
            error = QStringLiteral("database error: %1")
                        .arg(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
            const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            transient = state && (qstrcmp(state, "40P01") == 0 || qstrcmp(state, "40001") == 0);
        }
        PQclear(result);
    }
    m_transient = transient;
    if (!error.isEmpty())
        return std::unexpected(error);
    return {};
}

std::expected<qint64, QString> PostgresReportRowWriter::nextRecordId() {
    if (m_nextId == m_ids.size()) {
        // Taken from the identity sequence as a default would take them: never reused, never
        // clashing with rows another connection writes meanwhile.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('dmarc_records', 'id')) "
                                   "FROM generate_series(1, %1)")
                        .arg(RowsPerCopy)))
            return std::unexpected(failure(q.lastError()));
        m_ids.clear();
        m_nextId = 0;
        while (q.next())
            m_ids.append(q.value(0).toLongLong());
        q.finish();
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
    QByteArray& out = m_records;
    if (m_recordRows == 0)
        out.reserve(RowsPerCopy * 200);
    appendNumber(out, *id);
    out += '\t';
    appendNumber(out, report);
    out += '\t';
    appendCopyField(out, r.sourceIp);
    out += '\t';
    appendNumber(out, r.count);
    for (const QString* text :
         {&r.disposition, &r.dkimAligned, &r.spfAligned, &r.headerFrom, &r.envelopeFrom, &r.envelopeTo,
          &spf.domain, &spf.scope, &spf.result, &dkim.domain, &dkim.selector, &dkim.result}) {
        out += '\t';
        appendCopyField(out, *text);
    }
    out += '\t';
    appendNumber(out, qMax<qsizetype>(0, r.dkim.size() - 1));
    out += '\t';
    appendCopyField(out, r.reasons.isEmpty() ? QString() : r.reasons.join(QStringLiteral("; ")));
    out += '\n';
    ++m_recordRows;
    for (qsizetype i = 1; i < r.dkim.size(); ++i) {
        const DmarcDkimAuth& d = r.dkim.at(i);
        appendNumber(m_dkim, *id);
        m_dkim += '\t';
        appendNumber(m_dkim, i);
        for (const QString* text : {&d.domain, &d.selector, &d.result}) {
            m_dkim += '\t';
            appendCopyField(m_dkim, *text);
        }
        m_dkim += '\n';
        ++m_dkimRows;
    }
    if (m_recordRows >= RowsPerCopy || m_dkimRows >= RowsPerCopy)
        return flush();
    return {};
}

std::expected<void, QString> PostgresReportRowWriter::flush() {
    // The records before their extra DKIM results (dmarc_dkim.record names them).
    if (m_recordRows > 0) {
        auto done = copy(RecordsCopy, m_records);
        m_records.clear();
        m_recordRows = 0;
        if (!done)
            return done;
    }
    if (m_dkimRows > 0) {
        auto done = copy(DkimCopy, m_dkim);
        m_dkim.clear();
        m_dkimRows = 0;
        if (!done)
            return done;
    }
    return {};
}

void PostgresReportRowWriter::discard() {
    // A ROLLBACK TO follows: it also undoes the temporary table if this savepoint created it.
    m_sumsTable = false;
    m_records.clear();
    m_recordRows = 0;
    m_dkim.clear();
    m_dkimRows = 0;
}

std::expected<void, QString> PostgresReportRowWriter::addSourceSums(const QString& domain, qint64 day,
                                                                    std::span<const SourceTotals::Row> rows) {
    if (auto done = flush(); !done)
        return done;
    if (rows.empty())
        return {};
    QByteArray columns;
    QByteArray types;
    for (int c = 0; c < SourceTotals::Columns; ++c) {
        columns += QByteArray(", ") + SourceTotals::columnName(c);
        types += QByteArray(", ") + SourceTotals::columnName(c) + " BIGINT NOT NULL";
    }
    if (!m_sumsTable) {
        // Dropped with the session; emptied after each use.
        if (auto made =
                exec("CREATE TEMP TABLE IF NOT EXISTS mailsight_source_sums (source_ip TEXT NOT NULL" +
                     types + ")");
            !made)
            return made;
        m_sumsTable = true;
    }
    QByteArray data;
    data.reserve(qsizetype(rows.size()) * 64);
    for (const SourceTotals::Row& row : rows) {
        appendCopyField(data, QByteArrayView(row.sourceIp));
        for (int c = 0; c < SourceTotals::Columns; ++c) {
            data += '\t';
            appendNumber(data, (*row.sums)[size_t(c)]);
        }
        data += '\n';
    }
    if (auto copied = copy(SumsCopy, data); !copied)
        return copied;
    QByteArray domainLiteral;
    appendLiteral(domainLiteral, domain);
    for (const bool perDay : {true, false}) {
        const int sums = perDay ? SourceTotals::Columns : SourceTotals::AllTimeColumns;
        const QByteArray table = perDay ? "dmarc_source_days" : "dmarc_sources";
        QByteArray names;
        QByteArray update;
        for (int c = 0; c < sums; ++c) {
            const QByteArray column = SourceTotals::columnName(c);
            names += ", " + column;
            update += (c ? ", " : "") + column + " = " + table + "." + column + " + excluded." + column;
        }
        const QByteArray sql =
            "INSERT INTO " + table + " (domain, source_ip" + (perDay ? ", day" : "") + names + ") SELECT " +
            domainLiteral + ", source_ip" + (perDay ? ", " + QByteArray::number(day) : QByteArray()) + names +
            " FROM mailsight_source_sums ORDER BY source_ip ON CONFLICT (domain, source_ip" +
            (perDay ? ", day" : "") + ") DO UPDATE SET " + update;
        if (auto added = exec(sql); !added)
            return added;
    }
    return exec("DELETE FROM mailsight_source_sums");
}
