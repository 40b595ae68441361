#pragma once
// The busiest sending addresses of a domain's imported aggregate reports that pass DMARC for it:
// the domain's real senders, which the blocklist check looks up. Read by the CLI (and GUI) and
// handed to the audit; checks never open storage.

#include "history/HistoryDatabase.h"

#include <QDate>
#include <QStringList>
#include <expected>
#include <memory>

class DmarcPassingSources {
public:
    static constexpr int defaultLimit = 10;
    // Addresses by messages passing DMARC, most first; reports starting on or after `since`.
    static std::expected<QStringList, QString> busiest(const std::shared_ptr<HistoryDatabase>& database,
                                                       const QString& domain, const QDate& since,
                                                       int limit = defaultLimit);
};
