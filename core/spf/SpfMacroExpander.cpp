#include "SpfMacroExpander.h"

#include <QCoreApplication>
#include <QUrl>

namespace {
// A context lupdate can see from the free functions below (same context as tr()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SpfMacroExpander)
};

QString tr(const char* text) {
    return QCoreApplication::translate("SpfMacroExpander", text);
}

bool isDelimiter(QChar c) {
    return QStringView(u".-+,/_=").contains(c);
}

bool isLiteral(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x24) || (u >= 0x26 && u <= 0x7e);
}

struct Macro {
    QChar letter;   // as written (case kept)
    int digits = 0; // 0: all parts
    bool reverse = false;
    QString delimiters;
    int length = 0; // characters consumed from '%'
};

// Parses "%{...}" at text[pos] (text[pos] == '%', text[pos+1] == '{').
std::expected<Macro, SpfMacroExpander::SyntaxError> parseMacro(QStringView text, int pos,
                                                               SpfMacroExpander::Mode mode) {
    Macro m;
    int i = pos + 2;
    if (i >= text.size())
        return std::unexpected(
            SpfMacroExpander::SyntaxError{Tr::tr("the macro is not closed with '}'"), pos});
    m.letter = text[i];
    const QChar lower = m.letter.toLower();
    static const QStringView domainLetters = u"slodiphv";
    static const QStringView expLetters = u"slodiphvcrt";
    if (!(mode == SpfMacroExpander::Mode::Explanation ? expLetters : domainLetters).contains(lower)) {
        const bool expOnly = expLetters.contains(lower);
        return std::unexpected(SpfMacroExpander::SyntaxError{
            expOnly ? Tr::tr("the macro letter '%1' is allowed only in explanation text (RFC 7208 §7.2)")
                          .arg(m.letter)
                    : Tr::tr("'%1' is not a macro letter (s, l, o, d, i, p, h, v; c, r, t in explanations)")
                          .arg(m.letter),
            i});
    }
    ++i;
    const int digitsStart = i;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 0x80)
        ++i;
    if (i > digitsStart) {
        const QStringView digits = text.mid(digitsStart, i - digitsStart);
        bool ok = false;
        const int n = digits.length() > 3 ? 1000 : digits.toInt(&ok);
        if (digits.length() <= 3 && (!ok || n == 0))
            return std::unexpected(SpfMacroExpander::SyntaxError{
                Tr::tr("the number of parts in a macro must not be zero (RFC 7208 §7.3)"), digitsStart});
        m.digits = n;
    }
    if (i < text.size() && (text[i] == QLatin1Char('r') || text[i] == QLatin1Char('R'))) {
        m.reverse = true;
        ++i;
    }
    while (i < text.size() && isDelimiter(text[i]))
        m.delimiters += text[i++];
    if (i >= text.size() || text[i] != QLatin1Char('}'))
        return std::unexpected(SpfMacroExpander::SyntaxError{
            i >= text.size()
                ? Tr::tr("the macro is not closed with '}'")
                : Tr::tr("unexpected character '%1' in a macro (expected a delimiter or '}')").arg(text[i]),
            i});
    m.length = i + 1 - pos;
    return m;
}

