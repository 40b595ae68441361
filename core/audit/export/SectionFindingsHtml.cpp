#include "SectionFindingsHtml.h"

#include "findings/FindingCatalogue.h"

using namespace Qt::StringLiterals;

QString SectionFindingsHtml::severityTag(Severity s) {
    const QString colour = s == Severity::Error     ? u"#b00020"_s
                           : s == Severity::Warning ? u"#8a5a00"_s
                                                    : u"#1f5f99"_s;
    const QString symbol = s == Severity::Error ? u"✖"_s : s == Severity::Warning ? u"▲"_s : u"ℹ"_s;
    return u"<span style=\"color:%1; font-weight:bold\">%2 %3</span>"_s.arg(colour, symbol,
                                                                            severityLabel(s).toHtmlEscaped());
}

QString SectionFindingsHtml::html(const QJsonArray& findings) {
    QString h;
    for (const QJsonValue& v : findings) {
        const Finding f = FindingCatalogue::localized(Finding::fromJson(v.toObject()));
        h += u"<p>%1 <b>%2</b> <span class=\"mono\">%3</span><br>%4<br><i>%5 %6</i> <span "
             "class=\"small\">(%7)</span></p>\n"_s.arg(severityTag(f.severity), f.title.toHtmlEscaped(),
                                                       f.code.toHtmlEscaped(), f.detail.toHtmlEscaped(),
                                                       tr("Fix:").toHtmlEscaped(), f.fix.toHtmlEscaped(),
                                                       f.rfc.toHtmlEscaped());
    }
    return h;
}
