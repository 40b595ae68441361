#pragma once
// A subcommand of mailsight-cli ("lookup", "spf", ...). Register new ones in CliApplication.cpp.

#include "CliArgs.h"
#include "CliArgument.h"
#include "CliContext.h"
#include "CliOption.h"

class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "lookup NAME TYPE"
    virtual QString summary() const = 0;  // one line
    virtual QList<CliOption> options() const { return {}; }
    // `mailsight-cli COMMAND --help`: its usage lines (default: the synopsis), what it does (default:
    // the summary) and its positional arguments; the options come from options().
    virtual QStringList usage() const { return {synopsis()}; }
    virtual QString description() const { return summary(); }
    virtual QList<CliArgument> arguments() const { return {}; }
    virtual int run(CliContext& context, const CliArgs& args) = 0;
};
