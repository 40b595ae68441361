#include "ReportImporter.h"

#include "AggregateReportFastParser.h"
#include "AggregateReportParser.h"
#include "MimeAttachmentExtractor.h"
#include "RecordPipeline.h"
#include "ReportRowWriter.h"
#include "ReportSchema.h"
#include "SourceTotals.h"
#include "TlsRptReportParser.h"

#include <QBuffer>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Mail and archives are read whole; plain XML is streamed. A mail file beyond this is not a report.
constexpr qint64 MaxInMemoryFile = 512LL * 1024 * 1024;

// Attempts of one file when the database gives its transaction up for another's (PostgreSQL's
// deadlock detection between two imports adding to the same totals).
constexpr int Attempts = 4;

} // namespace

// NULL-aware like the SQL of ReportSchema::daysUpsert: a result that is NULL (absent or unusable)
// is neither pass nor fail, so a row with one of them NULL and no pass counts in no fail column.
struct ReportImporter::DayTotals {
    qint64 pass = 0;
    qint64 failNone = 0;
    qint64 quarantined = 0;
    qint64 rejected = 0;
    void add(const AggregateRecord& r) {
        const bool passed = r.spfAligned == u"pass" || r.dkimAligned == u"pass";
        if (passed) {
            pass += r.count;
            return;
        }
        if (r.spfAligned.isNull() || r.dkimAligned.isNull())
            return;
        if (r.disposition == u"quarantine")
            quarantined += r.count;
        else if (r.disposition == u"reject")
            rejected += r.count;
        else
            failNone += r.count;
    }
};

