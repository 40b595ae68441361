#include "MailRecordSectionHtml.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

// The document's strings shared with the PDF renderer (lupdate's context "AuditDocument").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditDocument)
};

void spfRows(const QJsonObject& node, int depth, QString& out) {
    for (const auto& v : node.value(QStringLiteral("children")).toArray()) {
        const QJsonObject n = v.toObject();
        const bool record = n.value(QStringLiteral("node")).toString() == QLatin1String("record");
        if (record) {
            spfRows(n, depth, out); // the include's own record: its terms one level down
            continue;
        }
        const QString indent = QString(depth * 4, QChar(0x00A0));
        QString explanation = n.value(QStringLiteral("explanation")).toString();
        const QString detail = n.value(QStringLiteral("detail")).toString();
        if (!detail.isEmpty())
            explanation += QStringLiteral(" (") + detail + QLatin1Char(')');
        out += QStringLiteral(
                   "<tr><td class=\"mono\">%1%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                   "<td>%5</td></tr>\n")
                   .arg(indent, esc(n.value(QStringLiteral("term")).toString()))
                   .arg(n.value(QStringLiteral("cost")).toInt())
                   .arg(n.value(QStringLiteral("cumulative")).toInt())
                   .arg(esc(explanation));
        spfRows(n, depth + 1, out);
    }
}

} // namespace

QString MailRecordSectionHtml::spf(const QJsonObject& spf, const QString& graphMarker) {
    if (spf.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(Tr::tr("The SPF check was not run."));
    QString out;
    const QJsonObject tree = spf.value(QStringLiteral("tree")).toObject();
    const QString record = spf.value(QStringLiteral("record")).toString();
    out += QStringLiteral("<p>%1 <span class=\"mono\">%2</span></p>\n")
               .arg(Tr::tr("Record:"), record.isEmpty() ? esc(Tr::tr("(none)")) : esc(record));
    out +=
        QStringLiteral("<p>%1</p>\n")
            .arg(Tr::tr(
                     "DNS lookups needed: %1 of the 10 allowed; void lookups: %2; deepest include chain: %3.")
                     .arg(spf.value(QStringLiteral("lookups")).toInt())
                     .arg(spf.value(QStringLiteral("voidLookups")).toInt())
                     .arg(spf.value(QStringLiteral("maxDepth")).toInt()));
    if (spf.contains(QStringLiteral("capped")))
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(Tr::tr("Not expanded to its end: %1.")
                                .arg(spf.value(QStringLiteral("capped")).toString())));
    if (!graphMarker.isEmpty() && !tree.isEmpty())
        out += QStringLiteral("<p align=\"center\">%1</p>\n").arg(graphMarker);
    QString rows;
    spfRows(tree, 0, rows);
    // The number columns are wide enough for their headings in German ("Kosten", "Summe").
    if (!rows.isEmpty())
        out += QStringLiteral(
                   "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                   "<th align=\"left\" width=\"38%\">%1</th><th width=\"9%\">%2</th><th width=\"9%\">%3</th>"
                   "<th align=\"left\">%4</th></tr></thead>\n%5"
                   "</table>\n")
                   .arg(Tr::tr("Term"), Tr::tr("Cost"), Tr::tr("Total"), Tr::tr("What it does"), rows);
    return out;
}

QString MailRecordSectionHtml::dkim(const QJsonObject& dkim) {
    if (dkim.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(Tr::tr("The DKIM check was not run."));
    QString rows;
    for (const auto& v : dkim.value(QStringLiteral("selectors")).toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(QStringLiteral("found")).toBool() &&
            s.value(QStringLiteral("source")).toString() == QLatin1String("common"))
            continue;
        const QString fp = s.value(QStringLiteral("fingerprint")).toString();
        rows +=
            QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                           "<td class=\"mono\">%5</td><td>%6</td></tr>\n")
                .arg(esc(s.value(QStringLiteral("selector")).toString()),
                     s.value(QStringLiteral("found")).toBool() ? Tr::tr("yes") : Tr::tr("no"),
                     esc(s.value(QStringLiteral("keyType")).toString()),
                     s.value(QStringLiteral("keyBits")).isDouble()
                         ? QString::number(s.value(QStringLiteral("keyBits")).toInt())
                         : QStringLiteral("–"),
                     esc(fp.left(23)),
                     esc(s.value(QStringLiteral("flags"))
                             .toVariant()
                             .toStringList()
                             .join(QStringLiteral(", "))));
    }
    QString out;
    if (rows.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(Tr::tr("No DKIM key was found at the selectors tried."));
    else
        out += QStringLiteral(
                   "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                   "<th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th><th align=\"left\">%5</th>"
                   "<th align=\"left\">%6</th></tr></thead>\n%7</table>\n")
                   .arg(Tr::tr("Selector"), Tr::tr("Found"), Tr::tr("Type"), Tr::tr("Bits"),
                        Tr::tr("Fingerprint (SHA-256)"), Tr::tr("Flags"), rows);
    const QString notice = dkim.value(QStringLiteral("notice")).toString();
    if (!notice.isEmpty())
        out += QStringLiteral("<p class=\"small\">%1</p>\n").arg(esc(notice));
    return out;
}

QString MailRecordSectionHtml::dmarc(const QJsonObject& dmarc) {
    if (dmarc.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(Tr::tr("The DMARC check was not run."));
    QString out;
    const QString record = dmarc.value(QStringLiteral("record")).toString();
    out += QStringLiteral("<p>%1 <span class=\"mono\">%2</span></p>\n")
               .arg(Tr::tr("Record:"), record.isEmpty() ? esc(Tr::tr("(none)")) : esc(record));
    const QJsonObject verdict = dmarc.value(QStringLiteral("verdict")).toObject();
    if (!verdict.value(QStringLiteral("headline")).toString().isEmpty())
        out += QStringLiteral("<p><b>%1</b></p>\n")
                   .arg(esc(verdict.value(QStringLiteral("headline")).toString()));
    const QString paragraph = dmarc.value(QStringLiteral("explanation")).toString();
    if (!paragraph.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(esc(paragraph));
    const QJsonObject policy = dmarc.value(QStringLiteral("policy")).toObject();
    out += QStringLiteral("<p>%1</p>\n")
               .arg(Tr::tr("Policy applied by RFC 9989 receivers: %1; by RFC 7489 receivers: %2.")
                        .arg(esc(policy.value(QStringLiteral("rfc9989"))
                                     .toObject()
                                     .value(QStringLiteral("applied"))
                                     .toString()),
                             esc(policy.value(QStringLiteral("rfc7489"))
                                     .toObject()
                                     .value(QStringLiteral("applied"))
                                     .toString())));
    return out;
}
