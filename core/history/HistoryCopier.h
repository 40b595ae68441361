#pragma once
// `mailsight-cli db migrate --from A --to B` (issue #19): copies a history store into another
// (a user's SQLite file into the team's PostgreSQL, or back), idempotently: a row already in the
// destination is recognised by its natural key and not copied again, so the command can be rerun
// after an interruption or to bring in what was added since. Copied: audits with their findings
// and DKIM key sightings, seed-mailbox runs with their results, open alerts, alert baselines and
// undelivered alert messages. Ids are the destination's; references between the rows (an alert's
// audit, a key's first audit) are carried over to the new ids. Both stores are brought to the
// last schema first. DMARC aggregate and TLS-RPT reports with their SPF snapshots and reverse
// names are copied too (HistoryReportCopier: by (org, report_id), the summary totals added in the
// destination for the reports that went in), unless skipReports leaves them where they are.

#include "HistoryDatabase.h"
#include "HistoryReportCopier.h"

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
    int alerts = 0;              // open alerts and baselines written (upserts)
    int queued = 0;              // undelivered alert messages copied
    bool reportsSkipped = false; // the source holds reports, left there (--skip-reports)
    HistoryReportCounts reports;
};

class HistoryCopier {
public:
    HistoryCopier(std::shared_ptr<HistoryDatabase> from, std::shared_ptr<HistoryDatabase> to);
    void setSkipReports(bool skip) { m_skipReports = skip; }
    // Reports per transaction and records per page (HistoryReportCopier); small ones for tests.
    void setReportPageSizes(int reports, int records) {
        m_reportPage = reports;
        m_recordPage = records;
    }
    // Called with a line for people now and then (every 500 audits, every page of DMARC reports).
    void setProgress(std::function<void(const QString&)> progress) { m_progress = std::move(progress); }

    std::expected<HistoryCopyCounts, QString> copy();

private:
    std::expected<void, QString> copyAudits(HistoryCopyCounts& counts);
    std::expected<void, QString> copySeedRuns(HistoryCopyCounts& counts);
    std::expected<void, QString> copyAlerts(HistoryCopyCounts& counts);

    std::shared_ptr<HistoryDatabase> m_from;
    std::shared_ptr<HistoryDatabase> m_to;
    bool m_skipReports = false;
    int m_reportPage = 0; // 0: HistoryReportCopier's own
    int m_recordPage = 0;
    std::function<void(const QString&)> m_progress;
    QHash<qint64, qint64> m_auditIds; // source id -> destination id
};
