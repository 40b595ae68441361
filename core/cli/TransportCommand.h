#pragma once
// "transport DOMAIN": how mail reaches a domain. MX hosts (addresses, reverse names, null MX),
// MTA-STS (record, the policy fetched over HTTPS as a sending MTA does, MX coverage) and TLS-RPT,
// with findings, the DNS queries and the connections made as evidence.

#include "CliCommand.h"

class TransportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("transport"); }
    QString synopsis() const override { return QStringLiteral("transport DOMAIN [--probe-smtp]"); }
    QString summary() const override {
        return QStringLiteral("MX hosts, null MX, MTA-STS policy and coverage, TLS-RPT, STARTTLS (opt-in)");
    }
    QList<CliOption> options() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
