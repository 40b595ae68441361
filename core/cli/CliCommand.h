#pragma once
// A subcommand of mailsight-cli ("lookup", "spf", ...). Register new ones in CliApplication.cpp.

#include "CliArgs.h"
#include "CliContext.h"
#include "CliOption.h"

class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "lookup NAME TYPE"
    virtual QString summary() const = 0;  // one line
    virtual QList<CliOption> options() const { return {}; }
    virtual int run(CliContext& context, const CliArgs& args) = 0;
};
