#pragma once
// One RRset where the IaC source (zone file, Terraform state) and live DNS disagree: live only,
// in the source only, different data, or not answered (no verdict possible).

#include <QJsonObject>
#include <QStringList>

struct ZoneDriftEntry {
    enum class Kind { LiveOnly, SourceOnly, Different, Unanswered };
    Kind kind = Kind::Different;
    QString name;       // lower case, no trailing dot
    QString type;       // "TXT", "MX", ...
    QStringList source; // normalized record data, sorted
    QStringList live;
    QString detail; // Unanswered: the DNS outcome

    static QString kindName(Kind kind); // "live-only", "source-only", "different", "unanswered"
    QString explanation() const;        // one plain sentence
    QJsonObject toJson() const;
};
