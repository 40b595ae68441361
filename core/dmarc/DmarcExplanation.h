#pragma once
// The plain-language side of a DMARC result: the headline, the paragraph, the per-tag table, the
// alignment examples, the staged roll-out and the bulk-sender checklist. Values only.

#include "findings/Severity.h"

#include <QJsonObject>
#include <QList>
#include <optional>

struct DmarcTagRow {
    QString tag;
    bool present = false;
    QString value;   // as written; empty when absent
    QString meaning; // what this value (or the default) does
    QString defaultValue;
    QString source;                   // "RFC 9989 and RFC 7489", "RFC 7489 only (removed by RFC 9989)", ...
    std::optional<Severity> severity; // worst issue on the tag
    QString issue;                    // that issue, with what a receiver does
    QJsonObject toJson() const;
};

struct DmarcRolloutStep {
    QString stage; // "monitor", "quarantine", "reject", "subdomains"
    QString title;
    QString record; // the record to publish at this stage
    QString watch;  // what to check in the reports before taking it
    QString status; // "done", "current", "next", "later"
    QJsonObject toJson() const;
};

struct DmarcChecklistItem {
    QString id;
    QString requirement;
    QString requiredBy; // "Gmail, Yahoo (2024); Outlook.com (2025)"
    QString status;     // "met", "not-met", "unknown" (cannot be seen from DNS)
    QString detail;
    QJsonObject toJson() const;
};

struct DmarcExplanation {
    QString verdict; // "protected", "partly-protected", "monitoring", "unprotected", "unknown"
    Severity verdictSeverity = Severity::Info;
    QString headline;  // one sentence
    QString paragraph; // for a manager
    QList<DmarcTagRow> tags;
    QString dkimAlignment; // mode and an example
    QString spfAlignment;
    QList<DmarcRolloutStep> rollout;
    QList<DmarcChecklistItem> checklist;
};
