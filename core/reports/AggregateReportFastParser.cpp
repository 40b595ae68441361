#include "AggregateReportFastParser.h"

#include <QHostAddress>

#include <string>
#include <vector>

namespace {

constexpr qsizetype ChunkSize = 1 << 20;
// A token (tag or text) longer than this is unusual in a report: left to the reference parser.
constexpr qsizetype MaxToken = 64 * 1024;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// The same test as the reference parser: canonical dotted quads need no QHostAddress.
bool isPlainIpv4(QByteArrayView ip) {
    int octets = 0;
    int value = 0;
    int digits = 0;
    for (const char c : ip) {
        if (c >= '0' && c <= '9') {
            if (digits > 0 && value == 0)
                return false;
            value = value * 10 + (c - '0');
            if (++digits > 3 || value > 255)
                return false;
        } else if (c == '.') {
            if (digits == 0 || ++octets > 3)
                return false;
            value = 0;
            digits = 0;
        } else {
            return false;
        }
    }
    return octets == 3 && digits > 0;
}

class FastReader {
public:
    FastReader(QIODevice* device, const AggregateReportParser::HeaderSink& onHeader,
               const AggregateReportParser::RecordSink& onRecord)
        : m_device(device)
        , m_onHeader(onHeader)
        , m_onRecord(onRecord) {}

    std::optional<AggregateReportParser::Outcome> run();

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
    // The next child start tag of the current element, or false at its end tag (consumed).
    bool nextChild(QByteArrayView& name);
    QByteArrayView readName();
    // After a start tag: its text up to the matching end tag (consumed), trimmed, entities
    // replaced. Child elements, CDATA, comments: give up.
    QString text();
    QByteArray rawText(bool* nothing = nullptr);
    void attributesOfRoot();
    void prolog();

    void feedback();
    void metadata();
    void dateRange();
    void policy();
    void record();
    void row(AggregateRecord& r);
    void policyEvaluated(AggregateRecord& r);
    void identifiers(AggregateRecord& r);
    void authResults(AggregateRecord& r);
    bool deliverHeader();

    QString result(const QString& value, std::initializer_list<const QString*> allowed);
    qint64 number(const QByteArray& digits);

    QIODevice* m_device;
    const AggregateReportParser::HeaderSink& m_onHeader;
    const AggregateReportParser::RecordSink& m_onRecord;
    AggregateReportParser::Outcome m_outcome;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_giveUp = false;
    bool m_stopped = false;
    bool m_headerDelivered = false;
    bool m_sawMetadata = false;
    bool m_sawPolicy = false;
    bool m_emptyElement = false; // the last start tag was <name/>
    // Names of the open elements (strings reused: no allocation per element).
    std::vector<std::string> m_open;
    size_t m_depth = 0;
    void push(QByteArrayView name) {
        if (m_depth == m_open.size())
            m_open.emplace_back();
        m_open[m_depth++].assign(name.data(), size_t(name.size()));
    }
    // Containers: <row/> and the like are left to the reference parser.
    bool enter() {
        if (m_emptyElement)
            m_giveUp = true;
        return !m_giveUp;
    }

