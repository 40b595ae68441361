#pragma once
// What the front and the back of the audit document (cover, contents, executive summary, the
// areas at a glance, the most urgent fixes, Appendix B) need of each report: a few hundred bytes a
// domain instead of the report, so that a batch's HTML and PDF are written from a spool of the
// reports, one domain at a time (docs/batch-audits.md). Each domain's own section and its records
// are written from the report itself.

#include "audit/AuditAreaSummary.h"
#include "audit/AuditReport.h"

#include <QHash>
#include <QMap>
#include <QSet>

struct AuditDocumentSummary {
    struct Entry {
        QString domain;
        QString grade;
        QString resolver;
        QDateTime startedAt;
        QDateTime finishedAt;
        bool staged = false;
        bool transport = false; // has a "How mail reaches" section
        bool dnsTrust = false;  // has a "Can the DNS be trusted" section
        int errors = 0;
        int warnings = 0;
        int queryCount = 0;
        int failedQueries = 0;
        QJsonObject diff;  // only the grade change and the findings fixed and new
        QStringList codes; // the codes of its findings, each once
        QList<AuditAreaSummary> areas;
    };
    QList<Entry> entries;
    // Per code of an error or warning: its first finding (without evidence) and how many findings
    // of every domain have it (AuditHtmlExporter::mostUrgent).
    QMap<QString, QPair<Finding, int>> urgent;
    // Each resolver description once, shared by the entries: with zone files it names every file
    // (tens of kilobytes), the same for every domain of a batch.
    QSet<QString> resolvers;

    // senders: domain -> its imported reports' summary (AuditDocumentOptions::senders).
    void add(const AuditReport& report, const QHash<QString, QJsonObject>& senders);
    static AuditDocumentSummary of(const QList<AuditReport>& reports,
                                   const QHash<QString, QJsonObject>& senders);
};
