#pragma once
// "ns DOMAIN": every authoritative server of the domain's zone asked directly (RD=0, every
// address): the parent's delegation, SOA serials, lame servers, mail records that differ between
// servers, RFC 2182 diversity. Direct questions go to port 53 or where --connect-to sends them.

#include "CliCommand.h"

class NsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("ns"); }
    QString synopsis() const override { return QStringLiteral("ns DOMAIN [--selector S]..."); }
    QString summary() const override {
        return QStringLiteral("every authoritative server asked directly: serials, differing records, lame "
                              "servers, delegation");
    }
    QString description() const override;
    QList<CliArgument> arguments() const override;
    QList<CliOption> options() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
