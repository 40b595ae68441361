#pragma once
// The RFC 9989 DNS tree walk (§4.10) from one domain, and the organizational domain it yields
// (§4.10.2): the record with psd=n; else one label below a psd=y record met after the start; else
// the record with the fewest labels; else the start itself. Policy discovery and identifier
// alignment both use it (DmarcDiscovery, DmarcAlignment).

#include "DmarcDiscoveryStep.h"

#include <QList>
#include <QString>

class DnsSession;

// An organizational domain and why. `complete` is false when a query of the walk failed before the
// walk could stop: a record higher up, had it been read, might have changed the answer.
struct DmarcOrgDomain {
    QString domain;
    QString reason;
    bool complete = true;
    QJsonObject toJson() const;
};

class DmarcTreeWalk {
public:
    // The names the walk may ask about, in order: the start, then (from 8 labels up) a jump to 7
    // labels, then one label less each time down to the TLD. At most 8.
    static QStringList domains(const QString& start);
    // Blocking. Asks every name at once (one round trip), then reads the answers in order and stops
    // where a receiver stops: a single record with psd=n (anywhere) or psd=y (after the start), or
    // a DNS failure. Answers past that point are only in the session's query log.
    static QList<DmarcDiscoveryStep> run(DnsSession& session, const QString& start);
    // The organizational domain from the steps of a walk that started at `start`.
    static DmarcOrgDomain organizationalDomain(const QString& start, const QList<DmarcDiscoveryStep>& walk);
};
