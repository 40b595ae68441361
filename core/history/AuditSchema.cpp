#include "AuditSchema.h"

QList<HistoryMigration> AuditSchema::migrations() {
    return {
        {1,
         QStringLiteral("audits with their full report (evidence included) and one row per finding"),
         {QStringLiteral(
              "CREATE TABLE audits (id INTEGER PRIMARY KEY AUTOINCREMENT, domain TEXT NOT NULL, "
              "started_at TEXT NOT NULL, finished_at TEXT, grade TEXT, errors INTEGER NOT NULL DEFAULT 0, "
              "warnings INTEGER NOT NULL DEFAULT 0, infos INTEGER NOT NULL DEFAULT 0, "
              "staged INTEGER NOT NULL DEFAULT 0, resolver TEXT, report TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX audits_by_domain ON audits (domain, started_at)"),
          QStringLiteral(
              "CREATE TABLE audit_findings (audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE "
              "CASCADE, code TEXT NOT NULL, severity TEXT NOT NULL, area TEXT, title TEXT)"),
          QStringLiteral("CREATE INDEX audit_findings_by_audit ON audit_findings (audit_id)")}},
        {2,
         QStringLiteral("DKIM keys by fingerprint with the first audit that saw them (key age)"),
         {QStringLiteral(
             "CREATE TABLE audit_keys (domain TEXT NOT NULL, fingerprint TEXT NOT NULL, selector TEXT, "
             "key_type TEXT, bits INTEGER, first_seen TEXT NOT NULL, first_audit INTEGER, "
             "last_seen TEXT NOT NULL, PRIMARY KEY (domain, fingerprint))")}},
    };
}
