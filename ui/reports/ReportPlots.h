#pragma once
// What the Reports tab's charts share: a plot with its legend in a row of its own under the axes
// (inside, it would cover bars), stacked bars, and the colours of the DMARC results.

#include <QColor>
#include <QString>

class QCPBars;
class QCPAxis;
class QCustomPlot;
class QWidget;

class ReportPlots {
public:
    // A plot with the legend under the axis rectangle, never over the data.
    static QCustomPlot* make(QWidget* parent, const QString& objectName, const QString& accessibleName);
    // Moves the legend of any plot into a row under its axis rectangle.
    static void legendBelow(QCustomPlot* plot);
    // Call after the plottables changed: the legend no wider than its entries, centred.
    static void fitLegend(QCustomPlot* plot);
    static void dateAxis(QCustomPlot* plot);
    // The key axis of `days` bars at 1..days, centred; never fewer than 7 slots, so one day of data
    // is a bar, not a wall.
    static void dayRange(QCPAxis* keyAxis, qsizetype days);
    // Bars on keyAxis/valueAxis (vertical bars: xAxis, yAxis), stacked on `below`.
    static QCPBars* stacked(QCPAxis* keyAxis, QCPAxis* valueAxis, const QString& name, const QColor& colour,
                            QCPBars* below);

    // The DMARC results, from the bottom of a stack up.
    struct ResultBars {
        QCPBars* pass = nullptr;
        QCPBars* failDelivered = nullptr;
        QCPBars* quarantined = nullptr;
        QCPBars* rejected = nullptr;
    };
    static ResultBars resultBars(QCPAxis* keyAxis, QCPAxis* valueAxis);
    static QColor passColour() { return QColor(0x2e, 0x8b, 0x57); }
    static QColor failColour() { return QColor(0xe0, 0xa0, 0x20); }
    static QColor quarantineColour() { return QColor(0xd0, 0x60, 0x20); }
    static QColor rejectColour() { return QColor(0xb0, 0x1c, 0x1c); }
};
