#pragma once
// The MX part of the transport checks: the MX set in preference order, RFC 7505 null MX, each
// host's A/AAAA (aliases and IP literals named), forward-confirmed reverse DNS of every address,
// and the RFC 5321 §5.1 fallback to the domain's own address when there is no MX.

#include "TransportResult.h"
#include "dns/DnsAnswer.h"

class DnsSession;

class MxChecker {
public:
    explicit MxChecker(DnsSession& session);
    // Reads the MX set (from an answer already asked for, or asks itself) and adds findings.
    TransportResult::Mx run(const QString& domain, const DnsAnswer& mxAnswer, QList<Finding>& findings);

private:
    QList<TransportResult::ReverseName> reverseNames(const QStringList& addresses);
    DnsSession& m_session;
};
