#pragma once
// Drift between an IaC source and live DNS, RRset by RRset: records live but not in the source,
// in the source but not live, and different data under the same name and type. Names compare
// case-insensitively without the trailing dot, TXT after joining its strings, TTLs not at all.

#include "ZoneDriftEntry.h"
#include "dns/DnsRecord.h"

#include <QJsonObject>
#include <QMap>

class ZoneDriftReport {
public:
    // One RRset as asked live: its records, or no answer (outcome text) when the question failed.
    struct LiveRRset {
        QList<DnsRecord> records;
        bool answered = true;
        QString outcome;
    };
    using Key = std::pair<QString, QString>; // normalized name, type name

    static Key keyOf(const QString& name, const QString& type);
    static QString normalizedName(const QString& name);
    static QString normalizedData(const DnsRecord& record);

    // source: the declared records; live: what was asked, by key (keys not asked are not judged).
    static ZoneDriftReport compare(const QString& domain, const QString& sourceLabel,
                                   const QList<DnsRecord>& source, const QMap<Key, LiveRRset>& live);

    QString domain() const { return m_domain; }
    QString sourceLabel() const { return m_sourceLabel; }
    const QList<ZoneDriftEntry>& entries() const { return m_entries; }
    int checked() const { return m_checked; } // RRsets compared
    bool hasDrift() const;
    bool hasUnanswered() const;
    // What the reader should know besides the entries (resources skipped in the source).
    QStringList notes() const { return m_notes; }
    void addNote(const QString& note) { m_notes << note; }

    QJsonObject toJson() const;
    QString toText() const;

private:
    QString m_domain;
    QString m_sourceLabel;
    QList<ZoneDriftEntry> m_entries;
    int m_checked = 0;
    QStringList m_notes;
};
