#include "MessageDetailHtml.h"

#include "SeverityStyle.h"

#include <QCoreApplication>

namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

// A result word with its symbol and colour ("✔ pass", "✖ fail").
QString badge(const QString& result) {
    const auto severity = MessageDetailHtml::severityOf(result);
    const QColor colour = severity ? SeverityStyle::colour(*severity) : SeverityStyle::okColour();
    const QString symbol = severity ? SeverityStyle::symbol(*severity) : QStringLiteral("\u2714");
    return QStringLiteral("<span style=\"color:%1\"><b>%2 %3</b></span>")
        .arg(colour.name(), symbol, esc(result));
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><i>%1</i></td><td>%2</td></tr>")
        .arg(esc(label), value);
}

QString alignment(const MessageIdentifierAlignment& r9, const MessageIdentifierAlignment& r7) {
    auto one = [](const MessageIdentifierAlignment& a) {
        return QStringLiteral("%1 (%2): %3")
            .arg(a.aligned() ? QCoreApplication::translate("MessageDetailHtml", "aligned")
                             : QCoreApplication::translate("MessageDetailHtml", "not aligned"),
                 a.alignment.how(), esc(a.alignment.explanation));
    };
    return QStringLiteral("<table>%1%2</table>")
        .arg(row(QStringLiteral("RFC 9989"), one(r9)), row(QStringLiteral("RFC 7489"), one(r7)));
}

QString spfPage(const MessageAnalysis& a, const MessageSpfCheck& c, bool dmarcIdentity) {
    QString html =
        QStringLiteral("<h3>%1 %2</h3>")
            .arg(c.identity == QLatin1String("helo")
                     ? QCoreApplication::translate("MessageDetailHtml", "SPF for the HELO identity")
                     : QCoreApplication::translate("MessageDetailHtml", "SPF for the MAIL FROM identity"),
                 badge(c.result));
    html += QStringLiteral("<table>");
    html +=
        row(QCoreApplication::translate("MessageDetailHtml", "Domain checked"),
            esc(c.domain.isEmpty() ? QCoreApplication::translate("MessageDetailHtml", "(none)") : c.domain));
    html += row(QCoreApplication::translate("MessageDetailHtml", "Connecting IP"),
                esc(a.envelope.ip.isEmpty() ? QCoreApplication::translate("MessageDetailHtml", "(unknown)")
                                            : a.envelope.ip) +
                    QStringLiteral(" <small>(%1)</small>").arg(esc(a.envelope.ipSource)));
    html +=
        row(QCoreApplication::translate("MessageDetailHtml", "HELO"),
            esc(a.envelope.helo) + QStringLiteral(" <small>(%1)</small>").arg(esc(a.envelope.heloSource)));
    html += row(QCoreApplication::translate("MessageDetailHtml", "MAIL FROM"),
                esc(a.envelope.nullSender ? QStringLiteral("<>") : a.envelope.mailFrom) +
                    QStringLiteral(" <small>(%1)</small>").arg(esc(a.envelope.mailFromSource)));
    html += row(QCoreApplication::translate("MessageDetailHtml", "Why"), esc(c.reason));
    html += QStringLiteral("</table>");
    if (c.tree && c.tree->evaluation && !c.tree->evaluation->path.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>")
                    .arg(QCoreApplication::translate("MessageDetailHtml", "Path through the records"));
        for (const QString& step : c.tree->evaluation->path)
            html += QStringLiteral("<li><tt>%1</tt></li>").arg(esc(step));
        html += QStringLiteral("</ol>");
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("MessageDetailHtml",
                                                     "%1 DNS lookups of 10, %2 void lookups of 2.")
                             .arg(c.tree->evaluation->lookups)
                             .arg(c.tree->evaluation->voidLookups));
    }
    if (dmarcIdentity && c.evaluated())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(QCoreApplication::translate("MessageDetailHtml", "Alignment with the From domain")) +
                alignment(a.dmarc9989.spf, a.dmarc7489.spf);
    return html;
}

