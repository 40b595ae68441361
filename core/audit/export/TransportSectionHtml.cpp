#include "TransportSectionHtml.h"

#include "SectionFindingsHtml.h"

#include "BimiSectionHtml.h"

#include "findings/FindingCatalogue.h"
#include "transport/MtaStsExplanation.h"
#include "transport/TransportVerdict.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString colourOf(TransportVerdict::Level level) {
    switch (level) {
    case TransportVerdict::Level::Protected:
        return u"#1b7a3a"_s;
    case TransportVerdict::Level::Partial:
        return u"#8a5a00"_s;
    case TransportVerdict::Level::AtRisk:
        return u"#b00020"_s;
    case TransportVerdict::Level::NoMail:
    case TransportVerdict::Level::Unknown:
        break;
    }
    return u"#1f5f99"_s;
}

QString symbolOf(TransportVerdict::Level level) {
    switch (level) {
    case TransportVerdict::Level::Protected:
        return u"✔"_s;
    case TransportVerdict::Level::Partial:
        return u"▲"_s;
    case TransportVerdict::Level::AtRisk:
        return u"✖"_s;
    case TransportVerdict::Level::NoMail:
    case TransportVerdict::Level::Unknown:
        break;
    }
    return u"ℹ"_s;
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

QString yesNo(bool ok, const QString& yes, const QString& no) {
    return ok ? u"<span style=\"color:#1b7a3a\">✔ %1</span>"_s.arg(esc(yes))
              : u"<span style=\"color:#b00020\">✖ %1</span>"_s.arg(esc(no));
}
} // namespace

QString TransportSectionHtml::html(const QJsonObject& t) {
    if (t.isEmpty())
        return {};
    const TransportVerdict verdict = TransportVerdict::fromJson(t);
    QString h =
        u"<p style=\"font-size:11pt\"><span style=\"color:%1; font-weight:bold\">%2 %3:</span> %4</p>\n"_s
            .arg(colourOf(verdict.level), symbolOf(verdict.level), esc(verdict.word), esc(verdict.sentence));
    h += u"<h4>%1</h4>\n"_s.arg(esc(tr("MX hosts")));
    h += mxTable(t);
    h += u"<h4>%1</h4>\n"_s.arg(esc(tr("MTA-STS (RFC 8461)")));
    h += mtaSts(t);
    h += u"<h4>%1</h4>\n"_s.arg(esc(tr("TLS reporting (TLS-RPT, RFC 8460)")));
    h += tlsRpt(t);
    h += bimiFragment(t);
    h += u"<h4>%1</h4>\n"_s.arg(esc(tr("Transport findings")));
    h += findings(t);
    return h;
}

