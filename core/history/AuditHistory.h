#pragma once
// Stores every audit with its evidence in the shared history database, lists a domain's audits,
// picks the audit to compare with ("last", "quarter", or an id) and remembers when each DKIM key
// was first seen. Staged audits are stored but never used as a baseline or for key age.

#include "HistoryDatabase.h"
#include "audit/AuditReport.h"

#include <expected>
#include <memory>
#include <optional>

struct AuditHistoryEntry {
    qint64 id = 0;
    QString domain;
    QDateTime startedAt;
    QString grade;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    bool staged = false;
    QString resolver; // the resolver stack that answered
};

class AuditHistory {
public:
    // Applies the audit migrations.
    static std::expected<std::unique_ptr<AuditHistory>, QString>
    open(std::shared_ptr<HistoryDatabase> database);

    // Stores the report (one transaction) and sets report.id.
    std::expected<qint64, QString> store(AuditReport& report);
    // Newest first; every domain when domain is empty.
    std::expected<QList<AuditHistoryEntry>, QString> list(const QString& domain = {});
    std::expected<AuditReport, QString> load(qint64 id);
    // The audit to compare a new one with. compare: "last" (the newest audit before `before`),
    // "quarter" (the newest audit from an earlier calendar quarter, else "last"), or an audit id.
    // nullopt when there is none. *kind says which rule picked it.
    std::expected<std::optional<AuditReport>, QString>
    baseline(const QString& domain, const QString& compare, const QDateTime& before, QString* kind = nullptr);
    // Key fingerprint -> the first (non-staged) audit that saw it.
    QHash<QString, QDateTime> keyFirstSeen(const QString& domain);
    // Grades and finding counts per quarter ("2026-Q4") over the stored audits, oldest first: the
    // last audit of each domain in each quarter.
    std::expected<QJsonArray, QString> quarterlyTrend(const QStringList& domains);

    std::shared_ptr<HistoryDatabase> database() const { return m_database; }

private:
    explicit AuditHistory(std::shared_ptr<HistoryDatabase> database);
    std::shared_ptr<HistoryDatabase> m_database;
};
