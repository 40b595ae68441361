#pragma once
// The findings of one area as the PDF/HTML sections show them (transport, DNSSEC, servers,
// blocklists): severity as symbol + word + colour, title, code, detail, fix and RFC. One place, so
// that every section reads alike.
#include "findings/Severity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

class SectionFindingsHtml {
    Q_DECLARE_TR_FUNCTIONS(SectionFindingsHtml)

public:
    // "✖ Error" in the severity's colour, bold.
    static QString severityTag(Severity severity);
    // One paragraph per finding of the check's JSON `findings`; empty when there is none.
    static QString html(const QJsonArray& findings);
};
