#include "DnssecSectionHtml.h"

#include "SectionFindingsHtml.h"

#include "findings/FindingCatalogue.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

} // namespace

QString DnssecSectionHtml::stateTag(const QString& state) {
    QString colour = u"#1f5f99"_s, symbol = u"?"_s, word = tr("indeterminate");
    if (state == u"secure"_s) {
        colour = u"#1b7a3a"_s, symbol = u"✔"_s, word = tr("secure");
    } else if (state == u"insecure"_s) {
        colour = u"#8a5a00"_s, symbol = u"○"_s, word = tr("insecure (unsigned)");
    } else if (state == u"bogus"_s) {
        colour = u"#b00020"_s, symbol = u"✖"_s, word = tr("bogus");
    }
    return u"<span style=\"color:%1; font-weight:bold\">%2 %3</span>"_s.arg(colour, symbol, esc(word));
}

QString DnssecSectionHtml::html(const QJsonObject& d) {
    if (d.isEmpty())
        return {};
    const QString overall = d.value(u"status"_s).toString();
    QString sentence;
    if (d.contains(u"notValidated"_s))
        sentence = tr("DNSSEC was not validated: %1.").arg(d.value(u"notValidated"_s).toString());
    else if (overall == u"secure"_s)
        sentence = tr("Every record checked is signed and its chain of trust from the root is intact.");
    else if (overall == u"insecure"_s)
        sentence = tr("Records are not signed: nothing proves they come from the domain's owner, and "
                      "senders ignore DANE (TLSA) records.");
    else if (overall == u"bogus"_s)
        sentence = tr("Signatures do not validate: validating resolvers answer SERVFAIL for these names, "
                      "so mail and its authentication fail for their users.");
    else
        sentence = tr("The chain of trust could not be checked (a lookup failed).");
    QString h = u"<p style=\"font-size:11pt\">%1: %2</p>\n"_s.arg(stateTag(overall), esc(sentence));
    const QJsonObject anchor = d.value(u"trustAnchor"_s).toObject();
    if (const QString source = anchor.value(u"source"_s).toString(); !source.isEmpty())
        h += u"<p class=\"small\">%1</p>\n"_s.arg(esc(tr("Trust anchor: %1").arg(source)));
    h += u"<h4>%1</h4>\n"_s.arg(esc(tr("Chain of trust")));
    h += chains(d);
    h += u"<h4>%1</h4>\n"_s.arg(esc(tr("Names validated")));
    h += names(d);
    const QJsonArray signing = d.value(u"signing"_s).toArray();
    if (!signing.isEmpty()) {
        h += u"<h4>%1</h4>\n<ul>\n"_s.arg(esc(tr("Signing health")));
        for (const QJsonValue& v : signing)
            h += u"<li>%1</li>\n"_s.arg(esc(v.toObject().value(u"detail"_s).toString()));
        h += u"</ul>\n"_s;
    }
    h += u"<h4>%1</h4>\n"_s.arg(esc(tr("DNSSEC findings")));
    h += findings(d);
    return h;
}

QString DnssecSectionHtml::chains(const QJsonObject& d) {
    // Each distinct chain once (most names share one), as links joined by arrows; where it breaks,
    // the link says why.
    QStringList seen;
    QString h;
    for (const QJsonValue& v : d.value(u"names"_s).toArray()) {
        const QJsonArray chain = v.toObject().value(u"chain"_s).toArray();
        if (chain.isEmpty())
            continue;
        QStringList links;
        QString key;
        QString breakNote;
        for (const QJsonValue& l : chain) {
            const QJsonObject link = l.toObject();
            const QString state = link.value(u"status"_s).toString();
            key += link.value(u"zone"_s).toString() + u'/' + state + u' ';
            links << u"<span class=\"mono\">%1</span> %2"_s.arg(esc(link.value(u"zone"_s).toString()),
                                                                stateTag(state));
            if (state != u"secure"_s && breakNote.isEmpty())
                breakNote = link.value(u"note"_s).toString();
        }
        if (seen.contains(key))
            continue;
        seen << key;
        h += u"<p>%1</p>\n"_s.arg(links.join(u" → "_s));
        if (!breakNote.isEmpty())
            h += u"<p class=\"small\">%1</p>\n"_s.arg(esc(tr("Where the chain breaks: %1").arg(breakNote)));
    }
    return h.isEmpty() ? u"<p>%1</p>\n"_s.arg(esc(tr("No name was validated."))) : h;
}

QString DnssecSectionHtml::names(const QJsonObject& d) {
    const QJsonArray list = d.value(u"names"_s).toArray();
    if (list.isEmpty())
        return {};
    // One row per verdict (state and reason), in the order first seen: an unsigned zone's twenty
    // names say the same thing once, with each name's types after it.
    struct Row {
        QString status;
        QString reason;
        QStringList names;                 // in the order first seen
        QHash<QString, QStringList> types; // name -> types
    };
    QList<Row> rows;
    for (const QJsonValue& v : list) {
        const QJsonObject n = v.toObject();
        const QString status = n.value(u"status"_s).toString();
        const QString reason = n.value(u"reason"_s).toString();
        auto row = std::find_if(rows.begin(), rows.end(),
                                [&](const Row& r) { return r.status == status && r.reason == reason; });
        if (row == rows.end())
            row = rows.insert(rows.end(), Row{status, reason, {}, {}});
        const QString name = n.value(u"name"_s).toString();
        if (!row->types.contains(name))
            row->names << name;
        row->types[name] << n.value(u"type"_s).toString();
    }
    QString h = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                "<th align=\"left\">%1</th><th align=\"left\">%2</th>"
                "<th align=\"left\">%3</th></tr></thead><tbody>\n"_s.arg(esc(tr("Names (types)")),
                                                                         esc(tr("State")), esc(tr("Why")));
    for (const Row& r : std::as_const(rows)) {
        QStringList names;
        for (const QString& name : r.names)
            names << u"%1 (%2)"_s.arg(esc(name), esc(r.types.value(name).join(u", "_s)));
        h += u"<tr><td class=\"mono\">%1</td><td>%2</td><td>%3</td></tr>\n"_s.arg(
            names.join(u"; "_s), stateTag(r.status), esc(r.reason));
    }
    h += u"</tbody></table>\n"_s;
    if (d.value(u"skipped"_s).toInt() > 0)
        h += u"<p class=\"small\">%1</p>\n"_s.arg(
            esc(tr("%1 more names were not validated.").arg(d.value(u"skipped"_s).toInt())));
    return h;
}

QString DnssecSectionHtml::findings(const QJsonObject& d) {
    const QJsonArray list = d.value(u"findings"_s).toArray();
    if (list.isEmpty())
        return u"<p>%1</p>\n"_s.arg(esc(tr("None.")));
    QString h;
    h += SectionFindingsHtml::html(list);
    return h;
}
