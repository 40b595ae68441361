#pragma once
// The alert conditions of a seed-mailbox run (issue #18): the test message in a seed's spam
// folder, missing from a seed, or a seed that could not be looked into. Keys are
// "seed/NAME/placement" and "seed/NAME/reach", so an audit run never resolves them and a seed
// run resolves nothing of an audit's. A seed that could not be looked into keeps its placement
// alert open: nobody knows where the message went.

#include "AlertCondition.h"
#include "history/SeedHistoryRun.h"

#include <QSet>

class SeedAlertConditions {
public:
    static constexpr const char* KeyPrefix = "seed/";

    static QList<AlertCondition> detect(const SeedHistoryRun& run);
    // The keys this run can say nothing about (their open alerts stay open).
    static QSet<QString> unknownKeys(const SeedHistoryRun& run);
    // The resolved form of an open condition (after: what the run saw now).
    static AlertCondition resolution(const AlertCondition& open, const SeedHistoryRun& run);
    static bool isSeedKey(const QString& key);
    static QString placementKey(const QString& seed);
    static QString reachKey(const QString& seed);
};
