#pragma once
// Flattening: the ip4/ip6 set an SPF tree authorises, written as replacement records of at most
// 10 lookups and 450 bytes each (chained by include), with the warning that they go stale.

#include <QStringList>

struct SpfLookupTree;

class SpfFlattener {
public:
    struct Proposal {
        QStringList records; // first: the domain's own record; then _spf1.domain, _spf2.domain, ...
        QStringList names;   // where each record is published
        QString warning;
    };
    static Proposal flatten(const SpfLookupTree& tree, int maxBytes = 450);
};
