#pragma once
// "dkim": selectors and keys of a domain (discovery, key analysis), and the subcommands
// "dkim verify FILE", "dkim match DOMAIN SELECTOR --private-key FILE" and
// "dkim keygen DOMAIN SELECTOR [--type T] --out DIR".

#include "CliCommand.h"

class DkimCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("dkim"); }
    QString synopsis() const override {
        return QStringLiteral(
            "dkim DOMAIN | dkim verify FILE | dkim match DOMAIN SELECTOR | dkim keygen DOMAIN SELECTOR");
    }
    QString summary() const override {
        return QStringLiteral(
            "DKIM selectors and keys (discovery, key analysis), message verification, key match, "
            "key generation");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;

private:
    int runCheck(CliContext& context, const CliArgs& args);
    int runVerify(CliContext& context, const CliArgs& args);
    int runMatch(CliContext& context, const CliArgs& args);
    int runKeygen(CliContext& context, const CliArgs& args);
};
