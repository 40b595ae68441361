#pragma once
// Lays out mailsight-cli's help: paragraphs wrapped at 80 columns, and two-column tables of terms
// (an option with its value, an argument) and their descriptions. A term too long for its column
// gets its description on the lines below, so that a long option never runs into its text.

#include "CliArgument.h"
#include "CliOption.h"

#include <QList>
#include <QString>
#include <utility>

class CliHelpFormatter {
public:
    static constexpr int Width = 80;
    static constexpr int Column = 30; // where descriptions start

    // "--selector S" for an option that takes a value, "--discover" for a flag.
    static QString term(const CliOption& option);
    // Words of `text` in lines of at most `width` columns, each indented by `indent` spaces.
    static QString wrap(const QString& text, int indent, int width = Width);
    // Rows of (term, description), indented by two spaces.
    static QString table(const QList<std::pair<QString, QString>>& rows);
    static QString options(const QList<CliOption>& options);
    static QString arguments(const QList<CliArgument>& arguments);
};
