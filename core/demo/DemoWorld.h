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
    struct Message {
        QString file;  // resource path (":/demo/messages/…")
        QString title; // short, for a menu
        QString story; // what the message shows, one sentence
    };

    // Resource paths (":/demo/…") of the live demo zones, for ZoneResolver::load().
    static QStringList zoneFiles();
    // The staged change (a zone file not yet deployed) for the "check twice, deploy once" demo.
    static QString stagedZoneFile();
    static QList<Domain> domains();
    static QString defaultDomain();
    // Received messages of the demo world for the message analyzer (real signatures over the demo
    // zones' keys, as a mailbox stored them).
    static QList<Message> messages();
};
