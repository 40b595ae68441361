#pragma once
// "dnssec DOMAIN": validates, from a trust anchor, the DNSSEC chain of the domain's mail records
// (SPF TXT, MX and the MX hosts' addresses, _dmarc, _mta-sts, _smtp._tls, DKIM keys named with
// --selector): secure, insecure (where the chain ends), bogus (why) or indeterminate, with the
// signing health of the domain's zones, findings and the DNS queries as evidence.

#include "CliCommand.h"

class DnssecCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("dnssec"); }
    QString synopsis() const override {
        return QStringLiteral("dnssec DOMAIN [--trust-anchor FILE] [--selector S]...");
    }
    QString summary() const override {
        return QStringLiteral("DNSSEC chain of trust of the domain's mail records, signing health");
    }
    QList<CliOption> options() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
