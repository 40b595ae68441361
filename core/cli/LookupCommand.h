#pragma once
// "lookup NAME TYPE": what the auditor sees for one query, with outcome and timing, like drill.

#include "CliCommand.h"

class LookupCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("lookup"); }
    QString synopsis() const override { return QStringLiteral("lookup NAME [TYPE]"); }
    QString summary() const override {
        return QStringLiteral(
            "one DNS query as the auditor sees it: outcome, records, flags, timing, source");
    }
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
