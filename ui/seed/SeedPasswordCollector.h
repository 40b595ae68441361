#pragma once
// Gathers the passwords a seed run needs, before it starts: each seed's (and the submission
// server's when sending) from the passwords typed for this run without a keyring, else from the
// keyring (asynchronously), else asked for in a password dialog, for this run only. Nothing is
// written anywhere.

#include "SeedCredentialStore.h"
#include "seed/SeedConfig.h"

#include <QHash>

class QWidget;

class SeedPasswordCollector {
public:
    struct Request {
        SeedConfig config;
        SeedCredentialStore* store = nullptr;
        bool keyringAvailable = true;
        QHash<QString, QString> given; // by SeedListSettings key
        QWidget* parent = nullptr;     // of the password dialog; nothing is done once it is gone
    };
    // config: with every password, or nullopt when the user gave none for `missing`.
    using Done = std::function<void(std::optional<SeedConfig> config, const QString& missing)>;
    // unavailable: the keyring answered that it cannot be used (its error).
    static void collect(Request request, std::function<void(const QString&)> unavailable, Done done);

    // "seed gmail-1", "the submission server": whose password a key holds.
    static QString owner(const QString& key);
};
