#include "AuditHtmlExporter.h"

#include "AreaSummaryHtml.h"
#include "AuditDocumentSummary.h"
#include "DnsTrustSectionHtml.h"
#include "MailRecordSectionHtml.h"
#include "SenderSectionHtml.h"
#include "TransportSectionHtml.h"
#include "audit/AuditGrader.h"
#include "findings/FindingCatalogue.h"
#include "history/AuditDiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

// Contexts lupdate can see: the document's strings shared with the PDF renderer...
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditDocument)
};
// ...and the class's own.
struct HtmlTr {
    Q_DECLARE_TR_FUNCTIONS(AuditHtmlExporter)
};

QString severityColour(Severity s) {
    switch (s) {
    case Severity::Error:
        return QStringLiteral("#b00020");
    case Severity::Warning:
        return QStringLiteral("#8a5a00");
    case Severity::Info:
        break;
    }
    return QStringLiteral("#1f5f99");
}

// Severity by word and symbol as well as colour, for colour-blind readers and grey printers.
QString severityTag(Severity s) {
    const QString symbol = s == Severity::Error     ? QStringLiteral("✖")
                           : s == Severity::Warning ? QStringLiteral("▲")
                                                    : QStringLiteral("ℹ");
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2 %3</span>")
        .arg(severityColour(s), symbol, esc(severityLabel(s)));
}

QString gradeColour(const QString& grade) {
    if (grade == QLatin1String("A"))
        return QStringLiteral("#1b7a3a");
    if (grade == QLatin1String("B"))
        return QStringLiteral("#4d7a1b");
    if (grade == QLatin1String("C"))
        return QStringLiteral("#8a5a00");
    if (grade == QLatin1String("D"))
        return QStringLiteral("#b04a00");
    return QStringLiteral("#b00020");
}

QString gradeTag(const QString& grade, int points = 0) {
    const QString size = points > 0 ? QStringLiteral(" font-size:%1pt;").arg(points) : QString();
    return QStringLiteral("<span style=\"color:%1; font-weight:bold;%2\">%3</span>")
        .arg(gradeColour(grade), size, esc(grade));
}

QString anchorFor(int index) {
    return QStringLiteral("domain-%1").arg(index);
}

