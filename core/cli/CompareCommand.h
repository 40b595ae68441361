#pragma once
// "compare DOMAIN_A DOMAIN_B": staging against production, structurally (SPF senders, includes
// and all-qualifier, DMARC tags under both readings, DKIM selectors, MX/MTA-STS/TLS-RPT).
// "compare --zone FILE DOMAIN" / "--terraform-state FILE DOMAIN": drift of live DNS from the IaC
// source. Exit 1 when the sides differ or DNS drifted.

#include "CliCommand.h"

class CompareCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString synopsis() const override { return QStringLiteral("compare DOMAIN_A DOMAIN_B [--map A=B]..."); }
    QString summary() const override {
        return QStringLiteral("compare two domains' mail configuration, or live DNS with its zone file or "
                              "Terraform state (drift)");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;

private:
    int runPair(CliContext& context, const CliArgs& args, const QString& a, const QString& b);
    int runDrift(CliContext& context, const CliArgs& args, const QString& domain);
};
