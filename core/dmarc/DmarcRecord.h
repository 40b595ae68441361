#pragma once
// A parsed DMARC record: every tag as written, the typed values receivers use (absent or invalid
// values are std::nullopt so that the default applies), and the issues found while parsing.

#include "DmarcPolicy.h"
#include "DmarcRecordIssue.h"
#include "DmarcReportUri.h"
#include "DmarcTag.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

struct DmarcRecord {
    QString text;
    // Starts with "v=DMARC1": receivers of both RFCs discard records that do not.
    bool isDmarc = false;
    QList<DmarcTag> tags;
    QList<DmarcRecordIssue> issues;

    std::optional<DmarcPolicy> policy;            // p
    std::optional<DmarcPolicy> subdomainPolicy;   // sp
    std::optional<DmarcPolicy> nonExistentPolicy; // np
    std::optional<QChar> psd;                     // 'y', 'n', 'u'
    std::optional<bool> testing;                  // t
    std::optional<QChar> adkim;                   // 'r', 's'
    std::optional<QChar> aspf;                    // 'r', 's'
    QStringList failureOptions;                   // fo, valid entries
    QList<DmarcReportUri> rua;
    QList<DmarcReportUri> ruf;
    std::optional<int> pct;                // RFC 7489 only
    QStringList reportFormats;             // rf, RFC 7489 only
    std::optional<quint32> reportInterval; // ri, RFC 7489 only

    // The first occurrence of a tag, or nullptr.
    const DmarcTag* tag(QStringView name) const;
    bool hasTag(QStringView name) const { return tag(name) != nullptr; }
    // True when an error-level issue points at this tag (its value is then ignored).
    bool tagInvalid(QStringView name) const;
    bool hasValidRua() const;
    bool hasErrors() const;
    QList<DmarcRecordIssue> issuesFor(QStringView tagName) const;

    QJsonObject toJson() const;
};
