#pragma once
// Parsed command line: global options, the command, its options and positional arguments.

#include <QHash>
#include <QStringList>

class CliArgs {
public:
    QString command;
    QStringList positionals;            // after the command name
    QHash<QString, QStringList> values; // option -> values (flags hold one empty string)

    bool has(const QString& option) const { return values.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const;
    QStringList all(const QString& option) const { return values.value(option); }
};
