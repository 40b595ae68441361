#include "SpfRecordParser.h"

#include "SpfMacroExpander.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SpfRecordParser", text);
}

bool isAlnum(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool isAlpha(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(QStringView label) {
    if (label.isEmpty())
        return false;
    bool hasAlpha = false;
    bool hasHyphen = false;
    for (const QChar c : label) {
        if (c == QLatin1Char('-'))
            hasHyphen = true;
        else if (!isAlnum(c))
            return false;
        hasAlpha = hasAlpha || isAlpha(c);
    }
    if (!hasHyphen)
        return hasAlpha;
    return isAlnum(label.front()) && isAlnum(label.back());
}

// Strict CIDR digits: "0" or no leading zero, within max.
std::optional<int> cidrValue(QStringView digits, int max) {
    if (digits.isEmpty() || digits.size() > 3)
        return std::nullopt;
    for (const QChar c : digits)
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
    if (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        return std::nullopt;
    const int v = digits.toInt();
    if (v > max)
        return std::nullopt;
    return v;
}

// ip4-network = qnum "." qnum "." qnum "." qnum, qnum without leading zeros, 0..255.
std::optional<QHostAddress> parseIp4(QStringView text) {
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    for (const QStringView p : parts)
        if (!cidrValue(p, 255))
            return std::nullopt;
    QHostAddress a;
    if (!a.setAddress(text.toString()) || a.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return a;
}

std::optional<QHostAddress> parseIp6(QStringView text) {
    if (!text.contains(QLatin1Char(':')))
        return std::nullopt;
    for (const QChar c : text)
        if (!(c.isLetterOrNumber() || c == QLatin1Char(':') || c == QLatin1Char('.')) || c.unicode() > 0x7e)
            return std::nullopt;
    QHostAddress a;
    if (!a.setAddress(text.toString()) || a.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return a;
}

struct TermError {
    QString message;
    int position = 0; // inside the term
};
} // namespace

bool SpfRecordParser::isSpfRecord(QByteArrayView text) {
    if (text.size() < 6 || qstrnicmp(text.data(), "v=spf1", 6) != 0)
        return false;
    return text.size() == 6 || text.at(6) == ' ';
}

std::optional<std::pair<QString, int>> SpfRecordParser::checkDomainSpec(QStringView spec) {
    if (spec.isEmpty())
        return std::pair{tr("a domain is required here"), 0};
    if (auto e = SpfMacroExpander::validate(spec, SpfMacroExpander::Mode::DomainSpec))
        return std::pair{e->message, e->position};
    // domain-end = ( "." toplabel [ "." ] ) / macro-expand
    if (spec.endsWith(QLatin1Char('}')))
        return std::nullopt; // a macro-string ending in '}' is valid only as a macro-expand
    const qsizetype n = spec.size();
    if (n >= 2 && spec[n - 2] == QLatin1Char('%') &&
        (spec[n - 1] == QLatin1Char('%') || spec[n - 1] == QLatin1Char('_') ||
         spec[n - 1] == QLatin1Char('-'))) {
        // Only a macro-expand if that '%' is not itself the second half of "%%".
        int percents = 0;
        for (qsizetype i = n - 2; i >= 0 && spec[i] == QLatin1Char('%'); --i)
            ++percents;
        if (percents % 2 == 1)
            return std::nullopt;
    }
    QStringView body = spec;
    if (body.endsWith(QLatin1Char('.')))
        body.chop(1);
    const qsizetype dot = body.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return std::pair{tr("the domain must end in a dot and a top-level label (such as \".com\")"), 0};
    if (!isTopLabel(body.mid(dot + 1)))
        return std::pair{
            tr("\"%1\" is not a valid top-level label (letters, digits, inner hyphens; not all digits)")
                .arg(body.mid(dot + 1)),
            static_cast<int>(dot + 1)};
    return std::nullopt;
}

std::expected<SpfRecord, SpfSyntaxError> SpfRecordParser::parse(const QString& text) {
    SpfRecord record;
    record.text = text;
    if (!isSpfRecord(text.toLatin1()))
        return std::unexpected(SpfSyntaxError{tr("the record does not start with \"v=spf1\""), 0,
                                              text.section(QLatin1Char(' '), 0, 0), 0});
    int index = 0;
    int pos = 0;
    const int n = static_cast<int>(text.size());
    while (pos < n) {
        // Terms are separated by spaces only (RFC 7208 §4.6.1).
        while (pos < n && text[pos] == QLatin1Char(' '))
            ++pos;
        if (pos >= n)
            break;
        int end = pos;
        while (end < n && text[end] != QLatin1Char(' '))
            ++end;
        const QString termText = text.mid(pos, end - pos);
        if (index == 0) {
            ++index;
            pos = end;
            continue; // "v=spf1"
        }
        auto fail = [&](const TermError& e) {
            return std::unexpected(SpfSyntaxError{e.message, index, termText, pos + e.position});
        };
        SpfTerm term;
        term.text = termText;
        term.offset = pos;

        // Non-ASCII anywhere in a term is a syntax error (the record is 7-bit ASCII).
        for (int i = 0; i < termText.size(); ++i)
            if (termText[i].unicode() > 0x7e || termText[i].unicode() < 0x21)
                return fail({tr("the character (code %1) is not allowed: SPF records are 7-bit ASCII")
                                 .arg(termText[i].unicode()),
                             i});

        // modifier = name "=" macro-string; name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
        int nameEnd = 0;
        if (!termText.isEmpty() && isAlpha(termText[0])) {
            nameEnd = 1;
            while (nameEnd < termText.size() &&
                   (isAlnum(termText[nameEnd]) || QStringView(u"-_.").contains(termText[nameEnd])))
                ++nameEnd;
        }
        if (nameEnd > 0 && nameEnd < termText.size() && termText[nameEnd] == QLatin1Char('=')) {
            const QString name = termText.left(nameEnd).toLower();
            const QString value = termText.mid(nameEnd + 1);
            term.modifierName = name;
            term.modifierValue = value;
            if (name == QLatin1String("redirect") || name == QLatin1String("exp")) {
                term.kind = name == QLatin1String("redirect") ? SpfTermKind::Redirect : SpfTermKind::Exp;
                for (const SpfTerm& t : std::as_const(record.terms))
                    if (t.kind == term.kind)
                        return fail(
                            {tr("the modifier \"%1\" appears more than once (RFC 7208 §6)").arg(name), 0});
                if (auto e = checkDomainSpec(value))
                    return fail({e->first, nameEnd + 1 + e->second});
                term.domainSpec = value;
            } else {
                term.kind = SpfTermKind::UnknownModifier;
                if (auto e = SpfMacroExpander::validate(value, SpfMacroExpander::Mode::DomainSpec))
                    return fail({e->message, nameEnd + 1 + e->position});
            }
            record.terms << term;
            ++index;
            pos = end;
            continue;
        }

        // directive = [ qualifier ] mechanism
        int i = 0;
        switch (termText[0].unicode()) {
        case '+':
            term.qualifier = SpfQualifier::Pass;
            break;
        case '-':
            term.qualifier = SpfQualifier::Fail;
            break;
        case '~':
            term.qualifier = SpfQualifier::SoftFail;
            break;
        case '?':
            term.qualifier = SpfQualifier::Neutral;
            break;
        default:
            i = -1;
        }
        if (i == 0) {
            term.explicitQualifier = true;
            i = 1;
        } else {
            i = 0;
        }
        int mEnd = i;
        while (mEnd < termText.size() && isAlnum(termText[mEnd]))
            ++mEnd;
        const QString mech = termText.mid(i, mEnd - i).toLower();
        const QString rest = termText.mid(mEnd);
        const int restPos = mEnd;
        static const QHash<QString, SpfTermKind> kinds{
            {QStringLiteral("all"), SpfTermKind::All}, {QStringLiteral("include"), SpfTermKind::Include},
            {QStringLiteral("a"), SpfTermKind::A},     {QStringLiteral("mx"), SpfTermKind::Mx},
            {QStringLiteral("ptr"), SpfTermKind::Ptr}, {QStringLiteral("ip4"), SpfTermKind::Ip4},
            {QStringLiteral("ip6"), SpfTermKind::Ip6}, {QStringLiteral("exists"), SpfTermKind::Exists}};
        if (!kinds.contains(mech))
            return fail({mech.isEmpty()
                             ? tr("a mechanism name is missing")
                             : tr("\"%1\" is not an SPF mechanism (all, include, a, mx, ptr, ip4, ip6, "
                                  "exists) nor a modifier (name=value)")
                                   .arg(termText.mid(i, mEnd - i)),
                         i});
        term.kind = kinds.value(mech);
        switch (term.kind) {
        case SpfTermKind::All:
            if (!rest.isEmpty())
                return fail({tr("\"all\" takes no argument"), restPos});
            break;
        case SpfTermKind::Include:
        case SpfTermKind::Exists:
            if (!rest.startsWith(QLatin1Char(':')))
                return fail({tr("\"%1\" needs \":domain\"").arg(mech), restPos});
            if (auto e = checkDomainSpec(QStringView(rest).mid(1)))
                return fail({e->first, restPos + 1 + e->second});
            term.domainSpec = rest.mid(1);
            break;
        case SpfTermKind::Ptr:
            if (!rest.isEmpty()) {
                if (!rest.startsWith(QLatin1Char(':')))
                    return fail({tr("\"ptr\" takes only \":domain\""), restPos});
                if (auto e = checkDomainSpec(QStringView(rest).mid(1)))
                    return fail({e->first, restPos + 1 + e->second});
                term.domainSpec = rest.mid(1);
            }
            break;
        case SpfTermKind::A:
        case SpfTermKind::Mx: {
            QString spec = rest;
            // dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ], at the end.
            auto takeSuffix = [&spec](const QString& prefix) -> std::optional<QString> {
                qsizetype k = spec.size();
                while (k > 0 && spec[k - 1].isDigit())
                    --k;
                if (k == spec.size() || k < prefix.size() ||
                    QStringView(spec).mid(k - prefix.size(), prefix.size()) != prefix)
                    return std::nullopt;
                const QString digits = spec.mid(k);
                spec.truncate(k - prefix.size());
                return digits;
            };
            if (auto d6 = takeSuffix(QStringLiteral("//"))) {
                const auto v = cidrValue(*d6, 128);
                if (!v)
                    return fail({tr("\"//%1\" is not an IPv6 prefix length (0-128)").arg(*d6),
                                 restPos + int(spec.size())});
                term.cidr6 = *v;
                term.hasCidr = true;
            }
            if (auto d4 = takeSuffix(QStringLiteral("/"))) {
                const auto v = cidrValue(*d4, 32);
                if (!v)
                    return fail({tr("\"/%1\" is not an IPv4 prefix length (0-32)").arg(*d4),
                                 restPos + int(spec.size())});
                term.cidr4 = *v;
                term.hasCidr = true;
            }
            if (!spec.isEmpty()) {
                if (!spec.startsWith(QLatin1Char(':')))
                    return fail({tr("expected \":domain\" or \"/prefix\" after \"%1\"").arg(mech), restPos});
                if (auto e = checkDomainSpec(QStringView(spec).mid(1)))
                    return fail({e->first, restPos + 1 + e->second});
                term.domainSpec = spec.mid(1);
            }
            break;
        }
        case SpfTermKind::Ip4:
        case SpfTermKind::Ip6: {
            const bool v4 = term.kind == SpfTermKind::Ip4;
            if (!rest.startsWith(QLatin1Char(':')))
                return fail({tr("\"%1\" needs \":address\"").arg(mech), restPos});
            QString addr = rest.mid(1);
            const qsizetype slash = addr.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                const auto v = cidrValue(QStringView(addr).mid(slash + 1), v4 ? 32 : 128);
                if (!v)
                    return fail({v4 ? tr("\"%1\" is not an IPv4 prefix length (0-32)").arg(addr.mid(slash))
                                    : tr("\"%1\" is not an IPv6 prefix length (0-128)").arg(addr.mid(slash)),
                                 restPos + 1 + int(slash)});
                (v4 ? term.cidr4 : term.cidr6) = *v;
                term.hasCidr = true;
                addr.truncate(slash);
            }
            const auto a = v4 ? parseIp4(addr) : parseIp6(addr);
            if (!a)
                return fail(
                    {v4 ? tr("\"%1\" is not an IPv4 address (four numbers 0-255, no leading zeros)").arg(addr)
                        : tr("\"%1\" is not an IPv6 address").arg(addr),
                     restPos + 1});
            term.network = *a;
            break;
        }
        default:
            break;
        }
        record.terms << term;
        ++index;
        pos = end;
    }
    return record;
}
