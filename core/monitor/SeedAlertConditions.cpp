#include "SeedAlertConditions.h"

QString SeedAlertConditions::placementKey(const QString& seed) {
    return QLatin1String(KeyPrefix) + seed + QStringLiteral("/placement");
}

QString SeedAlertConditions::reachKey(const QString& seed) {
    return QLatin1String(KeyPrefix) + seed + QStringLiteral("/reach");
}

bool SeedAlertConditions::isSeedKey(const QString& key) {
    return key.startsWith(QLatin1String(KeyPrefix));
}

QList<AlertCondition> SeedAlertConditions::detect(const SeedHistoryRun& run) {
    QList<AlertCondition> out;
    for (const SeedHistoryEntry& e : run.seeds) {
        AlertCondition c;
        c.domain = run.domain;
        c.kind = QStringLiteral("seed");
        if (e.failed()) {
            c.key = reachKey(e.seed);
            c.severity = QStringLiteral("warning");
            c.code = QStringLiteral("SEED-UNREACHABLE");
            c.after = e.error;
            c.summary = QStringLiteral("Seed mailbox %1 could not be checked (%2)").arg(e.seed, e.error);
            out << c;
            continue;
        }
        if (e.placement != SeedPlacement::Spam && e.placement != SeedPlacement::Missing)
            continue;
        c.key = placementKey(e.seed);
        c.severity = QStringLiteral("error");
        c.after = seedPlacementName(e.placement);
        c.before = QStringLiteral("inbox");
        if (e.placement == SeedPlacement::Spam) {
            c.code = QStringLiteral("SEED-SPAM");
            c.summary = QStringLiteral("The test message from %1 landed in the spam folder (%2) of seed %3")
                            .arg(run.domain, e.folder, e.seed);
        } else {
            c.code = QStringLiteral("SEED-MISSING");
            c.summary =
                QStringLiteral("The test message from %1 never reached seed %2").arg(run.domain, e.seed);
        }
        out << c;
    }
    return out;
}

QSet<QString> SeedAlertConditions::unknownKeys(const SeedHistoryRun& run) {
    QSet<QString> out;
    for (const SeedHistoryEntry& e : run.seeds)
        if (e.failed())
            out.insert(placementKey(e.seed));
    return out;
}

AlertCondition SeedAlertConditions::resolution(const AlertCondition& open, const SeedHistoryRun& run) {
    AlertCondition c = open;
    c.before = open.after;
    c.after = QStringLiteral("no longer seen");
    const QString seed = open.key.mid(int(qstrlen(KeyPrefix))).section(QLatin1Char('/'), 0, 0);
    const bool reach = open.key.endsWith(QLatin1String("/reach"));
    for (const SeedHistoryEntry& e : run.seeds)
        if (e.seed == seed)
            c.after = reach ? QStringLiteral("reachable") : seedPlacementName(e.placement);
    return c;
}
