#include "CliHelpFormatter.h"

#include <QStringList>

QString CliHelpFormatter::term(const CliOption& option) {
    QString t = QStringLiteral("--") + option.name;
    if (option.takesValue)
        t += QLatin1Char(' ') + option.valueName;
    return t;
}

QString CliHelpFormatter::wrap(const QString& text, int indent, int width) {
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += pad + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += pad + line + QLatin1Char('\n');
    return out;
}

QString CliHelpFormatter::table(const QList<std::pair<QString, QString>>& rows) {
    constexpr int indent = 2;
    QString out;
    for (const auto& [left, description] : rows) {
        const QString body = wrap(description, Column);
        // At least two spaces between a term and its description; otherwise the description starts
        // on the next line.
        if (indent + left.size() + 2 > Column || body.isEmpty()) {
            out += QString(indent, QLatin1Char(' ')) + left + QLatin1Char('\n') + body;
            continue;
        }
        const QString first =
            QString(indent, QLatin1Char(' ')) + left.leftJustified(Column - indent, QLatin1Char(' '));
        out += first + body.mid(Column);
    }
    return out;
}

QString CliHelpFormatter::options(const QList<CliOption>& options) {
    QList<std::pair<QString, QString>> rows;
    for (const CliOption& o : options)
        rows.append({term(o), o.help + (o.repeatable && !o.help.contains(QLatin1String("repeatable"))
                                            ? QStringLiteral(" (repeatable)")
                                            : QString())});
    return table(rows);
}

QString CliHelpFormatter::arguments(const QList<CliArgument>& arguments) {
    QList<std::pair<QString, QString>> rows;
    for (const CliArgument& a : arguments)
        rows.append({a.name, a.help});
    return table(rows);
}
