#pragma once
// A SeedCredentialStore in memory, for tests: answers through the event loop like a keyring, or
// says it is unavailable (the CI case of a desktop without Secret Service).

#include "SeedCredentialStore.h"

#include <QHash>
#include <QObject>

class MemoryCredentialStore : public QObject, public SeedCredentialStore {
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject* parent = nullptr);

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString& key) const { return m_secrets.contains(key); }

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

private:
    void answer(Callback done, Reply reply);

    QHash<QString, QString> m_secrets;
    bool m_available = true;
};
