#include "CliApplication.h"

#include "history/HistoryDatabase.h"

#include "AuditCommand.h"
#include "BlocklistsCommand.h"
#include "CliConfigFile.h"
#include "CliHelpFormatter.h"
#include "CompareCommand.h"
#include "DbCommand.h"
#include "DkimCommand.h"
#include "DmarcCommand.h"
#include "DnssecCommand.h"
#include "FindingsCommand.h"
#include "LookupCommand.h"
#include "MergeCommand.h"
#include "MessageCommand.h"
#include "MetricsCommand.h"
#include "NsCommand.h"
#include "ReportsCommand.h"
#include "SeedCommand.h"
#include "SpfCommand.h"
#include "TransportCommand.h"
#include "history/HistoryDatabase.h"
#include "net/ConnectionLog.h"
#include "seed/ImapSeedProbe.h"

#include <QCoreApplication>

CliApplication::CliApplication() {
    // One line per command.
    m_commands.push_back(std::make_unique<LookupCommand>());
    m_commands.push_back(std::make_unique<FindingsCommand>());
    m_commands.push_back(std::make_unique<SpfCommand>());
    m_commands.push_back(std::make_unique<DmarcCommand>());
    m_commands.push_back(std::make_unique<DkimCommand>());
    m_commands.push_back(std::make_unique<MessageCommand>());
    m_commands.push_back(std::make_unique<ReportsCommand>());
    m_commands.push_back(std::make_unique<TransportCommand>());
    m_commands.push_back(std::make_unique<BlocklistsCommand>());
    m_commands.push_back(std::make_unique<NsCommand>());
    m_commands.push_back(std::make_unique<DnssecCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<CompareCommand>());
    m_commands.push_back(std::make_unique<MergeCommand>());
    m_commands.push_back(std::make_unique<DbCommand>());
    m_commands.push_back(std::make_unique<MetricsCommand>());
    m_commands.push_back(std::make_unique<SeedCommand>([](const NetOptions& options, ConnectionLog* log) {
        return std::make_unique<ImapSeedProbe>(options, log);
    }));
}

CliApplication::~CliApplication() = default;

QList<CliOption> CliApplication::globalOptions() {
    return {
        {QStringLiteral("resolver"), true, true, QStringLiteral("ADDR[:PORT]"),
         QStringLiteral("DNS server to ask (repeatable; default: /etc/resolv.conf)")},
        {QStringLiteral("zone"), true, true, QStringLiteral("FILE"),
         QStringLiteral("zone file overlaid on live DNS (staged), or served alone with --offline")},
        {QStringLiteral("offline"),
         false,
         false,
         {},
         QStringLiteral("answer only from --zone files; no network")},
        {QStringLiteral("demo"),
         false,
         false,
         {},
         QStringLiteral("answer from the bundled demo zones (offline); --zone files overlay them")},
        {QStringLiteral("timeout"), true, false, QStringLiteral("MS"),
         QStringLiteral("per-query timeout in milliseconds (default 2000)")},
        {QStringLiteral("retries"), true, false, QStringLiteral("N"),
         QStringLiteral("further attempts after a timeout (default 1)")},
        {QStringLiteral("connect-to"), true, true, QStringLiteral("HOST:PORT:ADDR:PORT"),
         QStringLiteral("connect to ADDR:PORT for HOST:PORT (repeatable, as curl's); TLS still checks HOST")},
        {QStringLiteral("ca-file"), true, true, QStringLiteral("PEM"),
         QStringLiteral("trust the certificates of this PEM file too (private PKI, tests)")},
        {QStringLiteral("format"), true, false, QStringLiteral("text|json"), QStringLiteral("output format")},
        {QStringLiteral("history"), true, false, QStringLiteral("DB"),
         QStringLiteral("the SQLite history database (a file; the same as --database sqlite:DB)")},
        {QStringLiteral("database"), true, false, QStringLiteral("URL"),
         QStringLiteral("the history store: sqlite:PATH (default) or postgresql://USER@HOST:PORT/DB (the "
                        "password from PGPASSFILE / ~/.pgpass or PGPASSWORD, never the URL)")},
        {QStringLiteral("no-history"), false, false, {}, QStringLiteral("do not read or write the history")},
        {QStringLiteral("config"), true, true, QStringLiteral("FILE"),
         QStringLiteral("read arguments from FILE: one domain or '--option value' per line, '#' comments "
                        "(later command-line options override it)")},
        {QStringLiteral("help"),
         false,
         false,
         {},
         QStringLiteral("show this overview; after a command, that command's usage, arguments and options")},
        {QStringLiteral("version"), false, false, {}, QStringLiteral("show the version")},
    };
}

QString CliApplication::firstPositional(const QStringList& arguments, const CliConfigFile::OptionKind& kind) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if (!a.startsWith(QLatin1String("--")) || a.size() <= 2)
            return a;
        if (!a.contains(QLatin1Char('=')) && kind(a.mid(2)).value_or(false))
            ++i; // the option's value
    }
    return {};
}

