#pragma once
// `--config FILE`: the arguments of a command kept in a file, for the systemd units
// (mailsight-audit@NAME.service runs `mailsight-cli audit --config NAME.conf`) and for anyone who
// prefers a file to a long command line. One item per line; '#' starts a comment line:
//
//     example.com                      a positional (a domain), one per line
//     --fail-on warning                an option and its value (the rest of the line, as is)
//     --no-blocklists                  a switch
//
// Values are taken literally (no shell quoting), so a webhook URL or a command with spaces needs
// no escaping. The file is outside data: every line is checked and a bad one is named.

#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <optional>

class CliConfigFile {
public:
    // Whether the option NAME (without "--") takes a value; nullopt: no such option.
    using OptionKind = std::function<std::optional<bool>(const QString& name)>;

    // The arguments the file stands for, in order ("--name=value", "--switch", "domain", ...).
    // An unknown option, a value on a switch or a missing value is refused with its line.
    static std::expected<QStringList, QString> parse(const QByteArray& text, const QString& fileName,
                                                     const OptionKind& kind);
    static std::expected<QStringList, QString> read(const QString& path, const OptionKind& kind);
    // Replaces every "--config FILE" / "--config=FILE" in arguments by the file's arguments, so
    // options given after --config on the command line override the file's. A config file naming
    // another is refused (no loops, no surprises).
    static std::expected<QStringList, QString> expand(const QStringList& arguments, const OptionKind& kind);

    static constexpr qint64 kMaxBytes = 1024 * 1024;
};
