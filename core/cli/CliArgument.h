#pragma once
// One positional argument of a CLI command, for its --help ("DOMAIN": what it is).

#include <QString>

struct CliArgument {
    QString name; // "DOMAIN", "FILE|DIR..."
    QString help;
};
