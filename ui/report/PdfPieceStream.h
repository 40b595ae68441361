#pragma once
// The parts of the stakeholder PDF made from a stream of HTML units (HtmlUnitSplitter), a part
// ending at each forced page break or endPart(). A part longer than pieceChars (Appendix A with
// every record of a large batch, the executive summary's table of every domain) is laid out in
// pieces: a layout of a few hundred units, of which the units that reach its last page are carried
// into the next piece, so that each piece ends on a full page and its pages are those the part laid
// out as one would have (but that a unit split between two pages starts the next). Only one
// piece's layout is held at a time, however long the part.
//
// A table laid out in pieces keeps the column widths QTextDocument gave it in its first piece: they
// are measured there and written into the header the later pieces open it with.
//
// The stream is run twice over the same units: planning (each piece's keep-together breaks,
// anchors and pages are found and kept) and drawing (each piece laid out again as planned and
// handed to the painter).

#include "HtmlUnitSplitter.h"
#include "PdfPartLayout.h"

#include <deque>
#include <vector>

class PdfPieceStream {
public:
    struct Piece {
        QList<int> breaks;           // PdfPartLayout::breaks
        QHash<QString, int> anchors; // on its kept pages only
        int pages = 0;               // the pages it keeps
        int unitsLaid = 0;           // units in its layout (with those carried into the next piece)
        int unitsKept = 0;           // units on its kept pages
        bool marked = false;         // laid out with unit markers
        bool last = false;           // the last piece of its part
        int part = 0;                // the part it belongs to, from 0
    };
    using PieceSink = std::function<void(Piece)>;
    using PageSink = std::function<void(const PdfPartLayout& layout, int pages)>;

    // Planning: each piece goes to sink.
    PdfPieceStream(QPdfWriter& writer, const QSizeF& page, const QString& head, PieceSink sink);
    // Drawing: the pieces of plan, from first, laid out again and handed to sink.
    PdfPieceStream(QPdfWriter& writer, const QSizeF& page, const QString& head,
                   const std::vector<Piece>& plan, size_t first, PageSink sink);

    void setCharts(const QList<PdfPartLayout::Chart>& charts) { m_charts = charts; }
    void add(HtmlUnitSplitter::Unit unit);
    void endPart();
    int part() const { return m_part; }      // the part the last unit added belongs to
    size_t next() const { return m_next; }   // drawing: the next piece of the plan
    bool failed() const { return m_failed; } // drawing: the units did not match the plan

    // Parts longer than this (HTML characters) are laid out in pieces (MAILSIGHT_PDF_PIECE_CHARS
    // sets it, for tests).
    static qsizetype pieceChars();

private:
    QString html(int units, bool marked) const;
    void measureTables(const PdfPartLayout& layout, int units);
    void plan(bool last);
    void draw();

    QPdfWriter& m_writer;
    QSizeF m_page;
    QString m_head;
    PieceSink m_pieceSink;
    const std::vector<Piece>* m_plan = nullptr;
    PageSink m_pageSink;
    QList<PdfPartLayout::Chart> m_charts;
    std::deque<HtmlUnitSplitter::Unit> m_pending;
    qsizetype m_pendingChars = 0;
    qsizetype m_threshold = 0; // planning: the pending size at which a piece is tried
    bool m_started = false;    // a unit of the current part was added
    int m_part = 0;
    size_t m_next = 0;
    bool m_failed = false;
};
