#include "AuditAlerts.h"

#include "history/AuditHistory.h"
#include "monitor/AlertDelivery.h"
#include "monitor/AlertFormatter.h"
#include "monitor/AlertMonitor.h"

#include <QRegularExpression>
#include <QUrl>

QList<CliOption> AuditAlerts::options() {
    return {
        {QStringLiteral("alert-on"), true, false, QStringLiteral("regression|error|warning"),
         QStringLiteral(
             "alert when the audit regressed since the last one alerted on (a new finding at or "
             "above --fail-on, a lower grade, a changed record, an expiring certificate), or on any "
             "error / warning finding (docs/monitoring-alerts.md)")},
        {QStringLiteral("alert-command"), true, true, QStringLiteral("CMD"),
         QStringLiteral("run CMD (no shell) with the alert JSON on stdin; non-zero exit: not delivered")},
        {QStringLiteral("alert-webhook"), true, true, QStringLiteral("URL"),
         QStringLiteral("POST the alert to URL (http or https) in --alert-format")},
        {QStringLiteral("alert-format"), true, false, QStringLiteral("json|slack|alertmanager"),
         QStringLiteral("webhook body: mailsight JSON (default), Slack blocks, Alertmanager /api/v2/alerts")},
        {QStringLiteral("alert-mail"), true, true, QStringLiteral("ADDR"),
         QStringLiteral("mail the alert to ADDR through the local sendmail (sendmail -t -oi)")},
        {QStringLiteral("sendmail"), true, false, QStringLiteral("PATH"),
         QStringLiteral("the sendmail program (default $MAILSIGHT_SENDMAIL, else /usr/sbin/sendmail)")},
        {QStringLiteral("realert"), true, false, QStringLiteral("DURATION"),
         QStringLiteral("send a standing alert again after DURATION: 30m, 24h (default), 7d")},
    };
}

std::expected<std::optional<AlertSettings>, QString>
AuditAlerts::parse(const CliArgs& args, const CliContext& context, Severity failOn, bool failNever) {
    bool any = false;
    for (const CliOption& o : options())
        any = any || args.has(o.name);
    if (!any)
        return std::optional<AlertSettings>();
    if (context.noHistory || (context.demo && context.historyPath.isEmpty()))
        return std::unexpected(
            QStringLiteral("--alert-* compares with the stored audits and remembers the open "
                           "alerts: it needs the history (no --no-history; with --demo, "
                           "name --history DB)"));
    if (!args.has(QStringLiteral("alert-on")))
        return std::unexpected(QStringLiteral("--alert-command, --alert-webhook, --alert-mail and --realert "
                                              "need --alert-on regression|error|warning"));
    AlertSettings s;
    const auto mode = AlertSettings::modeFromName(args.value(QStringLiteral("alert-on")));
    if (!mode)
        return std::unexpected(QStringLiteral("--alert-on takes regression, error or warning"));
    s.mode = *mode;
    // Regression: a new finding at or above --fail-on (error when it is never).
    s.findingThreshold = s.mode == AlertSettings::Mode::Warning ? Severity::Warning
                         : s.mode == AlertSettings::Mode::Error ? Severity::Error
                         : failNever                            ? Severity::Error
                                                                : failOn;
    for (const QString& command : args.all(QStringLiteral("alert-command"))) {
        if (const auto argv = AlertDelivery::splitCommand(command); !argv)
            return std::unexpected(QStringLiteral("--alert-command '%1': %2").arg(command, argv.error()));
        s.commands << command;
    }
    for (const QString& url : args.all(QStringLiteral("alert-webhook"))) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
            return std::unexpected(
                QStringLiteral("--alert-webhook needs an http:// or https:// URL, not '%1'").arg(url));
        s.webhooks << url;
    }
    if (args.has(QStringLiteral("alert-format"))) {
        if (s.webhooks.isEmpty())
            return std::unexpected(
                QStringLiteral("--alert-format is the body of --alert-webhook: name a webhook"));
        s.webhookFormat = args.value(QStringLiteral("alert-format"));
        if (!AlertFormatter::formats().contains(s.webhookFormat))
            return std::unexpected(QStringLiteral("--alert-format takes json, slack or alertmanager"));
    }
    static const QRegularExpression address(QStringLiteral("^[^\\s@,;<>\"()]+@[^\\s@,;<>\"()]+$"));
    for (const QString& to : args.all(QStringLiteral("alert-mail"))) {
        if (!address.match(to).hasMatch())
            return std::unexpected(
                QStringLiteral("--alert-mail needs one address like ops@example.com, not '%1'").arg(to));
        s.mailTo << to;
    }
    if (args.has(QStringLiteral("sendmail"))) {
        if (s.mailTo.isEmpty())
            return std::unexpected(QStringLiteral("--sendmail is used for --alert-mail: name an address"));
        s.sendmail = args.value(QStringLiteral("sendmail"));
    }
    if (args.has(QStringLiteral("realert"))) {
        const auto seconds = AlertSettings::parseDuration(args.value(QStringLiteral("realert")));
        if (!seconds)
            return std::unexpected(QStringLiteral("--realert takes a duration such as 30m, 24h or 7d"));
        s.realertSeconds = *seconds;
    }
    // --ca-file: HTTPS webhooks trust it as the transport checks do.
    if (!s.webhooks.isEmpty() && !context.net.extraCa.isEmpty())
        s.trustAnchors = context.net.trustAnchors();
    if (!s.hasDestination())
        return std::unexpected(QStringLiteral(
            "--alert-on needs somewhere to send alerts: --alert-command, --alert-webhook or --alert-mail"));
    return std::optional<AlertSettings>(s);
}

int AuditAlerts::run(CliContext& context, const AlertSettings& settings, AuditHistory* history,
                     const QList<AuditReport>& reports) {
    if (!history)
        return context.fail(QStringLiteral("alerts not evaluated: the history could not be opened"),
                            CliExit::Failure);
    auto store = AlertStore::open(history->database());
    if (!store)
        return context.fail(QStringLiteral("alerts not evaluated: %1").arg(store.error()), CliExit::Failure);
    AlertMonitor monitor(settings, std::move(*store));
    // The audit the alerts were last evaluated on, else the previous stored one ("last").
    const auto outcome =
        monitor.run(reports, [history](const AuditReport& r, std::optional<qint64> evaluated) {
            if (evaluated && *evaluated != r.id)
                if (auto previous = history->load(*evaluated); previous && previous->domain == r.domain)
                    return std::expected<std::optional<AuditReport>, QString>(
                        std::optional<AuditReport>(*previous));
            return history->baseline(r.domain, QStringLiteral("last"), r.startedAt);
        });
    const AlertNotification& n = outcome.notification;
    if (!n.isEmpty() || outcome.delivered > 0)
        context.err << "mailsight-cli: alerts: " << n.firingCount() << " firing, " << n.resolvedCount()
                    << " resolved; " << outcome.delivered << " message(s) delivered" << Qt::endl;
    for (const QString& e : outcome.errors)
        context.err << "mailsight-cli: " << e << Qt::endl;
    return outcome.failed() ? CliExit::Failure : CliExit::Ok;
}
