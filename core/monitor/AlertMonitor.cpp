#include "AlertMonitor.h"

#include "AlertDelivery.h"
#include "AlertFormatter.h"
#include "RegressionDetector.h"
#include "SeedAlertConditions.h"

AlertMonitor::AlertMonitor(AlertSettings settings, std::unique_ptr<AlertStore> store)
    : m_settings(std::move(settings))
    , m_store(std::move(store)) {}

std::expected<QList<AlertEvent>, QString>
AlertMonitor::evaluate(const AuditReport& current, const AuditReport* baseline, const QDateTime& now) {
    auto opened = m_store->openAlerts(current.domain);
    if (!opened)
        return std::unexpected(opened.error());
    QHash<QString, AlertCondition> openConditions;
    for (auto it = opened->constBegin(); it != opened->constEnd(); ++it)
        openConditions.insert(it.key(), it->condition);
    Scope scope;
    scope.domain = current.domain;
    scope.auditId = current.id;
    scope.grade = current.grade;
    // A seed run's alerts are resolved by seed runs only; an audit that could not see everything
    // resolves nothing.
    const bool complete = !current.timedOut && !current.cancelled;
    scope.mayResolve = [complete](const QString& key) {
        return complete && !SeedAlertConditions::isSeedKey(key);
    };
    scope.resolution = [&current](const AlertCondition& c) {
        return RegressionDetector::resolution(c, current);
    };
    return apply(scope, *opened,
                 RegressionDetector::detect(current, baseline, openConditions, m_settings, now), now);
}

std::expected<QList<AlertEvent>, QString> AlertMonitor::evaluateSeeds(const SeedHistoryRun& run,
                                                                      const QDateTime& now) {
    auto opened = m_store->openAlerts(run.domain);
    if (!opened)
        return std::unexpected(opened.error());
    Scope scope;
    scope.domain = run.domain;
    const QSet<QString> unknown = SeedAlertConditions::unknownKeys(run);
    scope.mayResolve = [&unknown](const QString& key) {
        return SeedAlertConditions::isSeedKey(key) && !unknown.contains(key);
    };
    scope.resolution = [&run](const AlertCondition& c) { return SeedAlertConditions::resolution(c, run); };
    return apply(scope, *opened, SeedAlertConditions::detect(run), now);
}

std::expected<QList<AlertEvent>, QString> AlertMonitor::apply(const Scope& scope,
                                                              const QHash<QString, OpenAlert>& open,
                                                              const QList<AlertCondition>& present,
                                                              const QDateTime& now) {
    QList<AlertEvent> events;
    auto event = [&](const AlertCondition& c, const QString& status, const QString& reason,
                     const QDateTime& since) {
        AlertEvent e;
        e.condition = c;
        e.status = status;
        e.reason = reason;
        e.startsAt = since;
        if (status == QLatin1String("resolved"))
            e.endsAt = now;
        e.auditId = scope.auditId;
        e.grade = scope.grade;
        events << e;
    };
    QSet<QString> presentKeys;
    for (const AlertCondition& c : present) {
        presentKeys.insert(c.key);
        if (c.event) {
            event(c, QStringLiteral("firing"), QStringLiteral("new"), now);
            continue;
        }
        OpenAlert state;
        state.condition = c;
        state.fingerprint = c.fingerprint();
        const auto it = open.constFind(c.key);
        QString reason;
        if (it == open.constEnd()) {
            reason = QStringLiteral("new");
            state.firstSeen = now;
        } else {
            state.firstSeen = it->firstSeen;
            state.lastSent = it->lastSent;
            if (it->fingerprint != state.fingerprint)
                reason = QStringLiteral("changed");
            else if (it->lastSent.secsTo(now) >= m_settings.realertSeconds)
                reason = QStringLiteral("repeat");
        }
        if (!reason.isEmpty()) {
            event(c, QStringLiteral("firing"), reason, state.firstSeen);
            state.lastSent = now;
        }
        if (auto saved = m_store->save(scope.domain, state, scope.auditId); !saved)
            return std::unexpected(saved.error());
    }
    // Gone since the last run: resolved, when this run could see it.
    for (auto it = open.constBegin(); it != open.constEnd(); ++it) {
        if (presentKeys.contains(it.key()) || !scope.mayResolve(it.key()))
            continue;
        event(scope.resolution(it->condition), QStringLiteral("resolved"), QStringLiteral("resolved"),
              it->firstSeen);
        if (auto closed = m_store->close(scope.domain, it.key()); !closed)
            return std::unexpected(closed.error());
    }
    return events;
}

