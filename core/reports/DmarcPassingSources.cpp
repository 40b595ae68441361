#include "DmarcPassingSources.h"

#include "ReportAnalyzer.h"

std::expected<QStringList, QString>
DmarcPassingSources::busiest(const std::shared_ptr<HistoryDatabase>& database, const QString& domain,
                             const QDate& since, int limit) {
    if (!database)
        return QStringList{};
    ReportQuery query;
    query.domain = domain;
    query.since = since;
    // The summary lists sources by volume; the passing ones are among the biggest.
    query.sourceLimit = std::max(200, limit * 10);
    auto summary = ReportAnalyzer(database).summarize(query);
    if (!summary)
        return std::unexpected(summary.error());
    QList<ReportSource> passing;
    for (const ReportSource& s : std::as_const(summary->sources))
        if (s.dmarc.pass > 0)
            passing << s;
    std::stable_sort(passing.begin(), passing.end(), [](const ReportSource& a, const ReportSource& b) {
        return a.dmarc.pass > b.dmarc.pass;
    });
    QStringList out;
    for (const ReportSource& s : std::as_const(passing)) {
        if (out.size() >= limit)
            break;
        out << s.ip;
    }
    return out;
}
