#include "BimiSectionHtml.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString list(const QJsonArray& items) {
    if (items.isEmpty())
        return {};
    QString out = u"<ul>"_s;
    for (const QJsonValue& i : items)
        out += u"<li>%1</li>"_s.arg(esc(i.toString()));
    return out + u"</ul>"_s;
}

QString row(const QString& label, const QString& valueHtml) {
    return u"<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>"_s.arg(esc(label), valueHtml);
}
} // namespace

QString BimiSectionHtml::logoImage(const QJsonObject& logo, int size) {
    const QString svg = logo.value(u"svg"_s).toString(); // base64, present only when valid
    if (!logo.value(u"valid"_s).toBool() || svg.isEmpty())
        return {};
    // Base64 has no character HTML would read; anything else is refused rather than escaped.
    for (const QChar c : svg)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'+' && c != u'/' && c != u'=')
            return {};
    return u"<img alt=\"%1\" width=\"%2\" height=\"%2\" src=\"data:image/svg+xml;base64,%3\"/>"_s
        .arg(esc(logo.value(u"title"_s).toString()))
        .arg(size)
        .arg(svg);
}

QString BimiSectionHtml::fragment(const QJsonObject& b) {
    if (b.isEmpty())
        return {};
    QString html = u"<h4>%1</h4>\n"_s.arg(esc(tr("BIMI (brand logo)")));
    const QString name = b.value(u"name"_s).toString();
    const QString record = b.value(u"record"_s).toString();
    if (record.isEmpty()) {
        const QString error = b.value(u"error"_s).toString();
        return html + u"<p>%1</p>\n"_s.arg(
                          esc(error.isEmpty()
                                  ? tr("No BIMI record at %1.").arg(name)
                                  : tr("The BIMI record at %1 could not be read: %2.").arg(name, error)));
    }
    html += u"<table>"_s;
    QString recordHtml = u"<span class=\"mono\">%1</span>"_s.arg(esc(record));
    if (b.value(u"organizationalDomain"_s).toBool())
        recordHtml += u"<br/>"_s + esc(tr("(the organizational domain's record, at %1)").arg(name));
    html += row(tr("Record"), recordHtml + list(b.value(u"recordErrors"_s).toArray()));
    if (b.value(u"declined"_s).toBool()) {
        html += row(tr("Status"), esc(tr("Declined: the domain asks receivers to show no logo.")));
        return html + u"</table>\n"_s;
    }
    const QJsonObject dmarc = b.value(u"dmarc"_s).toObject();
    if (dmarc.value(u"checked"_s).toBool())
        html += row(tr("DMARC prerequisite"),
                    dmarc.value(u"enforced"_s).toBool()
                        ? esc(tr("Met: quarantine or reject for all mail (RFC 9989: %1, RFC 7489: %2).")
                                  .arg(dmarc.value(u"rfc9989"_s).toObject().value(u"policy"_s).toString(),
                                       dmarc.value(u"rfc7489"_s).toObject().value(u"policy"_s).toString()))
                        : esc(tr("Not met:")) + list(dmarc.value(u"problems"_s).toArray()));
    if (const QString notFetched = b.value(u"notFetched"_s).toString(); !notFetched.isEmpty())
        html += row(tr("Logo"), esc(notFetched));
    const QJsonObject logo = b.value(u"logo"_s).toObject();
    if (const QString url = logo.value(u"url"_s).toString(); !url.isEmpty() && logo.contains(u"fetch"_s)) {
        QString cell = u"<span class=\"mono\">%1</span><br/>"_s.arg(esc(url));
        cell += logo.value(u"valid"_s).toBool()
                    ? logoImage(logo) + u"<br/>"_s +
                          esc(tr("SVG Tiny PS, title \"%1\".").arg(logo.value(u"title"_s).toString()))
                    : esc(tr("Not valid; not shown:")) + list(logo.value(u"errors"_s).toArray());
        html += row(tr("Logo"), cell);
    }
    const QJsonObject authority = b.value(u"authority"_s).toObject();
    if (const QString url = authority.value(u"url"_s).toString(); url.isEmpty()) {
        html += row(tr("Mark Certificate"), esc(tr("None (a= is empty).")));
    } else if (authority.contains(u"fetch"_s)) {
        QString cell = u"<span class=\"mono\">%1</span><br/>"_s.arg(esc(url));
        if (authority.contains(u"subject"_s)) {
            QStringList sans;
            for (const QJsonValue& v : authority.value(u"sans"_s).toArray())
                sans << v.toString();
            cell += esc(tr("Subject: %1").arg(authority.value(u"subject"_s).toString())) + u"<br/>"_s +
                    esc(tr("Issuer: %1").arg(authority.value(u"issuer"_s).toString())) + u"<br/>"_s +
                    esc(tr("Valid from %1 to %2")
                            .arg(authority.value(u"notBefore"_s).toString(),
                                 authority.value(u"notAfter"_s).toString())) +
                    u"<br/>"_s +
                    esc(tr("Names: %1").arg(sans.isEmpty() ? tr("(none)") : sans.join(u", "_s))) + u"<br/>"_s;
        }
        cell += authority.value(u"valid"_s).toBool()
                    ? esc(tr("Valid."))
                    : esc(tr("Not valid:")) + list(authority.value(u"errors"_s).toArray());
        html += row(tr("Mark Certificate"), cell);
    }
    return html + u"</table>\n"_s;
}