QString dkimPage(const MessageAnalysis& a, int i) {
    if (i < 0 || i >= a.dkim.signatures.size())
        return QCoreApplication::translate("MessageDetailHtml",
                                           "<p>The message carries no DKIM signature.</p>");
    const DkimSignatureVerification& s = a.dkim.signatures.at(i);
    QString html = QStringLiteral("<h3>DKIM d=%1 s=%2 %3</h3>")
                       .arg(esc(s.signature.domain), esc(s.signature.selector), badge(s.result));
    html += QStringLiteral("<p>%1</p><table>").arg(esc(s.reason));
    html += row(QCoreApplication::translate("MessageDetailHtml", "Algorithm"), esc(s.signature.algorithm));
    html += row(QCoreApplication::translate("MessageDetailHtml", "Canonicalization"),
                esc(s.signature.canonicalization));
    html += row(QCoreApplication::translate("MessageDetailHtml", "Signed header fields"),
                esc(s.signature.signedHeaders.join(QStringLiteral(", "))));
    html += row(QCoreApplication::translate("MessageDetailHtml", "Key"),
                QStringLiteral("<tt>%1</tt> (%2)").arg(esc(s.keyName), esc(dnsOutcomeName(s.keyOutcome))));
    if (s.bodyHashMatches)
        html += row(QCoreApplication::translate("MessageDetailHtml", "Body hash"),
                    *s.bodyHashMatches ? QCoreApplication::translate("MessageDetailHtml", "matches")
                                       : QCoreApplication::translate("MessageDetailHtml", "does not match"));
    if (s.signatureMatches)
        html +=
            row(QCoreApplication::translate("MessageDetailHtml", "Header signature"),
                *s.signatureMatches ? QCoreApplication::translate("MessageDetailHtml", "verifies")
                                    : QCoreApplication::translate("MessageDetailHtml", "does not verify"));
    html += QStringLiteral("</table>");
    if (i < a.dmarc9989.dkim.size() && i < a.dmarc7489.dkim.size())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(QCoreApplication::translate("MessageDetailHtml", "Alignment with the From domain")) +
                alignment(a.dmarc9989.dkim.at(i), a.dmarc7489.dkim.at(i));
    return html;
}

