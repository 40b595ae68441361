#include "ReportSchema.h"

#include <QStringList>

#include <iterator>

QList<HistoryMigration> ReportSchema::migrations() {
    return {
        {1,
         QStringLiteral("DMARC aggregate and TLS-RPT reports, SPF snapshots, reverse names"),
         {
             // One row per aggregate report; (org, report_id) identifies it across imports.
             QStringLiteral("CREATE TABLE dmarc_reports (id INTEGER PRIMARY KEY, org TEXT NOT NULL, "
                            "report_id TEXT NOT NULL, org_name TEXT, email TEXT, domain TEXT NOT NULL, "
                            "begin_ts INTEGER NOT NULL, end_ts INTEGER NOT NULL, version TEXT, "
                            "policy_json TEXT NOT NULL, records INTEGER NOT NULL DEFAULT 0, "
                            "messages INTEGER NOT NULL DEFAULT 0, warnings TEXT, source TEXT, "
                            "imported_at INTEGER NOT NULL, UNIQUE (org, report_id))"),
             QStringLiteral("CREATE INDEX dmarc_reports_domain ON dmarc_reports (domain, begin_ts)"),
             // One row per <record>. The first SPF result and the first DKIM signature are kept in
             // columns (the common case: one insert per row); further signatures go to dmarc_dkim.
             QStringLiteral(
                 "CREATE TABLE dmarc_records (id INTEGER PRIMARY KEY, "
                 "report INTEGER NOT NULL REFERENCES dmarc_reports (id) ON DELETE CASCADE, "
                 "source_ip TEXT NOT NULL, count INTEGER NOT NULL, disposition TEXT, dkim TEXT, "
                 "spf TEXT, header_from TEXT, envelope_from TEXT, envelope_to TEXT, spf_domain TEXT, "
                 "spf_scope TEXT, spf_result TEXT, dkim_domain TEXT, dkim_selector TEXT, dkim_result TEXT, "
                 "dkim_more INTEGER NOT NULL DEFAULT 0, reasons TEXT)"),
             QStringLiteral("CREATE INDEX dmarc_records_report ON dmarc_records (report)"),
             // The second and later DKIM signatures of a row (seq 1, 2, ...), clustered by record.
             QStringLiteral(
                 "CREATE TABLE dmarc_dkim (record INTEGER NOT NULL, seq INTEGER NOT NULL, domain TEXT, "
                 "selector TEXT, result TEXT, PRIMARY KEY (record, seq)) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE tlsrpt_reports (id INTEGER PRIMARY KEY, org TEXT NOT NULL, "
                 "report_id TEXT NOT NULL, contact TEXT, begin_ts INTEGER NOT NULL, "
                 "end_ts INTEGER NOT NULL, warnings TEXT, source TEXT, imported_at INTEGER NOT NULL, "
                 "UNIQUE (org, report_id))"),
             QStringLiteral("CREATE TABLE tlsrpt_policies (id INTEGER PRIMARY KEY, "
                            "report INTEGER NOT NULL REFERENCES tlsrpt_reports (id) ON DELETE CASCADE, "
                            "domain TEXT NOT NULL, policy_type TEXT, policy_string TEXT, mx_hosts TEXT, "
                            "successful INTEGER NOT NULL, failed INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX tlsrpt_policies_domain ON tlsrpt_policies (domain)"),
             QStringLiteral("CREATE TABLE tlsrpt_failures (id INTEGER PRIMARY KEY, "
                            "policy INTEGER NOT NULL REFERENCES tlsrpt_policies (id) ON DELETE CASCADE, "
                            "result_type TEXT, sending_mta_ip TEXT, receiving_mx TEXT, receiving_ip TEXT, "
                            "failed INTEGER NOT NULL, reason_code TEXT, additional_information TEXT)"),
             QStringLiteral("CREATE INDEX tlsrpt_failures_policy ON tlsrpt_failures (policy)"),
             // The SPF tree of a domain as last audited (SPF engine JSON); sources are matched
             // against it without DNS.
             QStringLiteral("CREATE TABLE spf_snapshots (id INTEGER PRIMARY KEY, domain TEXT NOT NULL, "
                            "taken_at INTEGER NOT NULL, json TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX spf_snapshots_domain ON spf_snapshots (domain, taken_at)"),
             // PTR answers looked up once (GUI) and read by every summary.
             QStringLiteral(
                 "CREATE TABLE reverse_names (ip TEXT PRIMARY KEY, name TEXT, outcome TEXT NOT NULL, "
                 "looked_up_at INTEGER NOT NULL)"),
         }},
        {2,
         QStringLiteral("per-source and per-day totals kept at import, so that a summary reads one row per "
                        "source and day instead of every record"),
         {
             // Per domain, source address and report day (begin_ts / 86400, UTC): the sums the
             // summary shows. Clustered by (domain, source_ip) so that GROUP BY source_ip streams.
             QStringLiteral(
                 "CREATE TABLE dmarc_source_days (domain TEXT NOT NULL, source_ip TEXT NOT NULL, "
                 "day INTEGER NOT NULL, count INTEGER NOT NULL, spf_pass INTEGER NOT NULL, "
                 "dkim_pass INTEGER NOT NULL, dmarc_pass INTEGER NOT NULL, forwarded INTEGER NOT NULL, "
                 "quarantined INTEGER NOT NULL, rejected INTEGER NOT NULL, fail_none INTEGER NOT NULL, "
                 "fail_quarantined INTEGER NOT NULL, fail_rejected INTEGER NOT NULL, "
                 "PRIMARY KEY (domain, source_ip, day)) WITHOUT ROWID"),
             // The same sums over all days: the summary without --since / --until (the usual one)
             // reads one row per source and needs no GROUP BY.
             QStringLiteral(
                 "CREATE TABLE dmarc_sources (domain TEXT NOT NULL, source_ip TEXT NOT NULL, "
                 "count INTEGER NOT NULL, spf_pass INTEGER NOT NULL, dkim_pass INTEGER NOT NULL, "
                 "dmarc_pass INTEGER NOT NULL, forwarded INTEGER NOT NULL, quarantined INTEGER NOT NULL, "
                 "rejected INTEGER NOT NULL, PRIMARY KEY (domain, source_ip)) WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE TABLE dmarc_days (domain TEXT NOT NULL, day INTEGER NOT NULL, "
                 "pass INTEGER NOT NULL, fail_none INTEGER NOT NULL, quarantined INTEGER NOT NULL, "
                 "rejected INTEGER NOT NULL, PRIMARY KEY (domain, day)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE dmarc_selector_days (domain TEXT NOT NULL, day INTEGER NOT NULL, "
                            "dkim_domain TEXT NOT NULL, selector TEXT NOT NULL, messages INTEGER NOT NULL, "
                            "pass INTEGER NOT NULL, PRIMARY KEY (domain, day, dkim_domain, selector)) "
                            "WITHOUT ROWID"),
             // Existing databases: the totals of the reports imported so far.
             ReportSchema::sourceDaysUpsert(QStringLiteral("1 = 1")),
             ReportSchema::sourcesUpsert(QStringLiteral("1 = 1")),
             ReportSchema::daysUpsert(QStringLiteral("1 = 1")),
             ReportSchema::selectorDaysUpsert(QStringLiteral("1 = 1")),
         }},
    };
}

