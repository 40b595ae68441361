#pragma once
// The PostgreSQL history store's password in the GUI (issue #19): typed in Settings, held in
// memory for the session (every thread that opens the store asks here, through
// HistoryDatabase::setPasswordSource) and kept in the desktop keyring when the user asks
// (SeedCredentialStore, key "history/USER@HOST:PORT/DB"). Never in QSettings, a URL or a message.

#include "history/HistoryLocation.h"

#include <QString>

#include <functional>
#include <optional>

class AppSettings;
class QObject;
class SeedCredentialStore;

class HistoryCredentials {
public:
    // Makes this the HistoryDatabase password source (once per process; MainWindow does it).
    static void install();

    // The password for location's server this session; an empty one forgets it.
    static void setSessionPassword(const HistoryLocation& location, const QString& password);
    static std::optional<QString> sessionPassword(const HistoryLocation& location);

    // The password for the opens of the calling thread only, ahead of the session's (Settings'
    // Test connection tries the typed one without making it the session's). Ends with the scope.
    class ThreadOverride {
    public:
        explicit ThreadOverride(std::optional<QString> password);
        ~ThreadOverride();
        ThreadOverride(const ThreadOverride&) = delete;
        ThreadOverride& operator=(const ThreadOverride&) = delete;
    };

    // The keyring entry of location's server (no password in it).
    static QString keyringKey(const HistoryLocation& location);
    // The desktop keyring (KeychainCredentialStore), alive as long as the application so that a
    // write started by a dialog ends after the dialog; tests set an in-memory one (not owned).
    static SeedCredentialStore* keyring();
    static void setKeyring(SeedCredentialStore* store);

    // At start-up: the password of the server in settings, from the keyring into the session
    // (when settings keep it there and the session has none); loaded() runs on context's thread
    // once it is there, unless context is gone.
    static void loadFromKeyring(const AppSettings& settings, QObject* context, std::function<void()> loaded);

private:
    static std::optional<QString> lookup(const HistoryLocation& location);
};
