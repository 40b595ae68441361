#include "ReceivedHeaderParser.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTimeZone>

namespace {
struct Token {
    QString text;
    bool comment = false; // "(...)" with the parentheses removed
};

QList<Token> tokenize(const QString& text) {
    QList<Token> out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out << Token{word, false};
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            flush();
            int depth = 1;
            QString comment;
            for (++i; i < text.size() && depth > 0; ++i) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    comment += text.at(++i);
                    continue;
                }
                if (d == QLatin1Char('('))
                    ++depth;
                else if (d == QLatin1Char(')') && --depth == 0)
                    break;
                comment += d;
            }
            out << Token{comment.simplified(), true};
        } else if (c == QLatin1Char('<')) {
            flush();
            const qsizetype end = text.indexOf(QLatin1Char('>'), i);
            out << Token{end < 0 ? text.mid(i) : text.mid(i, end - i + 1), false};
            i = end < 0 ? text.size() : end;
        } else if (c.isSpace()) {
            flush();
        } else {
            word += c;
        }
    }
    flush();
    return out;
}

// The last ';' outside comments and angle brackets: the date follows it.
qsizetype dateSeparator(const QString& text) {
    int depth = 0;
    bool angle = false;
    qsizetype last = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && depth > 0) {
            --depth;
        } else if (depth == 0 && c == QLatin1Char('<')) {
            angle = true;
        } else if (depth == 0 && c == QLatin1Char('>')) {
            angle = false;
        } else if (depth == 0 && !angle && c == QLatin1Char(';')) {
            last = i;
        }
    }
    return last;
}

bool isHostName(const QString& s) {
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$)"));
    return !s.isEmpty() && s.size() <= 254 && re.match(s).hasMatch();
}

QString withoutDot(QString s) {
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}
} // namespace

QString ReceivedHeaderParser::addressIn(const QString& text) {
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    if (t.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        t = t.mid(5);
    if (t.isEmpty() || t.size() > 45)
        return {};
    for (const QChar c : std::as_const(t))
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(':') ||
              (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))))
            return {};
    QHostAddress address;
    if (!address.setAddress(t))
        return {};
    // A bare hexadecimal word such as "beef" or "2" is not an address written by a server.
    if (address.protocol() == QAbstractSocket::IPv4Protocol && t.count(QLatin1Char('.')) != 3)
        return {};
    return address.toString();
}

QDateTime ReceivedHeaderParser::parseDate(const QString& text) {
    QString t;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (depth == 0)
            t += c;
    }
    t = t.simplified();
    // Obsolete zone names (RFC 5322 §4.3).
    static const QList<std::pair<QString, QString>> zones{
        {QStringLiteral("UT"), QStringLiteral("+0000")},  {QStringLiteral("GMT"), QStringLiteral("+0000")},
        {QStringLiteral("UTC"), QStringLiteral("+0000")}, {QStringLiteral("EST"), QStringLiteral("-0500")},
        {QStringLiteral("EDT"), QStringLiteral("-0400")}, {QStringLiteral("CST"), QStringLiteral("-0600")},
        {QStringLiteral("CDT"), QStringLiteral("-0500")}, {QStringLiteral("MST"), QStringLiteral("-0700")},
        {QStringLiteral("MDT"), QStringLiteral("-0600")}, {QStringLiteral("PST"), QStringLiteral("-0800")},
        {QStringLiteral("PDT"), QStringLiteral("-0700")}, {QStringLiteral("Z"), QStringLiteral("+0000")}};
    for (const auto& [name, offset] : zones)
        if (t.endsWith(QLatin1Char(' ') + name)) {
            t = t.left(t.size() - name.size()) + offset;
            break;
        }
    QDateTime d = QDateTime::fromString(t, Qt::RFC2822Date);
    if (d.isValid() && d.date().year() < 100) {
        // Two-digit years (RFC 5322 §4.3): 00-49 are 2000-2049, 50-99 are 1950-1999.
        d = d.addYears(d.date().year() < 50 ? 2000 : 1900);
    }
    if (!d.isValid()) {
        // Without the day of the week, or with a single-digit hour some servers write.
        static const QRegularExpression re(QStringLiteral(
            R"(^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4})?$)"));
        const QRegularExpressionMatch m = re.match(t);
        if (!m.hasMatch())
            return {};
        static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                        QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
        int year = m.captured(3).toInt();
        if (year < 50)
            year += 2000;
        else if (year < 1000)
            year += 1900;
        const QDate date(year, month, m.captured(1).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (month == 0 || !date.isValid() || !time.isValid())
            return {};
        int offset = 0;
        if (const QString z = m.captured(7); !z.isEmpty()) {
            offset = (z.mid(1, 2).toInt() * 3600 + z.mid(3, 2).toInt() * 60) * (z.startsWith(u'-') ? -1 : 1);
            if (qAbs(offset) > 14 * 3600)
                return {};
        }
        d = QDateTime(date, time, QTimeZone(offset));
    }
    return d;
}

