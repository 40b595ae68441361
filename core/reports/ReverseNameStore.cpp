#include "ReverseNameStore.h"

#include "dns/DnsSession.h"

#include <QDateTime>
#include <QFuture>
#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>

ReverseNameStore::ReverseNameStore(std::shared_ptr<HistoryDatabase> database)
    : m_database(std::move(database)) {}

std::expected<void, QString> ReverseNameStore::store(const QString& ip, const QString& name,
                                                     const QString& outcome) {
    auto db = m_database->connection();
    if (!db)
        return std::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral(
        "INSERT INTO reverse_names (ip, name, outcome, looked_up_at) VALUES (?, ?, ?, ?) ON CONFLICT (ip) "
        "DO UPDATE SET name = excluded.name, outcome = excluded.outcome, looked_up_at = "
        "excluded.looked_up_at"));
    q.addBindValue(ip);
    q.addBindValue(name);
    q.addBindValue(outcome);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(q.lastError().text());
    return {};
}

QHash<QString, QString> ReverseNameStore::names() {
    QHash<QString, QString> out;
    auto db = m_database->connection();
    if (!db)
        return out;
    QSqlQuery q(*db);
    if (q.exec(QStringLiteral("SELECT ip, name FROM reverse_names WHERE name IS NOT NULL AND name <> ''")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QStringList ReverseNameStore::missing(const QString& domain, int limit) {
    QStringList out;
    auto db = m_database->connection();
    if (!db)
        return out;
    QSqlQuery q(*db);
    q.prepare(
        QStringLiteral("SELECT r.source_ip FROM dmarc_records r JOIN dmarc_reports p ON p.id = r.report "
                       "LEFT JOIN reverse_names n ON n.ip = r.source_ip WHERE p.domain = ? AND n.ip IS NULL "
                       "GROUP BY r.source_ip ORDER BY SUM(r.count) DESC, r.source_ip LIMIT ?"));
    q.addBindValue(domain.toLower());
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QString ReverseNameStore::reverseName(const QString& ip) {
    const QHostAddress address(ip);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = address.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v & 0xff)
            .arg((v >> 8) & 0xff)
            .arg((v >> 16) & 0xff)
            .arg((v >> 24) & 0xff);
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        QString out;
        for (int i = 15; i >= 0; --i) {
            out += QString::number(v6[i] & 0x0f, 16) + QLatin1Char('.');
            out += QString::number((v6[i] >> 4) & 0x0f, 16) + QLatin1Char('.');
        }
        return out + QStringLiteral("ip6.arpa");
    }
    return {};
}

int ReverseNameStore::resolve(const QStringList& ips, DnsSession& session) {
    // Fire every query first so they run in parallel, then collect.
    QList<QPair<QString, QFuture<DnsAnswer>>> pending;
    for (const QString& ip : ips) {
        const QString name = reverseName(ip);
        if (!name.isEmpty())
            pending.append({ip, session.lookup(name, DnsRecordType::PTR)});
    }
    int stored = 0;
    for (auto& [ip, future] : pending) {
        const DnsAnswer answer = future.result();
        QString name;
        for (const DnsRecord& r : answer.records)
            if (r.type == DnsRecordType::PTR) {
                name = r.target.trimmed();
                break;
            }
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        if (store(ip, name.toLower(), dnsOutcomeName(answer.outcome)))
            ++stored;
    }
    return stored;
}
