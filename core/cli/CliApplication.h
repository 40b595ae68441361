#pragma once
// mailsight-cli: parses global and command options (in any order), dispatches to a CliCommand,
// and maps results to the documented exit codes.

#include "CliCommand.h"
#include "CliConfigFile.h"

#include <memory>
#include <vector>

class CliApplication {
public:
    CliApplication();
    ~CliApplication();
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    static QList<CliOption> globalOptions();
    // The command name in arguments (without the program name): the first argument that is
    // neither an option nor an option's value.
    static QString firstPositional(const QStringList& arguments, const CliConfigFile::OptionKind& kind);

private:
    CliCommand* command(const QString& name) const;
    QString helpText() const;                             // the overview
    QString commandHelp(const CliCommand& command) const; // one command's usage, arguments, options
    static QString exitCodesText();
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
