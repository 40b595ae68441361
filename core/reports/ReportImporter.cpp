#include "ReportImporter.h"

#include "AggregateReportFastParser.h"
#include "AggregateReportParser.h"
#include "MimeAttachmentExtractor.h"
#include "RecordPipeline.h"
#include "ReportSchema.h"
#include "SourceTotals.h"
#include "SqliteStatement.h"
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

QString sqlFailure(const QSqlQuery& q) {
    return QStringLiteral("database error: %1").arg(q.lastError().text());
}

// NULL-aware like the SQL of ReportSchema::daysUpsert: a result that is NULL (absent or unusable)
// is neither pass nor fail, so a row with one of them NULL and no pass counts in no fail column.
struct DayTotals {
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
} // namespace

struct ReportImporter::Statements {
    explicit Statements(const QSqlDatabase& database)
        : db(database)
        , findDmarc(db)
        , insertDmarc(db)
        , updateDmarc(db)
        , insertRecord(SqliteStatement::handle(db),
                       "INSERT INTO dmarc_records (report, source_ip, count, disposition, dkim, spf, "
                       "header_from, envelope_from, envelope_to, spf_domain, spf_scope, spf_result, "
                       "dkim_domain, dkim_selector, dkim_result, dkim_more, reasons) VALUES (?1, ?2, ?3, ?4, "
                       "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
        , insertDkim(
              SqliteStatement::handle(db),
              "INSERT INTO dmarc_dkim (record, seq, domain, selector, result) VALUES (?1, ?2, ?3, ?4, ?5)")
        , findTls(db)
        , insertTls(db)
        , insertPolicy(db)
        , insertFailure(db) {
        findDmarc.prepare(QStringLiteral("SELECT id FROM dmarc_reports WHERE org = ? AND report_id = ?"));
        insertDmarc.prepare(QStringLiteral(
            "INSERT INTO dmarc_reports (org, report_id, org_name, email, domain, begin_ts, end_ts, version, "
            "policy_json, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        updateDmarc.prepare(
            QStringLiteral("UPDATE dmarc_reports SET records = ?, messages = ?, warnings = ? WHERE id = ?"));
        findTls.prepare(QStringLiteral("SELECT id FROM tlsrpt_reports WHERE org = ? AND report_id = ?"));
        insertTls.prepare(
            QStringLiteral("INSERT INTO tlsrpt_reports (org, report_id, contact, begin_ts, end_ts, "
                           "warnings, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insertPolicy.prepare(QStringLiteral(
            "INSERT INTO tlsrpt_policies (report, domain, policy_type, policy_string, mx_hosts, "
            "successful, failed) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insertFailure.prepare(
            QStringLiteral("INSERT INTO tlsrpt_failures (policy, result_type, sending_mta_ip, receiving_mx, "
                           "receiving_ip, failed, "
                           "reason_code, additional_information) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    QSqlDatabase db;
    QSqlQuery findDmarc;
    QSqlQuery insertDmarc;
    QSqlQuery updateDmarc;
    // The per-row inserts go through SQLite's C API (see SqliteStatement); SQLite keeps bound
    // values across runs, so a record's values are bound only when they differ from the previous
    // record's: most columns repeat from row to row.
    SqliteStatement insertRecord;
    static constexpr int RecordColumns = 17;
    QString lastText[RecordColumns];
    qint64 lastNumber[RecordColumns] = {};
    bool bound[RecordColumns] = {};
    void bindRecord(int i, const QString& value) {
        if (bound[i] && value.isNull() == lastText[i].isNull() && value == lastText[i])
            return;
        insertRecord.bind(i + 1, value);
        lastText[i] = value;
        bound[i] = true;
    }
    void bindRecord(int i, qint64 value) {
        if (bound[i] && value == lastNumber[i])
            return;
        insertRecord.bind(i + 1, value);
        lastNumber[i] = value;
        bound[i] = true;
    }
    SqliteStatement insertDkim;
    QSqlQuery findTls;
    QSqlQuery insertTls;
    QSqlQuery insertPolicy;
    QSqlQuery insertFailure;
    qint64 now = QDateTime::currentSecsSinceEpoch();
    QString sourcePath;
};

ReportImporter::ReportImporter(std::shared_ptr<HistoryDatabase> database, ReportArchiveLimits limits)
    : m_database(std::move(database))
    , m_archives(limits) {}

std::expected<void, QString> ReportImporter::prepare() {
    // The importer writes its rows through SQLite's C API (SqliteStatement); its PostgreSQL path is
    // the open part of issue #19. Said plainly rather than half-stored.
    if (m_database->isPostgres())
        return std::unexpected(QStringLiteral("DMARC and TLS-RPT reports cannot be stored in PostgreSQL yet "
                                              "(%1): import them into an SQLite "
                                              "history (--database sqlite:PATH); audit history, seed runs "
                                              "and alerts can be shared in PostgreSQL")
                                   .arg(m_database->path()));
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
    result.path = path;
    auto connection = m_database->connection();
    if (!connection) {
        result.reason = connection.error();
        return result;
    }
    QSqlDatabase db = *connection;
    // BEGIN IMMEDIATE takes the write lock now, waiting out another writer (busy timeout); a
    // deferred BEGIN reads first and then fails at once (SQLITE_BUSY) when it cannot upgrade to
    // writing because another connection wrote meanwhile.
    if (QSqlQuery begin(db); !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.reason = QStringLiteral("database error: %1").arg(begin.lastError().text());
        return result;
    }
    std::expected<void, QString> outcome;
    {
        Statements s(db);
        s.sourcePath = path;
        outcome = importContents(s, path, result);
    }
    if (!outcome) {
        db.rollback();
        ImportFileResult rejected;
        rejected.path = path;
        rejected.reason = outcome.error();
        return rejected;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        ImportFileResult rejected;
        rejected.path = path;
        rejected.reason = QStringLiteral("database error: %1").arg(error);
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

namespace {
std::expected<void, QString>
storeTotals(const QSqlDatabase& db, const AggregateReportHeader& h, const DayTotals& day,
            SourceTotals& sources, const QHash<QPair<QString, QString>, QPair<qint64, qint64>>& selectors) {
    const qint64 dayNumber = h.begin / 86400;
    if (auto stored = sources.store(SqliteStatement::handle(db), h.domain, dayNumber); !stored)
        return stored;
    QSqlQuery q(db);
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
        return std::unexpected(sqlFailure(q));
    q.prepare(QStringLiteral("INSERT INTO dmarc_selector_days (domain, day, dkim_domain, selector, messages, "
                             "pass) VALUES (?, ?, ?, ?, "
                             "?, ?) ON CONFLICT (domain, day, dkim_domain, selector) DO UPDATE SET "
                             "messages = dmarc_selector_days.messages + excluded.messages, "
                             "pass = dmarc_selector_days.pass + excluded.pass"));
    for (auto it = selectors.cbegin(); it != selectors.cend(); ++it) {
        q.addBindValue(h.domain);
        q.addBindValue(dayNumber);
        q.addBindValue(it.key().first);
        q.addBindValue(it.key().second);
        q.addBindValue(it.value().first);
        q.addBindValue(it.value().second);
        if (!q.exec())
            return std::unexpected(sqlFailure(q));
    }
    return {};
}
} // namespace

std::expected<void, QString> ReportImporter::importDmarc(Statements& s, QIODevice* device,
                                                         const QString& name, ImportFileResult& result) {
    bool duplicate = false;
    QVariant reportRow;
    // The report's day, source and DKIM selector totals, summed while its rows go by.
    DayTotals day;
    SourceTotals sources;
    QString reportDomain;
    qint64 reportDay = 0;
    QHash<QPair<QString, QString>, QPair<qint64, qint64>> selectors;
    QString storeError;
    const auto onHeader = [&](const AggregateReportHeader& h) {
        s.findDmarc.bindValue(0, h.orgKey());
        s.findDmarc.bindValue(1, h.reportId);
        if (!s.findDmarc.exec()) {
            storeError = sqlFailure(s.findDmarc);
            return false;
        }
        duplicate = s.findDmarc.next();
        s.findDmarc.finish();
        if (duplicate)
            return false;
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
        if (!q.exec()) {
            storeError = sqlFailure(q);
            return false;
        }
        reportRow = q.lastInsertId();
        reportDomain = h.domain;
        reportDay = h.begin / 86400;
        return true;
    };
    const auto onRecord = [&](const AggregateRecord& r) {
        day.add(r);
        if (sources.add(r)) {
            if (auto stored = sources.store(SqliteStatement::handle(s.db), reportDomain, reportDay);
                !stored) {
                storeError = stored.error();
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
        SqliteStatement& q = s.insertRecord;
        s.bindRecord(0, reportRow.toLongLong());
        s.bindRecord(1, r.sourceIp);
        s.bindRecord(2, r.count);
        s.bindRecord(3, r.disposition);
        s.bindRecord(4, r.dkimAligned);
        s.bindRecord(5, r.spfAligned);
        s.bindRecord(6, r.headerFrom);
        s.bindRecord(7, r.envelopeFrom);
        s.bindRecord(8, r.envelopeTo);
        static const DmarcSpfAuth noSpf;
        static const DmarcDkimAuth noDkim;
        const DmarcSpfAuth& spf = r.spf.isEmpty() ? noSpf : r.spf.constFirst();
        s.bindRecord(9, spf.domain);
        s.bindRecord(10, spf.scope);
        s.bindRecord(11, spf.result);
        const DmarcDkimAuth& dkim = r.dkim.isEmpty() ? noDkim : r.dkim.constFirst();
        s.bindRecord(12, dkim.domain);
        s.bindRecord(13, dkim.selector);
        s.bindRecord(14, dkim.result);
        s.bindRecord(15, qint64(qMax<qsizetype>(0, r.dkim.size() - 1)));
        s.bindRecord(16, r.reasons.isEmpty() ? QString() : r.reasons.join(QStringLiteral("; ")));
        if (auto inserted = q.run(); !inserted) {
            storeError = inserted.error();
            return false;
        }
        if (r.dkim.size() <= 1)
            return true;
        const qint64 recordRow = q.lastInsertRowId();
        for (qsizetype i = 1; i < r.dkim.size(); ++i) {
            const DmarcDkimAuth& d = r.dkim.at(i);
            s.insertDkim.bind(1, recordRow);
            s.insertDkim.bind(2, qint64(i));
            s.insertDkim.bind(3, d.domain);
            s.insertDkim.bind(4, d.selector);
            s.insertDkim.bind(5, d.result);
            if (auto inserted = s.insertDkim.run(); !inserted) {
                storeError = inserted.error();
                return false;
            }
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
        if (fast && storeError.isEmpty()) {
            if (!savepoint.exec(QStringLiteral("RELEASE fast_read")))
                return std::unexpected(sqlFailure(savepoint));
            outcome = std::move(*fast);
        } else {
            if (!savepoint.exec(QStringLiteral("ROLLBACK TO fast_read")) ||
                !savepoint.exec(QStringLiteral("RELEASE fast_read")))
                return std::unexpected(sqlFailure(savepoint));
            duplicate = false;
            reportRow.clear();
            storeError.clear();
            // The sums of the rows the fast reader passed on were undone with them.
            day = {};
            sources = SourceTotals();
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
    QSqlQuery& u = s.updateDmarc;
    u.bindValue(0, outcome->records);
    u.bindValue(1, outcome->messages);
    u.bindValue(2, outcome->warnings.isEmpty() ? QString() : outcome->warnings.join(QLatin1Char('\n')));
    u.bindValue(3, reportRow);
    if (!u.exec())
        return std::unexpected(sqlFailure(u));
    // The summary's totals, in the same transaction as the rows they sum.
    if (auto totals = storeTotals(s.db, outcome->header, day, sources, selectors); !totals)
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
    s.findTls.bindValue(0, org);
    s.findTls.bindValue(1, report->reportId);
    if (!s.findTls.exec())
        return std::unexpected(sqlFailure(s.findTls));
    const bool duplicate = s.findTls.next();
    s.findTls.finish();
    if (duplicate) {
        ++result.duplicates;
        return {};
    }
    QSqlQuery& q = s.insertTls;
    q.bindValue(0, org);
    q.bindValue(1, report->reportId);
    q.bindValue(2, report->contactInfo);
    q.bindValue(3, report->begin);
    q.bindValue(4, report->end);
    q.bindValue(5, report->warnings.isEmpty() ? QString() : report->warnings.join(QLatin1Char('\n')));
    q.bindValue(6, s.sourcePath);
    q.bindValue(7, s.now);
    if (!q.exec())
        return std::unexpected(sqlFailure(q));
    const QVariant reportRow = q.lastInsertId();
    for (const TlsRptPolicy& p : std::as_const(report->policies)) {
        QSqlQuery& pq = s.insertPolicy;
        pq.bindValue(0, reportRow);
        pq.bindValue(1, p.policyDomain);
        pq.bindValue(2, p.policyType);
        pq.bindValue(3, p.policyString.join(QLatin1Char('\n')));
        pq.bindValue(4, p.mxHosts.join(QLatin1Char(' ')));
        pq.bindValue(5, p.successfulSessions);
        pq.bindValue(6, p.failedSessions);
        if (!pq.exec())
            return std::unexpected(sqlFailure(pq));
        const QVariant policyRow = pq.lastInsertId();
        for (const TlsRptFailure& f : p.failures) {
            QSqlQuery& fq = s.insertFailure;
            fq.bindValue(0, policyRow);
            fq.bindValue(1, f.resultType);
            fq.bindValue(2, f.sendingMtaIp);
            fq.bindValue(3, f.receivingMxHostname);
            fq.bindValue(4, f.receivingIp);
            fq.bindValue(5, f.failedSessions);
            fq.bindValue(6, f.failureReasonCode);
            fq.bindValue(7, f.additionalInformation);
            if (!fq.exec())
                return std::unexpected(sqlFailure(fq));
        }
        result.domains.append(p.policyDomain);
    }
    ++result.reports;
    for (const QString& w : std::as_const(report->warnings))
        result.warnings.append(
            name == QFileInfo(result.path).fileName() ? w : QStringLiteral("%1: %2").arg(name, w));
    return {};
}
