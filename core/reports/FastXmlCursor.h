#pragma once
// The byte-level XML cursor under AggregateReportFastParser: a strict reader for the common shape of
// a DMARC aggregate report (ASCII, the usual XML declarations, namespace declarations only on the
// root, no DTD, comments, CDATA, prefixed elements or character references). On anything else it
// fails (failed()), and the caller leaves the document to the reference parser.

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <string>
#include <vector>

class FastXmlCursor {
public:
    explicit FastXmlCursor(QIODevice* device)
        : m_device(device) {}

    bool failed() const { return m_giveUp; }
    void fail() { m_giveUp = true; }

    // The prolog and the root's start tag, named `expected`; its default namespace, if declared,
    // into namespaceUri. False (failed) on anything unusual.
    bool openRoot(QByteArrayView expected, QString* namespaceUri);
    // Only white space after the root.
    bool atDocumentEnd();

    // The next child start tag of the current element, or false at its end tag (consumed). The
    // name is valid until the next read: compare it at once.
    bool nextChild(QByteArrayView& name);
    // Containers: <row/> and the like are left to the reference parser.
    bool enter() {
        if (m_emptyElement)
            m_giveUp = true;
        return !m_giveUp;
    }
    // After a start tag: its text up to the matching end tag (consumed), trimmed, entities
    // replaced. Child elements, CDATA, comments: give up. As QXmlStreamReader::readElementText():
    // null when there is nothing between the tags, empty (not null) when only white space.
    QString text();
    QByteArray rawText(bool* nothing = nullptr);

private:
    // Keeps at least MaxToken bytes ahead of m_pos unless the device is exhausted.
    void fill();
    char peek(qsizetype ahead = 0) const {
        return m_pos + ahead < m_buffer.size() ? m_buffer.at(m_pos + ahead) : '\0';
    }
    bool atEnd() {
        fill();
        return m_pos >= m_buffer.size();
    }
    void skipSpace();
    QByteArrayView readName();
    void attributesOfRoot(QString* namespaceUri);
    void prolog();
    void push(QByteArrayView name) {
        if (m_depth == m_open.size())
            m_open.emplace_back();
        m_open[m_depth++].assign(name.data(), size_t(name.size()));
    }

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_giveUp = false;
    bool m_emptyElement = false; // the last start tag was <name/>
    // Names of the open elements (strings reused: no allocation per element).
    std::vector<std::string> m_open;
    size_t m_depth = 0;
};
