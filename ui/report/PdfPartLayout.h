#pragma once
// One part of the stakeholder PDF (the cover, the contents, a domain, an appendix, or a piece of
// a long part) laid out by QTextDocument on the pages of a QPdfWriter: its keep-together page
// breaks, the pages its section anchors land on, how many pages it fills, where its charts go.

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPainter;
class QPdfWriter;

class PdfPartLayout {
public:
    // A chart drawn over the place a marker paragraph keeps free in the text flow.
    struct Chart {
        QString marker;
        QSizeF size;
        std::function<void(QPainter*, const QRectF&)> draw;
        QRectF rect; // document coordinates, found after the layout
    };

    std::unique_ptr<QTextDocument> doc;
    QList<Chart> charts;         // the charts whose markers are in this part
    QHash<QString, int> anchors; // section anchor -> page within the part, from 1
    int pages = 0;               // pages with content
    QList<int> breaks;           // the keep-together breaks its layout needed (findBreaks)

    // Lays html out with its keep-together breaks: rounds until a layout needs no new break.
    void layOut(QPdfWriter& writer, const QString& html, const QSizeF& page, const QList<Chart>& allCharts);
    // Lays html out again with the breaks a layOut() found; doc and charts are set.
    void replay(QPdfWriter& writer, const QString& html, const QSizeF& page, const QList<Chart>& allCharts);
    // Draws page p (from 0) of the laid-out part, its charts over it.
    void drawPage(QPainter& painter, int p, const QSizeF& page) const;
    // Where each block named by an anchor starting with prefix starts (y) and ends (bottom), by the
    // number after the prefix.
    QHash<int, QPair<double, double>> marked(const QString& prefix) const;
    // The columns' widths, in percent of the table's, of the table one of whose cells holds the
    // block named anchor: empty when there is none or a cell of that row spans columns.
    QList<double> columnPercents(const QString& anchor) const;
};
