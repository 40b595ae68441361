#pragma once
// Audits many domains concurrently (bounded) on one resolver stack and one shared DNS cache:
// every registered check per domain, a per-domain time bound, progress and cancel. Each domain
// gets its own DnsSession, so its query log is exactly that domain's evidence.

#include "AuditCheck.h"
#include "AuditExpectations.h"
#include "AuditReport.h"

#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class DnsCache;
class DnsSession;
class Resolver;

struct AuditRunOptions {
    int concurrency = 16;        // domains audited at once
    int domainTimeoutMs = 60000; // per-domain bound; past it the domain's session is cancelled
    AuditCheckOptions checkOptions;
    std::optional<AuditExpectations> expectations;
    // Key fingerprint -> first audit that saw it, per domain (from the history), for key age.
    std::function<QHash<QString, QDateTime>(const QString& domain)> keyFirstSeen;
    QList<std::shared_ptr<AuditCheck>> checks; // empty: AuditChecks::all()
    // Streaming run: domains started ahead of the next one to hand over, at most (0: 4 ×
    // concurrency). Bounds the finished reports waiting for a slower domain before them.
    int reorderWindow = 0;
    // Answers the run's shared cache keeps at most (0: no bound; DnsCache::setMaxEntries).
    int cacheEntries = 0;
};

class AuditRunner : public QObject {
    Q_OBJECT
public:
    AuditRunner(std::shared_ptr<Resolver> resolver, AuditRunOptions options, QObject* parent = nullptr);
    ~AuditRunner() override;

    // Blocks until every domain is done (or cancelled); reports come back in the input order.
    // Call from a worker thread (QtConcurrent) in the GUI, or from the CLI main thread.
    QList<AuditReport> run(const QStringList& domains);
    // Streaming: each finished report is handed to sink in the input order, on the calling
    // thread, and dropped once sink returns, so a batch holds only the reports in flight and those
    // finished ahead of a slower one (reorderWindow). Domains not started when cancel() is called
    // are handed over too, marked cancelled. domainFinished is still emitted as each finishes.
    using ReportSink = std::function<void(qsizetype index, AuditReport& report)>;
    void run(const QStringList& domains, const ReportSink& sink);
    // One domain, on the calling thread. With a session (the GUI's), the checks ask through it,
    // so its query log and cache hold the audit's evidence; otherwise the domain gets its own.
    AuditReport auditDomain(const QString& domain, std::shared_ptr<DnsSession> session = {});
    // Thread-safe: running sessions stop at once, domains not started yet are reported cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    std::shared_ptr<DnsCache> cache() const { return m_cache; }
    // Reads a domains file: one name a line, '#' comments and blank lines ignored, duplicates once.
    static std::expected<QStringList, QString> readDomainsFile(const QString& path);
    // Applies expectations and the grade to a finished report (also used after a replay).
    void finishReport(AuditReport& report) const;

Q_SIGNALS:
    // Emitted from worker threads; connect with a receiver context (queued to its thread).
    void domainFinished(int done, int total, const AuditReport& report);

private:
    // Streaming runs give glibc's free pages back to the system every kTrimEvery reports (the
    // executables allocate through jemalloc, which does so itself: app/jemalloc_settings.cpp; this
    // serves builds without it and the tests).
    static constexpr qsizetype kTrimEvery = 32;
    static void releaseFreeMemory();

    std::shared_ptr<Resolver> m_resolver;
    std::shared_ptr<DnsCache> m_cache;
    AuditRunOptions m_options;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    QSet<DnsSession*> m_active;
};