namespace {
// The per-source totals: each column and its sum over dmarc_records r. The expressions are those
// the summary used over dmarc_records (NULL results included: a row whose SPF and DKIM are both
// unknown counts neither as pass nor as fail), summed per group, so the totals are the same
// whichever way they are read. dmarc_source_days keeps all of them, dmarc_sources (all days) the
// first AllTimeColumns.
struct Total {
    const char* column;
    const char* sum;
};
constexpr Total Totals[] = {
    {"count", "SUM(r.count)"},
    {"spf_pass", "SUM(CASE WHEN r.spf = 'pass' THEN r.count ELSE 0 END)"},
    {"dkim_pass", "SUM(CASE WHEN r.dkim = 'pass' THEN r.count ELSE 0 END)"},
    {"dmarc_pass", "SUM(CASE WHEN r.spf = 'pass' OR r.dkim = 'pass' THEN r.count ELSE 0 END)"},
    {"forwarded", "SUM(CASE WHEN r.dkim = 'pass' AND COALESCE(r.spf, '') <> 'pass' THEN r.count ELSE 0 END)"},
    {"quarantined", "SUM(CASE WHEN r.disposition = 'quarantine' THEN r.count ELSE 0 END)"},
    {"rejected", "SUM(CASE WHEN r.disposition = 'reject' THEN r.count ELSE 0 END)"},
    {"fail_none", "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND COALESCE(r.disposition, 'none') "
                  "NOT IN ('quarantine', 'reject') THEN r.count ELSE 0 END)"},
    {"fail_quarantined", "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND r.disposition = "
                         "'quarantine' THEN r.count ELSE 0 END)"},
    {"fail_rejected", "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND r.disposition = 'reject' "
                      "THEN r.count ELSE 0 END)"},
};
constexpr int AllColumns = int(std::size(Totals));
constexpr int AllTimeColumns = 7; // count … rejected

enum class Part { Column, Sum, SumAs, AddExcluded };

// The first n totals as a comma-separated list of one part each.
QString totals(int n, Part part, const QString& table = {}) {
    QStringList out;
    for (int i = 0; i < n; ++i) {
        const QString column = QLatin1String(Totals[i].column);
        switch (part) {
        case Part::Column:
            out << column;
            break;
        case Part::Sum:
            out << QLatin1String(Totals[i].sum);
            break;
        case Part::SumAs:
            out << QLatin1String(Totals[i].sum) + QStringLiteral(" AS ") + column;
            break;
        case Part::AddExcluded:
            out << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(column, table);
            break;
        }
    }
    return out.join(QStringLiteral(", "));
}

constexpr QLatin1String fromReports("FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report WHERE ");
} // namespace

