#pragma once
// The OpenSPF RFC 7208 suite (tests/data/spf/rfc7208-tests.json) as test data: scenarios, an
// in-memory Resolver serving a scenario's zonedata the way the suite's own driver does, and the
// same zonedata written as a root zone file for NSD and the CLI.

#include "dns/Resolver.h"

#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QStringList>

struct SpfSuiteCase {
    QString scenario;
    QString name;
    QString host;
    QString mailfrom;
    QString helo;
    QStringList results; // any of these is accepted
    std::optional<QString> explanation;
};

struct SpfSuiteScenario {
    QString description;
    QJsonObject zonedata;
    QList<SpfSuiteCase> cases;
};

QList<SpfSuiteScenario> loadSpfSuite(QString* error);

class SpfSuiteResolver : public Resolver {
public:
    explicit SpfSuiteResolver(const QJsonObject& zonedata);
    DnsAnswer resolve(const QString& name, DnsRecordType type) override;
    QString describe() const override { return QStringLiteral("rfc7208 suite zonedata"); }

    // Names asked since the last reset, and whether a TIMEOUT entry answered one.
    QSet<QString> askedNames() const;
    bool timeoutHit() const;
    void reset();

    // The zonedata as a root zone file ("." with every name below it). Records a zone file
    // cannot carry (TIMEOUT) are left out; their owners are listed in *inexpressible.
    QByteArray rootZone(QSet<QString>* inexpressible) const;

private:
    struct Entry {
        bool timeout = false;
        DnsRecord record;
    };
    DnsAnswer answer(const QString& name, DnsRecordType type, int depth);
    QHash<QString, QList<Entry>> m_names;
    mutable QMutex m_mutex;
    QSet<QString> m_asked;
    bool m_timeoutHit = false;
};
