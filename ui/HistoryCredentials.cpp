#include "HistoryCredentials.h"

#include "AppSettings.h"
#include "history/HistoryDatabase.h"
#include "seed/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>

namespace {
QMutex s_mutex;
QHash<QString, QString> s_passwords; // server (USER@HOST:PORT/DB) -> password
thread_local std::optional<QString> t_override;
thread_local bool t_overridden = false;
SeedCredentialStore* s_keyring = nullptr;

// The server, without its options: one password per user, host, port and database, as libpq's
// password file keys it.
QString serverKey(const HistoryLocation& location) {
    return QStringLiteral("%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.database);
}
} // namespace

void HistoryCredentials::install() {
    HistoryDatabase::setPasswordSource(&HistoryCredentials::lookup);
}

void HistoryCredentials::setSessionPassword(const HistoryLocation& location, const QString& password) {
    const QMutexLocker lock(&s_mutex);
    if (password.isEmpty())
        s_passwords.remove(serverKey(location));
    else
        s_passwords.insert(serverKey(location), password);
}

std::optional<QString> HistoryCredentials::sessionPassword(const HistoryLocation& location) {
    const QMutexLocker lock(&s_mutex);
    const auto it = s_passwords.constFind(serverKey(location));
    if (it == s_passwords.cend())
        return std::nullopt;
    return *it;
}

std::optional<QString> HistoryCredentials::lookup(const HistoryLocation& location) {
    if (t_overridden)
        return t_override;
    return sessionPassword(location);
}

HistoryCredentials::ThreadOverride::ThreadOverride(std::optional<QString> password) {
    t_override = std::move(password);
    t_overridden = true;
}

HistoryCredentials::ThreadOverride::~ThreadOverride() {
    t_override.reset();
    t_overridden = false;
}

QString HistoryCredentials::keyringKey(const HistoryLocation& location) {
    return QStringLiteral("history/") + serverKey(location);
}

SeedCredentialStore* HistoryCredentials::keyring() {
    if (!s_keyring)
        s_keyring = new KeychainCredentialStore(QCoreApplication::instance());
    return s_keyring;
}

void HistoryCredentials::setKeyring(SeedCredentialStore* store) {
    s_keyring = store;
}

void HistoryCredentials::loadFromKeyring(const AppSettings& settings, QObject* context,
                                         std::function<void()> loaded) {
    if (settings.historyStore() != AppSettings::HistoryStore::Postgres ||
        !settings.historyPasswordInKeyring())
        return;
    const auto server = HistoryLocation::parse(settings.historyServerUrl(), {});
    if (!server || !server->isPostgres() || sessionPassword(*server))
        return;
    keyring()->read(keyringKey(*server),
                    [guard = QPointer<QObject>(context), server = *server,
                     loaded = std::move(loaded)](const SeedCredentialStore::Reply& reply) {
                        if (reply.status != SeedCredentialStore::Status::Ok)
                            return; // libpq's places (PGPASSFILE, ~/.pgpass) still apply
                        setSessionPassword(server, reply.secret);
                        if (guard && loaded)
                            loaded();
                    });
}
