#include "SourceTotals.h"

#include "ReportRowWriter.h"

#include <algorithm>
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

const char* SourceTotals::columnName(int column) {
    static constexpr const char* Names[Columns] = {
        "count",       "spf_pass", "dkim_pass", "dmarc_pass",       "forwarded",
        "quarantined", "rejected", "fail_none", "fail_quarantined", "fail_rejected"};
    return Names[column];
}

std::expected<void, QString> SourceTotals::store(ReportRowWriter& writer, const QString& domain, qint64 day) {
    // In key order, as the tables are clustered by it: each insert lands next to the previous one
    // (and concurrent PostgreSQL imports lock rows in the same order). The UTF-8 bytes, compared as
    // bytes, are SQLite's BINARY order.
    std::vector<Row> order;
    order.reserve(size_t(m_sources.size()));
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        order.push_back({it.key().toUtf8(), &it.value()});
    std::sort(order.begin(), order.end(), [](const Row& a, const Row& b) { return a.sourceIp < b.sourceIp; });
    if (auto stored = writer.addSourceSums(domain, day, order); !stored)
        return stored;
    m_sources.clear();
    return {};
}
