#pragma once
// One node of the expanded SPF tree: a record (the root, or an include/redirect target) or one
// term of a record, with what it resolved to, its lookup cost and what it authorises.

#include "SpfTerm.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

struct SpfTreeNode {
    enum class Kind { Record, Term };
    enum class RecordStatus {
        Found,
        NoRecord,
        Multiple,
        DnsFailure,
        SyntaxError,
        InvalidDomain,
        NotFollowed
    };
    // Flags that findings and the GUI use (names are stable in JSON).
    enum Flag : quint32 {
        AfterAll = 1u << 0,         // after "all": never evaluated
        RedirectIgnored = 1u << 1,  // redirect beside "all"
        Loop = 1u << 2,             // include/redirect back to a record on its own path
        DuplicateInclude = 1u << 3, // the same target was already evaluated earlier
        CrossesLimit = 1u << 4,     // the term where the count passes 10: evaluation fails here
        OverLimit = 1u << 5,        // evaluated after the limit was crossed
        Void = 1u << 6,             // its lookup found nothing
        CrossesVoidLimit = 1u << 7, // the third void lookup
        DnsError = 1u << 8,         // a lookup failed (temperror)
        MxTooMany = 1u << 9,        // more than 10 MX names (permerror)
        Unexpanded = 1u << 10,      // macros left unexpanded (no IP/sender given)
        Overlapping = 1u << 11,     // authorises a range that intersects another evaluated range
        Matched = 1u << 12,         // on the path of the what-if evaluation's matching term
        NoRecord = 1u << 13,        // include/redirect target without SPF record
        CostliestBranch = 1u << 14, // the top-level include or redirect that costs most
        Capped = 1u << 15,          // not resolved: past the display cap or the question budget
    };

    Kind kind = Kind::Term;
    SpfTerm term;   // Term nodes
    QString domain; // the domain whose record this node belongs to (Record: its own)
    QString target; // the expanded name a term looks up
    QString record; // Record nodes: the record text
    QList<QByteArray> recordStrings;
    RecordStatus status = RecordStatus::Found;
    QString statusDetail; // syntax error, DNS outcome, ...
    int cost = 0;         // DNS-querying-term cost of this node itself (0 or 1)
    int lookups = 0;      // cost of this node plus everything below it
    int cumulative = 0;   // running count after this node in evaluation order
    int voidCumulative = 0;
    int depth = 0;
    QStringList resolved; // addresses, MX hosts, PTR names, "NXDOMAIN", ...
    QStringList ranges;   // CIDRs this node authorises itself (ip4, ip6, a, mx)
    QString explanation;  // one plain sentence
    quint32 flags = 0;
    QList<SpfTreeNode> children; // Record: its terms; include/redirect Term: the target's Record

    bool has(Flag f) const { return (flags & f) != 0; }
    void set(Flag f) { flags |= f; }
    bool evaluated() const { return !has(AfterAll) && !has(RedirectIgnored); }
    QString label() const; // the term text, or "domain" for a record
    static QStringList flagNames(quint32 flags);
    static QString statusName(RecordStatus status);
    QJsonObject toJson() const;
};