QString urlEscape(const QString& value) {
    // RFC 7208 §7.3: upper-case macro letters escape every character outside RFC 3986 "unreserved".
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString transform(const QString& value, const Macro& m) {
    if (m.digits == 0 && !m.reverse && m.delimiters.isEmpty())
        return value;
    const QString delimiters = m.delimiters.isEmpty() ? QStringLiteral(".") : m.delimiters;
    QStringList parts;
    QString current;
    for (const QChar c : value) {
        if (delimiters.contains(c)) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    if (m.reverse)
        std::reverse(parts.begin(), parts.end());
    if (m.digits > 0 && m.digits < parts.size())
        parts = parts.mid(parts.size() - m.digits);
    return parts.join(QLatin1Char('.'));
}
} // namespace

std::optional<SpfMacroExpander::SyntaxError> SpfMacroExpander::validate(QStringView text, Mode mode) {
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('%')) {
            if (i + 1 >= text.size())
                return SyntaxError{tr("a '%' at the end must be written '%%'"), i};
            const QChar n = text[i + 1];
            if (n == QLatin1Char('%') || n == QLatin1Char('_') || n == QLatin1Char('-')) {
                ++i;
                continue;
            }
            if (n != QLatin1Char('{'))
                return SyntaxError{
                    tr("'%' must be followed by '{', '%', '_' or '-' (write '%%' for a percent sign)"), i};
            auto m = parseMacro(text, i, mode);
            if (!m)
                return m.error();
            i += m->length - 1;
            continue;
        }
        if (c == QLatin1Char(' ') && mode == Mode::Explanation)
            continue;
        if (!isLiteral(c))
            return SyntaxError{c.unicode() > 0x7e
                                   ? tr("the character '%1' is not 7-bit ASCII").arg(c)
                                   : tr("the character (code %1) is not allowed here").arg(c.unicode()),
                               i};
    }
    return std::nullopt;
}

QString SpfMacroExpander::letterValue(QChar letter, const SpfMacroContext& context) {
    const bool v6 = context.ip.protocol() == QAbstractSocket::IPv6Protocol;
    switch (letter.toLower().unicode()) {
    case 's':
        return context.sender();
    case 'l':
        return context.localPart;
    case 'o':
        return context.senderDomain;
    case 'd':
        return context.domain;
    case 'h':
        return context.helo;
    case 'v':
        return v6 ? QStringLiteral("ip6") : QStringLiteral("in-addr");
    case 'c':
        return context.ip.toString();
    case 'r':
        return context.receiver;
    case 't':
        return QString::number(context.timestamp);
    case 'p':
        return context.validatedName ? context.validatedName() : QStringLiteral("unknown");
    case 'i': {
        if (!v6)
            return context.ip.toString();
        // Nibbles in upper case as the OpenSPF suite's exp texts expect (v-macro-ip6); the RFC
        // leaves the case open and DNS names compare case-insensitively.
        const Q_IPV6ADDR a = context.ip.toIPv6Address();
        QStringList nibbles;
        for (int b = 0; b < 16; ++b) {
            nibbles << QString::number(a[b] >> 4, 16).toUpper() << QString::number(a[b] & 0xf, 16).toUpper();
        }
        return nibbles.join(QLatin1Char('.'));
    }
    default:
        return {};
    }
}

QString SpfMacroExpander::expand(QStringView text, const SpfMacroContext& context, Mode mode) {
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('%') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar n = text[i + 1];
        if (n == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
        } else if (n == QLatin1Char('_')) {
            out += QLatin1Char(' ');
            ++i;
        } else if (n == QLatin1Char('-')) {
            out += QStringLiteral("%20");
            ++i;
        } else if (n == QLatin1Char('{')) {
            auto m = parseMacro(text, i, mode);
            if (!m) {
                out += c;
                continue;
            }
            QString value = transform(letterValue(m->letter, context), *m);
            if (m->letter.isUpper())
                value = urlEscape(value);
            out += value;
            i += m->length - 1;
        } else {
            out += c;
        }
    }
    return out;
}

QString SpfMacroExpander::expandDomain(QStringView text, const SpfMacroContext& context) {
    QString name = expand(text, context, Mode::DomainSpec);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    while (name.size() > 253) {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        name = name.mid(dot + 1);
    }
    return name;
}

bool SpfMacroExpander::hasMacros(QStringView text) {
    return text.contains(QLatin1String("%{"));
}

QStringList SpfMacroExpander::lettersUsed(QStringView text) {
    QStringList out;
    for (int i = 0; i + 2 < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && text[i + 1] == QLatin1Char('%')) {
            ++i;
            continue;
        }
        if (text[i] == QLatin1Char('%') && text[i + 1] == QLatin1Char('{')) {
            const QString l = text[i + 2].toLower();
            if (!out.contains(l))
                out << l;
        }
    }
    return out;
}
