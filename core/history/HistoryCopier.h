#pragma once
// `mailsight-cli db migrate --from A --to B` (issue #19): copies a history store into another
// (a user's SQLite file into the team's PostgreSQL, or back), idempotently: a row already in the
// destination is recognised by its natural key and not copied again, so the command can be rerun
// after an interruption or to bring in what was added since. Copied: audits with their findings
// and DKIM key sightings, seed-mailbox runs with their results, open alerts, alert baselines and
// undelivered alert messages. Ids are the destination's; references between the rows (an alert's
// audit, a key's first audit) are carried over to the new ids. Both stores are brought to the
// last schema first. DMARC and TLS-RPT reports are not copied (their PostgreSQL path is still
// open): a source holding reports is refused, unless skipReports says to leave them out.

#include "HistoryDatabase.h"

#include <QHash>
#include <QString>

#include <expected>
#include <functional>
#include <memory>

struct HistoryCopyCounts {
    int audits = 0;
    int auditsPresent = 0; // already in the destination
    int seedRuns = 0;
    int seedRunsPresent = 0;
    int alerts = 0; // open alerts and baselines written (upserts)
    int queued = 0; // undelivered alert messages copied
    bool reportsSkipped = false;
};

class HistoryCopier {
public:
    HistoryCopier(std::shared_ptr<HistoryDatabase> from, std::shared_ptr<HistoryDatabase> to);
    void setSkipReports(bool skip) { m_skipReports = skip; }
    // Called with a line for people now and then (every 500 audits).
    void setProgress(std::function<void(const QString&)> progress) { m_progress = std::move(progress); }

    std::expected<HistoryCopyCounts, QString> copy();

private:
    std::expected<void, QString> copyAudits(HistoryCopyCounts& counts);
    std::expected<void, QString> copySeedRuns(HistoryCopyCounts& counts);
    std::expected<void, QString> copyAlerts(HistoryCopyCounts& counts);

    std::shared_ptr<HistoryDatabase> m_from;
    std::shared_ptr<HistoryDatabase> m_to;
    bool m_skipReports = false;
    std::function<void(const QString&)> m_progress;
    QHash<qint64, qint64> m_auditIds; // source id -> destination id
};
