#include "KeychainCredentialStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

KeychainCredentialStore::KeychainCredentialStore(QObject* parent, int timeoutMs)
    : QObject(parent)
    , m_timeoutMs(timeoutMs) {}

QString KeychainCredentialStore::service() {
    return QStringLiteral("Mailsight");
}

void KeychainCredentialStore::start(QKeychain::Job* job, Callback done, bool reading) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    // Exactly one answer: the job's, or the timeout's when the keyring does not answer.
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Callback>(std::move(done));
    auto reply = [answered, callback](const Reply& r) {
        if (*answered)
            return;
        *answered = true;
        if (*callback)
            (*callback)(r);
    };
    connect(job, &QKeychain::Job::finished, this, [reply, reading](QKeychain::Job* j) {
        Reply r;
        switch (j->error()) {
        case QKeychain::NoError:
            r.status = Status::Ok;
            if (reading)
                r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
            break;
        case QKeychain::EntryNotFound:
            r.status = Status::NotFound;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            r.status = Status::Unavailable;
            r.error = tr("No keyring backend: %1").arg(j->errorString());
            break;
        default:
            r.status = Status::Failed;
            r.error = tr("The keyring answered: %1").arg(j->errorString());
            break;
        }
        reply(r);
    });
    QTimer::singleShot(m_timeoutMs, this, [reply, seconds = m_timeoutMs / 1000] {
        reply(Reply{Status::Unavailable,
                    {},
                    tr("The desktop keyring did not answer within %n second(s).", nullptr, seconds)});
    });
    job->start();
}

void KeychainCredentialStore::read(const QString& key, Callback done) {
    auto* job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(key);
    start(job, std::move(done), true);
}

void KeychainCredentialStore::write(const QString& key, const QString& secret, Callback done) {
    auto* job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(key);
    job->setTextData(secret);
    start(job, std::move(done), false);
}

void KeychainCredentialStore::remove(const QString& key, Callback done) {
    auto* job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(key);
    start(job, std::move(done), false);
}