QString heading(int level, const QString& anchor, const QString& title, bool pageBreak) {
    return QStringLiteral("<h%1%2><a name=\"%3\"></a>%4</h%1>\n")
        .arg(level)
        .arg(pageBreak ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
        .arg(anchor, esc(title));
}

// Evidence is mostly records and paths without spaces; the PDF's layout may break them anywhere.
QString breakable(const QString& s) {
    return esc(s);
}

QString findingsSection(const QList<Finding>& findings, const QString& prefix) {
    if (findings.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(Tr::tr("No findings."));
    QList<Finding> sorted;
    for (const Finding& f : findings)
        sorted << FindingCatalogue::localized(f);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    QString out;
    // keep-… / keep-end-… anchors mark a finding's blocks: the PDF keeps them on one page.
    int number = 0;
    for (const Finding& f : sorted) {
        const QString keep = QStringLiteral("%1-%2").arg(prefix).arg(++number);
        out += QStringLiteral("<p style=\"margin-top:8px\"><a name=\"keep-%4\"></a>%1 <b>%2</b> <span "
                              "class=\"mono\">%3</span></p>\n")
                   .arg(severityTag(f.severity), esc(f.title), esc(f.code))
                   .arg(keep);
        out += QStringLiteral("<p>%1</p>\n").arg(esc(f.detail));
        for (const QString& e : f.evidence)
            out += QStringLiteral("<p class=\"evidence\">%1 <span class=\"mono\">%2</span></p>\n")
                       .arg(Tr::tr("Evidence:"), breakable(e));
        const QString end = QStringLiteral("<a name=\"keep-end-%1\"></a>").arg(keep);
        if (f.rfc.isEmpty()) {
            out += QStringLiteral("<p>%1<b>%2</b> %3</p>\n").arg(end, Tr::tr("Fix:"), esc(f.fix));
        } else {
            out += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(Tr::tr("Fix:"), esc(f.fix));
            out +=
                QStringLiteral("<p class=\"small\">%1%2 %3</p>\n").arg(end, Tr::tr("Reference:"), esc(f.rfc));
        }
    }
    return out;
}

// A finding of a stored diff ({code, title}) with its title in the document's language.
QString diffTitle(const QJsonObject& finding) {
    Finding f;
    f.code = finding.value(QStringLiteral("code")).toString();
    f.title = finding.value(QStringLiteral("title")).toString();
    return FindingCatalogue::localized(f).title;
}

QString derivedPeriod(const AuditDocumentSummary& summary) {
    QDateTime first, last;
    for (const AuditDocumentSummary::Entry& r : summary.entries) {
        if (!first.isValid() || r.startedAt < first)
            first = r.startedAt;
        if (!last.isValid() || r.finishedAt > last)
            last = r.finishedAt;
    }
    if (!first.isValid())
        return {};
    const QDate d = first.toUTC().date();
    const QString quarter = QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    return QStringLiteral("%1 (%2 – %3)")
        .arg(quarter, first.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
             last.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
}

} // namespace

QString AuditHtmlExporter::organisationLabel(const QList<AuditReport>& reports,
                                             const AuditDocumentOptions& options) {
    if (!options.organisation.isEmpty())
        return options.organisation;
    QStringList domains;
    for (const AuditReport& r : reports)
        domains << r.domain;
    return labelOf(domains, options);
}

QString AuditHtmlExporter::organisationLabel(const AuditDocumentSummary& summary,
                                             const AuditDocumentOptions& options) {
    if (!options.organisation.isEmpty())
        return options.organisation;
    QStringList domains;
    for (const AuditDocumentSummary::Entry& r : summary.entries)
        domains << r.domain;
    return labelOf(domains, options);
}

QString AuditHtmlExporter::labelOf(const QStringList& domains, const AuditDocumentOptions& options) {
    if (!options.organisation.isEmpty())
        return options.organisation;
    if (domains.size() <= 3)
        return domains.join(QStringLiteral(", "));
    // Plain variables as arguments: lupdate 6.4 hangs on some expressions after a %n string.
    const int more = int(domains.size()) - 2;
    const QString firstTwo = domains.mid(0, 2).join(QStringLiteral(", "));
    return QCoreApplication::translate("AuditDocument", "%1 and %n more domain(s)", nullptr, more)
        .arg(firstTwo);
}

QString AuditHtmlExporter::senderAnchor(int index) {
    return QStringLiteral("senders-%1").arg(index);
}

QList<QPair<QString, QString>> AuditHtmlExporter::sections(const QList<AuditReport>& reports,
                                                           const AuditDocumentOptions& options) {
    return sections(AuditDocumentSummary::of(reports, options.senders), options);
}

QList<QPair<QString, QString>> AuditHtmlExporter::sections(const AuditDocumentSummary& summary,
                                                           const AuditDocumentOptions& options) {
    QList<QPair<QString, QString>> out{
        {QStringLiteral("summary"), HtmlTr::tr("Executive summary")},
        {QStringLiteral("trend"), HtmlTr::tr("Grades and findings over the quarters")}};
    for (int i = 0; i < summary.entries.size(); ++i) {
        const AuditDocumentSummary::Entry& e = summary.entries.at(i);
        out << qMakePair(anchorFor(i), e.domain);
        if (e.transport)
            out << qMakePair(TransportSectionHtml::anchor(i), TransportSectionHtml::title(e.domain));
        if (e.dnsTrust)
            out << qMakePair(DnsTrustSectionHtml::anchor(i), DnsTrustSectionHtml::title(e.domain));
        if (options.senders.contains(e.domain.toLower()))
            out << qMakePair(senderAnchor(i), HtmlTr::tr("%1: who sends as this domain").arg(e.domain));
    }
    out << qMakePair(QStringLiteral("records"), HtmlTr::tr("Appendix A: raw records"))
        << qMakePair(QStringLiteral("resolver"), HtmlTr::tr("Appendix B: resolver and evidence"))
        << qMakePair(QStringLiteral("grading"), HtmlTr::tr("Appendix C: how grades are given"));
    return out;
}

QList<Finding> AuditHtmlExporter::mostUrgent(const QList<AuditReport>& reports, int count) {
    return mostUrgent(AuditDocumentSummary::of(reports, {}), count);
}

QList<Finding> AuditHtmlExporter::mostUrgent(const AuditDocumentSummary& summary, int count) {
    const QMap<QString, QPair<Finding, int>>& byCode = summary.urgent;
    QList<QPair<Finding, int>> all = byCode.values();
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        if (a.first.severity != b.first.severity)
            return a.first.severity > b.first.severity;
        return a.second > b.second;
    });
    QList<Finding> out;
    for (int i = 0; i < all.size() && i < count; ++i)
        out << all.at(i).first;
    return out;
}

