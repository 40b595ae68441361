#pragma once
// One line of an audit's query log: what was asked, what came back, how long it took, from where.

#include "DnsAnswer.h"

#include <QDateTime>

struct QueryLogEntry {
    int sequence = 0; // order in which queries were started within the session
    QDateTime startedAt;
    DnsAnswer answer;          // name, type, outcome, records, ms, source
    bool deduplicated = false; // served by an identical query already in flight

    QJsonObject toJson() const;
};
