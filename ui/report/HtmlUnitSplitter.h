#pragma once
// Cuts the body of the audit document's HTML (AuditHtmlExporter's, fed in any number of pieces)
// into the units a page may end between: each top-level element, and each row of a top-level table
// or item of a top-level <ul>, which keeps the opening of its table (with the header) and the
// closing to be wrapped in again. The PDF lays a long part out a few hundred units at a time.
// The HTML is the exporter's: attribute values quoted, text escaped, so '<' only opens a tag.

#include <QString>

#include <functional>
#include <memory>

class HtmlUnitSplitter {
public:
    struct Container {
        QString open;          // "<table …><thead>…</thead>" or "<ul>"
        QString close;         // "</table>" or "</ul>"
        bool measured = false; // PdfPieceStream: its column widths were taken from a layout
    };
    struct Unit {
        QString html;
        std::shared_ptr<Container> container; // null for a top-level element
        bool pageBreak = false;               // a heading that starts a new page (a new part)
    };
    using Sink = std::function<void(Unit unit)>;

    explicit HtmlUnitSplitter(Sink sink)
        : m_sink(std::move(sink)) {}
    // More of the body; the units it completes go to the sink. The end of the body
    // (</body></html>) and whitespace between elements are dropped.
    void feed(const QString& html);

    static const QString& pageBreakTag(); // <h2 style="page-break-before: always">

private:
    enum class Mode { Top, Element, Container, Header, Row };
    void emitUnit(qsizetype end);

    Sink m_sink;
    QString m_buffer;
    qsizetype m_pos = 0;    // scanned up to here
    qsizetype m_start = -1; // where the unit (or the container's header) being read starts
    int m_depth = 0;        // open elements within the unit (or the container's header)
    Mode m_mode = Mode::Top;
    QString m_containerTag; // "table" or "ul" while in a container
    std::shared_ptr<Container> m_container;
    bool m_containerRows = false; // a row of the current container went out
};
