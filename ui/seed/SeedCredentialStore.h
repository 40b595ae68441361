#pragma once
// Where the Deliverability tab keeps the seeds' and the submission server's passwords: the
// desktop keyring (KeychainCredentialStore) or memory (MemoryCredentialStore, for tests).
// Asynchronous: each call returns at once and its callback runs later on the calling (UI) thread,
// so the window never waits on a keyring; a keyring that does not answer in time counts as
// unavailable. A secret goes only into the callback, never into an error text.

#include <QString>

#include <functional>

class SeedCredentialStore {
public:
    enum class Status {
        Ok,
        NotFound,    // no such entry
        Unavailable, // no keyring (no Secret Service on D-Bus, or it did not answer)
        Failed,      // the keyring refused (locked, access denied): error says so
    };
    struct Reply {
        Status status = Status::Failed;
        QString secret; // with read() and Ok only
        QString error;  // plain words; never the secret
    };
    using Callback = std::function<void(const Reply&)>;

    virtual ~SeedCredentialStore() = default;
    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, Callback done) = 0;
    virtual void remove(const QString& key, Callback done) = 0;
};
