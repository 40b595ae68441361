#include "BimiHtml.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("BimiHtml", text);
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString list(const QStringList& items) {
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const QString& i : items)
        out += QStringLiteral("<li>%1</li>").arg(esc(i));
    return out + QStringLiteral("</ul>");
}

QString row(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}
} // namespace

QString BimiHtml::logoImage(const BimiResult::Logo& logo, int size) {
    if (!logo.valid || logo.svg.isEmpty())
        return {};
    return QStringLiteral("<img alt=\"%1\" width=\"%2\" height=\"%2\" src=\"data:image/svg+xml;base64,%3\"/>")
        .arg(esc(logo.title))
        .arg(size)
        .arg(QString::fromLatin1(logo.svg.toBase64()));
}

QString BimiHtml::fragment(const BimiResult& b) {
    QString html = QStringLiteral("<div class=\"bimi\"><h3>%1</h3>").arg(esc(tr("BIMI (brand logo)")));
    if (!b.record) {
        html +=
            QStringLiteral("<p>%1</p></div>")
                .arg(esc(b.dnsError.isEmpty()
                             ? tr("No BIMI record at %1.").arg(b.name)
                             : tr("The BIMI record at %1 could not be read: %2.").arg(b.name, b.dnsError)));
        return html;
    }
    html += QStringLiteral("<table>");
    html += row(tr("Record"),
                QStringLiteral("<code>%1</code>").arg(esc(b.record->text)) + list(b.record->errors));
    if (b.declined()) {
        html += row(tr("Status"), esc(tr("Declined: the domain asks receivers to show no logo.")));
        return html + QStringLiteral("</table></div>");
    }
    if (b.dmarc.checked)
        html += row(tr("DMARC prerequisite"),
                    b.dmarc.enforced
                        ? esc(tr("Met: quarantine or reject for all mail (RFC 9989: %1, RFC 7489: %2).")
                                  .arg(b.dmarc.policy9989, b.dmarc.policy7489))
                        : esc(tr("Not met:")) + list(b.dmarc.problems));
    if (!b.notFetched.isEmpty())
        html += row(tr("Logo"), esc(b.notFetched));
    if (!b.logo.url.isEmpty() && b.logo.fetched) {
        QString logo = QStringLiteral("<code>%1</code><br/>").arg(esc(b.logo.url));
        logo += b.logo.valid ? logoImage(b.logo) + QStringLiteral("<br/>") +
                                   esc(tr("SVG Tiny PS, title \"%1\".").arg(b.logo.title))
                             : esc(tr("Not valid; not shown:")) + list(b.logo.errors);
        html += row(tr("Logo"), logo);
    }
    if (b.authority.url.isEmpty()) {
        html += row(tr("Mark Certificate"), esc(tr("None (a= is empty).")));
    } else if (b.authority.fetched) {
        QString a = QStringLiteral("<code>%1</code><br/>").arg(esc(b.authority.url));
        if (const auto& e = b.authority.evidence)
            a += esc(tr("Subject: %1").arg(e->subject)) + QStringLiteral("<br/>") +
                 esc(tr("Issuer: %1").arg(e->issuer)) + QStringLiteral("<br/>") +
                 esc(tr("Valid from %1 to %2")
                         .arg(e->notBefore.toString(Qt::ISODate), e->notAfter.toString(Qt::ISODate))) +
                 QStringLiteral("<br/>") +
                 esc(tr("Names: %1")
                         .arg(e->sans.isEmpty() ? tr("(none)") : e->sans.join(QStringLiteral(", ")))) +
                 QStringLiteral("<br/>");
        a += b.authority.valid ? esc(tr("Valid.")) : esc(tr("Not valid:")) + list(b.authority.errors);
        html += row(tr("Mark Certificate"), a);
    }
    return html + QStringLiteral("</table></div>");
}
