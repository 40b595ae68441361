#include "ReportSchema.h"

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
             // One row per <record>. The first SPF result is kept in columns (the common case);
             // DKIM signatures, often several, have their own table.
             QStringLiteral(
                 "CREATE TABLE dmarc_records (id INTEGER PRIMARY KEY, "
                 "report INTEGER NOT NULL REFERENCES dmarc_reports (id) ON DELETE CASCADE, "
                 "source_ip TEXT NOT NULL, count INTEGER NOT NULL, disposition TEXT, dkim TEXT, "
                 "spf TEXT, header_from TEXT, envelope_from TEXT, envelope_to TEXT, spf_domain TEXT, "
                 "spf_scope TEXT, spf_result TEXT, reasons TEXT)"),
             QStringLiteral("CREATE INDEX dmarc_records_report ON dmarc_records (report)"),
             // Clustered by record: no second index to maintain while importing.
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
    };
}
