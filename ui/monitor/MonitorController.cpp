#include "MonitorController.h"

#include "audit/AuditRunner.h"
#include "audit/AuditRunnerHandle.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"
#include "history/AuditDiff.h"
#include "history/AuditHistory.h"
#include "monitor/RegressionDetector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

struct MonitorController::Outcome {
    QString error; // the resolver could not be built: nothing ran
    QString historyError;
    QList<AuditReport> reports;
    QHash<QString, QStringList> regressions; // by domain
    QHash<QString, QString> baselineGrades;
};

MonitorController::MonitorController(std::function<ResolverPlan()> planSource, QObject* parent)
    : QObject(parent)
    , m_planSource(std::move(planSource))
    , m_timer(new QTimer(this))
    , m_watcher(new QFutureWatcher<std::shared_ptr<Outcome>>(this)) {
    // A coarse tick against the wall clock: right after a suspend, not a full interval later.
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_enabled && !m_running && QDateTime::currentDateTimeUtc() >= m_nextRun)
            runNow();
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &MonitorController::finishRun);
}

MonitorController::~MonitorController() {
    if (m_job)
        m_job->cancel();
    m_watcher->waitForFinished();
}

std::expected<void, QString> MonitorController::setDomains(const QStringList& domains) {
    QList<MonitorDomainState> next;
    for (const QString& typed : domains) {
        const auto name = DnsName::fromUserInput(typed.trimmed());
        if (!name)
            return std::unexpected(tr("'%1' is not a domain name: %2").arg(typed, name.error()));
        const QString domain = name->ace();
        if (std::any_of(next.cbegin(), next.cend(), [&](const auto& s) { return s.domain == domain; }))
            continue;
        const int old = indexOf(domain);
        MonitorDomainState fresh;
        fresh.domain = domain;
        next << (old >= 0 ? m_states.at(old) : fresh);
    }
    m_states = next;
    Q_EMIT statesChanged();
    return {};
}

QStringList MonitorController::domains() const {
    QStringList out;
    for (const auto& s : m_states)
        out << s.domain;
    return out;
}

int MonitorController::indexOf(const QString& domain) const {
    for (int i = 0; i < m_states.size(); ++i)
        if (m_states.at(i).domain == domain)
            return i;
    return -1;
}

void MonitorController::setIntervalHours(int hours) {
    m_intervalHours = qBound(1, hours, 24);
    if (m_enabled)
        m_nextRun = QDateTime::currentDateTimeUtc().addSecs(qint64(m_intervalHours) * 3600);
    Q_EMIT scheduleChanged();
}

