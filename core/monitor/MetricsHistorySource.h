#pragma once
// What the history adds to the metrics: when each DKIM key was first seen and the DMARC pass
// ratio of the imported aggregate reports (last PassRatioDays days, through ReportAnalyzer, the
// same numbers as `reports summary`), and, for `mailsight-cli metrics`, the last stored audit of
// each domain. Staged audits are not what is live and are never served from the history.

#include "MetricsInput.h"
#include "history/AuditHistory.h"

#include <expected>
#include <memory>

class MetricsHistorySource {
public:
    static constexpr int PassRatioDays = 7;

    // Fills keyFirstSeen and dmarcPassRatio for input.reports. Either may be null: nothing is
    // added from what is missing. today: the last day of reports counted (UTC date).
    static void addHistory(MetricsInput& input, AuditHistory* history,
                           const std::shared_ptr<HistoryDatabase>& database, const QDate& today);
    // The last non-staged stored audit of each domain, by domain, with the history's additions,
    // and the latest seed-mailbox run of each domain.
    static std::expected<MetricsInput, QString> lastAudits(const std::shared_ptr<HistoryDatabase>& database,
                                                           const QDate& today);
    // Share of DMARC-passing messages between today - PassRatioDays + 1 and today; nullopt without
    // messages in that window or without imported reports.
    static std::optional<double> dmarcPassRatio(const std::shared_ptr<HistoryDatabase>& database,
                                                const QString& domain, const QDate& today);
};
