#pragma once
// One comparable piece of a domain's mail configuration, taken from its audit: the area ("spf",
// "dmarc", "dkim", "transport"), the item ("sender 192.0.2.0/24", "tag p (RFC 9989)"), its value
// on this domain, and its kind, which says why a difference in it matters.

#include <QString>

struct ConfigItem {
    QString area;
    QString item;
    QString value;
    QString kind; // "spf-sender", "dmarc-tag", ... (ConfigDifference::why)

    QString key() const { return area + QLatin1Char('\n') + item; }
    bool operator==(const ConfigItem&) const = default;
};
