#pragma once
// What the validator found for one (name, type): the status, the zones the chain of trust went
// through (anchor first) with each one's state, and the resolver's AD bit (recorded, never used).

#include "DnssecStatus.h"

#include <QJsonObject>
#include <QList>

struct DnssecValidation {
    struct Link {
        QString zone; // "" for the root
        DnssecState state = DnssecState::Indeterminate;
        QString note; // "DS at test matches key tag 1234", "no DS at test: unsigned delegation"
    };
    QString name;
    DnsRecordType type = DnsRecordType::A;
    DnssecStatus status;
    QString outcome; // the answer's outcome name: "answer", "nxdomain", "nodata", …
    bool ad = false; // the AD flag of the answer (never trusted)
    QList<Link> chain;

    // {name, type, status, reason, chainEnd?, ad, outcome, chain: [{zone, status, note}]}
    QJsonObject toJson() const;
};
