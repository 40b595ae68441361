#pragma once
// Sets the receiver's own verdict (Authentication-Results written at delivery) beside Mailsight's
// results of today and explains every difference: a DKIM key rotated or revoked since delivery,
// a body changed after delivery, a signature expired since, SPF evaluated for another address or
// MAIL FROM, a DMARC receiver following the other reading. Pure: works on a finished analysis.

#include "MessageAnalysis.h"

class VerdictComparison {
public:
    // Fills analysis.differences and adds their findings to analysis.findings.
    static void compare(MessageAnalysis& analysis);
};
