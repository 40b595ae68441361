#pragma once
// One thing an audit found, with everything needed to act on it. Made through
// FindingCatalogue::make() so that code, title, RFC and fix always come from the catalogue.

#include "Severity.h"

#include <QJsonObject>
#include <QStringList>

struct Finding {
    QString code;
    Severity severity = Severity::Info;
    QString title;
    QString detail; // this instance: the catalogue explanation plus what was seen here
    QString rfc;
    QString fix;
    QStringList evidence; // records, the path through a tree, the query that failed
    QString area;         // "spf", "dmarc", "dkim", "dns", "expect"
    QString domain;

    // {code, severity, title, detail, rfc, fix, evidence, area, domain}
    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject& object);
    bool operator==(const Finding&) const = default;
};
