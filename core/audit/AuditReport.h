#pragma once
// The audit of one domain as a value: every check's JSON, all findings, the grade and why, the
// records seen (staged ones marked) and the complete query log as evidence. Stored in the
// history as toJson() and read back with fromJson(); every export reads this value.

#include "AuditRecord.h"
#include "dns/QueryLogEntry.h"
#include "findings/Finding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <expected>

struct AuditReport {
    qint64 id = 0; // the history row; 0 when not stored
    QString domain;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString resolver; // the resolver stack that answered
    QString grade;    // "A" … "F"
    QStringList gradeReasons;
    QList<Finding> findings;
    QJsonObject checks; // area ("spf", "dmarc", "dkim") -> that check's CLI JSON
    QStringList recordsFound;
    QList<AuditRecord> records;
    // The query log (every question, outcome and timing), as one of: the entries as recorded (a
    // report just audited) or JSON (a report read back from the history or a file).
    QList<QueryLogEntry> queryLog;
    QJsonArray queries;
    // Questions the audit sent (to a resolver, a zone file or, for the per-server check, an
    // authoritative server directly); answers from the cache are not counted. -1: not known (a
    // report read back from before the count existed). JSON: "queries_asked".
    int queriesAsked = -1;
    bool staged = false; // some answer came from a staged zone file or plan
    QStringList stagedSources;
    bool timedOut = false;
    bool cancelled = false;
    QJsonObject diff; // filled when compared with an earlier audit
    // audit --shard: which slice of which list the report belongs to and where it stands in the
    // whole list (docs/batch-audits.md); merge reads it and leaves it out. JSON: "shard".
    QJsonObject shard;

    int count(Severity severity) const;
    bool hasFinding(QStringView code) const;
    QList<Finding> findingsOf(const QString& area) const;
    QJsonObject check(const QString& area) const { return checks.value(area).toObject(); }
    // Records from the answers of a query log, de-duplicated, staged ones marked.
    static QList<AuditRecord> recordsFromQueries(const QList<QueryLogEntry>& entries);

    // The query log as JSON, whichever form the report holds it in.
    QJsonArray queryJson() const;
    int queryCount() const;
    // Questions that got no usable answer: timeout, SERVFAIL, network error, refused.
    int failedQueries() const;

    // withQueries false: without the "queries" key (AuditJsonExporter writes it on its own).
    QJsonObject toJson(bool withQueries = true) const;
    static std::expected<AuditReport, QString> fromJson(const QJsonObject& object);
};
