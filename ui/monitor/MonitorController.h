#pragma once
// The Monitor: a list of domains re-audited every N hours while Mailsight runs. Each run audits
// every domain off the UI thread (the batch audit's runner, the settings' resolver), compares each
// with its last stored live audit, stores it, and reports regressions (a grade that drops, a new
// finding at warning or error, a changed record or DKIM key) for the tray and desktop
// notifications. Progress and Cancel as everywhere else.

#include "MonitorDomainState.h"
#include "ResolverPlan.h"
#include "audit/AuditReport.h"
#include "net/NetOptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class AuditRunnerHandle;

class MonitorController : public QObject {
    Q_OBJECT
public:
    explicit MonitorController(std::function<ResolverPlan()> planSource, QObject* parent = nullptr);
    ~MonitorController() override;

    void setNetOptionsSource(std::function<NetOptions()> source) { m_netSource = std::move(source); }
    void setHistoryPath(const QString& path) { m_historyPath = path; }
    // Asked at the start of each run (the window's settings or demo may have changed).
    void setHistoryPathSource(std::function<QString()> source) { m_historySource = std::move(source); }
    QString historyPath() const { return m_historyPath; }

    // Domains as typed; invalid ones are refused with the reason. Keeps the states of the others.
    std::expected<void, QString> setDomains(const QStringList& domains);
    QStringList domains() const;
    void setIntervalHours(int hours);
    int intervalHours() const { return m_intervalHours; }
    // While enabled, a run starts every interval (the first one interval after enabling).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    QDateTime nextRun() const { return m_enabled ? m_nextRun : QDateTime(); }

    void runNow();
    void cancel();
    bool isRunning() const { return m_running; }
    QList<MonitorDomainState> states() const { return m_states; }

    // The regressions between a baseline and a new audit of the same domain, one line each: those
    // of `audit --alert-on regression --fail-on warning` (RegressionDetector).
    static QStringList regressions(const AuditReport& baseline, const AuditReport& current);

Q_SIGNALS:
    void statesChanged();
    void progress(int done, int total);
    void runStarted();
    void runFinished(int regressed, int failed);
    void regression(const QString& domain, const QStringList& changes);
    void scheduleChanged();

private:
    struct Outcome;
    void finishRun();
    int indexOf(const QString& domain) const;

    std::function<ResolverPlan()> m_planSource;
    std::function<NetOptions()> m_netSource;
    std::function<QString()> m_historySource;
    QString m_historyPath;
    QList<MonitorDomainState> m_states;
    int m_intervalHours = 6;
    bool m_enabled = false;
    bool m_running = false;
    QDateTime m_nextRun;
    QTimer* m_timer;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher;
    std::shared_ptr<AuditRunnerHandle> m_job;
};
