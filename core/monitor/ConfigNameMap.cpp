#include "ConfigNameMap.h"

#include "dns/DnsName.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::expected<void, QString> ConfigNameMap::add(const QString& rule) {
    const qsizetype eq = rule.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == rule.size() - 1)
        return std::unexpected(u"--map takes FROM=TO, two domain names (got '%1')"_s.arg(rule));
    const auto from = DnsName::fromUserInput(rule.left(eq).trimmed());
    const auto to = DnsName::fromUserInput(rule.mid(eq + 1).trimmed());
    if (!from)
        return std::unexpected(u"--map: invalid domain name '%1': %2"_s.arg(rule.left(eq), from.error()));
    if (!to)
        return std::unexpected(u"--map: invalid domain name '%1': %2"_s.arg(rule.mid(eq + 1), to.error()));
    add(from->ace(), to->ace());
    return {};
}

void ConfigNameMap::add(const QString& from, const QString& to) {
    m_rules.append({from.toLower(), to.toLower()});
    // A more specific rule (mail.staging.example.com) wins over a shorter one.
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

QString ConfigNameMap::apply(const QString& text) const {
    if (m_rules.isEmpty())
        return text;
    // Name-like runs: labels of letters, digits, '-' and '_' joined by dots ("dmarc@" and
    // "mailto:" end a run, so the name inside a URI is found too).
    static const QRegularExpression nameRun(u"[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+"_s);
    QString out;
    qsizetype last = 0;
    auto it = nameRun.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(0);
        const QString lower = name.toLower();
        QString replaced = name;
        for (const auto& [from, to] : m_rules) {
            if (lower == from) {
                replaced = to;
                break;
            }
            if (lower.endsWith(QLatin1Char('.') + from)) {
                replaced = name.left(name.size() - from.size()) + to;
                break;
            }
        }
        out += text.mid(last, m.capturedStart() - last) + replaced;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QStringList ConfigNameMap::rules() const {
    QStringList out;
    for (const auto& [from, to] : m_rules)
        out << from + QLatin1Char('=') + to;
    return out;
}
