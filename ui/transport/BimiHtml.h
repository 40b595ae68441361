#pragma once
// The BIMI result as an HTML fragment for the HTML/PDF report: record, DMARC prerequisite, logo
// (embedded as a data: URI only when it passed the SVG Tiny PS check; otherwise its errors) and
// the Mark Certificate. Every value from the network is escaped.

#include "transport/BimiResult.h"

#include <QString>

class BimiHtml {
public:
    static QString fragment(const BimiResult& bimi);
    // "<img ...>" with the logo as a data: URI, or "" when the logo is not valid.
    static QString logoImage(const BimiResult::Logo& logo, int size = 96);
};
