#include "SourceTotals.h"

#include "SqliteStatement.h"

#include <algorithm>
#include <optional>
#include <vector>

bool SourceTotals::add(const AggregateRecord& r) {
    Sums& s = m_sources[r.sourceIp]; // a new source starts at zero (value-initialised)
    const qint64 n = r.count;
    // SQL's three-valued logic: a NULL result (absent or unusable) is neither 'pass' nor anything
    // else, so "NOT (spf = 'pass' OR dkim = 'pass')" is true only when neither passes and both are
    // known (not NULL).
    const bool spfPass = r.spfAligned == u"pass";
    const bool dkimPass = r.dkimAligned == u"pass";
    const bool passed = spfPass || dkimPass;
    const bool failed = !passed && !r.spfAligned.isNull() && !r.dkimAligned.isNull();
    const bool quarantined = r.disposition == u"quarantine";
    const bool rejected = r.disposition == u"reject";
    s[Count] += n;
    s[SpfPass] += spfPass ? n : 0;
    s[DkimPass] += dkimPass ? n : 0;
    s[DmarcPass] += passed ? n : 0;
    s[Forwarded] += dkimPass && !spfPass ? n : 0; // COALESCE(spf, '') <> 'pass'
    s[Quarantined] += quarantined ? n : 0;
    s[Rejected] += rejected ? n : 0;
    s[FailNone] += failed && !quarantined && !rejected ? n : 0; // COALESCE(disposition, 'none')
    s[FailQuarantined] += failed && quarantined ? n : 0;
    s[FailRejected] += failed && rejected ? n : 0;
    return m_sources.size() >= m_flushAt;
}

namespace {
// Rows per INSERT: one statement step per source cost more in SQLite's per-statement work than
// the B-tree inserts themselves.
constexpr int Batch = 64;

constexpr const char* ColumnNames[] = {
    "count",       "spf_pass", "dkim_pass", "dmarc_pass",       "forwarded",
    "quarantined", "rejected", "fail_none", "fail_quarantined", "fail_rejected"};

// An upsert of `rows` sources adding `sums` columns. ?1 is the domain, ?2 the day (when perDay);
// then per row the address and its sums.
QByteArray upsert(bool perDay, int sums, int rows) {
    QByteArray sql = perDay ? "INSERT INTO dmarc_source_days (domain, source_ip, day"
                            : "INSERT INTO dmarc_sources (domain, source_ip";
    for (int c = 0; c < sums; ++c)
        sql += QByteArray(", ") + ColumnNames[c];
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
    for (int c = 0; c < sums; ++c)
        sql += QByteArray(c ? ", " : "") + ColumnNames[c] + " = " + table + "." + ColumnNames[c] +
               " + excluded." + ColumnNames[c];
    return sql;
}
} // namespace

std::expected<void, QString> SourceTotals::store(sqlite3* db, const QString& domain, qint64 day) {
    // In key order, as the tables are clustered by it: each insert lands next to the previous one.
    // The UTF-8 bytes, compared as bytes, are SQLite's BINARY order.
    std::vector<std::pair<QByteArray, const Sums*>> order;
    order.reserve(size_t(m_sources.size()));
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        order.emplace_back(it.key().toUtf8(), &it.value());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    const QByteArray domainUtf8 = domain.toUtf8();
    for (const bool perDay : {true, false}) {
        const int sums = perDay ? int(Columns) : AllTime;
        const int first = perDay ? 3 : 2; // the first row's address
        const size_t full = order.size() / Batch * Batch;
        SqliteStatement batch(db, upsert(perDay, sums, Batch).constData());
        std::optional<SqliteStatement> tail;
        if (full < order.size())
            tail.emplace(db, upsert(perDay, sums, int(order.size() - full)).constData());
        for (size_t start = 0; start < order.size(); start += Batch) {
            SqliteStatement& s = start < full ? batch : *tail;
            if (!s.prepareError().isEmpty())
                return std::unexpected(s.prepareError());
            s.bindUtf8(1, domainUtf8);
            if (perDay)
                s.bind(2, day);
            const size_t end = std::min(order.size(), start + Batch);
            int parameter = first;
            for (size_t i = start; i < end; ++i) {
                s.bindUtf8(parameter++, order[i].first);
                for (int c = 0; c < sums; ++c)
                    s.bind(parameter++, (*order[i].second)[size_t(c)]);
            }
            if (auto done = s.run(); !done)
                return done;
        }
    }
    m_sources.clear();
    return {};
}
