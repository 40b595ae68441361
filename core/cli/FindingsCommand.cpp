#include "FindingsCommand.h"

#include "findings/FindingCatalogue.h"

#include <QJsonArray>

QStringList FindingsCommand::usage() const {
    return {QStringLiteral("findings")};
}

QString FindingsCommand::description() const {
    return QStringLiteral(
        "Lists every finding code Mailsight reports, with its severity, title, explanation, RFC section "
        "and fix. --format markdown writes docs/findings.md; --format json is for tools; text is the "
        "default.");
}

QList<CliArgument> FindingsCommand::arguments() const {
    return {};
}

int FindingsCommand::run(CliContext& context, const CliArgs& args) {
    if (!args.positionals.isEmpty())
        return context.fail(QStringLiteral("usage: mailsight-cli findings [--format markdown|json|text]"),
                            CliExit::Usage);
    const QList<FindingDefinition> defs = FindingCatalogue::all();
    switch (context.format) {
    case CliFormat::Markdown:
        context.out << FindingCatalogue::markdown();
        break;
    case CliFormat::Json: {
        QJsonArray list;
        for (const FindingDefinition& d : defs)
            list.append(FindingCatalogue::make(QString::fromLatin1(d.code)).toJson());
        context.printJson(list);
        break;
    }
    case CliFormat::Text:
        for (const FindingDefinition& d : defs)
            context.out << QStringLiteral("%1  %2  %3\n")
                               .arg(QLatin1String(d.code), -30)
                               .arg(severityName(d.severity), -7)
                               .arg(QString::fromUtf8(d.title));
        break;
    default:
        return context.fail(QStringLiteral("findings prints text, json or markdown"), CliExit::Usage);
    }
    return CliExit::Ok;
}
