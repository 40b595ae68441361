#include "SourceTotals.h"

#include "SqliteStatement.h"

#include <algorithm>
#include <vector>

void SourceTotals::add(const AggregateRecord& r) {
    auto it = m_sources.find(r.sourceIp);
    if (it == m_sources.end())
        it = m_sources.insert(r.sourceIp, Sums{});
    Sums& s = it.value();
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
}

std::expected<void, QString> SourceTotals::store(sqlite3* db, const QString& domain, qint64 day) const {
    SqliteStatement sourceDays(
        db, "INSERT INTO dmarc_source_days (domain, source_ip, day, count, spf_pass, dkim_pass, dmarc_pass, "
            "forwarded, quarantined, rejected, fail_none, fail_quarantined, fail_rejected) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
            "ON CONFLICT (domain, source_ip, day) DO UPDATE SET count = count + excluded.count, "
            "spf_pass = spf_pass + excluded.spf_pass, dkim_pass = dkim_pass + excluded.dkim_pass, "
            "dmarc_pass = dmarc_pass + excluded.dmarc_pass, forwarded = forwarded + excluded.forwarded, "
            "quarantined = quarantined + excluded.quarantined, rejected = rejected + excluded.rejected, "
            "fail_none = fail_none + excluded.fail_none, "
            "fail_quarantined = fail_quarantined + excluded.fail_quarantined, "
            "fail_rejected = fail_rejected + excluded.fail_rejected");
    SqliteStatement sources(
        db,
        "INSERT INTO dmarc_sources (domain, source_ip, count, spf_pass, dkim_pass, dmarc_pass, forwarded, "
        "quarantined, rejected) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (domain, source_ip) DO UPDATE SET count = count + excluded.count, "
        "spf_pass = spf_pass + excluded.spf_pass, dkim_pass = dkim_pass + excluded.dkim_pass, "
        "dmarc_pass = dmarc_pass + excluded.dmarc_pass, forwarded = forwarded + excluded.forwarded, "
        "quarantined = quarantined + excluded.quarantined, rejected = rejected + excluded.rejected");
    for (const SqliteStatement* s : {&sourceDays, &sources})
        if (!s->prepareError().isEmpty())
            return std::unexpected(s->prepareError());
    sourceDays.bind(1, domain);
    sourceDays.bind(3, day);
    sources.bind(1, domain);
    // In key order, as the tables are clustered: each insert lands next to the previous one.
    // (Addresses are ASCII, so QString's order is SQLite's BINARY order of their UTF-8.)
    std::vector<QHash<QString, Sums>::const_iterator> order;
    order.reserve(size_t(m_sources.size()));
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        order.push_back(it);
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.key() < b.key(); });
    for (const auto& it : order) {
        sourceDays.bind(2, it.key());
        sources.bind(2, it.key());
        const Sums& s = it.value();
        for (int c = 0; c < Columns; ++c)
            sourceDays.bind(4 + c, s[size_t(c)]);
        for (int c = 0; c < AllTime; ++c)
            sources.bind(3 + c, s[size_t(c)]);
        if (auto done = sourceDays.run(); !done)
            return done;
        if (auto done = sources.run(); !done)
            return done;
    }
    return {};
}
