#pragma once
// "merge OUT PART...": joins the JSON outputs of a sharded batch (audit --shard I/N, one part per
// CI job) into the output of one unsharded run (AuditPartMerger): the same domains in the list's
// order, the same reports, grades and totals. OUT is written only when every part checks out.

#include "CliCommand.h"

class MergeCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString synopsis() const override { return QStringLiteral("merge OUT.json PART.json... [--pdf FILE]"); }
    QString summary() const override {
        return QStringLiteral("join the JSON outputs of a sharded batch (audit --shard) into one report");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
