#include "ImapResponseParser.h"

#include "ImapMailboxName.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {
// A literal's announced length at the end of a line: "{123}", "{123+}" (LITERAL+), "~{123}"
// (BINARY). Returns -1 when the line does not end with one.
qint64 literalAtEnd(QByteArrayView line) {
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 12)
        return -1;
    qint64 n = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// One value of a response (RFC 3501 §9): an atom (including "BODY[...]" and "\\Flag"), a number,
// a string (quoted or literal), NIL, or a parenthesized list.
struct Value {
    enum class Type { Atom, String, Nil, List } type = Type::Atom;
    QByteArray data;
    QList<Value> items;
};

class Cursor {
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text) {}

    void skip(qsizetype n) { m_pos = qMin(m_pos + n, m_text.size()); }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    bool atLineEnd() const { return atEnd() || peek() == '\r' || peek() == '\n'; }
    void skipSpaces() {
        while (!atEnd() && peek() == ' ')
            ++m_pos;
    }
    // Up to the end of the line (the resp-text), literals excluded: they only follow values.
    QByteArray restOfLine() {
        const qsizetype start = m_pos;
        while (!atLineEnd())
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }
    std::expected<QByteArray, QString> atom() {
        const qsizetype start = m_pos;
        int brackets = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '[')
                ++brackets;
            else if (c == ']' && brackets > 0)
                --brackets;
            else if (brackets == 0 &&
                     (c == ' ' || c == '(' || c == ')' || c == '"' || c == '{' || c == '\r' || c == '\n' ||
                      c == ']' || uchar(c) < 0x20 || uchar(c) > 0x7e))
                break;
            ++m_pos;
        }
        if (m_pos == start)
            return std::unexpected(u"expected a word at byte %1"_s.arg(m_pos));
        return m_text.sliced(start, m_pos - start).toByteArray();
    }
    std::expected<QByteArray, QString> quoted() {
        ++m_pos; // the opening quote
        QByteArray out;
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return out;
            if (c == '\r' || c == '\n')
                break;
            if (c == '\\') {
                if (atEnd())
                    break;
                out += m_text.at(m_pos++);
                continue;
            }
            out += c;
        }
        return std::unexpected(u"a quoted string does not end"_s);
    }
    std::expected<QByteArray, QString> literal() {
        if (peek() == '~')
            ++m_pos;
        const qsizetype close = m_text.indexOf('}', m_pos);
        if (close < 0)
            return std::unexpected(u"a literal's length does not end"_s);
        const qint64 n = literalAtEnd(m_text.sliced(m_pos, close - m_pos + 1));
        if (n < 0)
            return std::unexpected(u"a malformed literal length"_s);
        m_pos = close + 1;
        if (peek() == '\r')
            ++m_pos;
        if (peek() != '\n')
            return std::unexpected(u"a literal's length is not followed by a line end"_s);
        ++m_pos;
        if (n > m_text.size() - m_pos)
            return std::unexpected(u"a literal of %1 bytes is cut short"_s.arg(n));
        const QByteArray out = m_text.sliced(m_pos, qsizetype(n)).toByteArray();
        m_pos += qsizetype(n);
        return out;
    }
    std::expected<Value, QString> value(int depth = 0) {
        skipSpaces();
        if (atLineEnd())
            return std::unexpected(u"the response ends where a value was expected"_s);
        const char c = peek();
        if (c == '(') {
            if (depth >= ImapResponseParser::maxDepth)
                return std::unexpected(u"lists nested deeper than %1"_s.arg(ImapResponseParser::maxDepth));
            ++m_pos;
            Value list{Value::Type::List, {}, {}};
            for (;;) {
                skipSpaces();
                if (peek() == ')') {
                    ++m_pos;
                    return list;
                }
                auto item = value(depth + 1);
                if (!item)
                    return std::unexpected(item.error());
                list.items.append(std::move(*item));
            }
        }
        if (c == '"') {
            auto s = quoted();
            if (!s)
                return std::unexpected(s.error());
            return Value{Value::Type::String, std::move(*s), {}};
        }
        if (c == '{' || c == '~') {
            auto s = literal();
            if (!s)
                return std::unexpected(s.error());
            return Value{Value::Type::String, std::move(*s), {}};
        }
        auto a = atom();
        if (!a)
            return std::unexpected(a.error());
        if (a->compare("NIL", Qt::CaseInsensitive) == 0)
            return Value{Value::Type::Nil, {}, {}};
        return Value{Value::Type::Atom, std::move(*a), {}};
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

std::optional<quint32> number(const QByteArray& text) {
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    bool ok = false;
    const qulonglong n = text.toULongLong(&ok);
    if (!ok || n > 0xffffffffULL || text.at(0) < '0' || text.at(0) > '9')
        return std::nullopt;
    return quint32(n);
}

ImapResponse::Status statusOf(const QByteArray& word) {
    using S = ImapResponse::Status;
    const QByteArray w = word.toUpper();
    return w == "OK"        ? S::Ok
           : w == "NO"      ? S::No
           : w == "BAD"     ? S::Bad
           : w == "PREAUTH" ? S::PreAuth
           : w == "BYE"     ? S::Bye
                            : S::None;
}

QList<QByteArray> capabilityWords(const QByteArray& text) {
    QList<QByteArray> out;
    for (const QByteArray& w : text.split(' '))
        if (!w.isEmpty())
            out << w.toUpper();
    return out;
}

// resp-text (RFC 3501 §9): an optional "[CODE data]" then text.
void readRespText(Cursor& c, ImapResponse& r) {
    c.skipSpaces();
    QByteArray text = c.restOfLine();
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close > 0) {
            const QByteArray inside = text.mid(1, close - 1);
            const qsizetype sp = inside.indexOf(' ');
            r.code = (sp < 0 ? inside : inside.left(sp)).toUpper();
            r.codeData = sp < 0 ? QByteArray() : inside.mid(sp + 1);
            if (r.code == "CAPABILITY")
                r.capabilities = capabilityWords(r.codeData);
            text = text.mid(close + 1).trimmed();
        }
    }
    r.text = QString::fromUtf8(text);
}

