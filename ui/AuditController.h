#pragma once
// Runs an audit of the main window: builds the resolver stack off the UI thread, then one
// DnsSession that every tab's check shares, fills the query log, counts the tabs that finished
// and says in the status bar how it went. A generation number drops the results and log rows of
// audits that were cancelled or superseded by a newer one.

#include "ResolverPlan.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class AuditTab;
class DnsSession;
class QueryLogModel;
class Resolver;

class AuditController : public QObject {
    Q_OBJECT
public:
    AuditController(QueryLogModel* log, QObject* parent);
    ~AuditController() override;

    // The tabs an audit starts and waits for.
    void addTab(AuditTab* tab);
    const QList<AuditTab*>& tabs() const { return m_tabs; }

    // Starts auditing domain (A-labels; display is the form users read), superseding a running
    // audit. The resolver stack is built from plan (its domains are set here).
    void start(const QString& domain, const QString& display, ResolverPlan plan);
    // Stops the running audit: its queries are cut short and it is reported as cancelled.
    void cancel();
    // Cuts the session's queries short without reporting (the window closes).
    void cancelQueries();

    bool isRunning() const { return m_running; }
    // The running or last audit's domain, in A-labels.
    const QString& domain() const { return m_domain; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(int done, int total);
    // The resolver stack could not be built; nothing was asked.
    void resolverFailed(const QString& error);
    // The session is set up and the tabs are about to start.
    void launching();
    void statusMessage(const QString& message, int timeoutMs);

private:
    void launch(const std::shared_ptr<Resolver>& resolver, quint64 generation);
    void tabFinished(AuditTab* tab, quint64 generation);
    void finish(bool cancelled);
    void setRunning(bool running);

    QueryLogModel* m_log;
    QList<AuditTab*> m_tabs;
    QList<AuditTab*> m_waiting; // tabs of the running generation not finished yet
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<DnsSession> m_session;
    QString m_domain;
    QString m_display;
    qint64 m_startedMs = 0;
};