std::expected<void, QString> AlertMonitor::send(const QString& channel, const QString& target,
                                                const QByteArray& payload) {
    if (channel == QLatin1String("command"))
        return AlertDelivery::runCommand(target, payload, m_settings.deliveryTimeoutMs);
    if (channel == QLatin1String("webhook"))
        return AlertDelivery::postWebhook(target, payload, m_settings.deliveryTimeoutMs,
                                          m_settings.trustAnchors);
    if (channel == QLatin1String("mail"))
        return AlertDelivery::sendMail(AlertDelivery::sendmailPath(m_settings.sendmail), payload,
                                       m_settings.deliveryTimeoutMs);
    return std::unexpected(QStringLiteral("unknown alert channel '%1'").arg(channel));
}

void AlertMonitor::retryQueued(Outcome& outcome) {
    auto queued = m_store->queued();
    if (!queued) {
        outcome.errors << QStringLiteral("undelivered alerts not retried: %1").arg(queued.error());
        return;
    }
    for (const QueuedAlert& m : std::as_const(*queued)) {
        if (auto sent = send(m.channel, m.target, m.payload); sent) {
            ++outcome.delivered;
            if (auto removed = m_store->remove(m.id); !removed)
                outcome.errors << removed.error();
        } else {
            outcome.errors << QStringLiteral("alert queued at %1 still not delivered (attempt %2): %3")
                                  .arg(m.createdAt.toString(Qt::ISODate))
                                  .arg(m.attempts + 1)
                                  .arg(sent.error());
            if (auto updated = m_store->recordFailure(m.id, sent.error()); !updated)
                outcome.errors << updated.error();
        }
    }
}

void AlertMonitor::deliver(const AlertNotification& n, const QDateTime& now, Outcome& outcome) {
    struct Message {
        QString channel, target, format;
        QByteArray payload;
    };
    QList<Message> messages;
    const QByteArray json = AlertFormatter::json(n);
    for (const QString& command : std::as_const(m_settings.commands))
        messages << Message{QStringLiteral("command"), command, QStringLiteral("json"), json};
    for (const QString& url : std::as_const(m_settings.webhooks))
        messages << Message{QStringLiteral("webhook"), url, m_settings.webhookFormat,
                            AlertFormatter::format(m_settings.webhookFormat, n, m_settings.realertSeconds)};
    if (!m_settings.mailTo.isEmpty())
        messages << Message{QStringLiteral("mail"), m_settings.mailTo.join(QStringLiteral(", ")), QString(),
                            AlertFormatter::mail(n, m_settings.mailTo)};
    for (const Message& m : std::as_const(messages)) {
        auto sent = send(m.channel, m.target, m.payload);
        if (sent) {
            ++outcome.delivered;
            continue;
        }
        QueuedAlert q;
        q.channel = m.channel;
        q.target = m.target;
        q.format = m.format;
        q.payload = m.payload;
        q.createdAt = now;
        q.attempts = 1;
        q.lastError = sent.error();
        if (auto queued = m_store->enqueue(q); queued) {
            ++outcome.queued;
            outcome.errors << sent.error() + QStringLiteral(" (queued, retried on the next run)");
        } else {
            outcome.errors << sent.error() + QStringLiteral(" (and not queued: %1)").arg(queued.error());
        }
    }
}

AlertMonitor::Outcome AlertMonitor::run(const QList<AuditReport>& reports, const BaselineLookup& baseline,
                                        const QDateTime& now) {
    Outcome outcome;
    outcome.notification.sentAt = now;
    retryQueued(outcome);
    for (const AuditReport& r : reports) {
        if (r.staged)
            continue; // not what is live
        auto evaluated = m_store->evaluatedAudit(r.domain);
        if (!evaluated) {
            outcome.errors
                << QStringLiteral("alerts for %1 not evaluated: %2").arg(r.domain, evaluated.error());
            continue;
        }
        auto previous = baseline(r, *evaluated);
        if (!previous) {
            outcome.errors
                << QStringLiteral("alerts for %1 not evaluated: %2").arg(r.domain, previous.error());
            continue;
        }
        auto events = evaluate(r, *previous ? &**previous : nullptr, now);
        if (!events) {
            outcome.errors << QStringLiteral("alerts for %1 not evaluated: %2").arg(r.domain, events.error());
            continue;
        }
        outcome.notification.events << *events;
        if (r.id > 0)
            if (auto saved = m_store->setEvaluatedAudit(r.domain, r.id); !saved)
                outcome.errors << saved.error();
    }
    if (!outcome.notification.isEmpty())
        deliver(outcome.notification, now, outcome);
    return outcome;
}

AlertMonitor::Outcome AlertMonitor::runSeeds(const SeedHistoryRun& run, const QDateTime& now) {
    Outcome outcome;
    outcome.notification.sentAt = now;
    retryQueued(outcome);
    auto events = evaluateSeeds(run, now);
    if (events)
        outcome.notification.events << *events;
    else
        outcome.errors
            << QStringLiteral("seed alerts for %1 not evaluated: %2").arg(run.domain, events.error());
    if (!outcome.notification.isEmpty())
        deliver(outcome.notification, now, outcome);
    return outcome;
}
