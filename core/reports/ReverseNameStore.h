#pragma once
// Reverse names (PTR answers) of report source addresses, looked up once and stored, so that the
// dashboard and the CLI summary group sources by name without asking DNS.

#include "history/HistoryDatabase.h"

#include <QHash>

#include <memory>

class DnsSession;

class ReverseNameStore {
public:
    explicit ReverseNameStore(std::shared_ptr<HistoryDatabase> database);

    // outcome: "answer", "nxdomain", "nodata", or a DNS failure word; name empty unless answered.
    std::expected<void, QString> store(const QString& ip, const QString& name, const QString& outcome);
    QHash<QString, QString> names(); // ip -> name, answered ones only
    // Source addresses of the domain's reports that have no stored answer yet.
    QStringList missing(const QString& domain);

    // Looks up the PTR of each address through the session (blocking: call on a worker thread,
    // never on the UI thread) and stores the answers. Returns how many were stored.
    int resolve(const QStringList& ips, DnsSession& session);

    // "192.0.2.1" -> "1.2.0.192.in-addr.arpa"; IPv6 nibbles under ip6.arpa.
    static QString reverseName(const QString& ip);

private:
    std::shared_ptr<HistoryDatabase> m_database;
};
