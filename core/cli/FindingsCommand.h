#pragma once
// "findings": the catalogue of finding codes (markdown builds docs/findings.md; json for tools).

#include "CliCommand.h"

class FindingsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("findings"); }
    QString synopsis() const override { return QStringLiteral("findings"); }
    QString summary() const override {
        return QStringLiteral("list every finding code (--format markdown|json|text)");
    }
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