    // The result words, shared by every record instead of allocated per value.
    const QString m_none = QStringLiteral("none");
    const QString m_pass = QStringLiteral("pass");
    const QString m_fail = QStringLiteral("fail");
    const QString m_quarantine = QStringLiteral("quarantine");
    const QString m_reject = QStringLiteral("reject");
    const QString m_softfail = QStringLiteral("softfail");
    const QString m_neutral = QStringLiteral("neutral");
    const QString m_temperror = QStringLiteral("temperror");
    const QString m_permerror = QStringLiteral("permerror");
    const QString m_policy = QStringLiteral("policy");
    const QString m_mfrom = QStringLiteral("mfrom");
    const QString m_helo = QStringLiteral("helo");
    const QString m_r = QStringLiteral("r");
    const QString m_s = QStringLiteral("s");
    const QString m_y = QStringLiteral("y");
    const QString m_n = QStringLiteral("n");
    const QString m_hardfail = QStringLiteral("hardfail");
};

void FastReader::fill() {
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

void FastReader::skipSpace() {
    while (true) {
        while (m_pos < m_buffer.size() && isSpace(m_buffer.at(m_pos)))
            ++m_pos;
        if (m_pos < m_buffer.size() || m_eof)
            return;
        fill();
    }
}

QByteArrayView FastReader::readName() {
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

bool FastReader::nextChild(QByteArrayView& name) {
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

QByteArray FastReader::rawText(bool* nothing) {
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
        if (c >= 0x80 || (c < 0x20 && !isSpace(char(c))) || c == '>') {
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

QString FastReader::text() {
    // As QXmlStreamReader::readElementText(): null when there is nothing between the tags, empty
    // (not null) when there was only white space. Null is stored as NULL, empty as ''.
    bool nothing = true;
    const QByteArray raw = rawText(&nothing);
    if (m_giveUp || nothing)
        return {};
    return raw.isEmpty() ? QString::fromLatin1("", 0) : QString::fromLatin1(raw);
}

void FastReader::prolog() {
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

void FastReader::attributesOfRoot() {
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
        if (peek() != '>' && peek() != '/' && !isSpace(peek())) {
            m_giveUp = true; // attributes must be separated by space
            return;
        }
        if (name == "xmlns") {
            m_outcome.header.namespaceUri = QString::fromLatin1(value);
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

std::optional<AggregateReportParser::Outcome> FastReader::run() {
    prolog();
    if (m_giveUp)
        return std::nullopt;
    skipSpace();
    fill();
    if (peek() != '<' || !isNameStart(peek(1)))
        return std::nullopt; // comments, PIs, DOCTYPE, no root
    ++m_pos;
    const QByteArrayView root = readName();
    if (m_giveUp || root != "feedback")
        return std::nullopt; // wrapped reports, prefixed root
    skipSpace();
    if (peek() == '/')
        return std::nullopt;
    attributesOfRoot();
    if (m_giveUp)
        return std::nullopt;
    push("feedback");
    feedback();
    if (m_stopped) {
        m_outcome.stopped = true;
        return m_outcome;
    }
    if (m_giveUp)
        return std::nullopt;
    // After the root: only white space (a second root or a bad byte is the reference's to judge).
    skipSpace();
    if (!atEnd())
        return std::nullopt;
    return m_outcome;
}

void FastReader::feedback() {
    QByteArrayView n;
    while (!m_giveUp && !m_stopped && nextChild(n)) {
        if (n == "record") {
            if (!m_headerDelivered && !deliverHeader())
                return;
            record();
        } else if (n == "report_metadata") {
            m_sawMetadata = true;
            metadata();
        } else if (n == "policy_published") {
            m_sawPolicy = true;
            policy();
        } else if (n == "version") {
            m_outcome.header.version = text();
        } else {
            m_giveUp = true; // unknown elements and <extensions>
        }
    }
    if (!m_giveUp && !m_stopped && !m_headerDelivered)
        deliverHeader();
}

bool FastReader::deliverHeader() {
    m_headerDelivered = true;
    const AggregateReportHeader& h = m_outcome.header;
    // Missing identity (an error) or an empty org_name (a warning): the reference says so.
    if (!m_sawMetadata || h.reportId.isEmpty() || !m_sawPolicy || h.domain.isEmpty() || h.orgName.isEmpty()) {
        m_giveUp = true;
        return false;
    }
    if (m_onHeader && !m_onHeader(h)) {
        m_stopped = true;
        return false;
    }
    return true;
}

QString FastReader::result(const QString& value, std::initializer_list<const QString*> allowed) {
    for (const QString* a : allowed)
        if (value == *a)
            return *a;
    m_giveUp = true; // empty, wrong case or unknown: a warning of the reference parser
    return {};
}

qint64 FastReader::number(const QByteArray& digits) {
    if (digits.isEmpty() || digits.size() > 18) {
        m_giveUp = true;
        return 0;
    }
    qint64 v = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            m_giveUp = true;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

void FastReader::metadata() {
    if (!enter())
        return;
    AggregateReportHeader& h = m_outcome.header;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "org_name")
            h.orgName = text();
        else if (n == "email")
            h.email = text();
        else if (n == "extra_contact_info")
            h.extraContactInfo = text();
        else if (n == "report_id")
            h.reportId = text();
        else if (n == "date_range")
            dateRange();
        else if (n == "error") {
            const QString e = text();
            if (!e.isEmpty())
                h.errors.append(e);
        } else if (n == "generator")
            h.generator = text();
        else
            m_giveUp = true;
    }
}

void FastReader::dateRange() {
    if (!enter())
        return;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "begin")
            m_outcome.header.begin = number(rawText());
        else if (n == "end")
            m_outcome.header.end = number(rawText());
        else
            m_giveUp = true;
    }
}

void FastReader::policy() {
    if (!enter())
        return;
    AggregateReportHeader& h = m_outcome.header;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "domain")
            h.domain = text().toLower();
        else if (n == "adkim")
            h.adkim = result(text(), {&m_r, &m_s});
        else if (n == "aspf")
            h.aspf = result(text(), {&m_r, &m_s});
        else if (n == "p")
            h.p = result(text(), {&m_none, &m_quarantine, &m_reject});
        else if (n == "sp")
            h.sp = result(text(), {&m_none, &m_quarantine, &m_reject});
        else if (n == "np")
            h.np = result(text(), {&m_none, &m_quarantine, &m_reject});
        else if (n == "pct")
            h.pct = text();
        else if (n == "fo")
            h.fo = text();
        else if (n == "testing")
            h.testing = result(text(), {&m_y, &m_n});
        else if (n == "discovery_method")
            h.discoveryMethod = text();
        else
            m_giveUp = true;
    }
}

void FastReader::record() {
    if (!enter())
        return;
    AggregateRecord r;
    bool sawRow = false;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "row") {
            sawRow = true;
            row(r);
        } else if (n == "identifiers") {
            identifiers(r);
        } else if (n == "auth_results") {
            authResults(r);
        } else {
            m_giveUp = true;
        }
    }
    if (m_giveUp)
        return;
    if (!sawRow || r.sourceIp.isEmpty() || r.count < 0) {
        m_giveUp = true; // left out with a warning by the reference parser
        return;
    }
    ++m_outcome.records;
    m_outcome.messages += r.count;
    if (m_onRecord && !m_onRecord(r))
        m_stopped = true;
}

void FastReader::row(AggregateRecord& r) {
    if (!enter())
        return;
    r.count = -1;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "source_ip") {
            const QByteArray ip = rawText();
            if (isPlainIpv4(ip)) {
                r.sourceIp = QString::fromLatin1(ip);
                continue;
            }
            const QHostAddress address(QString::fromLatin1(ip));
            if (address.isNull() || (address.protocol() != QAbstractSocket::IPv4Protocol &&
                                     address.protocol() != QAbstractSocket::IPv6Protocol))
                m_giveUp = true;
            else
                r.sourceIp = address.toString();
        } else if (n == "count") {
            r.count = number(rawText());
            if (r.count > AggregateReportParser::kMaxRecordCount)
                m_giveUp = true; // the full parser names it
        } else if (n == "policy_evaluated") {
            policyEvaluated(r);
        } else {
            m_giveUp = true;
        }
    }
}

