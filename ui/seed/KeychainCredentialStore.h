#pragma once
// The desktop keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Manager)
// through QtKeychain, service "Mailsight". The insecure fallback (a plain-text file) is off: with
// no keyring, every call answers Unavailable and the tab asks for passwords per run instead. A
// keyring that does not answer within timeoutMs counts as unavailable.

#include "SeedCredentialStore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

class KeychainCredentialStore : public QObject, public SeedCredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject* parent = nullptr, int timeoutMs = 10000);

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

    static QString service();

private:
    void start(QKeychain::Job* job, Callback done, bool reading);
    int m_timeoutMs;
};
