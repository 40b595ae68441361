#pragma once
// The BIMI part of the "How mail reaches <domain>" section (HTML export and PDF), from the
// transport check's "bimi" JSON: the record, the DMARC prerequisite under both readings, the logo
// (embedded as a data: URI only when it passed the SVG Tiny PS check, else its errors) and the Mark
// Certificate. Every value from the network is escaped.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class BimiSectionHtml {
    Q_DECLARE_TR_FUNCTIONS(BimiSectionHtml)

public:
    // Empty when the check did not look at BIMI (no "bimi" object).
    static QString fragment(const QJsonObject& bimi);
    // "<img ...>" with the logo as a data: URI, or "" when the logo is not valid.
    static QString logoImage(const QJsonObject& logo, int size = 96);
};
