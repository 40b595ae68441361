#include "SeedVerdictHtml.h"

#include "SeedPlacementStyle.h"
#include "message/MessageDetailHtml.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SeedVerdictHtml", text);
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString row(const QString& method, const QString& receiver, const QString& ours) {
    const bool differs = !receiver.isEmpty() && receiver != QLatin1String("-") && receiver != ours;
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
        .arg(esc(method), esc(receiver), esc(ours), differs ? QStringLiteral("≠") : QString());
}

QString joined(const QStringList& list) {
    return list.isEmpty() ? QStringLiteral("-") : list.join(QStringLiteral(", "));
}
} // namespace

QString SeedVerdictHtml::seed(const SeedResult& r) {
    const auto kind = SeedPlacementStyle::kind(r);
    QString html =
        QStringLiteral("<h3><span style=\"color:%1\">%2</span> %3</h3>")
            .arg(SeedPlacementStyle::colour(kind).name(), esc(SeedPlacementStyle::word(r)), esc(r.name));
    QStringList facts;
    if (!r.address.isEmpty())
        facts << tr("Address: %1").arg(esc(r.address));
    if (r.arrived)
        facts << tr("Found in \"%1\" after %2 s").arg(esc(r.folder)).arg(r.seconds.value_or(0), 0, 'f', 1);
    if (!r.errorText.isEmpty())
        facts << esc(r.errorText);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br/>")));
    if (!r.analysis) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(r.arrived ? tr("The copy was not analyzed (no DNS resolver for this run).")
                                   : tr("No copy arrived: there is no verdict to compare."));
        return html;
    }
    const MessageAnalysis& a = *r.analysis;
    html += QStringLiteral("<p>%1</p>").arg(esc(a.verdict));
    if (!a.receiver.isPresent())
        html += QStringLiteral("<p>%1</p>").arg(tr("The receiver added no Authentication-Results field."));
    QStringList receiverDkim;
    for (const AuthenticationResult& d : a.receiver.dkim)
        receiverDkim << d.result;
    QStringList ourDkim;
    for (const DkimSignatureVerification& d : a.dkim.signatures)
        ourDkim << QStringLiteral("%1 (d=%2)").arg(d.result, d.signature.domain);
    html += QStringLiteral("<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
                           "<tr><th>%1</th><th>%2</th><th>%3</th><th></th></tr>")
                .arg(tr("Check"),
                     a.receiver.authServId.isEmpty() ? tr("Receiver")
                                                     : tr("Receiver (%1)").arg(esc(a.receiver.authServId)),
                     tr("Mailsight"));
    html += row(tr("SPF"), a.receiver.spf ? a.receiver.spf->result : QStringLiteral("-"), a.spf.result);
    html += row(tr("DKIM"), joined(receiverDkim), joined(ourDkim));
    html += row(tr("DMARC"), a.receiver.dmarc ? a.receiver.dmarc->result : QStringLiteral("-"),
                a.dmarc9989.result);
    html += row(tr("ARC"), a.receiver.arc ? a.receiver.arc->result : QStringLiteral("-"), a.arc.chain);
    html += QStringLiteral("</table>");
    if (a.differences.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(a.receiver.isPresent() ? tr("The receiver and Mailsight agree.")
                                                : tr("Nothing to compare."));
    } else {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Differences"));
        for (const VerdictDifference& d : a.differences)
            html += QStringLiteral("<li><b>%1 %2</b>: %3 — %4</li>")
                        .arg(esc(d.method.toUpper()), esc(d.subject),
                             tr("receiver %1, Mailsight %2").arg(esc(d.receiver), esc(d.ours)),
                             esc(d.explanation));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString SeedVerdictHtml::findings(const QList<Finding>& findings) {
    return MessageDetailHtml::findings(findings);
}
