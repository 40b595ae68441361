#include "FastXmlCursor.h"

namespace {

constexpr qsizetype ChunkSize = 1 << 20;
// A token (tag or text) longer than this is unusual in a report: left to the reference parser.
constexpr qsizetype MaxToken = 64 * 1024;

bool isSpaceChar(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

} // namespace

void FastXmlCursor::fill() {
    if (m_eof || m_buffer.size() - m_pos >= MaxToken)
        return;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + ChunkSize);
    const qint64 got = m_device->read(m_buffer.data() + old, ChunkSize);
    m_buffer.resize(old + qMax<qint64>(0, got));
    if (got <= 0)
        m_eof = true;
}

void FastXmlCursor::skipSpace() {
    while (true) {
        while (m_pos < m_buffer.size() && isSpaceChar(m_buffer.at(m_pos)))
            ++m_pos;
        if (m_pos < m_buffer.size() || m_eof)
            return;
        fill();
    }
}

QByteArrayView FastXmlCursor::readName() {
    const qsizetype start = m_pos;
    if (!isNameStart(peek())) {
        m_giveUp = true;
        return {};
    }
    while (m_pos < m_buffer.size() && isNameChar(m_buffer.at(m_pos)))
        ++m_pos;
    if (m_pos >= m_buffer.size() || m_pos - start > 200) {
        m_giveUp = true; // truncated, or a prefixed or odd name
        return {};
    }
    return QByteArrayView(m_buffer).sliced(start, m_pos - start);
}

bool FastXmlCursor::nextChild(QByteArrayView& name) {
    m_emptyElement = false;
    skipSpace();
    fill();
    if (peek() != '<') {
        m_giveUp = true; // text beside elements, or the end of the data
        return false;
    }
    if (peek(1) == '/') {
        m_pos += 2;
        const QByteArrayView end = readName();
        if (m_giveUp || m_depth == 0 ||
            end != QByteArrayView(m_open[m_depth - 1].data(), qsizetype(m_open[m_depth - 1].size()))) {
            m_giveUp = true;
            return false;
        }
        skipSpace();
        if (peek() != '>') {
            m_giveUp = true;
            return false;
        }
        ++m_pos;
        --m_depth;
        return false;
    }
    ++m_pos;
    name = readName();
    if (m_giveUp)
        return false;
    const qsizetype nameStart = m_pos - name.size();
    const qsizetype nameSize = name.size();
    skipSpace();
    if (peek() == '/' && peek(1) == '>') {
        m_pos += 2;
        m_emptyElement = true;
    } else if (peek() == '>') {
        ++m_pos;
        push(QByteArrayView(m_buffer).sliced(nameStart, nameSize));
    } else {
        m_giveUp = true; // attributes below the root
        return false;
    }
    // Valid until the next read from the device: the callers compare it at once.
    name = QByteArrayView(m_buffer).sliced(nameStart, nameSize);
    return true;
}

QByteArray FastXmlCursor::rawText(bool* nothing) {
    if (nothing)
        *nothing = true;
    if (m_emptyElement)
        return {};
    fill();
    const qsizetype start = m_pos;
    const qsizetype lt = m_buffer.indexOf('<', m_pos);
    if (lt < 0 || m_buffer.at(lt + 1 < m_buffer.size() ? lt + 1 : lt) != '/') {
        m_giveUp = true; // truncated, a child element, CDATA or a comment
        return {};
    }
    if (nothing)
        *nothing = lt == start;
    QByteArray out;
    bool plain = true;
    for (qsizetype i = start; i < lt; ++i) {
        const uchar c = uchar(m_buffer.at(i));
        if (c >= 0x80 || (c < 0x20 && !isSpaceChar(char(c))) || c == '>') {
            m_giveUp = true; // non-ASCII (UTF-8 is checked by the reference parser), or odd bytes
            return {};
        }
        if (c == '&')
            plain = false;
    }
    if (plain) {
        out = m_buffer.mid(start, lt - start);
    } else {
        for (qsizetype i = start; i < lt; ++i) {
            const char c = m_buffer.at(i);
            if (c != '&') {
                out.append(c);
                continue;
            }
            const QByteArrayView rest = QByteArrayView(m_buffer).sliced(i, lt - i);
            static constexpr std::pair<const char*, char> entities[] = {
                {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}};
            bool known = false;
            for (const auto& [entity, replacement] : entities) {
                if (rest.startsWith(entity)) {
                    out.append(replacement);
                    i += qsizetype(qstrlen(entity)) - 1;
                    known = true;
                    break;
                }
            }
            if (!known) {
                m_giveUp = true; // character references and other entities
                return {};
            }
        }
    }
    m_pos = lt;
    QByteArrayView name;
    if (nextChild(name) || m_giveUp) // must be the end tag
        m_giveUp = true;
    out = out.trimmed();
    if (out.contains('\r'))
        m_giveUp = true; // XML turns CR LF into LF: the reference parser does it
    return out;
}

