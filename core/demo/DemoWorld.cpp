#include "DemoWorld.h"

#include <QCoreApplication>
#include <QDir>

QStringList DemoWorld::zoneFiles() {
    QStringList out;
    const QDir dir(QStringLiteral(":/demo"));
    for (const QString& f : dir.entryList({QStringLiteral("*.zone")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

QString DemoWorld::stagedZoneFile() {
    return QStringLiteral(":/demo/staged/example.com.zone");
}

QList<DemoWorld::Domain> DemoWorld::domains() {
    auto tr = [](const char* s) { return QCoreApplication::translate("DemoWorld", s); };
    return {
        {QStringLiteral("example.com"),
         tr("A clean setup: one SPF provider, 2048-bit DKIM, DMARC p=reject.")},
        {QStringLiteral("overlimit.test"),
         tr("Each team added its sender: SPF needs more than 10 DNS lookups.")},
        {QStringLiteral("monitor.test"),
         tr("DMARC only monitors (p=none) and reports go to an address that never agreed.")},
        {QStringLiteral("weakkey.test"),
         tr("A 1024-bit DKIM key left in testing mode, and sampled DMARC (pct=50).")},
        {QStringLiteral("loop.test"), tr("An SPF include loop: the record includes itself.")},
    };
}

QString DemoWorld::defaultDomain() {
    return QStringLiteral("overlimit.test");
}
