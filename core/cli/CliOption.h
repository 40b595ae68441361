#pragma once
// One option a CLI command accepts. Options may stand before or after the command.

#include <QString>

struct CliOption {
    QString name; // without dashes: "selector"
    bool takesValue = false;
    bool repeatable = false;
    QString valueName; // "S" in "--selector S"
    QString help;
};
