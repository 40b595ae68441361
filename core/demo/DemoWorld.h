#pragma once
// The bundled demo world: zone files for fictional domains under reserved names, compiled into
// the binary as Qt resources so the demo works offline from any install prefix.

#include <QStringList>

class DemoWorld {
public:
    struct Domain {
        QString name;
        QString story; // what the domain shows, one sentence
    };

    // Resource paths (":/demo/…") of the live demo zones, for ZoneResolver::load().
    static QStringList zoneFiles();
    // The staged change (a zone file not yet deployed) for the "check twice, deploy once" demo.
    static QString stagedZoneFile();
    static QList<Domain> domains();
    static QString defaultDomain();
};