CliCommand* CliApplication::command(const QString& name) const {
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

QString CliApplication::helpText() const {
    QString text = QStringLiteral("Usage: mailsight-cli [OPTIONS] COMMAND [ARGS]\n\n") +
                   CliHelpFormatter::wrap(QStringLiteral("Audits a domain's email authentication (SPF, DKIM, "
                                                         "DMARC) from DNS or zone files."),
                                          0) +
                   QStringLiteral("\nCommands:\n");
    for (const auto& c : m_commands)
        text += QStringLiteral("  ") + c->synopsis() + QLatin1Char('\n') +
                CliHelpFormatter::wrap(c->summary(), 6);
    text += QStringLiteral("\nGlobal options (before or after the command):\n") +
            CliHelpFormatter::options(globalOptions());
    text += QStringLiteral(
        "\nRun 'mailsight-cli COMMAND --help' for a command's usage, arguments and options.\n");
    text += exitCodesText();
    return text;
}

QString CliApplication::commandHelp(const CliCommand& command) const {
    QString text;
    const QStringList usage = command.usage();
    for (qsizetype i = 0; i < usage.size(); ++i)
        text += (i == 0 ? QStringLiteral("Usage: ") : QStringLiteral("       ")) +
                QStringLiteral("mailsight-cli [OPTIONS] ") + usage.at(i) + QLatin1Char('\n');
    text += QLatin1Char('\n') + CliHelpFormatter::wrap(command.description(), 0);
    if (const QList<CliArgument> arguments = command.arguments(); !arguments.isEmpty())
        text += QStringLiteral("\nArguments:\n") + CliHelpFormatter::arguments(arguments);
    if (const QList<CliOption> options = command.options(); !options.isEmpty())
        text +=
            QStringLiteral("\nOptions of '%1':\n").arg(command.name()) + CliHelpFormatter::options(options);
    QStringList globals;
    for (const CliOption& o : globalOptions())
        globals << QStringLiteral("--") + o.name;
    text += QStringLiteral("\n") +
            CliHelpFormatter::wrap(QStringLiteral("Global options (see mailsight-cli --help): ") +
                                       globals.join(QLatin1Char(' ')),
                                   0);
    text += exitCodesText();
    return text;
}

QString CliApplication::exitCodesText() {
    return QStringLiteral("\n") +
           CliHelpFormatter::wrap(QStringLiteral("Exit codes: 0 ok, 1 findings at or above the "
                                                 "failure threshold, 2 usage error or invalid "
                                                 "input, 3 the work could not be done (DNS or "
                                                 "file failure)."),
                                  0);
}

int CliApplication::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CliContext context(out, err);
    CliArgs args;
    const QList<CliOption> globals = globalOptions();

    // The command is the first positional; its options may be anywhere.
    QString commandName;
    auto findOption = [&](const QString& name, CliCommand* cmd) -> std::optional<CliOption> {
        for (const CliOption& o : globals)
            if (o.name == name)
                return o;
        if (cmd)
            for (const CliOption& o : cmd->options())
                if (o.name == name)
                    return o;
        // Options of any command, so that "--selector s1 dkim example.com" parses before the
        // command name is known; checked against the command below.
        for (const auto& c : m_commands)
            for (const CliOption& o : c->options())
                if (o.name == name)
                    return o;
        return std::nullopt;
    };

    const auto optionKind = [&](const QString& name) -> std::optional<bool> {
        const auto o = findOption(name, nullptr);
        return o ? std::optional<bool>(o->takesValue) : std::nullopt;
    };
    // `seed check --config FILE` names the seed configuration (docs/seed.md), not an arguments
    // file: that command's arguments are taken as given.
    const bool ownConfig = firstPositional(arguments.mid(1), optionKind) == QLatin1String("seed");
    auto expanded = ownConfig ? std::expected<QStringList, QString>(arguments.mid(1))
                              : CliConfigFile::expand(arguments.mid(1), optionKind);
    if (!expanded)
        return context.fail(expanded.error(), CliExit::Usage);
    const QStringList rest = *expanded;

    CliCommand* cmd = nullptr;
    bool onlyPositionals = false;
    for (int i = 0; i < rest.size(); ++i) {
        const QString& a = rest.at(i);
        if (!onlyPositionals && a == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (!onlyPositionals && a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a.mid(2);
            QString inlineValue;
            bool hasInline = false;
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
                hasInline = true;
            }
            const auto opt = findOption(name, cmd);
            if (!opt)
                return context.fail(QStringLiteral("unknown option --%1 (see --help)").arg(name),
                                    CliExit::Usage);
            QString value;
            if (opt->takesValue) {
                if (hasInline) {
                    value = inlineValue;
                } else {
                    if (i + 1 >= rest.size())
                        return context.fail(
                            QStringLiteral("--%1 needs a value (%2)").arg(name, opt->valueName),
                            CliExit::Usage);
                    value = rest.at(++i);
                }
            } else if (hasInline) {
                return context.fail(QStringLiteral("--%1 takes no value").arg(name), CliExit::Usage);
            }
            if (args.values.contains(name) && !opt->repeatable && opt->takesValue)
                args.values[name] = QStringList{value};
            else
                args.values[name].append(value);
            continue;
        }
        if (commandName.isEmpty()) {
            commandName = a;
            cmd = command(a);
            if (!cmd)
                return context.fail(QStringLiteral("unknown command '%1' (see --help)").arg(a),
                                    CliExit::Usage);
            continue;
        }
        args.positionals << a;
    }
    args.command = commandName;

    if (args.has(QStringLiteral("version"))) {
        out << "mailsight-cli " << QStringLiteral(MAILSIGHT_VERSION) << Qt::endl;
        return CliExit::Ok;
    }
    if (args.has(QStringLiteral("help")) || !cmd) {
        // After a command, its own help; alone, the overview.
        out << (cmd ? commandHelp(*cmd) : helpText());
        out.flush();
        return cmd || args.has(QStringLiteral("help")) ? CliExit::Ok : CliExit::Usage;
    }
    // Options that belong to another command only.
    for (auto it = args.values.cbegin(); it != args.values.cend(); ++it) {
        bool known = false;
        for (const CliOption& o : globals)
            known = known || o.name == it.key();
        for (const CliOption& o : cmd->options())
            known = known || o.name == it.key();
        if (!known)
            return context.fail(
                QStringLiteral("option --%1 does not apply to '%2'").arg(it.key(), cmd->name()),
                CliExit::Usage);
    }

    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    static const QHash<QString, CliFormat> formats{
        {QStringLiteral("text"), CliFormat::Text},         {QStringLiteral("json"), CliFormat::Json},
        {QStringLiteral("csv"), CliFormat::Csv},           {QStringLiteral("sarif"), CliFormat::Sarif},
        {QStringLiteral("junit"), CliFormat::Junit},       {QStringLiteral("html"), CliFormat::Html},
        {QStringLiteral("markdown"), CliFormat::Markdown}, {QStringLiteral("jsonl"), CliFormat::Jsonl}};
    if (!formats.contains(format))
        return context.fail(QStringLiteral("unknown --format '%1'").arg(format), CliExit::Usage);
    if (format == QLatin1String("jsonl") && cmd->name() != QLatin1String("audit") &&
        cmd->name() != QLatin1String("merge"))
        return context.fail(QStringLiteral("--format jsonl is for audit and merge"), CliExit::Usage);
    context.format = formats.value(format);
    context.formatName = format;
    for (const QString& r : args.all(QStringLiteral("resolver"))) {
        auto server = ServerAddress::parse(r);
        if (!server)
            return context.fail(server.error(), CliExit::Usage);
        context.resolvers << *server;
    }
    context.zoneFiles = args.all(QStringLiteral("zone"));
    context.offline = args.has(QStringLiteral("offline"));
    context.demo = args.has(QStringLiteral("demo"));
    if (args.has(QStringLiteral("timeout"))) {
        bool ok = false;
        context.timeoutMs = args.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || context.timeoutMs <= 0)
            return context.fail(QStringLiteral("--timeout needs a positive number of milliseconds"),
                                CliExit::Usage);
    }
    if (args.has(QStringLiteral("retries"))) {
        bool ok = false;
        context.retries = args.value(QStringLiteral("retries")).toInt(&ok);
        if (!ok || context.retries < 0)
            return context.fail(QStringLiteral("--retries needs a number of 0 or more"), CliExit::Usage);
    }
    for (const QString& rule : args.all(QStringLiteral("connect-to"))) {
        auto parsed = ConnectToRule::parse(rule);
        if (!parsed)
            return context.fail(parsed.error(), CliExit::Usage);
        context.net.connectTo << *parsed;
    }
    for (const QString& file : args.all(QStringLiteral("ca-file"))) {
        auto certs = NetOptions::readCaFile(file);
        if (!certs)
            return context.fail(certs.error(), CliExit::Usage);
        context.net.extraCa << *certs;
    }
    if (args.has(QStringLiteral("history")) && args.has(QStringLiteral("database")))
        return context.fail(QStringLiteral("--history and --database name the same store: give one of them"),
                            CliExit::Usage);
    context.historyPath = args.value(QStringLiteral("history"));
    if (args.has(QStringLiteral("database"))) {
        // Checked now, so that a bad URL is a usage error before any work (and never echoed).
        const QString url = args.value(QStringLiteral("database"));
        if (auto parsed = HistoryLocation::parse(url, HistoryDatabase::defaultPath()); !parsed)
            return context.fail(QStringLiteral("--database: %1").arg(parsed.error()), CliExit::Usage);
        if (url.trimmed().isEmpty())
            return context.fail(
                QStringLiteral("--database needs sqlite:PATH or postgresql://USER@HOST:PORT/DB"),
                CliExit::Usage);
        context.historyPath = url;
    }
    context.noHistory = args.has(QStringLiteral("no-history"));
    const int code = cmd->run(context, args);
    out.flush();
    err.flush();
    return code;
}
