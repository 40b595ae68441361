#include "PdfPieceStream.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QStringList>

namespace {

const QString kEndTag = QStringLiteral("</body></html>\n");
const QString kMarker = QStringLiteral("mailsight-unit-");

// The unit's html with a named anchor at the start of its first paragraph, heading, cell or item,
// which tells where the unit landed in the layout (PdfPartLayout::marked). A unit with none (an
// empty table) is not marked: its blocks count with the unit before.
QString withMarker(const QString& html, int number) {
    static const QStringList tags{QStringLiteral("<p"),  QStringLiteral("<h1"), QStringLiteral("<h2"),
                                  QStringLiteral("<h3"), QStringLiteral("<h4"), QStringLiteral("<h5"),
                                  QStringLiteral("<h6"), QStringLiteral("<td"), QStringLiteral("<th"),
                                  QStringLiteral("<li")};
    for (qsizetype at = html.indexOf(u'<'); at >= 0; at = html.indexOf(u'<', at + 1)) {
        const bool match = std::any_of(tags.cbegin(), tags.cend(), [&](const QString& t) {
            if (!QStringView(html).mid(at).startsWith(t))
                return false;
            const QChar after = at + t.size() < html.size() ? html.at(at + t.size()) : QChar();
            return after == u'>' || after == u' ';
        });
        if (!match)
            continue;
        const qsizetype gt = html.indexOf(u'>', at);
        if (gt < 0)
            break;
        return html.left(gt + 1) + QStringLiteral("<a name=\"%1%2\"></a>").arg(kMarker).arg(number) +
               html.mid(gt + 1);
    }
    return html;
}

} // namespace

qsizetype PdfPieceStream::pieceChars() {
    bool ok = false;
    const qsizetype set = qEnvironmentVariableIntValue("MAILSIGHT_PDF_PIECE_CHARS", &ok);
    return ok && set > 0 ? set : 100000;
}

PdfPieceStream::PdfPieceStream(QPdfWriter& writer, const QSizeF& page, const QString& head, PieceSink sink)
    : m_writer(writer)
    , m_page(page)
    , m_head(head)
    , m_pieceSink(std::move(sink))
    , m_threshold(pieceChars()) {}

PdfPieceStream::PdfPieceStream(QPdfWriter& writer, const QSizeF& page, const QString& head,
                               const std::vector<Piece>& plan, size_t first, PageSink sink)
    : m_writer(writer)
    , m_page(page)
    , m_head(head)
    , m_plan(&plan)
    , m_pageSink(std::move(sink))
    , m_next(first) {}

QString PdfPieceStream::html(int units, bool marked) const {
    QString h = m_head;
    const HtmlUnitSplitter::Container* open = nullptr;
    for (int i = 0; i < units; ++i) {
        const HtmlUnitSplitter::Unit& unit = m_pending.at(i);
        if (unit.container.get() != open) {
            if (open)
                h += open->close + u'\n';
            open = unit.container.get();
            if (open)
                h += open->open + u'\n';
        }
        QString text = marked ? withMarker(unit.html, i) : unit.html;
        // A part's first heading loses its page break: the part starts a page anyway.
        if (i == 0 && unit.pageBreak)
            text.replace(0, HtmlUnitSplitter::pageBreakTag().size(), QStringLiteral("<h2>"));
        h += text + u'\n';
    }
    if (open)
        h += open->close + u'\n';
    return h + kEndTag;
}

void PdfPieceStream::add(HtmlUnitSplitter::Unit unit) {
    if (unit.pageBreak && !m_pending.empty())
        endPart();
    m_started = true;
    m_pendingChars += unit.html.size();
    m_pending.push_back(std::move(unit));
    if (m_plan) {
        if (m_next < m_plan->size() && !m_plan->at(m_next).last &&
            int(m_pending.size()) == m_plan->at(m_next).unitsLaid)
            draw();
    } else if (m_pendingChars >= m_threshold) {
        plan(false);
    }
}

