#include "ZoneDriftReport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

QString ZoneDriftReport::normalizedName(const QString& name) {
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

ZoneDriftReport::Key ZoneDriftReport::keyOf(const QString& name, const QString& type) {
    return {normalizedName(name), type.toUpper()};
}

QString ZoneDriftReport::normalizedData(const DnsRecord& r) {
    switch (r.type) {
    case DnsRecordType::TXT:
    case DnsRecordType::SPF:
        return r.text();
    case DnsRecordType::MX:
        return u"%1 %2."_s.arg(r.preference).arg(normalizedName(r.target));
    case DnsRecordType::CNAME:
    case DnsRecordType::NS:
    case DnsRecordType::PTR:
        return normalizedName(r.target) + QLatin1Char('.');
    case DnsRecordType::A:
    case DnsRecordType::AAAA: {
        const QHostAddress address(r.address);
        return address.isNull() ? r.address : address.toString();
    }
    default:
        return r.rdata.simplified();
    }
}

ZoneDriftReport ZoneDriftReport::compare(const QString& domain, const QString& sourceLabel,
                                         const QList<DnsRecord>& source, const QMap<Key, LiveRRset>& live) {
    ZoneDriftReport report;
    report.m_domain = normalizedName(domain);
    report.m_sourceLabel = sourceLabel;
    QMap<Key, QSet<QString>> declared;
    for (const DnsRecord& r : source)
        declared[keyOf(r.name, dnsRecordTypeName(r.type))].insert(normalizedData(r));
    QSet<Key> keys(live.keyBegin(), live.keyEnd());
    for (auto it = declared.cbegin(); it != declared.cend(); ++it)
        keys.insert(it.key());
    QList<Key> ordered(keys.cbegin(), keys.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const Key& key : std::as_const(ordered)) {
        ZoneDriftEntry e;
        e.name = key.first;
        e.type = key.second;
        QStringList wanted(declared.value(key).cbegin(), declared.value(key).cend());
        wanted.sort();
        e.source = wanted;
        if (!live.contains(key)) {
            // Declared but not asked: the checker asks every declared RRset, so only a caller
            // that passes a partial live map gets here.
            e.kind = ZoneDriftEntry::Kind::Unanswered;
            e.detail = u"not asked"_s;
            report.m_entries << e;
            continue;
        }
        const LiveRRset& l = live.value(key);
        if (!l.answered) {
            e.kind = ZoneDriftEntry::Kind::Unanswered;
            e.detail = l.outcome;
            report.m_entries << e;
            continue;
        }
        QSet<QString> seen;
        for (const DnsRecord& r : l.records)
            seen.insert(normalizedData(r));
        e.live = QStringList(seen.cbegin(), seen.cend());
        e.live.sort();
        if (e.source.isEmpty() && e.live.isEmpty())
            continue; // asked for the mail check, absent on both sides
        ++report.m_checked;
        if (e.source == e.live)
            continue;
        e.kind = e.source.isEmpty() ? ZoneDriftEntry::Kind::LiveOnly
                 : e.live.isEmpty() ? ZoneDriftEntry::Kind::SourceOnly
                                    : ZoneDriftEntry::Kind::Different;
        report.m_entries << e;
    }
    return report;
}

bool ZoneDriftReport::hasDrift() const {
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const ZoneDriftEntry& e) { return e.kind != ZoneDriftEntry::Kind::Unanswered; });
}

bool ZoneDriftReport::hasUnanswered() const {
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const ZoneDriftEntry& e) { return e.kind == ZoneDriftEntry::Kind::Unanswered; });
}

QJsonObject ZoneDriftReport::toJson() const {
    QJsonArray entries;
    for (const ZoneDriftEntry& e : m_entries)
        entries.append(e.toJson());
    return QJsonObject{{u"domain"_s, m_domain},
                       {u"source"_s, m_sourceLabel},
                       {u"drift"_s, hasDrift()},
                       {u"result"_s, hasDrift()        ? u"drift"_s
                                     : hasUnanswered() ? u"incomplete"_s
                                                       : u"in-sync"_s},
                       {u"rrsetsCompared"_s, m_checked},
                       {u"entries"_s, entries},
                       {u"notes"_s, QJsonArray::fromStringList(m_notes)}};
}

QString ZoneDriftReport::toText() const {
    QString text = u"Drift of %1 from %2: %3\n"_s.arg(
        m_domain, m_sourceLabel,
        hasDrift() ? u"%1 RRset(s) drifted"_s.arg(std::count_if(
                         m_entries.cbegin(), m_entries.cend(),
                         [](const ZoneDriftEntry& e) { return e.kind != ZoneDriftEntry::Kind::Unanswered; }))
                   : u"in sync"_s);
    static const QHash<ZoneDriftEntry::Kind, QString> labels{
        {ZoneDriftEntry::Kind::LiveOnly, u"LIVE ONLY"_s},
        {ZoneDriftEntry::Kind::SourceOnly, u"NOT LIVE"_s},
        {ZoneDriftEntry::Kind::Different, u"DIFFERENT"_s},
        {ZoneDriftEntry::Kind::Unanswered, u"NO ANSWER"_s}};
    for (const ZoneDriftEntry& e : m_entries) {
        text += u"  %1  %2 %3\n"_s.arg(labels.value(e.kind), -10).arg(e.name, e.type);
        for (const QString& s : e.source)
            text += u"      source: %1\n"_s.arg(s);
        for (const QString& s : e.live)
            text += u"      live:   %1\n"_s.arg(s);
        text += u"      %1\n"_s.arg(e.explanation());
    }
    for (const QString& n : m_notes)
        text += u"  note: %1\n"_s.arg(n);
    text += u"%1 RRset(s) compared\n"_s.arg(m_checked);
    return text;
}
