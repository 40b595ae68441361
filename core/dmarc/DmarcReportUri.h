#pragma once
// One rua/ruf destination as written in the record: the mailto address, its domain and the
// obsolete "!size" suffix, with what is wrong with it.

#include <QJsonObject>
#include <QString>

struct DmarcReportUri {
    QString tag;       // "rua" or "ruf"
    QString raw;       // as written, size suffix included
    QString uri;       // without the size suffix
    QString scheme;    // lower case: "mailto", "https", ...
    QString address;   // mailto: the address (percent-decoded)
    QString domain;    // mailto: the address's domain, A-labels, lower case
    QString sizeLimit; // "10m" from "!10m"; empty without a suffix
    qint64 sizeBytes = 0;
    bool valid = false; // a mailto: URI with a deliverable-looking address
    QString error;      // why it is not valid

    QJsonObject toJson() const;
};
