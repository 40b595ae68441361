#include "MemoryCredentialStore.h"

#include <QTimer>

MemoryCredentialStore::MemoryCredentialStore(QObject* parent)
    : QObject(parent) {}

void MemoryCredentialStore::answer(Callback done, Reply reply) {
    if (!m_available)
        reply = Reply{Status::Unavailable, {}, tr("No keyring is available.")};
    QTimer::singleShot(0, this, [done = std::move(done), reply] {
        if (done)
            done(reply);
    });
}

void MemoryCredentialStore::read(const QString& key, Callback done) {
    const auto it = m_secrets.constFind(key);
    answer(std::move(done),
           it == m_secrets.cend() ? Reply{Status::NotFound, {}, {}} : Reply{Status::Ok, *it, {}});
}

void MemoryCredentialStore::write(const QString& key, const QString& secret, Callback done) {
    if (m_available)
        m_secrets.insert(key, secret);
    answer(std::move(done), Reply{Status::Ok, {}, {}});
}

void MemoryCredentialStore::remove(const QString& key, Callback done) {
    if (m_available)
        m_secrets.remove(key);
    answer(std::move(done), Reply{Status::Ok, {}, {}});
}