std::expected<void, QString> readList(Cursor& c, ImapResponse& r) {
    auto flags = c.value();
    if (!flags)
        return std::unexpected(flags.error());
    if (flags->type != Value::Type::List)
        return std::unexpected(u"LIST without its flag list"_s);
    for (const Value& f : flags->items)
        r.list.flags << f.data;
    auto delimiter = c.value();
    if (!delimiter)
        return std::unexpected(delimiter.error());
    if (delimiter->type == Value::Type::List)
        return std::unexpected(u"LIST with a list as its delimiter"_s);
    r.list.delimiter = delimiter->data;
    auto name = c.value();
    if (!name)
        return std::unexpected(name.error());
    if (name->type == Value::Type::List || name->type == Value::Type::Nil)
        return std::unexpected(u"LIST without a mailbox name"_s);
    r.list.name = name->data;
    r.list.displayName = ImapMailboxName::decode(name->data);
    return {}; // extended data (RFC 5258) may follow; not needed
}

std::expected<void, QString> readFetch(Cursor& c, ImapResponse& r) {
    auto items = c.value();
    if (!items)
        return std::unexpected(items.error());
    if (items->type != Value::Type::List || items->items.size() % 2 != 0)
        return std::unexpected(u"FETCH without its list of name and value pairs"_s);
    for (qsizetype i = 0; i + 1 < items->items.size(); i += 2) {
        const QByteArray key = items->items.at(i).data.toUpper();
        const Value& v = items->items.at(i + 1);
        if (key == "UID") {
            const auto n = number(v.data);
            if (v.type != Value::Type::Atom || !n)
                return std::unexpected(u"FETCH with a UID that is not a number"_s);
            r.uid = *n;
        } else if (key == "FLAGS") {
            if (v.type != Value::Type::List)
                return std::unexpected(u"FETCH with FLAGS that are not a list"_s);
            for (const Value& f : v.items)
                r.flags << f.data;
        } else if (key == "BODY[]" || key == "BINARY[]" || key == "RFC822") {
            if (v.type == Value::Type::List)
                return std::unexpected(u"FETCH with a body that is a list"_s);
            r.body = v.data;
            r.hasBody = v.type != Value::Type::Nil;
        }
    }
    return {};
}
} // namespace

