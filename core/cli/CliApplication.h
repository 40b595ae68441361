#pragma once
// mailsight-cli: parses global and command options (in any order), dispatches to a CliCommand,
// and maps results to the documented exit codes.

#include "CliCommand.h"

#include <memory>
#include <vector>

class CliApplication {
public:
    CliApplication();
    ~CliApplication();
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

    static QList<CliOption> globalOptions();

private:
    CliCommand* command(const QString& name) const;
    QString helpText() const;                             // the overview
    QString commandHelp(const CliCommand& command) const; // one command's usage, arguments, options
    static QString exitCodesText();
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