ReceivedHop ReceivedHeaderParser::parse(const QString& value) {
    ReceivedHop hop;
    hop.raw = value.simplified();
    const qsizetype semicolon = dateSeparator(value);
    const QString clauses = semicolon < 0 ? value : value.left(semicolon);
    if (semicolon >= 0) {
        hop.dateText = value.mid(semicolon + 1).simplified();
        hop.date = parseDate(hop.dateText);
    }
    const QList<Token> tokens = tokenize(clauses);
    static const QStringList keywords{QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("via"),
                                      QStringLiteral("with"), QStringLiteral("id"), QStringLiteral("for")};
    QString clause;
    QString clauseValue;
    QStringList clauseComments;
    auto finish = [&] {
        if (clause.isEmpty() || clauseValue.isEmpty())
            return;
        hop.parsed = true;
        if (clause == QLatin1String("from")) {
            hop.helo = clauseValue;
            if (const QString literal = addressIn(clauseValue); !literal.isEmpty())
                hop.ip = literal;
            for (const QString& c : std::as_const(clauseComments)) {
                const QStringList words = c.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                QString heloInComment;
                for (const QString& w : words) {
                    if (w.startsWith(QLatin1String("helo="), Qt::CaseInsensitive))
                        heloInComment = w.mid(5);
                    if (hop.ip.isEmpty()) {
                        QString candidate = w;
                        while (candidate.endsWith(QLatin1Char(')')) || candidate.endsWith(QLatin1Char(',')))
                            candidate.chop(1);
                        if (const qsizetype colon = candidate.lastIndexOf(QLatin1Char(']'));
                            colon > 0 && colon + 1 < candidate.size())
                            candidate = candidate.left(colon + 1); // "[192.0.2.1]:25"
                        hop.ip = addressIn(candidate);
                    }
                }
                if (!heloInComment.isEmpty()) {
                    // Exim: "from rdns ([IP] helo=NAME)": the word before the comment is the
                    // verified reverse name, the HELO is in the comment.
                    if (addressIn(clauseValue).isEmpty())
                        hop.reverseName = withoutDot(clauseValue);
                    hop.helo = heloInComment;
                } else if (hop.reverseName.isEmpty() && !words.isEmpty()) {
                    const QString first = words.first();
                    if (first.compare(QLatin1String("unknown"), Qt::CaseInsensitive) != 0 &&
                        addressIn(first).isEmpty() && !first.contains(QLatin1Char('@')) &&
                        !first.contains(QLatin1Char('=')) && isHostName(first) &&
                        first.contains(QLatin1Char('.')))
                        hop.reverseName = withoutDot(first);
                }
            }
        } else if (clause == QLatin1String("by")) {
            hop.by = withoutDot(clauseValue);
            if (!clauseComments.isEmpty())
                hop.comments += clauseComments.join(QStringLiteral("; "));
        } else if (clause == QLatin1String("via")) {
            hop.via = clauseValue;
        } else if (clause == QLatin1String("with")) {
            hop.with = clauseValue;
            if (!clauseComments.isEmpty())
                hop.comments += (hop.comments.isEmpty() ? QString() : QStringLiteral("; ")) +
                                clauseComments.join(QStringLiteral("; "));
        } else if (clause == QLatin1String("id")) {
            hop.id = clauseValue;
        } else if (clause == QLatin1String("for")) {
            QString address = clauseValue;
            if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
                address = address.mid(1, address.size() - 2);
            hop.forAddress = address;
        }
        clause.clear();
        clauseValue.clear();
        clauseComments.clear();
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        if (!t.comment && keywords.contains(t.text.toLower()) &&
            (clause.isEmpty() || !clauseValue.isEmpty())) {
            finish();
            clause = t.text.toLower();
            continue;
        }
        if (clause.isEmpty())
            continue; // text before the first clause (some servers write their name first)
        if (t.comment)
            clauseComments << t.text;
        else if (clauseValue.isEmpty())
            clauseValue = t.text;
    }
    finish();
    if (!hop.parsed)
        hop.error = QStringLiteral("no from, by, with, id or for clause");
    else if (semicolon >= 0 && !hop.date.isValid())
        hop.error = QStringLiteral("the date \"%1\" cannot be read").arg(hop.dateText.left(60));
    return hop;
}
