#include "DnsTrustSectionHtml.h"

#include "BlocklistSectionHtml.h"
#include "DnssecSectionHtml.h"
#include "NsSectionHtml.h"
#include "audit/AuditReport.h"

using namespace Qt::StringLiterals;

bool DnsTrustSectionHtml::present(const AuditReport& report) {
    return !report.check(u"dnssec"_s).isEmpty() || !report.check(u"ns"_s).isEmpty() ||
           !report.check(u"blocklists"_s).isEmpty();
}

QString DnsTrustSectionHtml::html(const AuditReport& report) {
    QString h;
    const auto part = [&](const QString& title, const QJsonObject& json, const QString& body) {
        h += u"<h4>%1</h4>\n"_s.arg(title.toHtmlEscaped());
        h += json.isEmpty() ? u"<p>%1</p>\n"_s.arg(tr("Not part of this audit.").toHtmlEscaped()) : body;
    };
    const QJsonObject dnssec = report.check(u"dnssec"_s);
    part(tr("Chain of trust (DNSSEC)"), dnssec,
         dnssec.isEmpty() ? QString() : DnssecSectionHtml::html(dnssec));
    const QJsonObject ns = report.check(u"ns"_s);
    part(tr("Every authoritative server"), ns, ns.isEmpty() ? QString() : NsSectionHtml::html(ns));
    const QJsonObject lists = report.check(u"blocklists"_s);
    part(tr("Blocklists"), lists, lists.isEmpty() ? QString() : BlocklistSectionHtml::html(lists));
    return h;
}
