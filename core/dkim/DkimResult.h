#pragma once
// The DKIM check of one domain: every selector reported (found, named, or failed), the list of
// selectors tried, domain-level findings and the discovery notice. The CLI prints it, the GUI
// shows it, the audit stores it.

#include "DkimSelectorResult.h"

#include <QJsonArray>

struct DkimResult {
    QString domain;
    QList<DkimSelectorResult> selectors; // reported ones: found, named by the user or a message, or failed
    QStringList tried;                   // every selector asked, in order
    bool discovered = false;             // the common list was used
    QString notice;                      // what discovery cannot prove
    QList<Finding> findings;             // domain-level and per-selector findings together

    int foundCount() const;
    QJsonObject toJson(const QJsonArray& queries = {}) const;
};
