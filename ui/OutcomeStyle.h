#pragma once
// How a DNS outcome and an answer's source look in every view: a word, an icon and a colour
// together, so that a failure never depends on colour alone and never reads as "missing".

#include "dns/DnsAnswer.h"

#include <QColor>
#include <QIcon>

class OutcomeStyle {
public:
    enum class Kind { Found, Absent, Failed, Cancelled };

    static Kind kind(DnsOutcome outcome);
    // Short word for tables: "answer", "NODATA", "NXDOMAIN", "timeout", "SERVFAIL", ...
    static QString word(DnsOutcome outcome);
    static QIcon icon(DnsOutcome outcome);
    // Foreground for the outcome cell; readable on light and dark palettes.
    static QColor colour(DnsOutcome outcome);
    // "network 192.0.2.53:53", "zone dns.test.zone (staged)", "cache".
    static QString source(const DnsAnswer& answer);
};
