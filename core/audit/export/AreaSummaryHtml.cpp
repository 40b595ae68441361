#include "AreaSummaryHtml.h"

#include "audit/AuditAreaSummary.h"

using namespace Qt::StringLiterals;
using State = AuditAreaSummary::State;

namespace {

// By symbol and word as well as colour, for colour-blind readers and grey printers.
QString stateTag(State state) {
    QString colour, symbol;
    switch (state) {
    case State::Ok:
        colour = u"#1b7a3a"_s;
        symbol = u"✔"_s;
        break;
    case State::Warning:
        colour = u"#8a5a00"_s;
        symbol = u"▲"_s;
        break;
    case State::Error:
        colour = u"#b00020"_s;
        symbol = u"✖"_s;
        break;
    case State::Unknown:
        colour = u"#555555"_s;
        symbol = u"?"_s;
        break;
    }
    return u"<span style=\"color:%1; font-weight:bold\">%2 %3</span>"_s.arg(
        colour, symbol, AuditAreaSummary::stateWord(state).toHtmlEscaped());
}

} // namespace

QString AreaSummaryHtml::html(const QList<AuditReport>& reports, const QHash<QString, QJsonObject>& senders) {
    return html(AuditDocumentSummary::of(reports, senders));
}

QString AreaSummaryHtml::html(const AuditDocumentSummary& summary) {
    QString h;
    write(summary, [&h](const QString& html) { h += html; });
    return h;
}

void AreaSummaryHtml::write(const AuditDocumentSummary& summary,
                            const std::function<void(const QString&)>& out) {
    // The columns: every area any domain has, in the summary's order.
    QList<QPair<QString, QString>> columns; // id, title
    for (const AuditDocumentSummary::Entry& e : summary.entries) {
        qsizetype at = 0;
        for (const AuditAreaSummary& a : e.areas) {
            const auto it = std::find_if(columns.cbegin(), columns.cend(),
                                         [&](const auto& c) { return c.first == a.id; });
            if (it == columns.cend())
                columns.insert(at++, {a.id, a.title});
            else
                at = it - columns.cbegin() + 1;
        }
    }
    if (columns.isEmpty())
        return;
    QString h = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                u"<th align=\"left\">%1</th>"_s.arg(tr("Domain").toHtmlEscaped());
    for (const auto& column : columns)
        h += u"<th align=\"left\">%1</th>"_s.arg(column.second.toHtmlEscaped());
    h += u"</tr></thead>\n"_s;
    for (const AuditDocumentSummary::Entry& e : summary.entries) {
        h += u"<tr><td valign=\"top\">%1</td>"_s.arg(e.domain.toHtmlEscaped());
        for (const auto& column : columns) {
            const auto& areas = e.areas;
            const auto it = std::find_if(areas.cbegin(), areas.cend(),
                                         [&](const auto& a) { return a.id == column.first; });
            if (it == areas.cend()) {
                h += u"<td valign=\"top\">–</td>"_s;
                continue;
            }
            h += u"<td valign=\"top\">%1<br/><span class=\"small\">%2</span></td>"_s.arg(
                stateTag(it->state), it->reason.toHtmlEscaped());
        }
        h += u"</tr>\n"_s;
        if (h.size() >= 32768) {
            out(h);
            h.clear();
        }
    }
    h += u"</table>\n"_s;
    out(h);
}
