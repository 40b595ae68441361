#pragma once
// Picks the SPF record out of a TXT answer (RFC 7208 §4.4-§4.5): records starting "v=spf1"
// (any case) followed by a space or the end, joined from their character-strings; exactly one.

#include "dns/DnsAnswer.h"

struct SpfRecordSelection {
    enum class Status {
        Found,     // exactly one SPF record
        NoRecord,  // the name exists or not, but holds no SPF record (result "none")
        Multiple,  // more than one SPF record (permerror)
        DnsFailure // timeout, SERVFAIL, ... (temperror): says nothing about the record
    };
    Status status = Status::NoRecord;
    QByteArray record;            // the joined text of the one record
    QList<QByteArray> strings;    // its character-strings as published
    QList<QByteArray> candidates; // every v=spf1 record (several when Multiple)
    DnsOutcome outcome = DnsOutcome::NoData;

    static SpfRecordSelection fromAnswer(const DnsAnswer& answer);
};
