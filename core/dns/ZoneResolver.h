#pragma once
// Answers from zone files parsed with ldns: CNAME chains, wildcards (RFC 4592), NXDOMAIN vs
// NODATA. Names outside its zones go to the fallback resolver (live DNS: a staged overlay), or,
// without one (offline), are answered REFUSED. A root zone "." makes every other name NXDOMAIN.

#include "Resolver.h"

#include <QHash>
#include <QSet>
#include <expected>
#include <memory>

class ZoneResolver : public Resolver {
public:
    struct Zone {
        QString origin; // no trailing dot; "" for the root zone
        QString path;
        QHash<QString, QList<DnsRecord>> records; // owner -> records
        QSet<QString> names;                      // owners and empty non-terminals
    };

    // Loads every file; the origin is the SOA owner, else $ORIGIN, else the file name without
    // ".zone". Errors name the file and line.
    static std::expected<std::shared_ptr<ZoneResolver>, QString>
    load(const QStringList& paths, std::shared_ptr<Resolver> fallback = {});
    // Parses zone text held in memory (tests, Terraform plans turned into records).
    static std::expected<Zone, QString> parseZone(const QByteArray& text, const QString& origin,
                                                  const QString& label);
    explicit ZoneResolver(QList<Zone> zones, std::shared_ptr<Resolver> fallback = {});

    DnsAnswer resolve(const QString& name, DnsRecordType type) override;
    // Names outside the loaded zones go to the fallback's asynchronous path when it has one.
    bool resolveAsync(const QString& name, DnsRecordType type, bool background,
                      std::function<void(DnsAnswer)> done) override;
    QString describe() const override;

    bool covers(const QString& name) const; // inside one of the loaded zones
    QStringList origins() const;
    const QList<Zone>& zones() const { return m_zones; }
    std::shared_ptr<Resolver> fallback() const override { return m_fallback; }
    // Marks answers as staged (overlay on live DNS) rather than offline zone data.
    void setStaged(bool staged) { m_staged = staged; }

private:
    const Zone* zoneFor(const QString& name) const;
    DnsAnswer answerFromZone(const Zone& zone, const QString& name, DnsRecordType type, int depth);

    QList<Zone> m_zones;
    std::shared_ptr<Resolver> m_fallback;
    bool m_staged = false;
};
