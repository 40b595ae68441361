#include "SenderSectionHtml.h"

#include "AuditDocumentOptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QMap>

#include <array>

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

// The document's strings, shared with the PDF renderer.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditDocument)
};

QString percent(qint64 part, qint64 total) {
    if (total <= 0)
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(100.0 * double(part) / double(total), 0, 'f', 1);
}

QString passRate(const QJsonObject& passFail) {
    const qint64 pass = passFail.value(QStringLiteral("pass")).toInteger();
    return percent(pass, pass + passFail.value(QStringLiteral("fail")).toInteger());
}

QString orNone(const QString& s) {
    return s.isEmpty() ? QStringLiteral("–") : esc(s);
}

QString gridTable(const QStringList& headers, const QString& rows, const QList<int>& rightAligned = {}) {
    QString head;
    for (int i = 0; i < headers.size(); ++i)
        head += rightAligned.contains(i)
                    ? QStringLiteral("<th align=\"right\" style=\"white-space:nowrap\">%1</th>")
                          .arg(esc(headers.at(i)))
                    : QStringLiteral("<th align=\"left\">%1</th>").arg(esc(headers.at(i)));
    return QStringLiteral(
               "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
               "%1</tr></thead>\n%2</table>\n")
        .arg(head, rows);
}

QString sourceCells(const QJsonObject& s) {
    return QStringLiteral("<td class=\"mono\">%1</td><td class=\"mono\">%2</td>")
        .arg(esc(s.value(QStringLiteral("ip")).toString()),
             orNone(s.value(QStringLiteral("reverseName")).toString()));
}

QString shownOf(int shown, qint64 total) {
    if (shown >= total)
        return {};
    return QStringLiteral("<p class=\"small\">%1</p>\n")
        .arg(
            Tr::tr("The %1 biggest of %2 are shown; the Reports tab and `mailsight-cli reports summary` list "
                   "them all.")
                .arg(shown)
                .arg(total));
}

} // namespace

