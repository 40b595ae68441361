#pragma once
// How a severity (and the DMARC verdict) looks in the DMARC tab: icon, word and colour together,
// never colour alone.

#include "findings/Severity.h"

#include <QColor>
#include <QIcon>

class DmarcSeverityStyle {
public:
    static QIcon icon(Severity severity);
    static QString word(Severity severity); // translated: "Error", "Warning", "Info"
    static QColor colour(Severity severity);
    static QString symbol(Severity severity); // for rich text: "✖", "⚠", "ℹ"
    // The verdict of a DMARC result: "Protected", "Partly protected", ...
    static QString verdictWord(const QString& verdict);
    static QIcon verdictIcon(const QString& verdict);
    static QColor verdictColour(const QString& verdict);
};