struct ReportImporter::Statements {
    explicit Statements(const QSqlDatabase& database)
        : db(database)
        , insertDmarc(db)
        , updateDmarc(db)
        , rows(ReportRowWriter::create(db))
        , insertTls(db)
        , insertPolicy(db)
        , insertFailure(db) {
        // The database decides what is a duplicate (UNIQUE (org, report_id)), not a read before
        // the write: of two imports of one report at once, the second waits for the first and
        // then inserts nothing.
        insertDmarc.prepare(QStringLiteral(
            "INSERT INTO dmarc_reports (org, report_id, org_name, email, domain, begin_ts, end_ts, version, "
            "policy_json, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (org, report_id) DO NOTHING RETURNING id"));
        updateDmarc.prepare(
            QStringLiteral("UPDATE dmarc_reports SET records = ?, messages = ?, warnings = ? WHERE id = ?"));
        insertTls.prepare(
            QStringLiteral("INSERT INTO tlsrpt_reports (org, report_id, contact, begin_ts, end_ts, "
                           "warnings, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (org, report_id) DO NOTHING RETURNING id"));
        insertPolicy.prepare(QStringLiteral(
            "INSERT INTO tlsrpt_policies (report, domain, policy_type, policy_string, mx_hosts, "
            "successful, failed) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        insertFailure.prepare(
            QStringLiteral("INSERT INTO tlsrpt_failures (policy, result_type, sending_mta_ip, receiving_mx, "
                           "receiving_ip, failed, "
                           "reason_code, additional_information) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    // "database error: ..."; remembers whether the database gave this transaction up for another's
    // sake (then the file is imported again).
    QString failure(const QSqlError& error) {
        transient = transient || ReportRowWriter::isTransient(error);
        return QStringLiteral("database error: %1").arg(error.text());
    }
    QString failure(const QSqlQuery& q) { return failure(q.lastError()); }
    QString failure(const QString& rowError) {
        transient = transient || (rows && rows->lastFailureTransient());
        return rowError;
    }
    // Runs an INSERT … RETURNING id: the new row's id, or null when nothing was inserted.
    std::expected<QVariant, QString> insertReturningId(QSqlQuery& q) {
        if (!q.exec())
            return std::unexpected(failure(q));
        QVariant id = q.next() ? q.value(0) : QVariant();
        q.finish();
        return id;
    }

    QSqlDatabase db;
    QSqlQuery insertDmarc;
    QSqlQuery updateDmarc;
    std::unique_ptr<ReportRowWriter> rows; // dmarc_records, dmarc_dkim, per-source sums
    QSqlQuery insertTls;
    QSqlQuery insertPolicy;
    QSqlQuery insertFailure;
    qint64 now = QDateTime::currentSecsSinceEpoch();
    QString sourcePath;
    bool transient = false;
};

ReportImporter::ReportImporter(std::shared_ptr<HistoryDatabase> database, ReportArchiveLimits limits)
    : m_database(std::move(database))
    , m_archives(limits) {}

std::expected<void, QString> ReportImporter::prepare() {
    return m_database->migrate(ReportSchema::component(), ReportSchema::migrations());
}

QStringList ReportImporter::expandPaths(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files.append(found);
    }
    return files;
}

QList<ImportFileResult> ReportImporter::importPaths(const QStringList& paths, const Progress& progress,
                                                    const std::atomic_bool* cancel) {
    const QStringList files = expandPaths(paths);
    QList<ImportFileResult> results;
    results.reserve(files.size());
    for (const QString& file : files) {
        if (cancel && cancel->load())
            break;
        results.append(importFile(file));
        if (progress)
            progress(int(results.size()), int(files.size()), results.constLast());
    }
    return results;
}

ImportFileResult ReportImporter::importFile(const QString& path) {
    ImportFileResult result;
    for (int attempt = 1;; ++attempt) {
        bool transient = false;
        result = importFileOnce(path, transient);
        if (!transient || attempt == Attempts)
            return result;
    }
}

ImportFileResult ReportImporter::importFileOnce(const QString& path, bool& transient) {
    ImportFileResult result;
    result.path = path;
    auto connection = m_database->connection();
    if (!connection) {
        result.reason = connection.error();
        return result;
    }
    QSqlDatabase db = *connection;
    // SQLite: BEGIN IMMEDIATE takes the write lock now, waiting out another writer (busy
    // timeout); a deferred BEGIN reads first and then fails at once (SQLITE_BUSY) when it cannot
    // upgrade to writing because another connection wrote meanwhile. PostgreSQL locks rows as
    // they are written.
    if (auto begun = m_database->beginWrite(db); !begun) {
        result.reason = begun.error();
        return result;
    }
    std::expected<void, QString> outcome;
    {
        Statements s(db);
        s.sourcePath = path;
        if (!s.rows)
            outcome = std::unexpected(QStringLiteral("database error: reports are stored in SQLite or "
                                                     "PostgreSQL only (driver %1)")
                                          .arg(db.driverName()));
        else
            outcome = importContents(s, path, result);
        transient = !outcome && s.transient;
    }
    if (!outcome) {
        db.rollback();
        ImportFileResult rejected;
        rejected.path = path;
        rejected.reason = outcome.error();
        return rejected;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        transient = ReportRowWriter::isTransient(error);
        db.rollback();
        ImportFileResult rejected;
        rejected.path = path;
        rejected.reason = QStringLiteral("database error: %1").arg(error.text());
        return rejected;
    }
    result.status = result.reports > 0 ? ImportStatus::Imported : ImportStatus::Duplicate;
    result.domains.removeDuplicates();
    return result;
}

std::expected<void, QString> ReportImporter::importContents(Statements& s, const QString& path,
                                                            ImportFileResult& result) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    const QString name = QFileInfo(path).fileName();
    if (file.size() == 0)
        return std::unexpected(QStringLiteral("empty file"));
    const QByteArray head = file.peek(4096);
    const bool compressed = ReportArchiveReader::isCompressed(head);
    const bool message = !compressed && MimeAttachmentExtractor::looksLikeMessage(head);
    if (!compressed && !message)
        return importPayload(s, &file, name, result); // streamed

    if (file.size() > MaxInMemoryFile)
        return std::unexpected(QStringLiteral("%1 MiB is too large for a report archive or message")
                                   .arg(file.size() / (1024 * 1024)));
    const QByteArray data = file.readAll();
    QList<ReportPayload> containers;
    if (message) {
        const MimeAttachmentExtractor::Result mail = MimeAttachmentExtractor::extract(data, name);
        if (mail.attachments.isEmpty()) {
            if (mail.failureReports > 0)
                return std::unexpected(QStringLiteral(
                    "a DMARC failure (forensic) report, not an aggregate report: nothing to import"));
            return std::unexpected(
                QStringLiteral("a mail message without a report attachment (XML, JSON, gzip or zip)"));
        }
        containers = mail.attachments;
    } else {
        containers.append({name, data});
    }
    // One report in memory at a time; an archive is measured whole before the first is kept.
    const auto importOne = [&](ReportPayload&& payload) -> std::expected<void, QString> {
        QBuffer buffer(&payload.data);
        buffer.open(QIODevice::ReadOnly);
        auto imported = importPayload(s, &buffer, payload.name, result);
        if (!imported)
            return std::unexpected(payload.name == name
                                       ? imported.error()
                                       : QStringLiteral("%1: %2").arg(payload.name, imported.error()));
        return {};
    };
    for (const ReportPayload& container : std::as_const(containers))
        if (auto read = m_archives.read(container.data, container.name, importOne); !read)
            return read;
    return {};
}

std::expected<void, QString> ReportImporter::importPayload(Statements& s, QIODevice* device,
                                                           const QString& name, ImportFileResult& result) {
    const QByteArray head = device->peek(1024);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && QChar::isSpace(uchar(head[i])))
        ++i;
    if (i >= head.size())
        return std::unexpected(QStringLiteral("empty report"));
    result.bytes += device->size();
    if (head[i] == '<')
        return importDmarc(s, device, name, result);
    if (head[i] == '{')
        return importTlsRpt(s, device->readAll(), name, result);
    return std::unexpected(QStringLiteral("neither XML nor JSON: not a DMARC aggregate or TLS report"));
}

std::expected<void, QString> ReportImporter::storeTotals(Statements& s, const AggregateReportHeader& h,
                                                         const DayTotals& day, SourceTotals& sources,
                                                         const SelectorTotals& selectors) {
    const qint64 dayNumber = h.begin / 86400;
    if (auto stored = sources.store(*s.rows, h.domain, dayNumber); !stored)
        return std::unexpected(s.failure(stored.error()));
    QSqlQuery q(s.db);
    q.prepare(QStringLiteral(
        "INSERT INTO dmarc_days (domain, day, pass, fail_none, quarantined, rejected) VALUES (?, ?, ?, ?, ?, "
        "?) "
        "ON CONFLICT (domain, day) DO UPDATE SET pass = dmarc_days.pass + excluded.pass, "
        "fail_none = dmarc_days.fail_none + excluded.fail_none, quarantined = dmarc_days.quarantined + "
        "excluded.quarantined, rejected = dmarc_days.rejected + excluded.rejected"));
    q.addBindValue(h.domain);
    q.addBindValue(dayNumber);
    q.addBindValue(day.pass);
    q.addBindValue(day.failNone);
    q.addBindValue(day.quarantined);
    q.addBindValue(day.rejected);
    if (!q.exec())
        return std::unexpected(s.failure(q));
    q.prepare(QStringLiteral("INSERT INTO dmarc_selector_days (domain, day, dkim_domain, selector, messages, "
                             "pass) VALUES (?, ?, ?, ?, "
                             "?, ?) ON CONFLICT (domain, day, dkim_domain, selector) DO UPDATE SET "
                             "messages = dmarc_selector_days.messages + excluded.messages, "
                             "pass = dmarc_selector_days.pass + excluded.pass"));
    // In key order, as the source sums: concurrent imports lock the rows in the same order.
    QList<QPair<QString, QString>> keys = selectors.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto& key : std::as_const(keys)) {
        const auto& [messages, passed] = selectors.value(key);
        q.addBindValue(h.domain);
        q.addBindValue(dayNumber);
        q.addBindValue(key.first);
        q.addBindValue(key.second);
        q.addBindValue(messages);
        q.addBindValue(passed);
        if (!q.exec())
            return std::unexpected(s.failure(q));
    }
    return {};
}