QString AuditHtmlExporter::html(const QList<AuditReport>& reports, const AuditDocumentOptions& options) {
    const AuditDocumentSummary summary = AuditDocumentSummary::of(reports, options.senders);
    QString h = front(summary, options);
    for (int i = 0; i < reports.size(); ++i)
        h += domainSection(i, reports.at(i), options);
    h += recordsHeading();
    for (const AuditReport& r : reports)
        h += records(r);
    h += back(summary);
    return h;
}

QString AuditHtmlExporter::front(const AuditDocumentSummary& summary, const AuditDocumentOptions& options) {
    QString h = head();
    frontBody(summary, options, [&h](const QString& html) { h += html; });
    return h;
}

QString AuditHtmlExporter::back(const AuditDocumentSummary& summary) {
    QString h;
    back(summary, [&h](const QString& html) { h += html; });
    return h;
}

QString AuditHtmlExporter::head() {
    return QStringLiteral(
               "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
               "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }\n"
               "h1 { font-size: 22pt; } h2 { font-size: 15pt; margin-top: 14px; } h3 { font-size: 11pt; }\n"
               "h4 { font-size: 9.5pt; margin-top: 10px; margin-bottom: 4px; }\n"
               ".mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; word-break: break-all; "
               "}\n"
               ".num { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: nowrap; }\n"
               ".small { font-size: 8pt; color: #444444; }\n"
               ".evidence { margin-left: 12px; }\n"
               ".rec { margin-top: 0px; margin-bottom: 4px; }\n"
               "table.grid { border-collapse: collapse; border: 1px solid #999999; }\n"
               "table.grid th { background-color: #e8e8e8; }\n"
               "table.grid td, table.grid th { border: 1px solid #bbbbbb; }\n"
               "</style></head><body>\n")
        .arg(esc(HtmlTr::tr("Email authentication audit")));
}