QString ReportSchema::sourceDaysUpsert(const QString& reportFilter) {
    return QStringLiteral("INSERT INTO dmarc_source_days (domain, source_ip, day, ") +
           totals(AllColumns, Part::Column) +
           QStringLiteral(") SELECT p.domain, r.source_ip, p.begin_ts / 86400, ") +
           totals(AllColumns, Part::Sum) + QLatin1Char(' ') + fromReports + reportFilter +
           QStringLiteral(" GROUP BY p.domain, r.source_ip, p.begin_ts / 86400 "
                          "ON CONFLICT (domain, source_ip, day) DO UPDATE SET ") +
           totals(AllColumns, Part::AddExcluded, QStringLiteral("dmarc_source_days"));
}

QString ReportSchema::sourcesUpsert(const QString& reportFilter) {
    return QStringLiteral("INSERT INTO dmarc_sources (domain, source_ip, ") +
           totals(AllTimeColumns, Part::Column) + QStringLiteral(") SELECT p.domain, r.source_ip, ") +
           totals(AllTimeColumns, Part::Sum) + QLatin1Char(' ') + fromReports + reportFilter +
           QStringLiteral(" GROUP BY p.domain, r.source_ip ON CONFLICT (domain, source_ip) DO UPDATE SET ") +
           totals(AllTimeColumns, Part::AddExcluded, QStringLiteral("dmarc_sources"));
}

QString ReportSchema::daysUpsert(const QString& reportFilter) {
    return QStringLiteral(
               "INSERT INTO dmarc_days (domain, day, pass, fail_none, quarantined, rejected) "
               "SELECT p.domain, p.begin_ts / 86400, "
               "SUM(CASE WHEN r.spf = 'pass' OR r.dkim = 'pass' THEN r.count ELSE 0 END), "
               "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND COALESCE(r.disposition, 'none') "
               "NOT IN ('quarantine', 'reject') THEN r.count ELSE 0 END), "
               "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND r.disposition = 'quarantine' "
               "THEN r.count ELSE 0 END), "
               "SUM(CASE WHEN NOT (r.spf = 'pass' OR r.dkim = 'pass') AND r.disposition = 'reject' "
               "THEN r.count ELSE 0 END) "
               "FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report WHERE %1 "
               "GROUP BY p.domain, p.begin_ts / 86400 "
               "ON CONFLICT (domain, day) DO UPDATE SET pass = dmarc_days.pass + excluded.pass, "
               "fail_none = dmarc_days.fail_none + excluded.fail_none, quarantined = "
               "dmarc_days.quarantined + excluded.quarantined, "
               "rejected = dmarc_days.rejected + excluded.rejected")
        .arg(reportFilter);
}

QString ReportSchema::selectorDaysUpsert(const QString& reportFilter) {
    // The first signature of each row is in the row, later ones in dmarc_dkim.
    return QStringLiteral(
               "INSERT INTO dmarc_selector_days (domain, day, dkim_domain, selector, messages, pass) "
               "SELECT rdomain, day, COALESCE(domain, ''), selector, SUM(count), SUM(passed) FROM ("
               "SELECT p.domain AS rdomain, p.begin_ts / 86400 AS day, r.dkim_domain AS domain, "
               "r.dkim_selector AS selector, r.count AS count, "
               "CASE WHEN r.dkim_result = 'pass' THEN r.count ELSE 0 END AS passed "
               "FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report WHERE %1 "
               "UNION ALL SELECT p.domain, p.begin_ts / 86400, d.domain, d.selector, r.count, "
               "CASE WHEN d.result = 'pass' THEN r.count ELSE 0 END "
               "FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report JOIN dmarc_dkim d ON "
               "d.record = r.id WHERE %1 AND r.dkim_more > 0) AS signatures "
               "WHERE COALESCE(selector, '') <> '' GROUP BY 1, 2, 3, 4 "
               "ON CONFLICT (domain, day, dkim_domain, selector) DO UPDATE SET "
               "messages = dmarc_selector_days.messages + excluded.messages, "
               "pass = dmarc_selector_days.pass + excluded.pass")
        .arg(reportFilter);
}
