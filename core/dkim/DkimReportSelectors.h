#pragma once
// Selectors that receivers saw signing for a domain, read from imported DMARC aggregate reports:
// candidates for key discovery that no list of common selectors can guess.

#include "DkimSelectorResult.h"

class DkimReportSelectors {
public:
    // Reads the history database at databasePath (the default one when empty) without creating
    // it; an absent or unreadable database gives no candidates.
    static QList<DkimSelectorCandidate> candidates(const QString& domain, const QString& databasePath = {});
};
