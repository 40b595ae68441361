#pragma once
// One (name, type) that the authoritative servers answer differently: each server's records.

#include "dns/DnsRecordType.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

struct NsDifference {
    QString name;
    DnsRecordType type = DnsRecordType::TXT;
    QMap<QString, QStringList> values;  // server address -> its records (sorted; empty: none)
    QMap<QString, QString> outcomes;    // server address -> "answer", "nodata", "nxdomain"
    QMap<QString, QString> serverNames; // server address -> NS name

    // The distinct versions, each with the addresses serving it (most served first).
    QList<QPair<QStringList, QStringList>> versions() const;
    // {name, type, values: {address: [records]}, outcomes: {address: outcome}}
    QJsonObject toJson() const;
};
