#pragma once
// Something wrong or noteworthy in a DMARC record, pointing at one tag, with what a receiver
// does about it. The parser produces these; the check turns them into findings.

#include "findings/Severity.h"

#include <QString>

struct DmarcRecordIssue {
    QString code; // a finding code: DMARC-SYNTAX, DMARC-UNKNOWN-TAG, ...
    Severity severity = Severity::Warning;
    QString tag;            // the tag it is about ("" for the whole record)
    QString message;        // what is wrong
    QString receiverAction; // what a receiver will do with it
};
