#pragma once
// One _dmarc.<domain> TXT query made during discovery, with what it returned.

#include "DmarcRecord.h"
#include "dns/DnsOutcome.h"

#include <QJsonObject>
#include <QStringList>

struct DmarcDiscoveryStep {
    QString domain;    // the domain whose policy was asked for
    QString queryName; // _dmarc.<domain>
    DnsOutcome outcome = DnsOutcome::NoData;
    QString error;
    QStringList cnames;         // CNAME targets followed
    QStringList texts;          // every TXT record's joined text
    QList<DmarcRecord> records; // the TXT records that claim to be DMARC, parsed
    bool spfAnswer = false;     // a v=spf1 record answered here (wildcard or CNAME)

    bool failed() const { return dnsOutcomeIsFailure(outcome); }
    int validCount() const;
    // The record receivers use: exactly one TXT that is a DMARC record.
    const DmarcRecord* single() const;
    QJsonObject toJson() const;
};
