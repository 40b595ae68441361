#include "HtmlUnitSplitter.h"

#include <QStringList>

namespace {

bool isVoid(QStringView name) {
    static const QStringList names{QStringLiteral("br"),   QStringLiteral("img"), QStringLiteral("hr"),
                                   QStringLiteral("meta"), QStringLiteral("col"), QStringLiteral("input"),
                                   QStringLiteral("link"), QStringLiteral("wbr")};
    return names.contains(name);
}

bool isSpace(QChar c) {
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t';
}

} // namespace

const QString& HtmlUnitSplitter::pageBreakTag() {
    static const QString tag = QStringLiteral("<h2 style=\"page-break-before: always\">");
    return tag;
}

void HtmlUnitSplitter::emitUnit(qsizetype end) {
    Unit unit;
    unit.html = m_buffer.mid(m_start, end - m_start);
    if (m_mode == Mode::Row) {
        unit.container = m_container;
        m_containerRows = true;
    } else {
        unit.pageBreak = unit.html.startsWith(pageBreakTag());
    }
    m_start = -1;
    m_sink(std::move(unit));
}

void HtmlUnitSplitter::feed(const QString& html) {
    m_buffer += html;
    while (m_pos < m_buffer.size()) {
        const qsizetype lt = m_buffer.indexOf(u'<', m_pos);
        if (m_mode == Mode::Top && m_start < 0) {
            // Text between top-level elements: whitespace is dropped, anything else starts a unit.
            for (qsizetype i = m_pos; i < (lt < 0 ? m_buffer.size() : lt); ++i)
                if (!isSpace(m_buffer.at(i))) {
                    m_start = i;
                    break;
                }
        }
        if (lt < 0) {
            m_pos = m_buffer.size();
            break;
        }
        const qsizetype gt = m_buffer.indexOf(u'>', lt);
        if (gt < 0)
            break; // the rest of the tag comes with the next piece
        m_pos = gt + 1;
        const QStringView tag = QStringView(m_buffer).mid(lt + 1, gt - lt - 1);
        const bool closing = tag.startsWith(u'/');
        qsizetype n = closing ? 1 : 0;
        while (n < tag.size() && (tag.at(n).isLetterOrNumber()))
            ++n;
        const QString name = tag.mid(closing ? 1 : 0, n - (closing ? 1 : 0)).toString().toLower();
        const bool single = !closing && (tag.endsWith(u'/') || tag.startsWith(u'!') || isVoid(name));
        switch (m_mode) {
        case Mode::Top:
            if (closing) { // </body>, </html>
                m_start = -1;
            } else if (name == QLatin1String("table") || name == QLatin1String("ul")) {
                m_container = std::make_shared<Container>();
                m_container->open = m_buffer.mid(lt, gt + 1 - lt);
                m_containerTag = name;
                m_containerRows = false;
                m_start = -1;
                m_mode = Mode::Container;
            } else {
                if (m_start < 0)
                    m_start = lt;
                if (single) {
                    m_mode = Mode::Element;
                    emitUnit(gt + 1);
                    m_mode = Mode::Top;
                } else {
                    m_depth = 1;
                    m_mode = Mode::Element;
                }
            }
            break;
        case Mode::Element:
        case Mode::Row:
        case Mode::Header:
            if (single)
                break;
            m_depth += closing ? -1 : 1;
            if (m_depth > 0)
                break;
            if (m_mode == Mode::Header) {
                m_container->open += m_buffer.mid(m_start, gt + 1 - m_start);
                m_start = -1;
                m_mode = Mode::Container;
            } else if (m_mode == Mode::Row) {
                emitUnit(gt + 1);
                m_mode = Mode::Container;
            } else {
                emitUnit(gt + 1);
                m_mode = Mode::Top;
            }
            break;
        case Mode::Container:
            if (closing && name == m_containerTag) {
                m_container->close = m_buffer.mid(lt, gt + 1 - lt);
                if (!m_containerRows) { // an empty table: one unit as it is
                    Unit unit;
                    unit.html = m_container->open + m_container->close;
                    m_sink(std::move(unit));
                }
                m_container.reset();
                m_mode = Mode::Top;
            } else if (!closing && !single &&
                       (name == QLatin1String(m_containerTag == QLatin1String("ul") ? "li" : "tr") ||
                        name == QLatin1String("thead"))) {
                m_start = lt;
                m_depth = 1;
                m_mode = name == QLatin1String("thead") ? Mode::Header : Mode::Row;
            }
            // <tbody>, </tbody> and whitespace between rows: dropped.
            break;
        }
        if (m_start < 0 && m_pos > 65536) { // nothing pending: drop what was read
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
    }
    if (m_start < 0 && m_mode != Mode::Header) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}
