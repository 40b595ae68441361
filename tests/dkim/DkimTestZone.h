#pragma once
// Test helpers: zone text with TXT records split into 255-byte strings, and a DnsSession over an
// in-memory ZoneResolver.

#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QFile>
#include <QtTest>

inline QString txtLine(const QString& owner, const QString& text) {
    QString line = owner + QStringLiteral(". 300 IN TXT");
    for (qsizetype i = 0; i < text.size(); i += 255)
        line += QStringLiteral(" \"") + text.mid(i, 255) + QLatin1Char('"');
    return line + QLatin1Char('\n');
}

inline std::shared_ptr<DnsSession> zoneSession(const QString& origin, const QString& records) {
    const QString text =
        QStringLiteral("$ORIGIN %1.\n$TTL 300\n@ IN SOA ns1 host 1 3600 600 86400 300\n@ IN NS ns1\n")
            .arg(origin) +
        records;
    auto zone = ZoneResolver::parseZone(text.toUtf8(), origin, QStringLiteral("test"));
    if (!zone)
        qFatal("zone: %s", qPrintable(zone.error()));
    return std::make_shared<DnsSession>(std::make_shared<ZoneResolver>(QList<ZoneResolver::Zone>{*zone}));
}

inline QByteArray readData(const QString& relative) {
    QFile f(qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}
