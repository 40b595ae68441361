#include "AuditController.h"

#include "AuditTab.h"
#include "QueryLogModel.h"
#include "dns/DnsSession.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>

AuditController::AuditController(QueryLogModel* log, QObject* parent)
    : QObject(parent)
    , m_log(log) {}

AuditController::~AuditController() {
    cancelQueries();
}

void AuditController::addTab(AuditTab* tab) {
    m_tabs.append(tab);
    connect(tab, &AuditTab::finished, this,
            [this, tab](quint64 generation) { tabFinished(tab, generation); });
}

void AuditController::cancelQueries() {
    if (m_session)
        m_session->cancel();
}

void AuditController::start(const QString& domain, const QString& display, ResolverPlan plan) {
    if (m_session)
        m_session->cancel();
    m_session.reset();
    ++m_generation;
    m_domain = domain;
    m_display = display;
    m_log->clear();
    m_waiting = m_tabs;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    setRunning(true);

    // Zone files (offline, demo, staged) are parsed off the UI thread; the audit starts when the
    // resolver stack is ready, unless it was cancelled or superseded meanwhile.
    plan.domains = {m_domain};
    using Built = std::expected<std::shared_ptr<Resolver>, QString>;
    auto* watcher = new QFutureWatcher<Built>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        const Built built = watcher->result();
        if (!built) {
            setRunning(false);
            Q_EMIT resolverFailed(built.error());
            Q_EMIT statusMessage(tr("Not audited: the resolver could not be set up."), 8000);
            return;
        }
        launch(*built, generation);
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [plan] { return plan.build(); }));
}

void AuditController::launch(const std::shared_ptr<Resolver>& resolver, quint64 generation) {
    m_session = std::make_shared<DnsSession>(resolver);
    // entryAdded comes from DNS worker threads; the context object queues it to the UI thread.
    connect(
        m_session->log(), &QueryLog::entryAdded, this,
        [this, generation](const QueryLogEntry& entry) {
            if (generation == m_generation)
                m_log->appendEntry(entry);
        },
        Qt::QueuedConnection);
    Q_EMIT statusMessage(tr("Auditing %1 via %2…").arg(m_display, m_session->resolverDescription()), 0);
    Q_EMIT launching();
    for (AuditTab* tab : m_tabs)
        tab->startAudit(m_domain, m_session, generation);
    if (m_tabs.isEmpty())
        finish(false);
}

void AuditController::tabFinished(AuditTab* tab, quint64 generation) {
    if (!m_running || generation != m_generation)
        return;
    m_waiting.removeAll(tab);
    const int done = static_cast<int>(m_tabs.size() - m_waiting.size());
    // Busy until the first check is done (a single check would otherwise sit at 0 % until it ends).
    Q_EMIT progressChanged(done, static_cast<int>(m_tabs.size()));
    if (m_waiting.isEmpty())
        finish(false);
}

void AuditController::cancel() {
    if (!m_running)
        return;
    if (m_session) // null while the resolver stack is still being built
        m_session->cancel();
    finish(true);
}

void AuditController::finish(bool cancelled) {
    setRunning(false);
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    // Count from the session's log itself: the last rows may still be queued to the model.
    const QList<QueryLogEntry> entries = m_session ? m_session->log()->entries() : QList<QueryLogEntry>();
    const auto queries = entries.size();
    const auto unanswered = std::count_if(entries.begin(), entries.end(), [](const QueryLogEntry& e) {
        return e.answer.outcome == DnsOutcome::Cancelled;
    });
    const auto failed = std::count_if(entries.begin(), entries.end(), [](const QueryLogEntry& e) {
        return dnsOutcomeIsFailure(e.answer.outcome) && e.answer.outcome != DnsOutcome::Cancelled;
    });
    if (cancelled) {
        Q_EMIT statusMessage(
            tr("Audit of %1 cancelled after %2 ms: %3 queries answered, %4 cut short. Nothing "
               "is known about what they would have returned.")
                .arg(m_display)
                .arg(ms)
                .arg(queries - unanswered)
                .arg(unanswered),
            0);
    } else {
        Q_EMIT statusMessage(
            tr("%1 audited in %2 ms; DNS queries: %3").arg(m_display).arg(ms).arg(queries) +
                (failed > 0 ? tr(", of which failed: %1 (see the query log)").arg(failed) : QString()) +
                QLatin1Char('.'),
            0);
    }
}

void AuditController::setRunning(bool running) {
    m_running = running;
    if (!running)
        m_waiting.clear();
    Q_EMIT runningChanged(running);
}
