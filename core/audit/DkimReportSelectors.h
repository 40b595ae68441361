#pragma once
// Selectors that receivers saw signing for a domain, read from imported DMARC aggregate reports:
// candidates for key discovery that no list of common selectors can guess. The audit layer reads
// storage and hands them to the DKIM check (DkimCheckRequest::selectors, source Report); the
// check itself never reads the history database (tests/layering checks that).

#include "dkim/DkimSelectorResult.h"

class DkimReportSelectors {
public:
    // Reads the history database at databasePath (the default one when empty) without creating
    // it; an absent or unreadable database gives no candidates.
    static QList<DkimSelectorCandidate> candidates(const QString& domain, const QString& databasePath = {});
};
