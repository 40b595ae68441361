#pragma once
// Joins the JSON outputs of a sharded batch (audit --shard I/N, one part per CI job) into the
// reports of one unsharded run (merge, docs/batch-audits.md): the domains in the order of the
// domains file (each report of a part carries its position in the whole list), every report as
// audited, without its "shard". check() reads every part once and refuses what would not make
// one run: a part that is not an audit's JSON, a domain in two parts, parts of different lists,
// shard counts, Mailsight versions or options, a domain in the wrong shard, a shard missing (or
// a part that lost domains). Outputs written without --shard can be joined too: in the order the
// parts are named, when no domain is in two of them. Memory: a few bytes per domain.

#include "AuditReport.h"

#include <QStringList>
#include <expected>
#include <functional>

class AuditPartMerger {
public:
    struct Part {
        QString path;
        int shard = 0; // 1..count; 0 for a part written without --shard or with no report
        qsizetype reports = 0;
    };
    struct Summary {
        QList<Part> parts;
        qsizetype domains = 0;
        int shardCount = 0;     // 0: the parts were written without --shard
        QList<int> emptyShards; // shards no part carries, which held none of the list's domains
    };

    explicit AuditPartMerger(QStringList paths);

    std::expected<Summary, QString> check();
    // After check(): every report, in the unsharded run's order, without "shard".
    std::expected<void, QString> forEach(const std::function<void(AuditReport&)>& visit);

private:
    QStringList m_paths;
    bool m_sharded = false;
    bool m_checked = false;
};
