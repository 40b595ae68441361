#pragma once
// The interface every resolver implements. resolve() blocks, is called from worker threads and
// must be thread-safe; it always returns an answer value (never throws).

#include "DnsAnswer.h"

#include <functional>
#include <memory>

class Resolver {
public:
    virtual ~Resolver() = default;
    virtual DnsAnswer resolve(const QString& name, DnsRecordType type) = 0;
    // The same question without a thread waiting on it: when a resolver can, it returns true and
    // calls done exactly once, with what resolve() would have returned, on any thread (done must
    // not block). false: not supported, use resolve() on a thread of your own. background: bulk
    // questions that may wait behind the others when too many are in flight.
    virtual bool resolveAsync(const QString& name, DnsRecordType type, bool background,
                              std::function<void(DnsAnswer)> done) {
        Q_UNUSED(name)
        Q_UNUSED(type)
        Q_UNUSED(background)
        Q_UNUSED(done)
        return false;
    }
    // The resolver that answers what this one does not (zone files over live DNS, a plan over
    // zone files); none for the bottom of the stack. DNSSEC reads it to tell live DNS from zone data.
    virtual std::shared_ptr<Resolver> fallback() const { return {}; }
    // One line for the query log and the PDF appendix: "127.0.0.1:5353", "zone files: a.zone".
    virtual QString describe() const = 0;
};
