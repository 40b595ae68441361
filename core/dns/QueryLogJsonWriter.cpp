#include "QueryLogJsonWriter.h"

namespace {
void indentBy(QByteArray& out, int level) {
    out.append(4 * level, ' ');
}

void stringValue(QByteArray& out, QStringView text) {
    out.append('"');
    QueryLogJsonWriter::appendEscaped(out, text);
    out.append('"');
}

// An object being written: fields in key order (the caller's job), commas and indentation here.
class ObjectOut {
public:
    ObjectOut(QByteArray& out, int level)
        : m_out(out)
        , m_level(level) {
        m_out.append("{\n", 2);
    }
    // Starts a field; the caller appends its value.
    QByteArray& key(const char* name) {
        if (!m_first)
            m_out.append(",\n", 2);
        m_first = false;
        indentBy(m_out, m_level + 1);
        m_out.append('"');
        m_out.append(name);
        m_out.append("\": ", 3);
        return m_out;
    }
    void string(const char* name, QStringView value) { stringValue(key(name), value); }
    void boolean(const char* name, bool value) { key(name).append(value ? "true" : "false"); }
    void integer(const char* name, qint64 value) { key(name).append(QByteArray::number(value)); }
    void end() {
        if (!m_first)
            m_out.append('\n');
        indentBy(m_out, m_level);
        m_out.append('}');
    }

private:
    QByteArray& m_out;
    int m_level;
    bool m_first = true;
};

void record(QByteArray& out, const DnsRecord& r, int level) {
    const bool text = r.type == DnsRecordType::TXT || r.type == DnsRecordType::SPF;
    ObjectOut o(out, level);
    if (!r.address.isEmpty())
        o.string("address", r.address);
    o.string("data", r.rdata);
    o.string("name", r.name);
    if (r.type == DnsRecordType::MX)
        o.integer("preference", r.preference);
    if (text) {
        QByteArray& s = o.key("strings");
        s.append("[\n", 2);
        for (qsizetype i = 0; i < r.strings.size(); ++i) {
            if (i > 0)
                s.append(",\n", 2);
            indentBy(s, level + 2);
            stringValue(s, QString::fromUtf8(r.strings.at(i)));
        }
        if (!r.strings.isEmpty())
            s.append('\n');
        indentBy(s, level + 1);
        s.append(']');
    }
    if (!r.target.isEmpty())
        o.string("target", r.target);
    if (text)
        o.string("text", r.text());
    o.integer("ttl", static_cast<qint64>(r.ttl));
    o.string("type", dnsRecordTypeName(r.type));
    o.end();
}

void records(QByteArray& out, const QList<DnsRecord>& list, int level) {
    out.append("[\n", 2);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out.append(",\n", 2);
        indentBy(out, level + 1);
        record(out, list.at(i), level + 1);
    }
    if (!list.isEmpty())
        out.append('\n');
    indentBy(out, level);
    out.append(']');
}

void entry(QByteArray& out, const QueryLogEntry& e, int level) {
    const DnsAnswer& a = e.answer;
    ObjectOut o(out, level);
    o.string("at", e.startedAt.toString(Qt::ISODateWithMs));
    records(o.key("cnames"), a.cnames, level + 1);
    if (e.deduplicated)
        o.boolean("deduplicated", true);
    if (!a.dnames.isEmpty())
        records(o.key("dnames"), a.dnames, level + 1);
    if (!a.error.isEmpty())
        o.string("error", a.error);
    {
        ObjectOut flags(o.key("flags"), level + 1);
        flags.boolean("ad", a.authenticated);
        flags.boolean("tc", a.truncated);
        flags.boolean("tcp", a.overTcp);
        flags.end();
    }
    o.integer("ms", a.elapsedMs);
    o.string("name", a.name);
    o.string("outcome", dnsOutcomeName(a.outcome));
    records(o.key("records"), a.records, level + 1);
    o.integer("seq", e.sequence);
    o.string("server", a.server);
    o.string("source", dnsSourceName(a.source));
    o.boolean("staged", a.staged);
    o.string("type", dnsRecordTypeName(a.type));
    o.end();
}
} // namespace

void QueryLogJsonWriter::appendEscaped(QByteArray& out, QStringView text) {
    // As qjsonwriter.cpp's escapedString: ASCII controls, '"' and '\\' escaped, the rest as UTF-8,
    // and a UTF-16 unit that is no valid character (a lone surrogate) as \uXXXX.
    static const char hex[] = "0123456789abcdef";
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                out.append(static_cast<char>(c));
                continue;
            }
            out.append('\\');
            switch (c) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case u'\b':
                out.append('b');
                break;
            case u'\f':
                out.append('f');
                break;
            case u'\n':
                out.append('n');
                break;
            case u'\r':
                out.append('r');
                break;
            case u'\t':
                out.append('t');
                break;
            default:
                out.append("u00", 3);
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            }
        } else if (c < 0x800) {
            out.append(static_cast<char>(0xc0 | (c >> 6)));
            out.append(static_cast<char>(0x80 | (c & 0x3f)));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n &&
                   QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
            ++i;
            out.append(static_cast<char>(0xf0 | (u >> 18)));
            out.append(static_cast<char>(0x80 | ((u >> 12) & 0x3f)));
            out.append(static_cast<char>(0x80 | ((u >> 6) & 0x3f)));
            out.append(static_cast<char>(0x80 | (u & 0x3f)));
        } else if (QChar::isSurrogate(c)) {
            out.append("\\u", 2);
            for (int shift = 12; shift >= 0; shift -= 4)
                out.append(hex[(c >> shift) & 0xf]);
        } else {
            out.append(static_cast<char>(0xe0 | (c >> 12)));
            out.append(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
            out.append(static_cast<char>(0x80 | (c & 0x3f)));
        }
    }
}

void QueryLogJsonWriter::appendArray(QByteArray& out, const QList<QueryLogEntry>& entries, int indent) {
    out.append("[\n", 2);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out.append(",\n", 2);
        indentBy(out, indent + 1);
        entry(out, entries.at(i), indent + 1);
    }
    if (!entries.isEmpty())
        out.append('\n');
    indentBy(out, indent);
    out.append(']');
}