QString FastXmlCursor::text() {
    // As QXmlStreamReader::readElementText(): null when there is nothing between the tags, empty
    // (not null) when there was only white space. Null is stored as NULL, empty as ''.
    bool nothing = true;
    const QByteArray raw = rawText(&nothing);
    if (m_giveUp || nothing)
        return {};
    return raw.isEmpty() ? QString::fromLatin1("", 0) : QString::fromLatin1(raw);
}

void FastXmlCursor::prolog() {
    fill();
    if (QByteArrayView(m_buffer).startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    if (QByteArrayView(m_buffer).sliced(m_pos).startsWith("<?xml")) {
        const qsizetype end = m_buffer.indexOf("?>", m_pos);
        if (end < 0) {
            m_giveUp = true;
            return;
        }
        // Only the declarations seen in practice; anything else goes to the reference parser.
        QByteArray decl = m_buffer.mid(m_pos, end + 2 - m_pos);
        if (decl.contains('\'') && decl.contains('"')) {
            m_giveUp = true;
            return;
        }
        decl = decl.simplified().replace('\'', '"');
        // Only the declarations seen in practice; anything else goes to the reference parser.
        static const char* const accepted[] = {
            "<?xml version=\"1.0\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>",
            "<?xml version=\"1.0\" encoding=\"us-ascii\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>",
            "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>",
            "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>"};
        bool ok = false;
        for (const char* a : accepted)
            ok = ok || decl == a;
        // The original bytes must have had a space where simplified() put one.
        if (!ok || m_buffer.at(m_pos + 5) != ' ') {
            m_giveUp = true;
            return;
        }
        m_pos = end + 2;
    }
}

void FastXmlCursor::attributesOfRoot(QString* namespaceUri) {
    // Namespace declarations (the RFC 9990 namespace, xsi) and xsi:schemaLocation on <feedback>.
    QList<QByteArray> seen;
    QList<QByteArray> prefixes{QByteArrayLiteral("xml")};
    QList<QByteArray> prefixedUses;
    while (!m_giveUp) {
        skipSpace();
        if (peek() == '>') {
            ++m_pos;
            break;
        }
        if (!isNameStart(peek())) {
            m_giveUp = true;
            return;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_buffer.size() && (isNameChar(m_buffer.at(m_pos)) || m_buffer.at(m_pos) == ':'))
            ++m_pos;
        const QByteArray name = m_buffer.mid(start, m_pos - start);
        if (seen.contains(name) || name.count(':') > 1 || name.endsWith(':') || name.startsWith(':')) {
            m_giveUp = true;
            return;
        }
        seen.append(name);
        skipSpace();
        if (peek() != '=') {
            m_giveUp = true;
            return;
        }
        ++m_pos;
        skipSpace();
        const char quote = peek();
        if (quote != '"' && quote != '\'') {
            m_giveUp = true;
            return;
        }
        const qsizetype close = m_buffer.indexOf(quote, m_pos + 1);
        if (close < 0) {
            m_giveUp = true;
            return;
        }
        const QByteArray value = m_buffer.mid(m_pos + 1, close - m_pos - 1);
        for (const char c : value)
            if (uchar(c) >= 0x80 || uchar(c) < 0x20 || c == '<' || c == '&') {
                m_giveUp = true;
                return;
            }
        m_pos = close + 1;
        if (peek() != '>' && peek() != '/' && !isSpaceChar(peek())) {
            m_giveUp = true; // attributes must be separated by space
            return;
        }
        if (name == "xmlns") {
            *namespaceUri = QString::fromLatin1(value);
        } else if (name.startsWith("xmlns:")) {
            if (value.isEmpty() || name == "xmlns:xml" || name == "xmlns:xmlns") {
                m_giveUp = true;
                return;
            }
            prefixes.append(name.mid(6));
        } else if (name.contains(':')) {
            prefixedUses.append(name.left(name.indexOf(':')));
        }
    }
    for (const QByteArray& p : std::as_const(prefixedUses))
        if (!prefixes.contains(p))
            m_giveUp = true;
    // Two attributes that are the same once their prefixes are resolved: rare, leave it.
    if (prefixedUses.size() > 1)
        m_giveUp = true;
}

bool FastXmlCursor::openRoot(QByteArrayView expected, QString* namespaceUri) {
    prolog();
    if (m_giveUp)
        return false;
    skipSpace();
    fill();
    if (peek() != '<' || !isNameStart(peek(1))) {
        m_giveUp = true; // comments, PIs, DOCTYPE, no root
        return false;
    }
    ++m_pos;
    const QByteArrayView root = readName();
    if (m_giveUp || root != expected) {
        m_giveUp = true; // wrapped reports, prefixed root
        return false;
    }
    skipSpace();
    if (peek() == '/') {
        m_giveUp = true;
        return false;
    }
    attributesOfRoot(namespaceUri);
    if (m_giveUp)
        return false;
    push(expected);
    return true;
}

bool FastXmlCursor::atDocumentEnd() {
    skipSpace();
    return atEnd();
}