QString TransportSectionHtml::mxTable(const QJsonObject& t) {
    const QJsonObject status = t.value(u"mxStatus"_s).toObject();
    const QJsonArray hosts = t.value(u"mx"_s).toArray();
    if (status.contains(u"error"_s))
        return u"<p>%1</p>\n"_s.arg(
            esc(tr("The MX query failed: %1.").arg(status.value(u"error"_s).toString())));
    if (t.value(u"nullMx"_s).toBool() && hosts.isEmpty())
        return u"<p><span class=\"mono\">0 .</span> — %1</p>\n"_s.arg(
            esc(tr("a null MX (RFC 7505): the domain receives no mail.")));
    if (status.value(u"missing"_s).toBool()) {
        const QStringList fallback = strings(status.value(u"fallbackAddresses"_s));
        return u"<p>%1</p>\n"_s.arg(
            esc(fallback.isEmpty()
                    ? tr("No MX record and no address: mail to this domain bounces.")
                    : tr("No MX record: senders deliver to the domain's own address (RFC 5321 §5.1): %1.")
                          .arg(fallback.join(u", "_s))));
    }
    const QJsonObject covered = t.value(u"mtaSts"_s).toObject().value(u"covered"_s).toObject();
    const QJsonObject probes = t.value(u"starttls"_s).toObject();
    const bool probed = t.contains(u"starttls"_s);
    QString h =
        u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
        "<th>%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th>"
        "<th align=\"left\">%5</th><th align=\"left\">%6</th><th align=\"left\">%7</th></tr></thead>\n"_s.arg(
            esc(tr("Pref.")), esc(tr("Host")), esc(tr("Addresses")), esc(tr("Reverse DNS (FCrDNS)")),
            esc(tr("MTA-STS")), esc(tr("STARTTLS")), esc(tr("DANE")));
    for (const QJsonValue& v : hosts) {
        const QJsonObject o = v.toObject();
        const QString host = o.value(u"host"_s).toString();
        QString name = u"<span class=\"mono\">%1</span>"_s.arg(esc(host));
        if (o.contains(u"cname"_s))
            name += u"<br><span class=\"small\">%1</span>"_s.arg(
                esc(tr("an alias (CNAME) of %1").arg(o.value(u"cname"_s).toString())));
        const QStringList addresses = strings(o.value(u"addresses"_s));
        QStringList reverse;
        for (const QJsonValue& r : o.value(u"fcrdns"_s).toArray()) {
            const QJsonObject ro = r.toObject();
            const QString address = ro.value(u"address"_s).toString();
            if (!ro.value(u"error"_s).toString().isEmpty())
                reverse << esc(tr("%1: lookup failed (%2)").arg(address, ro.value(u"error"_s).toString()));
            else if (ro.value(u"confirmed"_s).toBool())
                reverse << u"%1 → <span class=\"mono\">%2</span> ✔"_s.arg(
                    esc(address), esc(ro.value(u"name"_s).toString()));
            else if (strings(ro.value(u"ptr"_s)).isEmpty())
                reverse << esc(tr("%1: no PTR").arg(address));
            else
                reverse << esc(
                    tr("%1 → %2, not confirmed").arg(address, strings(ro.value(u"ptr"_s)).join(u", "_s)));
        }
        const QJsonObject sts = t.value(u"mtaSts"_s).toObject();
        QString coverage = esc(tr("no policy"));
        if (!sts.value(u"record"_s).toString().isEmpty())
            coverage = sts.value(u"fetch"_s).toObject().value(u"url"_s).isNull() ? esc(tr("not fetched"))
                                                                                 : esc(tr("policy unusable"));
        if (covered.contains(host))
            coverage = yesNo(covered.value(host).toBool(), tr("covered"), tr("not covered"));
        QString starttls = probed ? esc(tr("not probed")) : esc(tr("not probed (opt-in)"));
        if (probes.contains(host)) {
            const QJsonObject p = probes.value(host).toObject();
            const QString outcome = p.value(u"outcome"_s).toString();
            if (outcome == u"tls"_s) {
                const QJsonObject c = p.value(u"certificate"_s).toObject();
                const bool good = c.value(u"chainValid"_s).toBool() && c.value(u"nameMatches"_s).toBool();
                starttls = yesNo(good, p.value(u"tlsVersion"_s).toString(),
                                 tr("%1, certificate not valid").arg(p.value(u"tlsVersion"_s).toString()));
                const QDateTime notAfter =
                    QDateTime::fromString(c.value(u"notAfter"_s).toString(), Qt::ISODate);
                if (notAfter.isValid())
                    starttls += u"<br><span class=\"small\">%1</span>"_s.arg(esc(
                        tr("certificate valid until %1").arg(notAfter.toUTC().toString(u"yyyy-MM-dd"_s))));
            } else if (outcome == u"not-offered"_s) {
                starttls = yesNo(false, {}, tr("not offered"));
            } else {
                starttls =
                    esc(tr("not reached (%1): says nothing about TLS").arg(p.value(u"error"_s).toString()));
            }
        }
        h += u"<tr><td align=\"center\">%1</td><td>%2</td><td class=\"mono\">%3</td><td>%4</td><td>%5</td>"
             "<td>%6</td><td>%7</td></tr>\n"_s.arg(
                 QString::number(o.value(u"preference"_s).toInt()), name,
                 addresses.isEmpty() ? esc(tr("no address")) : esc(addresses.join(u", "_s)),
                 reverse.join(u"<br>"_s), coverage, starttls, daneCell(o.value(u"dane"_s).toObject()));
    }
    h += u"</table>\n"_s;
    return h;
}

QString TransportSectionHtml::daneCell(const QJsonObject& d) {
    if (d.isEmpty())
        return {};
    const QString state = d.value(u"state"_s).toString();
    const QJsonObject dnssec = d.value(u"dnssec"_s).toObject();
    QString head;
    if (state == u"none"_s)
        return esc(tr("none"));
    if (state == u"unknown"_s)
        return esc(tr("not known: %1").arg(d.value(u"unknown"_s).toString()));
    if (state == u"dns-error"_s)
        return yesNo(false, {}, tr("TLSA lookup failed: %1").arg(d.value(u"error"_s).toString()));
    if (state == u"matches"_s)
        head = yesNo(true, tr("matches"), {});
    else if (state == u"mismatch"_s)
        head = yesNo(false, {}, tr("no record matches"));
    else if (state == u"not-secure"_s)
        head = u"<span style=\"color:#8a5a00\">▲ %1</span>"_s.arg(
            esc(tr("not DNSSEC-secure: senders ignore it")));
    else
        head = esc(tr("published, not matched (not probed)"));
    QStringList lines;
    for (const QJsonValue& v : d.value(u"tlsa"_s).toArray()) {
        const QJsonObject r = v.toObject();
        const QString rdata = r.value(u"rdata"_s).toString();
        const QString shortData = rdata.size() > 24 ? rdata.left(22) + u"…"_s : rdata;
        const QJsonValue m = r.value(u"matches"_s);
        const QString mark = m.isBool() ? (m.toBool() ? u" ✔"_s : u" ✖"_s) : QString();
        lines << u"<span class=\"mono\">%1</span>%2 — %3"_s.arg(esc(shortData), mark,
                                                                esc(r.value(u"meaning"_s).toString()));
    }
    lines << esc(tr("DNSSEC: %1").arg(dnssec.value(u"status"_s).toString())) +
                 (dnssec.value(u"reason"_s).toString().isEmpty()
                      ? QString()
                      : esc(u" ("_s + dnssec.value(u"reason"_s).toString() + u")"_s));
    return head + u"<br><span class=\"small\">%1</span>"_s.arg(lines.join(u"<br>"_s));
}

