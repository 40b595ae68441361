#pragma once
// The record one reading (RFC 9989 or RFC 7489) applies to a From domain, and how it got there.

#include "DmarcRecord.h"

#include <optional>

struct DmarcAppliedRecord {
    QString recordDomain; // where the record was found; "" when none applies
    std::optional<DmarcRecord> record;
    bool multiple = false; // discovery ended at a name with several records
    bool dnsError = false; // a query needed to decide failed: the reading cannot be determined
    QString how;           // one sentence: how the record was found

    bool applies() const { return record.has_value(); }
};
