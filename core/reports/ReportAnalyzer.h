#pragma once
// Answers the dashboard's questions from the stored reports alone (never DNS): sources by volume
// with their SPF / DKIM / DMARC results, grouped by reverse name and by matched SPF include,
// unknown senders, forwarders, DKIM selectors seen, volume over time, TLS-RPT failures, and the
// impact of p=quarantine / p=reject.

#include "ReportSummary.h"
#include "history/HistoryDatabase.h"

#include <memory>

struct ReportQuery {
    QString domain;
    QDate since; // inclusive, by report start date (UTC); invalid: open
    QDate until; // inclusive
};

class ReportAnalyzer {
public:
    explicit ReportAnalyzer(std::shared_ptr<HistoryDatabase> database);

    std::expected<ReportSummary, QString> summarize(const ReportQuery& query);
    // Domains with stored DMARC or TLS reports, for the domain selector.
    QStringList domains();

    // "mail-io1.google.com" -> "google.com" (Public Suffix List).
    static QString registrableDomain(const QString& name);

private:
    std::shared_ptr<HistoryDatabase> m_database;
};