std::expected<qsizetype, QString> ImapResponseParser::completeLength(QByteArrayView buffer,
                                                                     qint64 maxLiteralBytes) {
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = buffer.indexOf('\n', pos);
        if (eol < 0) {
            if (buffer.size() - pos > maxLineBytes)
                return std::unexpected(u"a response line is longer than %1 bytes"_s.arg(maxLineBytes));
            return 0;
        }
        if (eol - pos > maxLineBytes)
            return std::unexpected(u"a response line is longer than %1 bytes"_s.arg(maxLineBytes));
        if (eol + 1 > maxLiteralBytes + maxOverheadBytes)
            return std::unexpected(
                u"one response is longer than %1 bytes"_s.arg(maxLiteralBytes + maxOverheadBytes));
        QByteArrayView line = buffer.sliced(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        const qint64 n = literalAtEnd(line);
        if (n < 0)
            return eol + 1;
        if (n > maxLiteralBytes)
            return std::unexpected(
                u"the server announced %1 bytes, more than the %2 accepted"_s.arg(n).arg(maxLiteralBytes));
        if (eol + 1 + n > maxLiteralBytes + maxOverheadBytes)
            return std::unexpected(
                u"one response is longer than %1 bytes"_s.arg(maxLiteralBytes + maxOverheadBytes));
        if (n > buffer.size() - (eol + 1))
            return 0;
        pos = eol + 1 + qsizetype(n);
    }
}

std::expected<ImapResponse, QString> ImapResponseParser::parse(QByteArrayView response) {
    ImapResponse r;
    Cursor c(response);
    if (c.peek() == '+') {
        r.kind = ImapResponse::Kind::Continuation;
        c.skip(1);
        r.text = QString::fromUtf8(c.restOfLine().trimmed());
        return r;
    }
    auto first = c.atom();
    if (!first)
        return std::unexpected(u"not an IMAP response: %1"_s.arg(first.error()));
    if (c.peek() != ' ')
        return std::unexpected(
            u"not an IMAP response: nothing after '%1'"_s.arg(QString::fromLatin1(first->left(40))));
    c.skipSpaces();
    if (*first != "*") {
        r.kind = ImapResponse::Kind::Tagged;
        r.tag = *first;
        auto word = c.atom();
        if (!word)
            return std::unexpected(u"a tagged response without a status"_s);
        r.status = statusOf(*word);
        if (r.status != ImapResponse::Status::Ok && r.status != ImapResponse::Status::No &&
            r.status != ImapResponse::Status::Bad)
            return std::unexpected(
                u"a tagged response with the status '%1'"_s.arg(QString::fromLatin1(word->left(40))));
        readRespText(c, r);
        return r;
    }
    auto word = c.atom();
    if (!word)
        return std::unexpected(u"an untagged response without a name"_s);
    if (const auto n = number(*word)) {
        r.number = *n;
        c.skipSpaces();
        auto name = c.atom();
        if (!name)
            return std::unexpected(u"'* %1' without a name"_s.arg(*n));
        r.name = name->toUpper();
        if (r.name == "FETCH") {
            c.skipSpaces();
            if (auto ok = readFetch(c, r); !ok)
                return std::unexpected(ok.error());
        }
        return r;
    }
    r.status = statusOf(*word);
    if (r.status != ImapResponse::Status::None) {
        readRespText(c, r);
        return r;
    }
    r.name = word->toUpper();
    c.skipSpaces();
    if (r.name == "CAPABILITY") {
        r.capabilities = capabilityWords(c.restOfLine());
    } else if (r.name == "LIST" || r.name == "LSUB") {
        if (auto ok = readList(c, r); !ok)
            return std::unexpected(ok.error());
    } else if (r.name == "SEARCH") {
        while (!c.atLineEnd()) {
            auto v = c.value();
            if (!v)
                return std::unexpected(v.error());
            if (v->type == Value::Type::List) // (MODSEQ n), RFC 7162
                continue;
            const auto n = number(v->data);
            if (!n)
                return std::unexpected(
                    u"SEARCH with '%1', not a number"_s.arg(QString::fromLatin1(v->data.left(40))));
            r.search << *n;
            c.skipSpaces();
        }
    }
    return r;
}
