#pragma once
// Everything the blocklist check found for one domain: what was looked up on which list and what
// each answer means, how each list answered its RFC 5782 §5 test query, what was left out, and
// the findings. toJson() is the "blocklists" area of the audit and `mailsight-cli blocklists
// --format json` (which adds the queries).

#include "BlocklistDefinition.h"
#include "BlocklistSubject.h"
#include "BlocklistVerdict.h"
#include "findings/Finding.h"

#include <QJsonObject>

struct BlocklistResult {
    struct Check {
        BlocklistSubject subject;
        QString list;     // zone
        QString listName; // "Spamhaus ZEN"
        QString query;    // the name asked; empty when not asked
        bool asked = false;
        BlocklistVerdict verdict;
        QString reason;  // the list's TXT record when listed
        QString removal; // the list's removal page
    };
    struct List {
        BlocklistDefinition definition;
        QString testQuery;
        QString testOutcome; // "listed 127.0.0.2", "NXDOMAIN", "REFUSED: …"
        BlocklistVerdict::Result state = BlocklistVerdict::Result::Clear; // Clear: usable
        QString detail;                                                   // why the list was not asked
        int asked = 0; // queries sent to it (test query included)
    };

    QString domain;
    bool queried = true; // false: offline, demo or zone-file-only: no list was asked
    QString notQueried;  // why not
    double rate = 0;     // queries a second per list
    int burst = 0;
    QList<Check> checks;
    QList<List> lists;
    QStringList skipped;
    QList<Finding> findings;

    int count(BlocklistVerdict::Result result) const;
    Severity worstSeverity() const;
    QJsonObject toJson() const;
};
