#include "NsSectionHtml.h"

#include "SectionFindingsHtml.h"

#include "findings/Severity.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

const QString Bad = u"#b00020"_s;
const QString Warn = u"#8a5a00"_s;
const QString Good = u"#1b7a3a"_s;
const QString Note = u"#1f5f99"_s;

QString mark(const QString& colour, const QString& symbol, const QString& word) {
    return u"<span style=\"color:%1; font-weight:bold\">%2 %3</span>"_s.arg(colour, symbol, esc(word));
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}
} // namespace

QString NsSectionHtml::html(const QJsonObject& ns) {
    if (ns.isEmpty())
        return {};
    const QString status = ns.value(u"status"_s).toString();
    if (!ns.value(u"checked"_s).toBool()) {
        const QString why = ns.value(u"error"_s).toString();
        return u"<p>%1 %2</p>\n"_s.arg(mark(Note, u"ℹ"_s, tr("Authoritative servers not compared:")),
                                       esc(why.isEmpty() ? status : why));
    }
    QString h;
    // Which server serves which version of each differing record: addresses to mark.
    QMap<QString, QStringList> differingAt; // address -> "name TYPE"
    for (const QJsonValue& v : ns.value(u"differences"_s).toArray()) {
        const QJsonObject d = v.toObject();
        for (const QString& a : d.value(u"values"_s).toObject().keys())
            differingAt[a] << d.value(u"name"_s).toString() + u' ' + d.value(u"type"_s).toString();
    }
    QMap<qint64, int> serials;
    for (const QJsonValue& v : ns.value(u"servers"_s).toArray())
        if (!v.toObject().value(u"serial"_s).isNull())
            ++serials[v.toObject().value(u"serial"_s).toInteger()];
    const qint64 newest = serials.isEmpty() ? 0 : serials.lastKey();

    const QJsonObject del = ns.value(u"delegation"_s).toObject();
    h += u"<p><b>%1</b> %2</p>\n"_s.arg(esc(tr("Zone:")), esc(ns.value(u"zone"_s).toString()));
    if (!del.value(u"error"_s).isNull()) {
        h += u"<p>%1 %2</p>\n"_s.arg(mark(Note, u"ℹ"_s, tr("Delegation not checked:")),
                                     esc(del.value(u"error"_s).toString()));
    } else {
        const bool matches = del.value(u"matches"_s).toBool(true);
        h += u"<p>%1 %2: %3<br/>%4: %5</p>\n"_s.arg(
            matches ? mark(Good, u"✔"_s, tr("Delegation matches the zone."))
                    : mark(Warn, u"▲"_s, tr("Delegation differs from the zone.")),
            esc(tr("At the parent (%1)").arg(del.value(u"parentZone"_s).toString())),
            esc(strings(del.value(u"parent"_s)).join(u", "_s)), esc(tr("In the zone")),
            esc(strings(del.value(u"zone"_s)).join(u", "_s)));
    }

    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
         "<th>%4</th></tr>\n"_s.arg(esc(tr("Server")), esc(tr("Address")), esc(tr("Serial")),
                                    esc(tr("State")));
    for (const QJsonValue& v : ns.value(u"servers"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const QString address = s.value(u"address"_s).toString();
        QString state;
        if (s.value(u"lame"_s).toBool())
            state = mark(Bad, u"✖"_s, tr("Lame: %1").arg(s.value(u"error"_s).toString()));
        else if (differingAt.contains(address))
            state = mark(Bad, u"✖"_s, tr("Differs: %1").arg(differingAt.value(address).join(u", "_s)));
        else if (serials.size() > 1 && s.value(u"serial"_s).toInteger() != newest)
            state = mark(Warn, u"▲"_s, tr("Older serial"));
        else
            state = mark(Good, u"✔"_s, tr("OK"));
        h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(
            esc(s.value(u"name"_s).toString()), esc(address.isEmpty() ? u"–"_s : address),
            s.value(u"serial"_s).isNull() ? u"–"_s : QString::number(s.value(u"serial"_s).toInteger()),
            state);
    }
    h += u"</table>\n"_s;

    const QJsonArray diffs = ns.value(u"differences"_s).toArray();
    if (diffs.isEmpty()) {
        h += u"<p>%1</p>\n"_s.arg(
            mark(Good, u"✔"_s, tr("Every server that serves the zone gives the same records.")));
    } else {
        h += u"<p>%1</p>\n"_s.arg(mark(Bad, u"✖"_s, tr("Records that differ between servers:")));
        h +=
            u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n"_s
                .arg(esc(tr("Record")), esc(tr("Servers")), esc(tr("Records served")));
        for (const QJsonValue& v : diffs) {
            const QJsonObject d = v.toObject();
            const QJsonObject values = d.value(u"values"_s).toObject();
            const QJsonObject outcomes = d.value(u"outcomes"_s).toObject();
            QMap<QString, QStringList> versions; // records (joined) -> addresses
            for (const QString& a : values.keys()) {
                QString records = strings(values.value(a)).join(u"\n"_s);
                if (records.isEmpty())
                    records = u"(%1)"_s.arg(outcomes.value(a).toString());
                versions[records] << a;
            }
            bool first = true;
            for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
                h += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n"_s.arg(
                    first ? esc(d.value(u"name"_s).toString() + u' ' + d.value(u"type"_s).toString())
                          : QString(),
                    esc(it.value().join(u", "_s)), esc(it.key()).replace(u"\n"_s, u"<br/>"_s));
                first = false;
            }
        }
        h += u"</table>\n"_s;
    }

    h += SectionFindingsHtml::html(ns.value(u"findings"_s).toArray());
    h += u"<p style=\"font-size:8pt\">%1</p>\n"_s.arg(
        esc(tr("%n direct question(s) without recursion, listed in the JSON report.", nullptr,
               int(ns.value(u"queries"_s).toArray().size()))));
    return h;
}