void AuditHtmlExporter::frontBody(const AuditDocumentSummary& summary, const AuditDocumentOptions& options,
                                  const Out& out) {
    const QString organisation = organisationLabel(summary, options);
    const QString period = options.period.isEmpty() ? derivedPeriod(summary) : options.period;
    // Written out in pieces of a few ten thousand characters: the tables have a row per domain.
    QString h;
    const auto flush = [&](bool always) {
        if (always || h.size() >= 32768) {
            out(h);
            h.clear();
        }
    };

    // Cover.
    h += QStringLiteral("<p style=\"margin-top:120px\"></p><h1 align=\"center\">%1</h1>\n"
                        "<p align=\"center\" style=\"font-size:16pt\">%2</p>\n"
                        "<p align=\"center\" style=\"font-size:12pt\">%3 %4</p>\n"
                        "<p align=\"center\">%5</p>\n")
             .arg(esc(HtmlTr::tr("Email authentication audit")), esc(organisation),
                  esc(HtmlTr::tr("Audit period:")), esc(period),
                  esc(QCoreApplication::translate("AuditDocument",
                                                  "%n domain(s) audited for SPF, DKIM and DMARC", nullptr,
                                                  int(summary.entries.size()))));

    // Contents.
    h += heading(2, QStringLiteral("contents"), HtmlTr::tr("Contents"), true);
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"2\">\n");
    int number = 0;
    for (const auto& [anchor, title] : sections(summary, options)) {
        ++number;
        const int page = options.pages.value(anchor);
        h += QStringLiteral("<tr><td>%1. <a href=\"#%2\">%3</a></td><td align=\"right\">%4</td></tr>\n")
                 .arg(number)
                 .arg(anchor, esc(title), page > 0 ? QString::number(page) : QString());
        flush(false);
    }
    h += QStringLiteral("</table>\n");

    // Executive summary.
    h += heading(2, QStringLiteral("summary"), HtmlTr::tr("Executive summary"), true);
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                        "<th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th><th "
                        "align=\"left\">%5</th></tr></thead>\n")
             .arg(HtmlTr::tr("Domain"), HtmlTr::tr("Grade"), HtmlTr::tr("Errors"), HtmlTr::tr("Warnings"),
                  HtmlTr::tr("Since the previous audit"));
    QStringList improved, regressed;
    for (const AuditDocumentSummary::Entry& r : summary.entries) {
        QString change = HtmlTr::tr("no earlier audit");
        if (!r.diff.isEmpty()) {
            const QJsonObject g = r.diff.value(QStringLiteral("grade")).toObject();
            const QString c = g.value(QStringLiteral("change")).toString();
            change = QStringLiteral("%1 → %2 (%3)")
                         .arg(g.value(QStringLiteral("before")).toString(),
                              g.value(QStringLiteral("after")).toString(),
                              c == QLatin1String("improved")    ? HtmlTr::tr("improved")
                              : c == QLatin1String("regressed") ? HtmlTr::tr("regressed")
                                                                : HtmlTr::tr("unchanged"));
            const QJsonObject f = r.diff.value(QStringLiteral("findings")).toObject();
            for (const auto& v : f.value(QStringLiteral("fixed")).toArray())
                improved << QStringLiteral("%1: %2 (%3)")
                                .arg(r.domain, diffTitle(v.toObject()),
                                     v.toObject().value(QStringLiteral("code")).toString());
            for (const auto& v : f.value(QStringLiteral("new")).toArray())
                regressed << QStringLiteral("%1: %2 (%3)")
                                 .arg(r.domain, diffTitle(v.toObject()),
                                      v.toObject().value(QStringLiteral("code")).toString());
        }
        h += QStringLiteral("<tr><td>%1%2</td><td align=\"center\">%3</td><td align=\"center\">%4</td>"
                            "<td align=\"center\">%5</td><td>%6</td></tr>\n")
                 .arg(esc(r.domain),
                      r.staged ? QStringLiteral(" <i>(%1)</i>").arg(HtmlTr::tr("staged")) : QString(),
                      gradeTag(r.grade))
                 .arg(r.errors)
                 .arg(r.warnings)
                 .arg(esc(change));
        flush(false);
    }
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<h3>%1</h3>\n").arg(HtmlTr::tr("Each area at a glance"));
    flush(true);
    AreaSummaryHtml::write(summary, out);
    h += QStringLiteral("<h3>%1</h3>\n").arg(HtmlTr::tr("What improved"));
    h += improved.isEmpty()
             ? QStringLiteral("<p>%1</p>\n")
                   .arg(HtmlTr::tr(
                       "Nothing was fixed since the previous audit, or there is no earlier audit."))
             : QStringLiteral("<ul><li>%1</li></ul>\n")
                   .arg(esc(improved.join(QStringLiteral("\n")))
                            .replace(QStringLiteral("\n"), QStringLiteral("</li><li>")));
    h += QStringLiteral("<h3>%1</h3>\n").arg(HtmlTr::tr("What regressed"));
    h += regressed.isEmpty()
             ? QStringLiteral("<p>%1</p>\n")
                   .arg(HtmlTr::tr(
                       "Nothing new went wrong since the previous audit, or there is no earlier audit."))
             : QStringLiteral("<ul><li>%1</li></ul>\n")
                   .arg(esc(regressed.join(QStringLiteral("\n")))
                            .replace(QStringLiteral("\n"), QStringLiteral("</li><li>")));
    h += QStringLiteral("<h3>%1</h3>\n").arg(HtmlTr::tr("The three most urgent fixes"));
    const QList<Finding> urgent = mostUrgent(summary);
    if (urgent.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(HtmlTr::tr("Nothing urgent: no errors or warnings."));
    } else {
        h += QStringLiteral("<ol>\n");
        for (const Finding& raw : urgent) {
            const Finding f = FindingCatalogue::localized(raw);
            // The first domains by name: a list of thousands is no summary (each domain's section
            // names its findings).
            constexpr int Named = 10;
            QStringList domains;
            int more = 0;
            for (const AuditDocumentSummary::Entry& r : summary.entries) {
                if (!r.codes.contains(f.code))
                    continue;
                if (domains.size() < Named)
                    domains << r.domain;
                else
                    ++more;
            }
            QString named = domains.join(QStringLiteral(", "));
            if (more > 0)
                named = HtmlTr::tr("%1 and %n more", nullptr, more).arg(named);
            h += QStringLiteral("<li>%1 <b>%2</b> (%3) — %4<br/>%5 %6</li>\n")
                     .arg(severityTag(f.severity), esc(f.title), esc(named), esc(f.code),
                          esc(HtmlTr::tr("Fix:")), esc(f.fix));
        }
        h += QStringLiteral("</ol>\n");
    }

    // Trend.
    h += heading(2, QStringLiteral("trend"), HtmlTr::tr("Grades and findings over the quarters"), false);
    if (options.trend.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(HtmlTr::tr("No stored audits yet: the trend starts with this one."));
    } else {
        if (options.chartPlaceholder)
            h += QStringLiteral("<p align=\"center\">%1</p>\n").arg(AuditDocumentOptions::chartMarker());
        h += QStringLiteral(
                 "<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th>%1</th><th>%2</th>"
                 "<th>%3</th><th align=\"left\">%4</th></tr></thead>\n")
                 .arg(HtmlTr::tr("Quarter"), HtmlTr::tr("Errors"), HtmlTr::tr("Warnings"),
                      HtmlTr::tr("Grades"));
        for (const auto& v : options.trend) {
            const QJsonObject q = v.toObject();
            QStringList grades;
            const QJsonObject g = q.value(QStringLiteral("grades")).toObject();
            for (auto it = g.constBegin(); it != g.constEnd(); ++it)
                grades << it.key() + QStringLiteral(": ") + it.value().toString();
            h += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td "
                                "align=\"center\">%3</td><td>%4</td></tr>\n")
                     .arg(esc(q.value(QStringLiteral("quarter")).toString()))
                     .arg(q.value(QStringLiteral("errors")).toInt())
                     .arg(q.value(QStringLiteral("warnings")).toInt())
                     .arg(esc(grades.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("</table>\n");
    }
    flush(true);
}

QString AuditHtmlExporter::domainSection(int i, const AuditReport& r, const AuditDocumentOptions& options) {
    QString h = heading(2, anchorFor(i), r.domain, true);
    h += QStringLiteral("<p style=\"font-size:14pt\">%1 %2</p>\n")
             .arg(esc(HtmlTr::tr("Grade:")), gradeTag(r.grade, 14));
    for (const QString& reason : r.gradeReasons)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(reason));
    if (r.staged)
        h += QStringLiteral("<p><b>%1</b> %2</p>\n")
                 .arg(esc(HtmlTr::tr("Staged audit:")),
                      esc(HtmlTr::tr("some records come from files not yet deployed "
                                     "(%1); they are marked in Appendix A.")
                              .arg(r.stagedSources.join(QStringLiteral(", ")))));
    if (!r.diff.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(HtmlTr::tr("Changes since the previous audit"));
        for (const QString& line : AuditDiff::summary(r.diff))
            h += QStringLiteral("<li>%1</li>\n").arg(esc(line));
        h += QStringLiteral("</ul>\n");
    }
    h += QStringLiteral("<h3>%1</h3>\n")
             .arg(HtmlTr::tr("SPF: who may send mail, and what it costs in lookups"));
    h += MailRecordSectionHtml::spf(r.check(QStringLiteral("spf")),
                                    options.chartPlaceholder ? AuditDocumentOptions::spfGraphMarker(int(i))
                                                             : QString());
    h += QStringLiteral("<h3>%1</h3>\n").arg(HtmlTr::tr("DKIM keys"));
    h += MailRecordSectionHtml::dkim(r.check(QStringLiteral("dkim")));
    h += QStringLiteral("<h3>%1</h3>\n").arg(HtmlTr::tr("DMARC: what receivers do with mail that fails"));
    h += MailRecordSectionHtml::dmarc(r.check(QStringLiteral("dmarc")));
    h += QStringLiteral("<h3>%1</h3>\n").arg(HtmlTr::tr("Findings"));
    h += findingsSection(r.findings, QString::number(i));
    if (const QJsonObject transport = r.check(QStringLiteral("transport")); !transport.isEmpty()) {
        h += heading(3, TransportSectionHtml::anchor(i), TransportSectionHtml::title(r.domain), false);
        h += TransportSectionHtml::html(transport);
    }
    if (DnsTrustSectionHtml::present(r)) {
        h += heading(3, DnsTrustSectionHtml::anchor(i), DnsTrustSectionHtml::title(r.domain), false);
        h += DnsTrustSectionHtml::html(r);
    }
    const auto senders = options.senders.constFind(r.domain.toLower());
    if (senders != options.senders.constEnd()) {
        h += heading(3, senderAnchor(i), HtmlTr::tr("Who sends as this domain"), false);
        h += SenderSectionHtml::fragment(r.domain, *senders, options.chartPlaceholder);
    }
    return h;
}

