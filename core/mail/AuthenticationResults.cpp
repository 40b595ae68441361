#include "AuthenticationResults.h"

#include <QJsonArray>

namespace {
// Splits on a separator outside quotes and comments; comments are collected separately.
QStringList splitOutside(const QString& text, QChar separator, QStringList* comments = nullptr) {
    QStringList parts;
    QString current;
    QString comment;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            (depth ? comment : current) += text.mid(i, 2);
            ++i;
            continue;
        }
        if (!depth && c == QLatin1Char('"')) {
            quoted = !quoted;
            current += c;
            continue;
        }
        if (!quoted && c == QLatin1Char('(')) {
            if (depth++ > 0)
                comment += c;
            continue;
        }
        if (!quoted && c == QLatin1Char(')') && depth > 0) {
            if (--depth == 0) {
                if (comments)
                    *comments << comment.trimmed();
                comment.clear();
                current += QLatin1Char(' ');
            } else {
                comment += c;
            }
            continue;
        }
        if (depth) {
            comment += c;
            continue;
        }
        if (!quoted && c == separator) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current.trimmed();
    return parts;
}

QString unquote(QString v) {
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
        v = v.mid(1, v.size() - 2);
    return v;
}
} // namespace

AuthenticationResultsHeader AuthenticationResultsHeader::parseAuthenticationResults(const QString& value) {
    AuthenticationResultsHeader h;
    h.header = QStringLiteral("Authentication-Results");
    h.raw = value;
    const QStringList parts = splitOutside(value, QLatin1Char(';'));
    if (parts.isEmpty())
        return h;
    h.authServId = parts.first().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QStringList comments;
        const QStringList fromComments = splitOutside(parts.at(i), QLatin1Char(';'), &comments);
        const QStringList words = fromComments.value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.first() == QLatin1String("none"))
            continue;
        AuthenticationResult r;
        const QString first = words.first();
        r.method = first.section(QLatin1Char('='), 0, 0).section(QLatin1Char('/'), 0, 0).toLower();
        r.result = first.section(QLatin1Char('='), 1).toLower();
        for (qsizetype k = 1; k < words.size(); ++k) {
            const QString key = words.at(k).section(QLatin1Char('='), 0, 0).toLower();
            const QString val = unquote(words.at(k).section(QLatin1Char('='), 1));
            if (key == QLatin1String("reason"))
                r.reason = val;
            else if (!key.isEmpty())
                r.properties.insert(key, val);
        }
        if (r.reason.isEmpty() && !comments.isEmpty())
            r.reason = comments.join(QStringLiteral("; "));
        h.results << r;
    }
    return h;
}

AuthenticationResultsHeader AuthenticationResultsHeader::parseReceivedSpf(const QString& value) {
    AuthenticationResultsHeader h;
    h.header = QStringLiteral("Received-SPF");
    h.raw = value;
    QStringList comments;
    const QString text = splitOutside(value, QChar(0), &comments).join(QString());
    AuthenticationResult r;
    r.method = QStringLiteral("spf");
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.result = words.value(0).toLower();
    r.reason = comments.join(QStringLiteral("; "));
    for (const QString& kv : splitOutside(words.mid(1).join(QLatin1Char(' ')), QLatin1Char(';'))) {
        const QString key = kv.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        if (!key.isEmpty() && kv.contains(QLatin1Char('=')))
            r.properties.insert(key, unquote(kv.section(QLatin1Char('='), 1).trimmed()));
    }
    h.results << r;
    return h;
}

QJsonObject AuthenticationResultsHeader::toJson() const {
    QJsonArray results;
    for (const AuthenticationResult& r : this->results) {
        QJsonObject props;
        for (auto it = r.properties.cbegin(); it != r.properties.cend(); ++it)
            props.insert(it.key(), it.value());
        QJsonObject o{{QStringLiteral("method"), r.method},
                      {QStringLiteral("result"), r.result},
                      {QStringLiteral("properties"), props}};
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        results.append(o);
    }
    QJsonObject o{{QStringLiteral("header"), header},
                  {QStringLiteral("raw"), raw},
                  {QStringLiteral("results"), results}};
    if (!authServId.isEmpty())
        o.insert(QStringLiteral("authServId"), authServId);
    return o;
}