void PdfPieceStream::endPart() {
    if (!m_pending.empty()) {
        if (m_plan)
            draw();
        else
            plan(true);
    }
    if (m_started)
        ++m_part;
    m_started = false;
    m_pending.clear();
    m_pendingChars = 0;
    m_threshold = pieceChars();
}

// Planning: the pending units laid out; unless last, the units that reach the last page (and
// those that start on a page they reach) are carried into the next piece.
void PdfPieceStream::plan(bool last) {
    const int units = int(m_pending.size());
    PdfPartLayout layout;
    Piece piece;
    piece.part = m_part;
    piece.last = last;
    piece.unitsLaid = units;
    if (last) {
        layout.layOut(m_writer, html(units, false), m_page, m_charts);
        piece.unitsKept = units;
        piece.pages = layout.pages;
        piece.anchors = layout.anchors;
    } else {
        layout.layOut(m_writer, html(units, true), m_page, m_charts);
        const QHash<int, QPair<double, double>> at = layout.marked(kMarker);
        const double height = m_page.height();
        int pages = layout.pages - 1; // kept pages: those before the first carried unit's
        int kept = -1;
        while (pages > 0) {
            kept = -1;
            for (int i = 0; i < units && kept < 0; ++i)
                if (const auto it = at.constFind(i); it != at.constEnd() && it->second > pages * height)
                    kept = i;
            if (kept < 0)
                break;
            const int starts = int(at.value(kept).first / height);
            if (starts >= pages)
                break;
            pages = starts;
        }
        if (kept <= 0 || pages <= 0) {
            // Nothing ends before the last page (a few very long units): try again with more.
            m_threshold = m_pendingChars + pieceChars();
            return;
        }
        piece.unitsKept = kept;
        piece.pages = pages;
        piece.marked = true;
        for (auto it = layout.anchors.constBegin(); it != layout.anchors.constEnd(); ++it)
            if (it.value() <= pages)
                piece.anchors.insert(it.key(), it.value());
    }
    piece.breaks = layout.breaks;
    if (piece.marked)
        measureTables(layout, units);
    layout.doc.reset();
    for (int i = 0; i < piece.unitsKept; ++i) {
        m_pendingChars -= m_pending.front().html.size();
        m_pending.pop_front();
    }
    m_threshold = m_pendingChars + pieceChars();
    m_pieceSink(std::move(piece));
}

void PdfPieceStream::draw() {
    if (m_next >= m_plan->size() || m_plan->at(m_next).unitsLaid != int(m_pending.size()) ||
        m_plan->at(m_next).part != m_part) {
        m_failed = true;
        m_pending.clear();
        m_pendingChars = 0;
        return;
    }
    const Piece& piece = m_plan->at(m_next++);
    PdfPartLayout layout;
    layout.breaks = piece.breaks;
    layout.replay(m_writer, html(piece.unitsLaid, piece.marked), m_page, m_charts);
    m_pageSink(layout, piece.pages);
    if (piece.marked)
        measureTables(layout, piece.unitsLaid);
    for (int i = 0; i < piece.unitsKept; ++i) {
        m_pendingChars -= m_pending.front().html.size();
        m_pending.pop_front();
    }
}

// The first piece a table with a header is laid out in gives its column widths to the pieces after
// it. Planning and drawing lay the same pieces out alike, so both measure the same widths.
void PdfPieceStream::measureTables(const PdfPartLayout& layout, int units) {
    for (int i = 0; i < units; ++i) {
        HtmlUnitSplitter::Container* table = m_pending.at(i).container.get();
        if (!table || table->measured)
            continue;
        table->measured = true;
        static const QRegularExpression cell(QStringLiteral("<th(?=[ >])"));
        const qsizetype cells = table->open.count(cell);
        const QList<double> percents = layout.columnPercents(kMarker + QString::number(i));
        if (cells == 0 || percents.size() != cells)
            continue;
        qsizetype at = 0;
        for (const double percent : percents) {
            at = table->open.indexOf(cell, at) + 3;
            table->open.insert(at, QStringLiteral(" width=\"%1%\"").arg(percent, 0, 'f', 2));
        }
    }
}
