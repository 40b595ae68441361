#pragma once
// The seed-mailbox runs in the history database (SeedSchema): each run stored in one transaction,
// read back per domain over a time range (the Deliverability tab's placement chart) and the
// latest run of each domain (the metrics and the alerts' view of "now").

#include "HistoryDatabase.h"
#include "SeedHistoryRun.h"
#include "seed/SeedRunResult.h"

#include <expected>
#include <memory>

class SeedHistory {
public:
    // Applies the seed migrations.
    static std::expected<std::unique_ptr<SeedHistory>, QString>
    open(std::shared_ptr<HistoryDatabase> database);

    // Stores the run and returns its id.
    std::expected<qint64, QString> record(const SeedHistoryRun& run);
    // The domain's runs started in [from, to), oldest first, each with its seeds by name.
    std::expected<QList<SeedHistoryRun>, QString> runs(const QString& domain, const QDateTime& from,
                                                       const QDateTime& to);
    // The latest run of every domain, by domain name.
    std::expected<QList<SeedHistoryRun>, QString> latestRuns();

    // What the history keeps of a seed run (no password, user name or message): the CLI's
    // `seed check` and the GUI's Deliverability tab store runs through this one mapping.
    static SeedHistoryRun runOf(const SeedRunResult& result, const QString& domain);
    // "inbox" etc. back to the placement; an unknown word is Missing.
    static SeedPlacement placementFromName(const QString& name);

private:
    explicit SeedHistory(std::shared_ptr<HistoryDatabase> database);
    std::expected<QList<SeedHistoryRun>, QString> select(const QString& where, const QVariantList& values);
    std::shared_ptr<HistoryDatabase> m_database;
};
