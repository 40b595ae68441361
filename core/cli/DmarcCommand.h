#pragma once
// "dmarc DOMAIN [--from SUBDOMAIN]": the DMARC record that applies, both readings (RFC 9989 and
// RFC 7489), report destinations, findings and the explanation.

#include "CliCommand.h"

class DmarcCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("dmarc"); }
    QString synopsis() const override { return QStringLiteral("dmarc DOMAIN [--from SUBDOMAIN]"); }
    QString summary() const override {
        return QStringLiteral("DMARC policy under RFC 9989 and RFC 7489, report destinations, explanation");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
