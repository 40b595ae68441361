#pragma once
// Asks live DNS, through Mailsight's resolver, for every name and type an IaC source declares
// and for the mail-relevant names of the domain (SPF TXT and MX at the apex, _dmarc, _mta-sts,
// _smtp._tls and the DKIM selectors found), and compares the answers with the source. Blocking:
// call it from the CLI or a worker thread.

#include "ZoneDriftReport.h"
#include "ZoneDriftSource.h"

#include <memory>

class DnsSession;

class ZoneDriftChecker {
public:
    explicit ZoneDriftChecker(std::shared_ptr<DnsSession> session);
    // dkimSelectors: selectors found live (the DKIM check); those the source names are added.
    ZoneDriftReport check(const QString& domain, const ZoneDriftSource& source,
                          const QStringList& dkimSelectors = {}) const;
    // The name/type pairs asked besides the source's own.
    static QList<ZoneDriftReport::Key> mailKeys(const QString& domain, const QStringList& dkimSelectors);

private:
    std::shared_ptr<DnsSession> m_session;
};
