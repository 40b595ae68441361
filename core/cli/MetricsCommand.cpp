#include "MetricsCommand.h"

#include "history/HistoryDatabase.h"
#include "monitor/MetricsHistorySource.h"
#include "monitor/MetricsHttpServer.h"
#include "monitor/MetricsWriter.h"
#include "monitor/TerminationSignals.h"

#include <QCoreApplication>
#include <QFile>

QString MetricsCommand::description() const {
    return QStringLiteral(
        "Prints the Prometheus metrics (text exposition format 0.0.4) of the last stored audit of each "
        "domain in the history: grade, findings, SPF lookups, DMARC policy, DKIM keys, certificate "
        "expiry, DMARC pass ratio of the imported reports (last 7 days), when each audit ran and whether "
        "it could. With --listen it serves them at http://ADDR:PORT/metrics for a Prometheus scrape, "
        "read afresh from the history at each scrape, until SIGTERM or SIGINT. docs/monitoring.md lists "
        "the metrics and example alerting rules.");
}

QList<CliOption> MetricsCommand::options() const {
    return {{QStringLiteral("listen"), true, false, QStringLiteral("ADDR:PORT"),
             QStringLiteral("serve the metrics over HTTP at /metrics (127.0.0.1:9101, [::1]:9101, :9101 for "
                            "every interface; port 0 picks a free one) until SIGTERM or SIGINT")}};
}

int MetricsCommand::run(CliContext& context, const CliArgs& args) {
    if (!args.positionals.isEmpty())
        return context.fail(QStringLiteral("metrics takes no arguments (see metrics --help)"),
                            CliExit::Usage);
    if (context.format != CliFormat::Text)
        return context.fail(QStringLiteral("metrics writes the Prometheus text format only: no --format"),
                            CliExit::Usage);
    if (context.noHistory)
        return context.fail(QStringLiteral("metrics reads the history: not with --no-history"),
                            CliExit::Usage);
    const bool listen = args.has(QStringLiteral("listen"));
    std::pair<QHostAddress, quint16> address;
    if (listen) {
        auto parsed = MetricsHttpServer::parseListenAddress(args.value(QStringLiteral("listen")));
        if (!parsed)
            return context.fail(parsed.error(), CliExit::Usage);
        address = *parsed;
    }
    const QString path = context.historyPath.isEmpty() ? HistoryDatabase::defaultPath() : context.historyPath;
    if (!QFile::exists(path)) {
        // Printing once from a database that is not there is a mistake (a wrong path); a server may
        // well start before the first audit, and serves nothing until then.
        if (!listen)
            return context.fail(
                QStringLiteral("no history database at %1 (run `mailsight-cli audit` first, or name one "
                               "with --history)")
                    .arg(path),
                CliExit::Failure);
        context.err << "mailsight-cli: no history database at " << path
                    << " yet; serving no audits until one is stored" << Qt::endl;
    }
    auto database = HistoryDatabase::open(path);
    if (!database)
        return context.fail(database.error(), CliExit::Failure);
    const auto metrics = [db = *database]() -> std::expected<QByteArray, QString> {
        auto input = MetricsHistorySource::lastAudits(db, QDateTime::currentDateTimeUtc().date());
        if (!input)
            return std::unexpected(input.error());
        return MetricsWriter::write(*input);
    };

    if (!listen) {
        auto text = metrics();
        if (!text)
            return context.fail(text.error(), CliExit::Failure);
        if (text->isEmpty())
            context.err << "mailsight-cli: no stored audit in " << path << Qt::endl;
        context.out << QString::fromUtf8(*text);
        context.out.flush();
        return CliExit::Ok;
    }

    if (!QCoreApplication::instance())
        return context.fail(QStringLiteral("metrics --listen needs the application's event loop"),
                            CliExit::Failure);
    MetricsHttpServer server(metrics);
    TerminationSignals termination;
    if (!termination.isActive())
        return context.fail(QStringLiteral("cannot watch SIGTERM and SIGINT"), CliExit::Failure);
    int stoppedBy = 0;
    QObject::connect(&termination, &TerminationSignals::received, &server, [&stoppedBy](int signalNumber) {
        stoppedBy = signalNumber;
        QCoreApplication::quit();
    });
    QObject::connect(&server, &MetricsHttpServer::served, &server,
                     [&context](const QByteArray& method, const QByteArray& target, int status) {
                         if (status >= 500)
                             context.err << "mailsight-cli: " << method << ' ' << target << ": " << status
                                         << Qt::endl;
                     });
    if (auto listening = server.listen(address.first, address.second); !listening)
        return context.fail(listening.error(), CliExit::Failure);
    const QString host = server.address().protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(server.address().toString())
                             : server.address().toString();
    context.err << "mailsight-cli: serving metrics at http://" << host << ':' << server.port()
                << "/metrics (history " << path << "); SIGTERM or SIGINT stops" << Qt::endl;
    QCoreApplication::exec();
    context.err << "mailsight-cli: stopped (" << (stoppedBy == SIGTERM ? "SIGTERM" : "SIGINT") << ')'
                << Qt::endl;
    return CliExit::Ok;
}
