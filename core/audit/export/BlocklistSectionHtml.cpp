#include "BlocklistSectionHtml.h"

#include "SectionFindingsHtml.h"

#include "findings/FindingCatalogue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

// Symbol, word and colour together: never colour alone. `word` replaces the result's own word.
QString resultTag(const QString& result, const QString& word = {}) {
    QString colour = u"#8a5a00"_s;
    QString symbol = u"▲"_s;
    QString text = BlocklistSectionHtml::tr("Error");
    if (result == u"listed"_s) {
        colour = u"#b00020"_s;
        symbol = u"✖"_s;
        text = BlocklistSectionHtml::tr("Listed");
    } else if (result == u"clear"_s) {
        colour = u"#1b7a3a"_s;
        symbol = u"✔"_s;
        text = BlocklistSectionHtml::tr("Clear");
    } else if (result == u"refused"_s) {
        colour = u"#1f5f99"_s;
        symbol = u"ℹ"_s;
        text = BlocklistSectionHtml::tr("Refused");
    }
    return u"<span style=\"color:%1; font-weight:bold\">%2 %3</span>"_s.arg(
        colour, symbol, esc(word.isEmpty() ? text : word));
}

} // namespace

QString BlocklistSectionHtml::html(const QJsonObject& b) {
    if (b.isEmpty())
        return {};
    if (!b.value(u"queried"_s).toBool(true))
        return u"<p>%1 %2</p>\n"_s.arg(
            resultTag(u"refused"_s, tr("Not asked")),
            esc(tr("No blocklist was asked: %1").arg(b.value(u"notQueried"_s).toString())));
    const QJsonObject counts = b.value(u"counts"_s).toObject();
    const int listed = counts.value(u"listed"_s).toInt();
    const int clear = counts.value(u"clear"_s).toInt();
    const int refused = counts.value(u"refused"_s).toInt();
    const int errors = counts.value(u"error"_s).toInt();
    QString h = u"<p style=\"font-size:11pt\">%1 %2</p>\n"_s.arg(
        resultTag(listed > 0 ? u"listed"_s : u"clear"_s),
        esc(listed > 0 ? tr("%n listing(s): receivers that use these lists reject or junk the mail.", nullptr,
                            listed)
                       : tr("No listing on the lists that answered (%n lookup(s) clear).", nullptr, clear)));
    if (refused > 0 || errors > 0)
        h += u"<p>%1</p>\n"_s.arg(esc(
            tr("%1 lookup(s) refused by the list (query through your own resolver) and %2 without a usable "
               "answer: these are unknown, not listings.")
                .arg(refused)
                .arg(errors)));
    const QJsonArray checks = b.value(u"checks"_s).toArray();
    QString rows;
    for (const QJsonValue& v : checks) {
        const QJsonObject c = v.toObject();
        if (c.value(u"result"_s).toString() != u"listed"_s)
            continue;
        QString meaning = esc(c.value(u"meaning"_s).toString());
        if (!c.value(u"reason"_s).toString().isEmpty())
            meaning += u"<br><i>%1</i>"_s.arg(esc(c.value(u"reason"_s).toString()));
        if (!c.value(u"removal"_s).toString().isEmpty())
            meaning += u"<br>%1 %2"_s.arg(esc(tr("Removal:")), esc(c.value(u"removal"_s).toString()));
        rows +=
            u"<tr><td>%1</td><td class=\"mono\">%2</td><td>%3</td><td class=\"mono\">%4</td><td>%5</td></tr>\n"_s
                .arg(resultTag(u"listed"_s), esc(c.value(u"subject"_s).toString()),
                     esc(u"%1 (%2)"_s.arg(c.value(u"listName"_s).toString(), c.value(u"list"_s).toString())),
                     esc(c.value(u"code"_s).toString()), meaning);
    }
    if (!rows.isEmpty())
        h +=
            u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th>%1</th>"
            "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>\n%6</table>\n"_s.arg(
                esc(tr("Result")), esc(tr("Address or name")), esc(tr("List")), esc(tr("Code")),
                esc(tr("Meaning")), rows);
    QStringList lists;
    for (const QJsonValue& v : b.value(u"lists"_s).toArray()) {
        const QJsonObject l = v.toObject();
        const QString state = l.value(u"state"_s).toString();
        lists << u"%1 <span class=\"mono\">%2</span>: %3"_s.arg(
            esc(l.value(u"name"_s).toString()), esc(l.value(u"zone"_s).toString()),
            state == u"answered"_s    ? resultTag(u"clear"_s, tr("Answered"))
            : state == u"not-asked"_s ? esc(tr("nothing to look up"))
                                      : resultTag(state));
    }
    if (!lists.isEmpty())
        h += u"<p class=\"small\">%1 %2</p>\n"_s.arg(esc(tr("Lists asked:")), lists.join(u"; "_s));
    const QJsonArray findings = b.value(u"findings"_s).toArray();
    h += SectionFindingsHtml::html(findings);
    return h;
}