QString arcPage(const MessageAnalysis& a) {
    const ArcChainResult& c = a.arc;
    QString html = QStringLiteral("<h3>%1 %2</h3><p>%3</p>")
                       .arg(QCoreApplication::translate("MessageDetailHtml", "ARC chain"), badge(c.chain),
                            esc(c.reason));
    if (c.sets.isEmpty())
        return html;
    if (c.brokenAt > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate("MessageDetailHtml", "The chain broke at instance %1.")
                             .arg(c.brokenAt));
    if (c.oldestPass > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(QCoreApplication::translate(
                             "MessageDetailHtml",
                             "oldest-pass = %1: the message was changed after the hop before it.")
                             .arg(c.oldestPass));
    html +=
        QStringLiteral("<table border=\"0\" cellspacing=\"4\"><tr><th>i</th><th>%1</th><th>cv</th><th>%2</th>"
                       "<th>%3</th><th>%4</th></tr>")
            .arg(QCoreApplication::translate("MessageDetailHtml", "Sealer"),
                 QCoreApplication::translate("MessageDetailHtml", "Signature (AMS)"),
                 QCoreApplication::translate("MessageDetailHtml", "Seal (AS)"),
                 QCoreApplication::translate("MessageDetailHtml", "What it recorded"));
    for (const ArcSet& s : c.sets) {
        QStringList recorded;
        for (const AuthenticationResult& r : s.aar.results.results)
            recorded << r.method + QLatin1Char('=') + r.result;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(s.instance)
                    .arg(esc(s.sealer()), esc(s.seal.chainValidation), badge(s.amsCheck.result),
                         badge(s.sealCheck.result), esc(recorded.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</table><ul>");
    for (const ArcSet& s : c.sets) {
        html += QStringLiteral("<li>i=%1 AMS: %2</li>").arg(s.instance).arg(esc(s.amsCheck.reason));
        html += QStringLiteral("<li>i=%1 AS: %2</li>").arg(s.instance).arg(esc(s.sealCheck.reason));
    }
    return html + QStringLiteral("</ul>");
}

QString dmarcPage(const MessageDmarcResult& r) {
    const QString name =
        r.standard == QLatin1String("rfc9989") ? QStringLiteral("RFC 9989") : QStringLiteral("RFC 7489");
    QString html = QStringLiteral("<h3>DMARC (%1) %2</h3><table>").arg(name, badge(r.result));
    if (!r.policy.isEmpty()) {
        html += row(QCoreApplication::translate("MessageDetailHtml", "Policy"),
                    QStringLiteral("p=%1 (_dmarc.%2)").arg(esc(r.policy), esc(r.reading.recordDomain)));
        html += row(QCoreApplication::translate("MessageDetailHtml", "What happens"),
                    esc(r.failed() ? dmarcPolicyEffect(r.reading.applied)
                                   : QCoreApplication::translate("MessageDetailHtml", "delivered")));
    }
    html += row(QCoreApplication::translate("MessageDetailHtml", "Organizational domain"),
                esc(r.fromOrgDomain) + QStringLiteral(" <small>(%1)</small>").arg(esc(r.orgDomainMethod)));
    html += QStringLiteral("</table><p>%1</p>").arg(esc(r.explanation));
    if (!r.arcOverride.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(r.arcOverridePlausible
                         ? QCoreApplication::translate("MessageDetailHtml", "ARC override plausible:")
                         : QCoreApplication::translate("MessageDetailHtml", "ARC override not plausible:"),
                     esc(r.arcOverride));
    return html;
}

QString receiverPage(const MessageAnalysis& a) {
    if (!a.receiver.isPresent())
        return QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(QCoreApplication::translate("MessageDetailHtml", "The receiver's verdict"),
                 QCoreApplication::translate(
                     "MessageDetailHtml", "The message carries no Authentication-Results of its receiver."));
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(QCoreApplication::translate("MessageDetailHtml", "The receiver's verdict (%1)")
                                .arg(esc(a.receiver.authServId)));
    if (a.receiver.spf)
        html += row(QStringLiteral("SPF"), badge(a.receiver.spf->result));
    for (const AuthenticationResult& d : a.receiver.dkim)
        html += row(QStringLiteral("DKIM d=%1").arg(d.properties.value(QStringLiteral("header.d"))),
                    badge(d.result));
    if (a.receiver.dmarc)
        html += row(QStringLiteral("DMARC"), badge(a.receiver.dmarc->result));
    if (a.receiver.arc)
        html += row(QStringLiteral("ARC"), badge(a.receiver.arc->result));
    html += QStringLiteral("</table>");
    if (a.differences.isEmpty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(QCoreApplication::translate("MessageDetailHtml",
                                                           "Mailsight agrees with the receiver."));
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(QCoreApplication::translate("MessageDetailHtml", "Where Mailsight differs, and why"));
    for (const VerdictDifference& d : a.differences)
        html += QStringLiteral("<li>%1 %2: %3 → %4. %5</li>")
                    .arg(esc(d.method.toUpper()), esc(d.subject), badge(d.receiver), badge(d.ours),
                         esc(d.explanation));
    return html + QStringLiteral("</ul>");
}
} // namespace

std::optional<Severity> MessageDetailHtml::severityOf(const QString& result) {
    if (result == QLatin1String("pass"))
        return std::nullopt;
    if (result == QLatin1String("fail") || result == QLatin1String("permerror"))
        return Severity::Error;
    if (result == QLatin1String("softfail") || result == QLatin1String("temperror") ||
        result == QLatin1String("neutral") || result == QLatin1String("policy"))
        return Severity::Warning;
    return Severity::Info;
}

QString MessageDetailHtml::page(const MessageAnalysis& a, Page page, int index) {
    switch (page) {
    case Page::Spf:
        return spfPage(a, a.spf, true);
    case Page::SpfHelo:
        return spfPage(a, a.spfHelo, false);
    case Page::Dkim:
        return dkimPage(a, index);
    case Page::Arc:
        return arcPage(a);
    case Page::Dmarc9989:
        return dmarcPage(a.dmarc9989);
    case Page::Dmarc7489:
        return dmarcPage(a.dmarc7489);
    case Page::Receiver:
        return receiverPage(a);
    case Page::Summary:
        break;
    }
    return QStringLiteral("<h3>%1</h3><p>%2</p>")
        .arg(esc(a.verdict),
             esc(QCoreApplication::translate("MessageDetailHtml", "Select a check to see its evidence.")));
}

QString MessageDetailHtml::findings(const QList<Finding>& findings) {
    if (findings.isEmpty())
        return QCoreApplication::translate("MessageDetailHtml", "<p>No findings.</p>");
    QString html;
    for (const Finding& f : findings)
        html += QStringLiteral(
                    "<p><span style=\"color:%1\"><b>%2 %3</b></span> <tt>%4</tt> — <b>%5</b><br/>%6<br/>"
                    "<i>%7</i> %8 (%9)</p>")
                    .arg(SeverityStyle::colour(f.severity).name(), SeverityStyle::symbol(f.severity),
                         esc(SeverityStyle::word(f.severity)), esc(f.code), esc(f.title), esc(f.detail),
                         QCoreApplication::translate("MessageDetailHtml", "Fix:"), esc(f.fix), esc(f.rfc));
    return html;
}
