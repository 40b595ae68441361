#pragma once
// The "Who sends as this domain" sections of the audit document: for each audited domain with
// imported DMARC aggregate or TLS-RPT reports in the period, the reports' summary as JSON
// (ReportSummary::toJson, lists cut to the biggest entries, plus SPF/DKIM totals).

#include "history/HistoryDatabase.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

class SenderSections {
public:
    static constexpr int DefaultDays = 90;
    static constexpr int ListLimit = 15; // rows per table in the document

    // The audit period when none is given: the DefaultDays days up to `until` (inclusive).
    static QDate defaultSince(const QDate& until) { return until.addDays(-(DefaultDays - 1)); }
    // Domain -> summary JSON, only for domains with reports between since and until (inclusive;
    // invalid: open). Never asks DNS. A database without the reports tables gives nothing.
    static QHash<QString, QJsonObject> collect(const std::shared_ptr<HistoryDatabase>& database,
                                               const QStringList& domains, const QDate& since,
                                               const QDate& until);
};
