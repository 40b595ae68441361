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

QList<DemoWorld::Message> DemoWorld::messages() {
    auto tr = [](const char* s) { return QCoreApplication::translate("DemoWorld", s); };
    return {
        {QStringLiteral(":/demo/messages/example.com-newsletter.eml"), tr("Newsletter from example.com"),
         tr("Signed and sent from example.com's own server: SPF and DKIM pass, aligned.")},
        {QStringLiteral(":/demo/messages/example.com-via-list.eml"), tr("The same, through a mailing list"),
         tr("A list tagged the subject and added a footer: DKIM breaks and DMARC fails (p=reject), but the "
            "list's ARC chain is intact.")},
        {QStringLiteral(":/demo/messages/monitor.test-spoof.eml"), tr("A spoof of monitor.test"),
         tr("Sent from an outside server in monitor.test's name: DMARC fails, but p=none lets it through.")},
        {QStringLiteral(":/demo/messages/example.com-rotated-key.eml"), tr("An older message, key rotated since"),
         tr("The receiver verified its DKIM signature in June; the key has been withdrawn since.")},
    };
}
