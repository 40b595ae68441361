#pragma once
// What the per-server check found for one domain: its zone, the parent's delegation, every
// authoritative server (per address) with its serial, the records they serve differently, the
// findings and the direct questions asked. toJson() is what `mailsight-cli ns --format json` prints
// (the CLI puts the resolver's questions in front of the direct ones in `queries`).

#include "NsDifference.h"
#include "NsServer.h"
#include "findings/Finding.h"

#include <QJsonArray>

struct NsResult {
    struct Delegation {
        QString parentZone;        // "example" for "mail.example"; empty for a top-level domain
        QStringList parentServers; // "ns.parent (192.0.2.1)": the parent's servers as found
        QString answeredBy;        // "192.0.2.1:53": the parent server whose referral is used
        QStringList parentSet;     // NS names at the parent (sorted, lower case)
        QStringList zoneSet;       // NS names the zone's servers publish (sorted, lower case)
        QString error;             // why the parent's NS set is unknown; empty when it is known
        bool known() const { return error.isEmpty() && !parentSet.isEmpty(); }
        QStringList onlyAtParent() const;
        QStringList onlyInZone() const;
        bool matches() const { return onlyAtParent().isEmpty() && onlyInZone().isEmpty(); }
        QJsonObject toJson() const;
    };
    struct Question {
        QString name;
        DnsRecordType type = DnsRecordType::TXT;
        bool operator==(const Question&) const = default;
    };

    QString domain;
    QString zone;       // the zone apex holding the domain's records
    QString notChecked; // "offline", "zone file": why no server was asked (empty: they were)
    QString error;      // the check could not run (no zone cut, no server): why
    Delegation delegation;
    QList<NsServer> servers; // one entry per (name, address)
    QList<Question> names;   // asked of every server that serves the zone (besides SOA)
    QList<NsDifference> differences;
    QList<Finding> findings;
    QJsonArray queries; // every direct question (RD=0) with its answer and the server asked

    bool checked() const { return notChecked.isEmpty() && error.isEmpty(); }
    Severity worstSeverity() const;
    // "checked", "not checked: offline", "failed: …"
    QString status() const;
    // {domain, zone, status, checked, error, delegation: {parentZone, parentServers, answeredBy,
    //  parent, zone, onlyAtParent, onlyInZone, matches, error}, servers, names, differences,
    //  findings, queries}
    QJsonObject toJson() const;

    static NsResult notCheckedBecause(const QString& domain, const QString& reason);
};
