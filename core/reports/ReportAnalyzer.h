#pragma once
// Answers the dashboard's questions from the stored reports alone (never DNS, except the tree walks
// of identifierAlignment()): sources by volume with their SPF / DKIM / DMARC results, grouped by
// reverse name and by matched SPF include, unknown senders, forwarders, DKIM selectors seen, volume
// over time, TLS-RPT failures, the impact of p=quarantine / p=reject, and identifier alignment
// under both readings.

#include "ReportAlignment.h"
#include "ReportSummary.h"
#include "history/HistoryDatabase.h"

#include <memory>

class DmarcAlignment;

struct ReportQuery {
    QString domain;
    QDate since; // inclusive, by report start date (UTC); invalid: open
    QDate until; // inclusive
    // > 0: list only the biggest N sources (and unknown sources, forwarders, failing sources);
    // totals, counts and groups still cover all of them. 0: list every source.
    int sourceLimit = 0;
};

class ReportAnalyzer {
public:
    explicit ReportAnalyzer(std::shared_ptr<HistoryDatabase> database);

    std::expected<ReportSummary, QString> summarize(const ReportQuery& query);
    // Messages from one source address per day, by result (the source's timeline).
    std::expected<QList<DailyVolume>, QString> sourceDaily(const ReportQuery& query, const QString& ip);
    // Domains with stored DMARC or TLS reports, for the domain selector.
    QStringList domains();
    // DKIM selectors seen in the reports about `domain` whose signing domain (d=) is the domain or
    // one of its subdomains, most used first: candidates for the DKIM check's key discovery.
    QStringList dkimSelectors(const QString& domain);

    // The DKIM and SPF identifiers of the reports (auth_results), each aligned with its header From
    // under both readings: RFC 9989 through `alignment` (its tree walks ask DNS: the one part of the
    // analyzer that does) and RFC 7489 by the Public Suffix List, with the published adkim/aspf.
    std::expected<ReportAlignment, QString> identifierAlignment(const ReportQuery& query,
                                                                const DmarcAlignment& alignment);

    // "mail-io1.google.com" -> "google.com" (Public Suffix List). For grouping reverse names only;
    // DMARC alignment is identifierAlignment()'s.
    static QString registrableDomain(const QString& name);

private:
    std::shared_ptr<HistoryDatabase> m_database;
};
