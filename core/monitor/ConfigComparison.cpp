#include "ConfigComparison.h"

#include "ConfigSnapshot.h"
#include "audit/AuditChecks.h"
#include "audit/AuditReport.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QStringList ConfigComparison::areas() {
    return {u"spf"_s, u"dmarc"_s, u"dkim"_s, u"transport"_s};
}

QList<std::shared_ptr<AuditCheck>> ConfigComparison::auditChecks(bool transport) {
    QList<std::shared_ptr<AuditCheck>> checks = AuditChecks::all();
    QStringList wanted{u"spf"_s, u"dmarc"_s, u"dkim"_s};
    if (transport)
        wanted << u"transport"_s;
    checks.removeIf([&](const auto& check) { return !wanted.contains(check->area()); });
    return checks;
}

QString ConfigComparison::areaTitle(const QString& area) {
    static const QHash<QString, QString> titles{{u"spf"_s, u"SPF"_s},
                                                {u"dmarc"_s, u"DMARC"_s},
                                                {u"dkim"_s, u"DKIM"_s},
                                                {u"transport"_s, u"MX, MTA-STS, TLS-RPT"_s}};
    return titles.value(area, area);
}

ConfigComparison ConfigComparison::compare(const AuditReport& a, const AuditReport& b,
                                           const ConfigNameMap& map) {
    ConfigComparison c =
        compare(a.domain, ConfigSnapshot::fromReport(a), b.domain, ConfigSnapshot::fromReport(b), map);
    // Transport data is compared only when both audits have it; one side alone would show every
    // item as a difference that is only a difference in what was checked.
    const bool transportA = !a.check(u"transport"_s).isEmpty();
    const bool transportB = !b.check(u"transport"_s).isEmpty();
    if (transportA != transportB) {
        c.m_rows.removeIf([](const ConfigDifference& d) { return d.area == u"transport"_s; });
        c.m_notes << u"MX, MTA-STS and TLS-RPT not compared: only %1 has transport data"_s.arg(
            transportA ? a.domain : b.domain);
    }
    for (const AuditReport* r : {&a, &b}) {
        if (r->cancelled)
            c.m_notes << u"the audit of %1 was cancelled: its side is incomplete"_s.arg(r->domain);
        else if (r->timedOut)
            c.m_notes << u"the audit of %1 timed out: its side may be incomplete"_s.arg(r->domain);
        if (r->failedQueries() > 0)
            c.m_notes << u"%1: %2 DNS question(s) got no usable answer"_s.arg(r->domain).arg(
                r->failedQueries());
    }
    if (!a.check(u"dkim"_s).value(u"discovered"_s).toBool() ||
        !b.check(u"dkim"_s).value(u"discovered"_s).toBool())
        c.m_notes << u"DKIM: only the selectors tried were compared; DNS cannot list a domain's selectors"_s;
    return c;
}

ConfigComparison ConfigComparison::compare(const QString& domainA, const QList<ConfigItem>& a,
                                           const QString& domainB, const QList<ConfigItem>& b,
                                           const ConfigNameMap& map) {
    ConfigComparison c;
    c.m_domainA = domainA;
    c.m_domainB = domainB;
    c.m_mapRules = map.rules();
    QList<ConfigItem> mappedA;
    for (ConfigItem item : a) {
        item.item = map.apply(item.item);
        item.value = map.apply(item.value);
        mappedA << item;
    }
    QHash<QString, qsizetype> rowOf;
    for (const QString& area : areas()) {
        auto addSide = [&](const QList<ConfigItem>& items, bool sideA) {
            for (const ConfigItem& item : items) {
                if (item.area != area)
                    continue;
                qsizetype& row = rowOf[item.key()];
                if (row == 0) {
                    c.m_rows << ConfigDifference{item.area, item.item, item.kind, {}, {}, false};
                    row = c.m_rows.size(); // 1-based, 0 = not yet
                }
                ConfigDifference& d = c.m_rows[row - 1];
                (sideA ? d.valueA : d.valueB) = item.value;
            }
        };
        addSide(mappedA, true);
        addSide(b, false);
    }
    for (ConfigDifference& d : c.m_rows)
        d.differs = d.valueA != d.valueB;
    return c;
}

QList<ConfigDifference> ConfigComparison::differences() const {
    QList<ConfigDifference> out;
    for (const ConfigDifference& d : m_rows)
        if (d.differs)
            out << d;
    return out;
}

QJsonObject ConfigComparison::toJson() const {
    QJsonArray diffs;
    QJsonArray items;
    for (const ConfigDifference& d : m_rows) {
        items.append(d.toJson());
        if (d.differs)
            diffs.append(d.toJson());
    }
    return QJsonObject{{u"a"_s, m_domainA},
                       {u"b"_s, m_domainB},
                       {u"map"_s, QJsonArray::fromStringList(m_mapRules)},
                       {u"identical"_s, identical()},
                       {u"result"_s, identical() ? u"identical"_s : u"differs"_s},
                       {u"differences"_s, diffs},
                       {u"items"_s, items},
                       {u"notes"_s, QJsonArray::fromStringList(m_notes)}};
}

QString ConfigComparison::toText() const {
    QString text;
    const QList<ConfigDifference> diffs = differences();
    text += u"%1 (A) compared with %2 (B): %3\n"_s.arg(
        m_domainA, m_domainB,
        diffs.isEmpty() ? u"identical"_s : u"differs in %1 item(s)"_s.arg(diffs.size()));
    if (!m_mapRules.isEmpty())
        text += u"Names mapped on A: %1\n"_s.arg(m_mapRules.join(u", "_s));
    QString area;
    for (const ConfigDifference& d : diffs) {
        if (d.area != area) {
            area = d.area;
            text += u"\n%1\n"_s.arg(areaTitle(area));
        }
        text += u"  DIFFERS  %1\n           A: %2\n           B: %3\n           %4\n"_s.arg(
            d.item, d.shownA(), d.shownB(), d.why());
    }
    if (!m_notes.isEmpty()) {
        text += u"\nNotes:\n"_s;
        for (const QString& n : m_notes)
            text += u"  "_s + n + QLatin1Char('\n');
    }
    text += u"\n%1 item(s) compared, %2 differ(s)\n"_s.arg(m_rows.size()).arg(diffs.size());
    return text;
}
