#pragma once
// The window's colours: applies the theme chosen in Settings (system, light, dark, high contrast)
// to the whole application, and keeps every colour that carries meaning (severity, outcome,
// verdict, charts) readable on the theme's background.

#include "AppSettings.h"

#include <QColor>
#include <QPalette>

class QCustomPlot;
class QWidget;

class AppTheme {
public:
    // Sets the style (Fusion for our themes, the desktop's for System) and the palette on qApp.
    static void apply(AppSettings::Theme theme);
    static AppSettings::Theme current();
    // The palette of a theme; System gives the palette the application started with.
    static QPalette palette(AppSettings::Theme theme);
    static QString displayName(AppSettings::Theme theme); // translated, for Settings

    static bool isDark(const QPalette& palette);
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);
    // The colour made lighter (on a dark background) or darker (on a light one) until it reaches
    // 4.5:1 against the background, the WCAG AA level for text: a mid-tone red is fine on white
    // but unreadable on black. Without a background, the application's Base colour is used.
    static QColor readable(const QColor& colour, const QColor& background = QColor());

    // Background, axes, grid, tick labels and legend of a chart in the current palette.
    static void styleChart(QCustomPlot* plot);
    // Every chart below the widget, restyled and replotted (after a theme change).
    static void styleCharts(QWidget* root);
};
