#pragma once
// The DMARC check of one domain: discovery, both readings, report destinations, findings and
// the explanation, as one DmarcResult. Blocking: run it on DnsSession::checkPool() or in the CLI.

#include "DmarcResult.h"

#include <memory>

class DnsSession;

class DmarcCheck {
public:
    explicit DmarcCheck(std::shared_ptr<DnsSession> session);
    // fromDomain: a name at or under domain (A-labels); empty means the domain itself.
    DmarcResult run(const QString& domain, const QString& fromDomain = {}) const;
    // The findings of a finished result (everything but the explanation), separately testable.
    static QList<Finding> findingsFor(const DmarcResult& result);

private:
    std::shared_ptr<DnsSession> m_session;
};
