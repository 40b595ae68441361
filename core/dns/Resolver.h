#pragma once
// The interface every resolver implements. resolve() blocks, is called from worker threads and
// must be thread-safe; it always returns an answer value (never throws).

#include "DnsAnswer.h"

class Resolver {
public:
    virtual ~Resolver() = default;
    virtual DnsAnswer resolve(const QString& name, DnsRecordType type) = 0;
    // One line for the query log and the PDF appendix: "127.0.0.1:5353", "zone files: a.zone".
    virtual QString describe() const = 0;
};