QString AuditHtmlExporter::recordsHeading() {
    return heading(2, QStringLiteral("records"), HtmlTr::tr("Appendix A: raw records"), true);
}

QString AuditHtmlExporter::records(const AuditReport& r) {
    QString h = QStringLiteral("<h3>%1</h3>\n").arg(esc(r.domain));
    if (r.records.isEmpty())
        return h + QStringLiteral("<p>%1</p>\n").arg(HtmlTr::tr("No records were found."));
    // A paragraph per record (name, type, TTL and source, then the data), not a table: the
    // appendix holds every record of every domain (3,500 rows for 200 domains), and table
    // cells were most of the PDF's layout time. The keep anchors keep a record on one page;
    // they are the same for every record (unique names made as many text formats, which
    // slowed the PDF's HTML parsing down by half).
    for (const AuditRecord& rec : r.records)
        h += QStringLiteral("<p class=\"rec\"><a name=\"keep-rec\"></a><a name=\"keep-end-rec\"></a>"
                            "<span class=\"mono\"><b>%1</b>&nbsp;&nbsp;%2&nbsp;&nbsp;%3</span>&nbsp;&nbsp;"
                            "<span class=\"small\">%4</span><br><span class=\"mono\">%5</span></p>\n")
                 .arg(esc(rec.name), esc(rec.type), QString::number(rec.ttl),
                      rec.staged ? QStringLiteral("<b>%1</b>").arg(HtmlTr::tr("staged")) : esc(rec.source),
                      esc(rec.data));
    return h;
}

