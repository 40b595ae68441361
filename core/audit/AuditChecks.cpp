#include "AuditChecks.h"

#include "DkimAuditCheck.h"
#include "DmarcAuditCheck.h"
#include "DnssecAuditCheck.h"
#include "SpfAuditCheck.h"
#include "TransportAuditCheck.h"

QList<std::shared_ptr<AuditCheck>> AuditChecks::all() {
    // One line per check.
    return {
        // clang-format off
        std::make_shared<SpfAuditCheck>(),
        std::make_shared<DmarcAuditCheck>(),
        std::make_shared<DkimAuditCheck>(),
        std::make_shared<TransportAuditCheck>(),
        std::make_shared<DnssecAuditCheck>(),
        // clang-format on
    };
}
