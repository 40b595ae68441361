#include "AuditRunner.h"

#include "AuditChecks.h"
#include "AuditGrader.h"
#include "dns/DnsCache.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QFile>
#include <QSemaphore>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

AuditRunner::AuditRunner(std::shared_ptr<Resolver> resolver, AuditRunOptions options, QObject* parent)
    : QObject(parent)
    , m_resolver(std::move(resolver))
    , m_cache(std::make_shared<DnsCache>())
    , m_options(std::move(options)) {
    if (m_options.checks.isEmpty())
        m_options.checks = AuditChecks::all();
    m_options.concurrency = std::max(1, m_options.concurrency);
    if (m_options.cacheEntries > 0)
        m_cache->setMaxEntries(m_options.cacheEntries);
}

AuditRunner::~AuditRunner() = default;

void AuditRunner::releaseFreeMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void AuditRunner::cancel() {
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    for (DnsSession* s : std::as_const(m_active))
        s->cancel();
}

QList<AuditReport> AuditRunner::run(const QStringList& domains) {
    QList<AuditReport> reports(domains.size());
    run(domains, [&reports](qsizetype i, AuditReport& report) { reports[i] = std::move(report); });
    return reports;
}

void AuditRunner::run(const QStringList& domains, const ReportSink& sink) {
    // Domain tasks wait on their checks, which run on DnsSession::checkPool(): a pool of our own
    // keeps a batch from filling the check pool with waiters.
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.concurrency);
    const qsizetype total = domains.size();
    const qsizetype window =
        m_options.reorderWindow > 0 ? m_options.reorderWindow : qsizetype(m_options.concurrency) * 4;
    QMutex mutex; // guards finished and done
    QWaitCondition arrived;
    QHash<qsizetype, AuditReport> finished; // done, waiting for an earlier domain
    int done = 0;
    qsizetype started = 0;
    for (qsizetype next = 0; next < total; ++next) {
        // Start what the window allows: the domains in flight plus those waiting for `next`.
        for (; started < total && started < next + window; ++started)
            pool.start([this, i = started, total, &domains, &finished, &done, &mutex, &arrived] {
                AuditReport report = auditDomain(domains.at(i));
                // One emission at a time: receivers connected directly (progress printers, spies)
                // must not be entered from several pool threads at once.
                QMutexLocker lock(&mutex);
                Q_EMIT domainFinished(++done, int(total), report);
                finished.insert(i, std::move(report));
                arrived.wakeAll();
            });
        AuditReport report;
        {
            QMutexLocker lock(&mutex);
            while (!finished.contains(next))
                arrived.wait(&mutex);
            report = finished.take(next);
        }
        sink(next, report);
        // The reports are freed in another order than they were made, on other threads: glibc
        // keeps the freed pages of its per-thread arenas, and the resident size of a long batch
        // crept up with the list (135 MB after 1000 domains, 167 MB after 3000, at a flat heap of
        // ~80 MB). Handing the free pages back now and then keeps it at the heap's size.
        if ((next + 1) % kTrimEvery == 0)
            releaseFreeMemory();
    }
    pool.waitForDone();
}