void MonitorController::setEnabled(bool enabled) {
    m_enabled = enabled;
    if (enabled) {
        m_nextRun = QDateTime::currentDateTimeUtc().addSecs(qint64(m_intervalHours) * 3600);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    Q_EMIT scheduleChanged();
}

QStringList MonitorController::regressions(const AuditReport& baseline, const AuditReport& current) {
    // The rules of `audit --alert-on regression` (RegressionDetector), with warnings counted: the
    // Monitor is watched by a person, not a pager.
    AlertSettings settings;
    settings.mode = AlertSettings::Mode::Regression;
    settings.findingThreshold = Severity::Warning;
    QStringList out;
    for (const AlertCondition& c :
         RegressionDetector::detect(current, &baseline, {}, settings, QDateTime::currentDateTimeUtc()))
        out << c.summary;
    return out;
}

void MonitorController::runNow() {
    if (m_running || m_states.isEmpty())
        return;
    if (m_historySource)
        m_historyPath = m_historySource();
    ResolverPlan plan = m_planSource ? m_planSource() : ResolverPlan{};
    plan.domains = domains();
    AuditRunOptions options;
    options.concurrency = 4;
    if (m_netSource)
        options.checkOptions.net = m_netSource();
    options.checkOptions.net.offline = options.checkOptions.net.offline || plan.offline();
    const QString historyPath = m_historyPath;
    const QStringList names = domains();
    m_job = std::make_shared<AuditRunnerHandle>();
    m_running = true;
    for (auto& s : m_states)
        s.state = MonitorDomainState::State::Running;
    Q_EMIT runStarted();
    Q_EMIT statesChanged();
    Q_EMIT progress(0, int(names.size()));
    m_watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [this, job = m_job, plan, options,
                                                                     historyPath, names] {
        auto out = std::make_shared<Outcome>();
        auto stack = plan.build();
        if (!stack) {
            out->error = stack.error();
            return out;
        }
        std::unique_ptr<AuditHistory> history;
        if (!historyPath.isEmpty()) {
            if (auto db = HistoryDatabase::open(historyPath); !db)
                out->historyError = db.error();
            else if (auto opened = AuditHistory::open(*db); !opened)
                out->historyError = opened.error();
            else
                history = std::move(*opened);
        }
        AuditRunOptions runOptions = options;
        if (auto trusted = plan.trust.apply(runOptions); !trusted) { // Settings → DNS trust
            out->error = trusted.error();
            return out;
        }
        if (history)
            runOptions.keyFirstSeen = [h = history.get()](const QString& d) { return h->keyFirstSeen(d); };
        AuditRunner runner(*stack, runOptions);
        connect(
            &runner, &AuditRunner::domainFinished, this,
            [this](int done, int total, const AuditReport&) { Q_EMIT progress(done, total); },
            Qt::QueuedConnection);
        job->attach(&runner);
        out->reports = runner.run(names);
        job->attach(nullptr);
        if (!history)
            return out;
        for (AuditReport& r : out->reports) {
            if (r.cancelled)
                continue; // a cut-short audit is no evidence
            auto baseline = history->baseline(r.domain, u"last"_s, r.startedAt);
            if (!baseline) {
                out->historyError = baseline.error();
            } else if (*baseline) {
                r.diff = AuditDiff::compare(**baseline, r);
                out->baselineGrades.insert(r.domain, (*baseline)->grade);
                out->regressions.insert(r.domain, regressions(**baseline, r));
            }
            if (auto stored = history->store(r); !stored)
                out->historyError = stored.error();
        }
        return out;
    }));
}

void MonitorController::cancel() {
    if (m_job)
        m_job->cancel();
}

void MonitorController::finishRun() {
    m_running = false;
    const std::shared_ptr<Outcome> out = m_watcher->result();
    m_job.reset();
    int regressed = 0, failed = 0;
    for (auto& s : m_states) {
        s.lastRun = QDateTime::currentDateTimeUtc();
        if (!out->error.isEmpty()) {
            s.state = MonitorDomainState::State::Failed;
            s.changes = {out->error};
            ++failed;
        }
    }
    for (const AuditReport& r : std::as_const(out->reports)) {
        const int i = indexOf(r.domain);
        if (i < 0)
            continue; // removed from the list while it ran
        MonitorDomainState& s = m_states[i];
        s.lastRun = r.startedAt;
        s.grade = r.cancelled ? QString() : r.grade;
        s.baseline = out->baselineGrades.value(r.domain);
        s.changes = out->regressions.value(r.domain);
        if (r.cancelled) {
            s.state = MonitorDomainState::State::Cancelled;
        } else if (!s.changes.isEmpty()) {
            s.state = MonitorDomainState::State::Regressed;
            ++regressed;
            Q_EMIT regression(r.domain, s.changes);
        } else {
            s.state = MonitorDomainState::State::Ok;
        }
        if (!out->historyError.isEmpty() && s.changes.isEmpty())
            s.changes = {tr("Not compared: the history could not be used (%1)").arg(out->historyError)};
        else if (m_historyPath.isEmpty() && !r.cancelled)
            s.changes = {tr("Not compared: no history is kept (Settings → Audit history)")};
        else if (!out->baselineGrades.contains(r.domain) && !r.cancelled)
            s.changes = {tr("First audit: the baseline of the next runs")};
    }
    if (m_enabled)
        m_nextRun = QDateTime::currentDateTimeUtc().addSecs(qint64(m_intervalHours) * 3600);
    Q_EMIT statesChanged();
    Q_EMIT scheduleChanged();
    Q_EMIT runFinished(regressed, failed);
}
