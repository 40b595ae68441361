#pragma once
// How a finding's severity looks everywhere in the window: icon, word and colour together, never
// colour alone (readable for colour-blind users and in dark or high-contrast themes).

#include "findings/Severity.h"

#include <QColor>
#include <QIcon>

class SeverityStyle {
public:
    static QIcon icon(Severity severity);
    static QString word(Severity severity); // translated: "Error", "Warning", "Info"
    // Colours with 4.5:1 contrast on the current palette's base (AppTheme::readable).
    static QColor colour(Severity severity);
    static QString symbol(Severity severity); // for rich text: "✖", "⚠", "ℹ"
    // A passing item (no finding): the "OK" icon and colour.
    static QIcon okIcon();
    static QColor okColour();
};