AuditReport AuditRunner::auditDomain(const QString& input, std::shared_ptr<DnsSession> given) {
    AuditReport report;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.queriesAsked = 0;
    report.resolver = m_resolver ? m_resolver->describe() : QString();
    const auto name = DnsName::fromUserInput(input);
    report.domain = name ? name->ace() : input.trimmed().toLower();
    if (!name) {
        Finding f = FindingCatalogue::make(u"DNS-INVALID-NAME", name.error(), {input});
        f.area = QStringLiteral("dns");
        f.domain = report.domain;
        report.findings << f;
    } else if (m_cancelled) {
        report.cancelled = true;
    } else {
        auto session = given ? given : std::make_shared<DnsSession>(m_resolver, m_cache);
        {
            QMutexLocker lock(&m_mutex);
            m_active.insert(session.get());
        }
        if (m_cancelled)
            session->cancel();
        AuditCheckOptions options = m_options.checkOptions;
        if (m_options.expectations)
            options = m_options.expectations->checkOptionsFor(report.domain, options);

        // Checks run side by side; the semaphore lets us wait for all of them with a time bound.
        // Those that read the others' results (runsAfterOthers) start when the others are done.
        const QString domain = report.domain;
        const QDeadlineTimer deadline(m_options.domainTimeoutMs);
        QList<QFuture<AuditCheckResult>> futures(m_options.checks.size());
        for (const bool after : {false, true}) {
            QSemaphore finished;
            QList<qsizetype> started;
            if (after)
                for (qsizetype i = 0; i < futures.size(); ++i)
                    if (!m_options.checks.at(i)->runsAfterOthers())
                        options.earlier.insert(m_options.checks.at(i)->area(), futures[i].result().json);
            for (qsizetype i = 0; i < m_options.checks.size(); ++i) {
                const auto& check = m_options.checks.at(i);
                if (check->runsAfterOthers() != after)
                    continue;
                started << i;
                futures[i] =
                    QtConcurrent::run(DnsSession::checkPool(), [check, domain, session, options, &finished] {
                        AuditCheckResult r = check->run(domain, *session, options);
                        finished.release();
                        return r;
                    });
            }
            const int waitMs = deadline.isForever() ? -1 : int(std::max<qint64>(0, deadline.remainingTime()));
            if (!finished.tryAcquire(int(started.size()), waitMs)) {
                report.timedOut = !m_cancelled;
                session->cancel(); // pending lookups answer Cancelled, so the checks end promptly
            }
            for (const qsizetype i : std::as_const(started))
                futures[i].waitForFinished(); // the semaphore dies with this scope
        }
        for (int i = 0; i < futures.size(); ++i) {
            const AuditCheckResult r = futures[i].result();
            const QString area = m_options.checks.at(i)->area();
            report.checks.insert(area, r.json);
            for (Finding f : r.findings) {
                if (f.area.isEmpty())
                    f.area = area;
                f.domain = report.domain;
                report.findings << f;
            }
            report.recordsFound += r.recordsFound;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_active.remove(session.get());
        }
        report.cancelled = m_cancelled.load();
        const QList<QueryLogEntry> entries = session->log()->entries();
        report.queriesAsked = int(std::count_if(entries.cbegin(), entries.cend(), [](const QueryLogEntry& e) {
            return !e.deduplicated && e.answer.source != DnsSource::Cache &&
                   e.answer.outcome != DnsOutcome::Cancelled;
        }));
        report.queriesAsked +=
            int(report.check(QStringLiteral("ns")).value(QStringLiteral("queries")).toArray().size());
        report.queryLog = session->log()->entries();
        report.records = AuditReport::recordsFromQueries(entries);
        for (const QueryLogEntry& e : entries)
            if (e.answer.staged) {
                report.staged = true;
                if (!report.stagedSources.contains(e.answer.server))
                    report.stagedSources << e.answer.server;
            }
        // Every question failed in transport: the domain was not audited at all, say so once.
        const bool allFailed =
            !entries.isEmpty() && std::all_of(entries.cbegin(), entries.cend(), [](const auto& e) {
                return e.answer.outcome == DnsOutcome::Timeout ||
                       e.answer.outcome == DnsOutcome::NetworkError;
            });
        if (allFailed) {
            Finding f = FindingCatalogue::make(u"DNS-RESOLVER-FAILURE", {}, {report.resolver});
            f.area = QStringLiteral("dns");
            f.domain = report.domain;
            report.findings.prepend(f);
        }
        if (report.timedOut) {
            Finding f = FindingCatalogue::make(
                u"AUDIT-TIMEOUT",
                QCoreApplication::translate("AuditRunner", "The checks of %1 were stopped after %2 ms.")
                    .arg(report.domain)
                    .arg(m_options.domainTimeoutMs));
            f.area = QStringLiteral("audit");
            f.domain = report.domain;
            report.findings.prepend(f);
        }
    }
    report.finishedAt = QDateTime::currentDateTimeUtc();
    finishReport(report);
    return report;
}

void AuditRunner::finishReport(AuditReport& report) const {
    if (m_options.expectations) {
        const auto firstSeen =
            m_options.keyFirstSeen ? m_options.keyFirstSeen(report.domain) : QHash<QString, QDateTime>{};
        QList<Finding> kept;
        for (const Finding& f : std::as_const(report.findings))
            if (f.area != QLatin1String("expect"))
                kept << f;
        report.findings = kept + m_options.expectations->evaluate(report, firstSeen);
    }
    const AuditGrade g = AuditGrader::grade(report.findings);
    report.grade = g.letter;
    report.gradeReasons = g.reasons;
}

std::expected<QStringList, QString> AuditRunner::readDomainsFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::unexpected(QStringLiteral("%1: %2").arg(path, file.errorString()));
    QStringList out;
    QSet<QString> seen;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(file.readLine());
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const auto name = DnsName::fromUserInput(line);
        if (!name)
            return std::unexpected(QStringLiteral("%1:%2: '%3' is not a domain name: %4")
                                       .arg(path)
                                       .arg(lineNo)
                                       .arg(line, name.error()));
        if (!seen.contains(name->ace())) {
            seen.insert(name->ace());
            out << name->ace();
        }
    }
    return out;
}
