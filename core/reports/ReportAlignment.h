#pragma once
// The identifiers the stored aggregate reports carry (auth_results: DKIM d=, SPF domain) against
// their header From, aligned under both readings of DMARC: RFC 9989 (organizational domains by the
// DNS tree walk) and RFC 7489 (Public Suffix List), with the adkim/aspf of the published policy.
// Rows where the readings differ are mail that passes DMARC at some receivers and fails at others.

#include "dmarc/DmarcAlignmentResult.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

struct ReportAlignmentRow {
    QString kind;       // "dkim" or "spf"
    QString headerFrom; // identifiers/header_from (the report's domain when absent)
    QString domain;     // auth_results: DKIM d= or the SPF domain
    QString result;     // auth_results: pass, fail, ...
    qint64 messages = 0;
    qint64 receiverPass = 0; // of those, messages whose policy_evaluated gave this kind "pass"
    DmarcAlignmentResult alignment;

    // A passing identifier that aligns under one reading and not the other.
    bool readingsDiffer() const { return result == u"pass" && alignment.readingsDiffer(); }
    QJsonObject toJson() const;
};

struct ReportAlignment {
    QString domain;
    QDate since; // invalid: open
    QDate until;
    QList<ReportAlignmentRow> rows; // those whose readings differ first, then by messages
    int differing = 0;              // rows where readingsDiffer()
    qint64 differingMessages = 0;
    QJsonObject toJson() const;
};
