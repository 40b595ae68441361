#pragma once
// audit --shard I/N (docs/batch-audits.md): keeps the I-th of N deterministic slices of the
// domain list (DomainShard) and stamps each report of the slice with its place in the whole list,
// the list's fingerprint, the version and a fingerprint of the options that shape the results,
// so that `merge` can join the parts of N CI jobs into the output of one unsharded run.

#include "CliArgs.h"
#include "CliOption.h"
#include "audit/DomainShard.h"

#include <expected>
#include <optional>

class CliContext;
struct AuditReport;

class AuditShardOption {
public:
    static CliOption option();
    // nullopt without --shard; an error for a --shard that is not I/N with 1 <= I <= N.
    static std::expected<std::optional<AuditShardOption>, QString> parse(const CliArgs& args,
                                                                         const CliContext& context);

    // The domains of this shard, in the list's order; remembers where each stands in the list.
    QStringList select(const QStringList& domains);
    // Stamps the report of the index-th domain select() returned.
    void stamp(qsizetype index, AuditReport& report) const;
    const DomainShard& shard() const { return m_shard; }

private:
    AuditShardOption(DomainShard shard, QString options);

    DomainShard m_shard;
    QString m_options; // fingerprint
    QString m_list;    // fingerprint
    qsizetype m_listSize = 0;
    QList<qsizetype> m_positions;
};
