#pragma once
// The per-source totals of one aggregate report (dmarc_source_days and dmarc_sources), summed
// while its rows are read instead of by a GROUP BY over the stored rows afterwards: that GROUP BY
// (a sort of every row by address) was about 40 % of the import of a 100,000-row report. The sums
// follow ReportSchema's SQL expressions exactly, NULL results included (tests/reports compares
// the two). A report of a million distinct sources is not held whole: the sums are stored (added)
// every flushAt sources, which gives the same totals, as the upserts add up.

#include "AggregateReport.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <expected>

class ReportRowWriter;

class SourceTotals {
public:
    // In the order of the columns of dmarc_source_days (count ... fail_rejected); dmarc_sources
    // keeps the first AllTimeColumns.
    static constexpr int Columns = 10;
    static constexpr int AllTimeColumns = 7;
    static const char* columnName(int column);
    using Sums = std::array<qint64, Columns>;
    struct Row {
        QByteArray sourceIp; // UTF-8
        const Sums* sums;
    };

    explicit SourceTotals(qsizetype flushAt = 50'000)
        : m_flushAt(flushAt) {}

    // True when flushAt sources are held: time to store().
    bool add(const AggregateRecord& r);
    qsizetype sources() const { return m_sources.size(); }

    // Adds the sums held to the day's dmarc_source_days rows and to the all-time dmarc_sources
    // rows of domain, through writer (in its connection's current transaction), and forgets them.
    std::expected<void, QString> store(ReportRowWriter& writer, const QString& domain, qint64 day);

private:
    enum Column {
        Count,
        SpfPass,
        DkimPass,
        DmarcPass,
        Forwarded,
        Quarantined,
        Rejected,
        FailNone,
        FailQuarantined,
        FailRejected,
    };
    static_assert(FailRejected + 1 == Columns && Rejected + 1 == AllTimeColumns);
    qsizetype m_flushAt;
    QHash<QString, Sums> m_sources;
};
