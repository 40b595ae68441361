#pragma once
// Alerts on regression after an audit run: retries the messages an earlier run could not
// deliver, decides for each audited domain which alerts fire (new, changed, or repeated after
// --realert) and which are resolved, remembers the open ones (AlertStore), and sends one message
// to every destination. A message that cannot be delivered is queued and retried on the next
// run: an alert is never silently lost.
//
// Deduplication, per (domain, alert key): an open alert whose fingerprint is unchanged is not sent
// again until --realert has passed since it was last sent; a changed one is sent at once; one no
// longer present is sent as resolved and closed. Record changes are events: sent once, never
// opened. Staged audits alert nothing; an audit that timed out or was cancelled resolves nothing.

#include "AlertNotification.h"
#include "AlertSettings.h"
#include "AlertStore.h"
#include "audit/AuditReport.h"
#include "history/SeedHistoryRun.h"

#include <functional>
#include <memory>
#include <optional>

class AlertMonitor {
public:
    // The audit to compare `current` with, or nullopt; an error when it cannot be read.
    // evaluated: the audit the domain's alerts were last evaluated on, if any (it stays the
    // baseline when audits without --alert-* ran in between, so they cannot hide a regression).
    using BaselineLookup = std::function<std::expected<std::optional<AuditReport>, QString>(
        const AuditReport& current, std::optional<qint64> evaluated)>;

    struct Outcome {
        AlertNotification notification; // what this run had to say
        int delivered = 0;              // messages delivered, retried ones included
        int queued = 0;                 // messages of this run queued for the next
        QStringList errors;             // every failure, one line each
        bool failed() const { return !errors.isEmpty(); }
    };

    AlertMonitor(AlertSettings settings, std::unique_ptr<AlertStore> store);

    Outcome run(const QList<AuditReport>& reports, const BaselineLookup& baseline,
                const QDateTime& now = QDateTime::currentDateTimeUtc());

    // After a seed-mailbox run: its alerts (spam, missing, unreachable seed) fire, repeat or
    // resolve like an audit's; an audit never resolves them and they resolve nothing of an audit's.
    Outcome runSeeds(const SeedHistoryRun& run, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The events of one audit, with the open alerts updated (exposed for tests).
    std::expected<QList<AlertEvent>, QString> evaluate(const AuditReport& current,
                                                       const AuditReport* baseline, const QDateTime& now);
    // The events of one seed run, with the open alerts updated (exposed for tests).
    std::expected<QList<AlertEvent>, QString> evaluateSeeds(const SeedHistoryRun& run, const QDateTime& now);

private:
    // Who the events are about and which open alerts this run may resolve.
    struct Scope {
        QString domain;
        qint64 auditId = 0;
        QString grade;
        std::function<bool(const QString& key)> mayResolve;
        std::function<AlertCondition(const AlertCondition& open)> resolution;
    };
    std::expected<QList<AlertEvent>, QString> apply(const Scope& scope, const QHash<QString, OpenAlert>& open,
                                                    const QList<AlertCondition>& present,
                                                    const QDateTime& now);
    void retryQueued(Outcome& outcome);
    void deliver(const AlertNotification& notification, const QDateTime& now, Outcome& outcome);
    std::expected<void, QString> send(const QString& channel, const QString& target,
                                      const QByteArray& payload);

    AlertSettings m_settings;
    std::unique_ptr<AlertStore> m_store;
};
