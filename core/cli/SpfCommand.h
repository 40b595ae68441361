#pragma once
// "spf DOMAIN [--ip IP] [--sender ADDR] [--helo NAME] [--record TEXT] [--flatten]
// [--graph FILE.svg]": the expanded
// SPF tree with lookup counts and findings, and with --ip the check_host() result (what-if).

#include "CliCommand.h"

class SpfCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("spf"); }
    QString synopsis() const override {
        return QStringLiteral("spf DOMAIN [--ip IP] [--sender S] [--helo H]");
    }
    QString summary() const override {
        return QStringLiteral("the SPF lookup tree, its limits and findings; with --ip, the SPF result");
    }
    QList<CliOption> options() const override;
    QStringList usage() const override;
    QString description() const override;
    QList<CliArgument> arguments() const override;
    int run(CliContext& context, const CliArgs& args) override;
};
