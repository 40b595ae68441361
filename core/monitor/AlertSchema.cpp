#include "AlertSchema.h"

QList<HistoryMigration> AlertSchema::migrations() {
    return {
        {1,
         QStringLiteral("open alerts per domain and key (deduplication), undelivered alert messages, and the "
                        "last audit of each domain the alerts were evaluated on (the next baseline)"),
         {QStringLiteral("CREATE TABLE alert_state (domain TEXT NOT NULL, alert_key TEXT NOT NULL, "
                         "fingerprint TEXT NOT NULL, condition TEXT NOT NULL, first_seen TEXT NOT NULL, "
                         "last_sent TEXT NOT NULL, audit_id INTEGER, PRIMARY KEY (domain, alert_key))"),
          QStringLiteral("CREATE TABLE alert_queue (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                         "channel TEXT NOT NULL, target TEXT NOT NULL, format TEXT, "
                         "payload BLOB NOT NULL, created_at TEXT NOT NULL, "
                         "attempts INTEGER NOT NULL DEFAULT 1, last_error TEXT)"),
          QStringLiteral(
              "CREATE TABLE alert_baseline (domain TEXT PRIMARY KEY, audit_id INTEGER NOT NULL)")}},
    };
}
