#include "SeedRunStore.h"

#include "history/HistoryDatabase.h"
#include "history/SeedHistory.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SeedRunStore", text);
}

std::expected<std::unique_ptr<SeedHistory>, QString> openHistory(const QString& path) {
    auto db = HistoryDatabase::open(path);
    if (!db)
        return std::unexpected(db.error());
    return SeedHistory::open(*db);
}
} // namespace

QString SeedRunStore::record(const QString& path, const QString& domain, const SeedRunResult& result) {
    if (result.cancelled)
        return tr("Cancelled: the run is not stored.");
    // Nothing was measured when the message was not sent: stored, it would read as "missing".
    if (result.sendAsked && !result.sent)
        return tr("Not stored: the test message was not sent, so nothing was measured.");
    if (domain.isEmpty())
        return tr("Not stored: audit a domain first, the run is filed under it.");
    if (path.isEmpty())
        return tr("Not stored: the history is off (Settings).");
    auto history = openHistory(path);
    if (!history)
        return tr("Not stored: %1").arg(history.error());
    if (auto id = (*history)->record(SeedHistory::runOf(result, domain)); !id)
        return tr("Not stored: %1").arg(id.error());
    return tr("Stored in the history of %1.").arg(domain);
}

std::expected<QList<SeedHistoryRun>, QString> SeedRunStore::load(const QString& path, const QString& domain) {
    auto history = openHistory(path);
    if (!history)
        return std::unexpected(history.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return (*history)->runs(domain, now.addDays(-365), now.addDays(1));
}