std::expected<void, QString> ReportImporter::importDmarc(Statements& s, QIODevice* device,
                                                         const QString& name, ImportFileResult& result) {
    bool duplicate = false;
    QVariant reportRow;
    // The report's day, source and DKIM selector totals, summed while its rows go by.
    DayTotals day;
    SourceTotals sources(m_sourcesHeld);
    QString reportDomain;
    qint64 reportDay = 0;
    SelectorTotals selectors;
    QString storeError;
    const auto onHeader = [&](const AggregateReportHeader& h) {
        QSqlQuery& q = s.insertDmarc;
        q.bindValue(0, h.orgKey());
        q.bindValue(1, h.reportId);
        q.bindValue(2, h.orgName);
        q.bindValue(3, h.email);
        q.bindValue(4, h.domain);
        q.bindValue(5, h.begin);
        q.bindValue(6, h.end);
        q.bindValue(7, h.version);
        q.bindValue(8, QString::fromUtf8(QJsonDocument(h.policyJson()).toJson(QJsonDocument::Compact)));
        q.bindValue(9, s.sourcePath);
        q.bindValue(10, s.now);
        auto inserted = s.insertReturningId(q);
        if (!inserted) {
            storeError = inserted.error();
            return false;
        }
        duplicate = inserted->isNull(); // stored before, by this import or another
        if (duplicate)
            return false;
        reportRow = *inserted;
        reportDomain = h.domain;
        reportDay = h.begin / 86400;
        return true;
    };
    const auto onRecord = [&](const AggregateRecord& r) {
        day.add(r);
        if (sources.add(r)) {
            if (auto stored = sources.store(*s.rows, reportDomain, reportDay); !stored) {
                storeError = s.failure(stored.error());
                return false;
            }
        }
        for (const DmarcDkimAuth& d : r.dkim) {
            if (d.selector.isEmpty())
                continue;
            auto& [messages, passed] =
                selectors[{d.domain.isNull() ? QStringLiteral("") : d.domain, d.selector}];
            messages += r.count;
            passed += d.result == u"pass" ? r.count : 0;
        }
        if (auto inserted = s.rows->addRecord(reportRow.toLongLong(), r); !inserted) {
            storeError = s.failure(inserted.error());
            return false;
        }
        return true;
    };
    // The fast reader first, inside a savepoint: when it cannot vouch for the document, what it
    // stored is undone and the reference parser reads the document again (its decisions and
    // reasons are the ones that count).
    std::expected<AggregateReportParser::Outcome, QString> outcome;
    const auto referenceParse = [&] {
        RecordPipeline::run(
            device->isSequential() ? 0 : device->size(),
            [&](const auto& header, const auto& record) {
                outcome = AggregateReportParser::parse(device, header, record);
            },
            onHeader, onRecord);
    };
    QSqlQuery savepoint(s.db);
    if (!device->isSequential() && savepoint.exec(QStringLiteral("SAVEPOINT fast_read"))) {
        std::optional<AggregateReportParser::Outcome> fast;
        RecordPipeline::run(
            device->size(),
            [&](const auto& header, const auto& record) {
                fast = AggregateReportFastParser::parse(device, header, record);
            },
            onHeader, onRecord);
        if (fast && storeError.isEmpty())
            if (auto flushed = s.rows->flush(); !flushed)
                storeError = s.failure(flushed.error());
        if (fast && storeError.isEmpty()) {
            if (!savepoint.exec(QStringLiteral("RELEASE fast_read")))
                return std::unexpected(s.failure(savepoint));
            outcome = std::move(*fast);
        } else {
            s.rows->discard();
            if (!savepoint.exec(QStringLiteral("ROLLBACK TO fast_read")) ||
                !savepoint.exec(QStringLiteral("RELEASE fast_read")))
                return std::unexpected(s.failure(savepoint));
            duplicate = false;
            reportRow.clear();
            storeError.clear();
            // The sums of the rows the fast reader passed on were undone with them.
            day = {};
            sources = SourceTotals(m_sourcesHeld);
            selectors.clear();
            if (!device->seek(0))
                return std::unexpected(
                    QStringLiteral("cannot read the report again: %1").arg(device->errorString()));
            referenceParse();
        }
    } else {
        referenceParse();
    }
    if (!outcome)
        return std::unexpected(outcome.error());
    if (!storeError.isEmpty())
        return std::unexpected(storeError);
    if (duplicate) {
        ++result.duplicates;
        return {};
    }
    if (auto flushed = s.rows->flush(); !flushed)
        return std::unexpected(s.failure(flushed.error()));
    QSqlQuery& u = s.updateDmarc;
    u.bindValue(0, outcome->records);
    u.bindValue(1, outcome->messages);
    u.bindValue(2, outcome->warnings.isEmpty() ? QString() : outcome->warnings.join(QLatin1Char('\n')));
    u.bindValue(3, reportRow);
    if (!u.exec())
        return std::unexpected(s.failure(u));
    // The summary's totals, in the same transaction as the rows they sum.
    if (auto totals = storeTotals(s, outcome->header, day, sources, selectors); !totals)
        return totals;
    ++result.reports;
    result.records += outcome->records;
    result.messages += outcome->messages;
    result.domains.append(outcome->header.domain);
    for (const QString& w : outcome->warnings)
        result.warnings.append(
            name == QFileInfo(result.path).fileName() ? w : QStringLiteral("%1: %2").arg(name, w));
    return {};
}

