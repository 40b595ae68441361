#pragma once
// "reports": DMARC aggregate and TLS-RPT reports in the history database. `import` and `summary`
// answer from files and the database alone, never DNS; `resolve` asks DNS (PTR of the sources),
// `alignment` asks it for the RFC 9989 tree walks of the identifiers the reports carry, and
// `spf-tree` stores an SPF tree to match sources against.

#include "CliCommand.h"

class ReportsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("reports"); }
    QString synopsis() const override {
        return QStringLiteral("reports import FILE|DIR... | summary DOMAIN | resolve DOMAIN | alignment "
                              "DOMAIN | spf-tree DOMAIN "
                              "JSON");
    }
    QString summary() const override {
        return QStringLiteral(
            "import DMARC aggregate / TLS-RPT reports; who sends as the domain, from the database");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;

private:
    int runImport(CliContext& context, const CliArgs& args);
    int runSummary(CliContext& context, const CliArgs& args);
    int runResolve(CliContext& context, const CliArgs& args);
    int runSpfTree(CliContext& context, const CliArgs& args);
    int runAlignment(CliContext& context, const CliArgs& args);
};