void FastReader::policyEvaluated(AggregateRecord& r) {
    if (!enter())
        return;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "disposition") {
            r.disposition = result(text(), {&m_none, &m_quarantine, &m_reject, &m_pass});
        } else if (n == "dkim") {
            r.dkimAligned = result(text(), {&m_pass, &m_fail});
        } else if (n == "spf") {
            r.spfAligned = result(text(), {&m_pass, &m_fail});
        } else if (n == "reason") {
            if (!enter())
                return;
            QString type;
            QString comment;
            QByteArrayView c;
            while (!m_giveUp && nextChild(c)) {
                if (c == "type")
                    type = text();
                else if (c == "comment")
                    comment = text();
                else
                    m_giveUp = true;
            }
            if (type.isEmpty() && comment.isEmpty())
                m_giveUp = true; // "empty <reason>"
            else
                r.reasons.append(comment.isEmpty() ? type.toLower()
                                                   : QStringLiteral("%1: %2").arg(type.toLower(), comment));
        } else {
            m_giveUp = true;
        }
    }
}

void FastReader::identifiers(AggregateRecord& r) {
    if (!enter())
        return;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "header_from")
            r.headerFrom = text().toLower();
        else if (n == "envelope_from")
            r.envelopeFrom = text().toLower();
        else if (n == "envelope_to")
            r.envelopeTo = text().toLower();
        else
            m_giveUp = true;
    }
}

void FastReader::authResults(AggregateRecord& r) {
    if (!enter())
        return;
    QByteArrayView n;
    while (!m_giveUp && nextChild(n)) {
        if (n == "dkim") {
            if (!enter())
                return;
            DmarcDkimAuth d;
            QByteArrayView c;
            while (!m_giveUp && nextChild(c)) {
                if (c == "domain")
                    d.domain = text().toLower();
                else if (c == "selector")
                    d.selector = text();
                else if (c == "result")
                    d.result = result(text(), {&m_none, &m_pass, &m_fail, &m_policy, &m_neutral, &m_temperror,
                                               &m_permerror});
                else if (c == "human_result")
                    d.humanResult = text();
                else
                    m_giveUp = true;
            }
            r.dkim.append(d);
        } else if (n == "spf") {
            if (!enter())
                return;
            DmarcSpfAuth s;
            QByteArrayView c;
            while (!m_giveUp && nextChild(c)) {
                if (c == "domain")
                    s.domain = text().toLower();
                else if (c == "scope")
                    s.scope = result(text(), {&m_mfrom, &m_helo});
                else if (c == "result")
                    s.result = result(text(), {&m_none, &m_neutral, &m_pass, &m_fail, &m_softfail,
                                               &m_temperror, &m_permerror, &m_hardfail});
                else if (c == "human_result")
                    (void)rawText();
                else
                    m_giveUp = true;
            }
            if (s.result == u"hardfail")
                s.result = m_fail;
            r.spf.append(s);
        } else {
            m_giveUp = true;
        }
    }
}

} // namespace

std::optional<AggregateReportParser::Outcome>
AggregateReportFastParser::parse(QIODevice* device, const AggregateReportParser::HeaderSink& onHeader,
                                 const AggregateReportParser::RecordSink& onRecord) {
    if (device->isSequential())
        return std::nullopt;
    FastReader reader(device, onHeader, onRecord);
    return reader.run();
}