std::expected<void, QString> ReportImporter::importTlsRpt(Statements& s, const QByteArray& json,
                                                          const QString& name, ImportFileResult& result) {
    auto report = TlsRptReportParser::parse(json);
    if (!report)
        return std::unexpected(report.error());
    const QString org = report->organizationName.isEmpty() ? report->contactInfo : report->organizationName;
    QSqlQuery& q = s.insertTls;
    q.bindValue(0, org);
    q.bindValue(1, report->reportId);
    q.bindValue(2, report->contactInfo);
    q.bindValue(3, report->begin);
    q.bindValue(4, report->end);
    q.bindValue(5, report->warnings.isEmpty() ? QString() : report->warnings.join(QLatin1Char('\n')));
    q.bindValue(6, s.sourcePath);
    q.bindValue(7, s.now);
    const auto reportRow = s.insertReturningId(q);
    if (!reportRow)
        return std::unexpected(reportRow.error());
    if (reportRow->isNull()) { // stored before, by this import or another
        ++result.duplicates;
        return {};
    }
    for (const TlsRptPolicy& p : std::as_const(report->policies)) {
        QSqlQuery& pq = s.insertPolicy;
        pq.bindValue(0, *reportRow);
        pq.bindValue(1, p.policyDomain);
        pq.bindValue(2, p.policyType);
        pq.bindValue(3, p.policyString.join(QLatin1Char('\n')));
        pq.bindValue(4, p.mxHosts.join(QLatin1Char(' ')));
        pq.bindValue(5, p.successfulSessions);
        pq.bindValue(6, p.failedSessions);
        const auto policyRow = s.insertReturningId(pq);
        if (!policyRow)
            return std::unexpected(policyRow.error());
        for (const TlsRptFailure& f : p.failures) {
            QSqlQuery& fq = s.insertFailure;
            fq.bindValue(0, *policyRow);
            fq.bindValue(1, f.resultType);
            fq.bindValue(2, f.sendingMtaIp);
            fq.bindValue(3, f.receivingMxHostname);
            fq.bindValue(4, f.receivingIp);
            fq.bindValue(5, f.failedSessions);
            fq.bindValue(6, f.failureReasonCode);
            fq.bindValue(7, f.additionalInformation);
            if (!fq.exec())
                return std::unexpected(s.failure(fq));
        }
        result.domains.append(p.policyDomain);
    }
    ++result.reports;
    for (const QString& w : std::as_const(report->warnings))
        result.warnings.append(
            name == QFileInfo(result.path).fileName() ? w : QStringLiteral("%1: %2").arg(name, w));
    return {};
}