// "Who sends as this domain": what the imported DMARC aggregate and TLS-RPT reports say.
QString SenderSectionHtml::fragment(const QString& domain, const QJsonObject& s, bool chart) {
    QString out;
    const qint64 messages = s.value(QStringLiteral("messages")).toInteger();
    const int reports = s.value(QStringLiteral("reports")).toInt();
    const QString since = s.value(QStringLiteral("since")).toString();
    const QString until = s.value(QStringLiteral("until")).toString();
    const QString range = since.isEmpty() && until.isEmpty()
                              ? Tr::tr("all dates")
                              : QStringLiteral("%1 – %2").arg(since.isEmpty() ? QStringLiteral("…") : since,
                                                              until.isEmpty() ? QStringLiteral("…") : until);
    const QJsonObject policy = s.value(QStringLiteral("publishedPolicy")).toObject();
    out +=
        QStringLiteral("<p>%1</p>\n")
            .arg(esc(QCoreApplication::translate("AuditDocument",
                                                 "Receivers sent %n DMARC aggregate report(s) about %1 for "
                                                 "%2: %3 messages claimed to come from the domain.",
                                                 nullptr, reports)
                         .arg(domain, range)
                         .arg(messages)));
    if (messages > 0) {
        out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th "
                              "align=\"left\">%1</th><th align=\"right\">%2</th><th align=\"right\">%3</th>"
                              "<th align=\"right\">%4</th></tr></thead>\n"
                              "<tr><td>%5</td><td align=\"right\">%6</td><td align=\"right\">%7</td><td "
                              "align=\"right\">%8</td></tr></table>\n")
                   .arg(Tr::tr("Messages"), Tr::tr("DMARC pass"), Tr::tr("SPF aligned pass"),
                        Tr::tr("DKIM aligned pass"))
                   .arg(messages)
                   .arg(passRate(s.value(QStringLiteral("dmarc")).toObject()),
                        passRate(s.value(QStringLiteral("spfTotals")).toObject()),
                        passRate(s.value(QStringLiteral("dkimTotals")).toObject()));
        if (!policy.value(QStringLiteral("p")).toString().isEmpty())
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(esc(Tr::tr("Policy the receivers saw: p=%1 (pct=%2).")
                                    .arg(policy.value(QStringLiteral("p")).toString(),
                                         policy.value(QStringLiteral("pct")).toVariant().toString().isEmpty()
                                             ? QStringLiteral("100")
                                             : policy.value(QStringLiteral("pct")).toVariant().toString())));
    }

    // Volume over time, by week: the chart (PDF) and its numbers.
    const QJsonArray daily = s.value(QStringLiteral("daily")).toArray();
    if (!daily.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>\n").arg(Tr::tr("Volume over time, by result"));
        if (chart)
            out += QStringLiteral("<p align=\"center\">%1</p>\n")
                       .arg(AuditDocumentOptions::senderChartMarker(domain));
        QMap<QDate, std::array<qint64, 5>> weeks;
        for (const auto& v : daily) {
            const QJsonObject d = v.toObject();
            const QDate day = QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate);
            auto& w = weeks[day.addDays(1 - day.dayOfWeek())];
            w[0] += d.value(QStringLiteral("messages")).toInteger();
            w[1] += d.value(QStringLiteral("pass")).toInteger();
            w[2] += d.value(QStringLiteral("failDelivered")).toInteger();
            w[3] += d.value(QStringLiteral("quarantined")).toInteger();
            w[4] += d.value(QStringLiteral("rejected")).toInteger();
        }
        QString rows;
        for (auto it = weeks.constBegin(); it != weeks.constEnd(); ++it)
            rows +=
                QStringLiteral(
                    "<tr><td class=\"mono\">%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td "
                    "align=\"right\">%4</td><td align=\"right\">%5</td><td align=\"right\">%6</td></tr>\n")
                    .arg(it.key().toString(Qt::ISODate))
                    .arg(it.value()[0])
                    .arg(it.value()[1])
                    .arg(it.value()[2])
                    .arg(it.value()[3])
                    .arg(it.value()[4]);
        out += gridTable({Tr::tr("Week of"), Tr::tr("Messages"), Tr::tr("DMARC pass"),
                          Tr::tr("Failed, delivered"), Tr::tr("Quarantined"), Tr::tr("Rejected")},
                         rows, {1, 2, 3, 4, 5});
    }

    // Top sources.
    const QJsonArray sources = s.value(QStringLiteral("sources")).toArray();
    if (!sources.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>\n").arg(Tr::tr("Top sources"));
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(Tr::tr(
                       "Each source address with the SPF term of the domain that covers it (from the "
                       "SPF tree stored by the last audit; \"unknown\": none does) and the share of its "
                       "messages that passed aligned SPF, aligned DKIM and DMARC.")));
        QString rows;
        for (const auto& v : sources) {
            const QJsonObject src = v.toObject();
            rows +=
                QStringLiteral(
                    "<tr>%1<td class=\"mono\">%2</td><td align=\"right\">%3</td><td "
                    "align=\"right\">%4</td><td align=\"right\">%5</td><td align=\"right\">%6</td></tr>\n")
                    .arg(sourceCells(src), esc(src.value(QStringLiteral("matchedInclude")).toString()))
                    .arg(src.value(QStringLiteral("count")).toInteger())
                    .arg(passRate(src.value(QStringLiteral("spf")).toObject()),
                         passRate(src.value(QStringLiteral("dkim")).toObject()),
                         passRate(src.value(QStringLiteral("dmarc")).toObject()));
        }
        out += gridTable({Tr::tr("Source"), Tr::tr("Reverse name"), Tr::tr("Matched SPF term"),
                          Tr::tr("Messages"), Tr::tr("SPF"), Tr::tr("DKIM"), Tr::tr("DMARC")},
                         rows, {3, 4, 5, 6});
        out += shownOf(int(sources.size()), s.value(QStringLiteral("sourcesTotal")).toInteger());
    }

    // Unknown sources.
    const QJsonArray unknown = s.value(QStringLiteral("unknownSources")).toArray();
    if (!unknown.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>\n").arg(Tr::tr("Unknown sources that send mail as the domain"));
        out +=
            QStringLiteral("<p>%1</p>\n")
                .arg(esc(
                    Tr::tr("No term of the SPF record covers these addresses: %1 messages. Those that pass "
                           "DKIM are often a service someone signed up for without telling IT (shadow IT: "
                           "add it to SPF or have it sign with the domain's key); those failing everything "
                           "are spoofing that a reject policy stops.")
                        .arg(s.value(QStringLiteral("unknownMessages")).toInteger())));
        QString rows;
        for (const auto& v : unknown) {
            const QJsonObject src = v.toObject();
            rows += QStringLiteral("<tr>%1<td align=\"right\">%2</td><td align=\"right\">%3</td><td "
                                   "align=\"right\">%4</td></tr>\n")
                        .arg(sourceCells(src))
                        .arg(src.value(QStringLiteral("count")).toInteger())
                        .arg(passRate(src.value(QStringLiteral("dkim")).toObject()))
                        .arg(src.value(QStringLiteral("dmarc"))
                                 .toObject()
                                 .value(QStringLiteral("fail"))
                                 .toInteger());
        }
        out += gridTable({Tr::tr("Source"), Tr::tr("Reverse name"), Tr::tr("Messages"), Tr::tr("DKIM pass"),
                          Tr::tr("DMARC fail")},
                         rows, {2, 3, 4});
        out += shownOf(int(unknown.size()), s.value(QStringLiteral("unknownSourcesTotal")).toInteger());
    }

    // Forwarders.
    const QJsonArray forwarders = s.value(QStringLiteral("forwarders")).toArray();
    if (!forwarders.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>\n").arg(Tr::tr("Forwarders"));
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(Tr::tr(
                       "Mail that passed DKIM but failed SPF: it was relayed (a mailing list, a "
                       "forwarding mailbox) and the signature survived. DMARC still passes through DKIM, "
                       "so keep signing all mail.")));
        QString rows;
        for (const auto& v : forwarders) {
            const QJsonObject src = v.toObject();
            rows += QStringLiteral("<tr>%1<td align=\"right\">%2</td><td align=\"right\">%3</td></tr>\n")
                        .arg(sourceCells(src))
                        .arg(src.value(QStringLiteral("count")).toInteger())
                        .arg(src.value(QStringLiteral("forwarded")).toInteger());
        }
        out += gridTable({Tr::tr("Source"), Tr::tr("Reverse name"), Tr::tr("Messages"), Tr::tr("Forwarded")},
                         rows, {2, 3});
        out += shownOf(int(forwarders.size()), s.value(QStringLiteral("forwardersTotal")).toInteger());
    }

    // Policy impact.
    const QJsonObject simulation = s.value(QStringLiteral("simulation")).toObject();
    const QJsonObject quarantine = simulation.value(QStringLiteral("quarantine")).toObject();
    const QJsonObject reject = simulation.value(QStringLiteral("reject")).toObject();
    if (messages > 0) {
        out += QStringLiteral("<h4>%1</h4>\n").arg(Tr::tr("What a stricter policy would do"));
        for (const QJsonObject& sim : {quarantine, reject}) {
            const bool isReject = sim.value(QStringLiteral("policy")).toString() == QLatin1String("reject");
            const qint64 n = sim.value(QStringLiteral("messages")).toInteger();
            QString text =
                isReject
                    ? Tr::tr("Under p=reject, %1 messages from %2 sources would have been rejected; %3 of "
                             "them already were.")
                    : Tr::tr("Under p=quarantine, %1 messages from %2 sources would have been "
                             "quarantined; %3 of them already were (or were rejected).");
            text = text.arg(n)
                       .arg(sim.value(QStringLiteral("sourcesTotal")).toInteger())
                       .arg(sim.value(QStringLiteral("alreadyApplied")).toInteger());
            const qint64 known = sim.value(QStringLiteral("knownSenders")).toInteger();
            if (known > 0)
                text += QLatin1Char(' ') +
                        Tr::tr("%1 of them come from addresses the SPF record authorises: fix their "
                               "alignment (DKIM signing) before enforcing.")
                            .arg(known);
            out += QStringLiteral("<p>%1</p>\n").arg(esc(text));
        }
        const QJsonArray failing = reject.value(QStringLiteral("sources")).toArray();
        if (!failing.isEmpty()) {
            QString rows;
            for (const auto& v : failing) {
                const QJsonObject src = v.toObject();
                rows +=
                    QStringLiteral("<tr>%1<td class=\"mono\">%2</td><td align=\"right\">%3</td></tr>\n")
                        .arg(sourceCells(src), esc(src.value(QStringLiteral("matchedInclude")).toString()))
                        .arg(src.value(QStringLiteral("count")).toInteger());
            }
            out += gridTable({Tr::tr("Source"), Tr::tr("Reverse name"), Tr::tr("Matched SPF term"),
                              Tr::tr("Failing messages")},
                             rows, {3});
            out += shownOf(int(failing.size()), reject.value(QStringLiteral("sourcesTotal")).toInteger());
        }
    }

    // TLS-RPT.
    const QJsonObject tls = s.value(QStringLiteral("tlsRpt")).toObject();
    if (tls.value(QStringLiteral("reports")).toInt() > 0) {
        out += QStringLiteral("<h4>%1</h4>\n").arg(Tr::tr("TLS-RPT: failures delivering to the domain"));
        const qint64 ok = tls.value(QStringLiteral("successfulSessions")).toInteger();
        const qint64 failed = tls.value(QStringLiteral("failedSessions")).toInteger();
        // A plain variable as the %n argument (see organisationLabel).
        const int tlsReports = tls.value(QStringLiteral("reports")).toInt();
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(QCoreApplication::translate("AuditDocument",
                                                        "%n SMTP TLS report(s): %1 sessions succeeded, %2 "
                                                        "failed (%3).",
                                                        nullptr, tlsReports)
                                .arg(ok)
                                .arg(failed)
                                .arg(percent(failed, ok + failed))));
        QString rows;
        for (const auto& v : tls.value(QStringLiteral("failureTypes")).toArray()) {
            const QJsonObject t = v.toObject();
            rows += QStringLiteral("<tr><td class=\"mono\">%1</td><td align=\"right\">%2</td></tr>\n")
                        .arg(esc(t.value(QStringLiteral("resultType")).toString()))
                        .arg(t.value(QStringLiteral("sessions")).toInteger());
        }
        if (!rows.isEmpty())
            out += gridTable({Tr::tr("Failure type"), Tr::tr("Failed sessions")}, rows, {1});
    }
    // Numbers and percentages never wrap (the text columns take the rest of the width) and share
    // the monospace cells' font: a row at the foot of a page then moves whole, not cell by cell.
    out.replace(QLatin1String("<td align=\"right\">"), QLatin1String("<td align=\"right\" class=\"num\">"));
    return out;
}
