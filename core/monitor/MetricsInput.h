#pragma once
// What the Prometheus metrics are made of: the audits (just run, or the last stored ones) and what
// the history adds to them (when each DKIM key was first seen, the DMARC pass ratio of the
// imported aggregate reports). MetricsWriter turns it into the exposition text.

#include "audit/AuditReport.h"
#include "history/SeedHistoryRun.h"

#include <QDateTime>
#include <QHash>

#include <optional>

struct MetricsInput {
    QList<AuditReport> reports;
    // domain -> DKIM key fingerprint -> the first audit that saw the key (AuditHistory::keyFirstSeen)
    QHash<QString, QHash<QString, QDateTime>> keyFirstSeen;
    // domain -> share of messages passing DMARC in the imported reports of the last days; only
    // domains with reports in that window (no reports: no series, not a ratio of 0).
    QHash<QString, double> dmarcPassRatio;
    // The latest seed-mailbox run of each domain (mailsight_seed_*), from `seed check` or the history.
    QList<SeedHistoryRun> seedRuns;
    // One CLI run over all its domains; unset when the audits come from different runs (history).
    std::optional<double> runDurationSeconds;
    // Key ages and certificate expiry are counted up to this moment; invalid: now.
    QDateTime now;
};
