#include "AuditChecks.h"

#include "BlocklistAuditCheck.h"
#include "DkimAuditCheck.h"
#include "DmarcAuditCheck.h"
#include "DnssecAuditCheck.h"
#include "NsAuditCheck.h"
#include "SpfAuditCheck.h"
#include "TransportAuditCheck.h"

QList<std::shared_ptr<AuditCheck>> AuditChecks::all() {
    // One line per check.
    // clang-format off
    return {
        std::make_shared<SpfAuditCheck>(),
        std::make_shared<DmarcAuditCheck>(),
        std::make_shared<DkimAuditCheck>(),
        std::make_shared<TransportAuditCheck>(),
        std::make_shared<DnssecAuditCheck>(),
        std::make_shared<NsAuditCheck>(),
        std::make_shared<BlocklistAuditCheck>(),
    };
    // clang-format on
}
