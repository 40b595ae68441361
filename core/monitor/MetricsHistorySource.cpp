#include "MetricsHistorySource.h"

#include "history/SeedHistory.h"

#include "reports/ReportAnalyzer.h"
#include "reports/ReportSchema.h"

#include <QSet>

void MetricsHistorySource::addHistory(MetricsInput& input, AuditHistory* history,
                                      const std::shared_ptr<HistoryDatabase>& database, const QDate& today) {
    for (const AuditReport& r : std::as_const(input.reports)) {
        if (history && !input.keyFirstSeen.contains(r.domain))
            input.keyFirstSeen.insert(r.domain, history->keyFirstSeen(r.domain));
        if (!database || input.dmarcPassRatio.contains(r.domain))
            continue;
        if (const auto ratio = dmarcPassRatio(database, r.domain, today))
            input.dmarcPassRatio.insert(r.domain, *ratio);
    }
}

std::optional<double> MetricsHistorySource::dmarcPassRatio(const std::shared_ptr<HistoryDatabase>& database,
                                                           const QString& domain, const QDate& today) {
    if (!database || database->schemaVersion(ReportSchema::component()) == 0)
        return std::nullopt;
    ReportQuery query;
    query.domain = domain;
    query.since = today.addDays(-(PassRatioDays - 1));
    query.until = today;
    query.sourceLimit = 1; // the totals are all that is read
    auto summary = ReportAnalyzer(database).summarize(query);
    if (!summary)
        return std::nullopt;
    const qint64 messages = summary->dmarc.pass + summary->dmarc.fail;
    if (messages <= 0)
        return std::nullopt;
    return double(summary->dmarc.pass) / double(messages);
}

std::expected<MetricsInput, QString>
MetricsHistorySource::lastAudits(const std::shared_ptr<HistoryDatabase>& database, const QDate& today) {
    auto history = AuditHistory::open(database);
    if (!history)
        return std::unexpected(history.error());
    auto entries = (*history)->list();
    if (!entries)
        return std::unexpected(entries.error());
    // Newest first: the first entry of each domain is its last audit.
    QMap<QString, qint64> last;
    for (const AuditHistoryEntry& e : std::as_const(*entries))
        if (!e.staged && !last.contains(e.domain))
            last.insert(e.domain, e.id);
    MetricsInput input;
    for (auto it = last.constBegin(); it != last.constEnd(); ++it) {
        auto report = (*history)->load(*it);
        if (!report)
            return std::unexpected(report.error());
        input.reports << *report;
    }
    addHistory(input, history->get(), database, today);
    auto seeds = SeedHistory::open(database);
    if (!seeds)
        return std::unexpected(seeds.error());
    auto runs = (*seeds)->latestRuns();
    if (!runs)
        return std::unexpected(runs.error());
    input.seedRuns = *runs;
    return input;
}