void AuditHtmlExporter::back(const AuditDocumentSummary& summary, const Out& out) {
    QString h = heading(2, QStringLiteral("resolver"), HtmlTr::tr("Appendix B: resolver and evidence"), true);
    QStringList resolvers;
    for (const AuditDocumentSummary::Entry& r : summary.entries)
        if (!resolvers.contains(r.resolver))
            resolvers << r.resolver;
    for (const QString& resolver : std::as_const(resolvers))
        h += QStringLiteral("<p>%1 <span class=\"mono\">%2</span></p>\n")
                 .arg(HtmlTr::tr("Resolver used:"), esc(resolver));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(HtmlTr::tr(
                 "The complete query log (every question, its outcome, timing and source) is stored with "
                 "each audit "
                 "and included in the JSON export, so the audit can be replayed and defended later."));
    h += QStringLiteral(
             "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><thead><tr>"
             "<th align=\"left\">%1</th><th align=\"left\">%2</th><th>%3</th><th>%4</th></tr></thead>\n")
             .arg(HtmlTr::tr("Domain"), HtmlTr::tr("Audited (UTC)"), HtmlTr::tr("DNS queries"),
                  HtmlTr::tr("Failed"));
    for (const AuditDocumentSummary::Entry& r : summary.entries) {
        h += QStringLiteral(
                 "<tr><td>%1</td><td>%2</td><td align=\"center\">%3</td><td align=\"center\">%4</td></tr>\n")
                 .arg(esc(r.domain), esc(r.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))))
                 .arg(r.queryCount)
                 .arg(r.failedQueries);
        if (h.size() >= 32768) {
            out(h);
            h.clear();
        }
    }
    h += QStringLiteral("</table>\n");
    h += heading(2, QStringLiteral("grading"), HtmlTr::tr("Appendix C: how grades are given"), true);
    h +=
        QStringLiteral("<p>%1</p>\n<ol>\n")
            .arg(HtmlTr::tr("The first rule that matches gives the grade. Codes and severities are listed in "
                            "docs/findings.md."));
    for (const QString& rule : AuditGrader::rules())
        h += QStringLiteral("<li>%1</li>\n").arg(esc(rule));
    h += QStringLiteral("</ol>\n</body></html>\n");
    out(h);
}
