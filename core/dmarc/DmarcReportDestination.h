#pragma once
// One rua/ruf destination after checking it in DNS: does its domain take mail, is it inside the
// organizational domain, and if not, has it authorized reports for the domain.

#include "DmarcReportUri.h"
#include "dns/DnsOutcome.h"

#include <QJsonObject>
#include <QStringList>

struct DmarcReportDestination {
    DmarcReportUri uri;
    bool external = false;     // outside the policy domain's organizational domain
    bool authorized = false;   // internal, or an authorization record says v=DMARC1
    QString authorizationName; // <domain>._report._dmarc.<destination>
    DnsOutcome authorizationOutcome = DnsOutcome::NoData;
    QString authorizationRecord;
    DnsOutcome mxOutcome = DnsOutcome::NoData;
    QStringList mxHosts; // "10 mx.example.net"
    bool nullMx = false; // "0 ." (RFC 7505): the domain takes no mail
    QString note;        // one sentence for people

    bool hasMx() const { return !mxHosts.isEmpty() && !nullMx; }
    bool dnsError() const;
    QJsonObject toJson() const;
};