QString TransportSectionHtml::mtaSts(const QJsonObject& t) {
    const QJsonObject sts = t.value(u"mtaSts"_s).toObject();
    const QString record = sts.value(u"record"_s).toString();
    if (record.isEmpty())
        return u"<p>%1</p>\n"_s.arg(
            esc(tr("No _mta-sts record: senders use TLS only when offered, and an attacker "
                   "on the path can strip it.")));
    QString h = u"<p>%1 <span class=\"mono\">%2</span></p>\n"_s.arg(esc(tr("Record:")), esc(record));
    for (const QString& e : strings(sts.value(u"recordErrors"_s)))
        h += u"<p>%1 %2</p>\n"_s.arg(SectionFindingsHtml::severityTag(Severity::Error), esc(e));
    const QJsonObject fetch = sts.value(u"fetch"_s).toObject();
    if (!fetch.isEmpty()) {
        if (fetch.value(u"url"_s).isNull()) {
            h += u"<p>%1</p>\n"_s.arg(esc(tr("Policy: %1").arg(fetch.value(u"error"_s).toString())));
        } else {
            QStringList facts{tr("HTTP status %1").arg(fetch.value(u"httpStatus"_s).toInt()),
                              tr("content type %1")
                                  .arg(fetch.value(u"contentType"_s).toString().isEmpty()
                                           ? tr("(none)")
                                           : fetch.value(u"contentType"_s).toString()),
                              fetch.value(u"certificateValid"_s).toBool() ? tr("certificate valid")
                                                                          : tr("certificate not valid")};
            h += u"<p>%1 <span class=\"mono\">%2</span><br>%3</p>\n"_s.arg(
                esc(tr("Policy fetched from")), esc(fetch.value(u"url"_s).toString()),
                esc(facts.join(u"; "_s)));
            if (!fetch.value(u"error"_s).toString().isEmpty())
                h += u"<p>%1 %2</p>\n"_s.arg(
                    SectionFindingsHtml::severityTag(Severity::Error),
                    esc(tr("The fetch failed: %1").arg(fetch.value(u"error"_s).toString())));
        }
    }
    const QString raw = sts.value(u"raw"_s).toString();
    if (!raw.isEmpty()) {
        QString lines = esc(raw.left(4000).trimmed());
        lines.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"<br>"_s);
        h += u"<p class=\"mono\" style=\"margin-left:12px\">%1</p>\n"_s.arg(lines);
    }
    for (const QString& e : strings(sts.value(u"policy"_s).toObject().value(u"errors"_s)))
        h += u"<p>%1 %2</p>\n"_s.arg(SectionFindingsHtml::severityTag(Severity::Error), esc(e));
    const QStringList explained = MtaStsExplanation::lines(sts);
    if (!explained.isEmpty()) {
        h += u"<ul>\n"_s;
        for (const QString& line : explained)
            h += u"<li>%1</li>\n"_s.arg(esc(line));
        h += u"</ul>\n"_s;
    }
    return h;
}

QString TransportSectionHtml::tlsRpt(const QJsonObject& t) {
    const QJsonObject rpt = t.value(u"tlsRpt"_s).toObject();
    const QString record = rpt.value(u"record"_s).toString();
    if (record.isEmpty())
        return u"<p>%1</p>\n"_s.arg(esc(
            tr("No _smtp._tls record: senders send no reports of TLS failures, so problems go unnoticed.")));
    QString h = u"<p>%1 <span class=\"mono\">%2</span></p>\n"_s.arg(esc(tr("Record:")), esc(record));
    for (const QString& e : strings(rpt.value(u"errors"_s)))
        h += u"<p>%1 %2</p>\n"_s.arg(SectionFindingsHtml::severityTag(Severity::Error), esc(e));
    const QStringList rua = strings(rpt.value(u"rua"_s));
    if (!rua.isEmpty()) {
        h += u"<p>%1</p>\n<ul>\n"_s.arg(esc(tr("Reports of TLS failures go to:")));
        for (const QString& uri : rua)
            h += u"<li class=\"mono\">%1</li>\n"_s.arg(esc(uri));
        h += u"</ul>\n"_s;
    }
    return h;
}

QString TransportSectionHtml::bimiFragment(const QJsonObject& t) {
    return BimiSectionHtml::fragment(t.value(u"bimi"_s).toObject());
}

QString TransportSectionHtml::findings(const QJsonObject& t) {
    const QJsonArray list = t.value(u"findings"_s).toArray();
    if (list.isEmpty())
        return u"<p>%1</p>\n"_s.arg(esc(tr("None: nothing to fix in how mail reaches this domain.")));
    QString h;
    h += SectionFindingsHtml::html(list);
    return h;
}
