#include "DkimTagList.h"

#include <QSet>

namespace {
bool isTagNameChar(QChar c, bool first) {
    if (c.unicode() > 0x7f)
        return false;
    if (c.isLetter())
        return true;
    return !first && (c.isDigit() || c == QLatin1Char('_'));
}
} // namespace

DkimTagList DkimTagList::parse(const QString& text) {
    DkimTagList list;
    QSet<QString> seen;
    const QStringList specs = text.split(QLatin1Char(';'));
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString spec = specs.at(i).trimmed();
        if (spec.isEmpty()) {
            // A trailing ";" is allowed (RFC 6376 §3.2); an empty spec in the middle is tolerated,
            // as receivers do, but still named.
            if (i != specs.size() - 1 && i != 0)
                list.errors << QStringLiteral("an empty tag between two ';'");
            continue;
        }
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq < 0) {
            list.errors << QStringLiteral("'%1' is not tag=value").arg(spec.left(40));
            continue;
        }
        const QString name = spec.left(eq).trimmed();
        bool nameOk = !name.isEmpty();
        for (qsizetype k = 0; nameOk && k < name.size(); ++k)
            nameOk = isTagNameChar(name.at(k), k == 0);
        if (!nameOk) {
            list.errors << QStringLiteral("'%1' is not a valid tag name").arg(name.left(40));
            continue;
        }
        const QString value = spec.mid(eq + 1).trimmed();
        for (const QChar c : value) {
            // tag-value: printable ASCII except ';' with folding whitespace inside.
            const char16_t u = c.unicode();
            if (!(u == u' ' || u == u'\t' || u == u'\r' || u == u'\n' || (u >= 0x21 && u <= 0x7e))) {
                list.errors << QStringLiteral(
                                   "the value of '%1' holds a character that is not printable ASCII")
                                   .arg(name);
                break;
            }
        }
        if (seen.contains(name))
            list.errors << QStringLiteral("tag '%1' appears more than once").arg(name);
        seen.insert(name);
        list.tags << DkimTag{name, value};
    }
    return list;
}

bool DkimTagList::contains(const QString& name) const {
    for (const DkimTag& t : tags)
        if (t.name == name)
            return true;
    return false;
}

QString DkimTagList::value(const QString& name) const {
    for (const DkimTag& t : tags)
        if (t.name == name)
            return t.value;
    return {};
}

QString DkimTagList::compact(const QString& value) {
    QString out;
    out.reserve(value.size());
    for (const QChar c : value)
        if (!c.isSpace())
            out += c;
    return out;
}

std::optional<QString> DkimTagList::decodeQuotedPrintable(const QString& value, QString* error) {
    auto hexValue = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        // RFC 2045's hex-octet is ABNF: its letters match either case.
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        return -1;
    };
    auto fail = [&](const QString& why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QByteArray octets;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isSpace())
            continue; // FWS is ignored
        if (c == QLatin1Char('=')) {
            const int hi = i + 2 < value.size() ? hexValue(value.at(i + 1)) : -1;
            const int lo = i + 2 < value.size() ? hexValue(value.at(i + 2)) : -1;
            if (hi < 0 || lo < 0)
                return fail(QStringLiteral("\"%1\" is not quoted-printable: '=' must be followed by two hex "
                                           "digits (RFC 6376 §2.11)")
                                .arg(value.mid(i, 3)));
            octets += char(hi * 16 + lo);
            i += 2;
            continue;
        }
        // dkim-safe-char: %x21-3A / %x3C / %x3E-7E (no ';', no '=').
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == u';')
            return fail(QStringLiteral("the character '%1' must be written as =%2 (RFC 6376 §2.11)")
                            .arg(c)
                            .arg(QString::number(int(u), 16).rightJustified(2, QLatin1Char('0')).toUpper()));
        octets += char(u);
    }
    return QString::fromUtf8(octets);
}
