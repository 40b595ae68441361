#include "SeedPasswordCollector.h"

#include "SeedListSettings.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>

#include <memory>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SeedPasswordCollector", text);
}
} // namespace

QString SeedPasswordCollector::owner(const QString& key) {
    return key == SeedListSettings::submissionPasswordKey()
               ? tr("the submission server")
               : tr("seed %1").arg(key.mid(key.indexOf(QLatin1Char('/')) + 1));
}

void SeedPasswordCollector::collect(Request request, std::function<void(const QString&)> unavailable,
                                    Done done) {
    struct Pending {
        SeedConfig config;
        int left = 1;
        QStringList missing; // keys
    };
    auto state = std::make_shared<Pending>(Pending{std::move(request.config), 1, {}});
    QPointer<QWidget> guard(request.parent);
    auto assign = [state](const QString& key, const QString& password) {
        if (key == SeedListSettings::submissionPasswordKey()) {
            state->config.submission->password = password;
            return;
        }
        for (SeedConfig::Seed& s : state->config.seeds)
            if (SeedListSettings::passwordKey(s.account.name) == key)
                s.account.password = password;
    };
    auto finish = [guard, state, assign, done] {
        if (--state->left > 0 || !guard)
            return;
        for (const QString& key : std::as_const(state->missing)) {
            // No keyring, or nothing in it: asked for this run only, written nowhere.
            bool ok = false;
            const QString password = QInputDialog::getText(
                guard, tr("Password"), tr("Password of %1 (for this run only):").arg(owner(key)),
                QLineEdit::Password, QString(), &ok);
            if (!guard)
                return;
            if (!ok || password.isEmpty())
                return done(std::nullopt, owner(key));
            assign(key, password);
        }
        done(state->config, QString());
    };
    QStringList keys;
    for (const SeedConfig::Seed& s : std::as_const(state->config.seeds))
        keys << SeedListSettings::passwordKey(s.account.name);
    if (state->config.submission)
        keys << SeedListSettings::submissionPasswordKey();
    for (const QString& key : keys) {
        if (const auto it = request.given.constFind(key); it != request.given.cend()) {
            assign(key, *it);
            continue;
        }
        if (!request.keyringAvailable || !request.store) {
            state->missing << key;
            continue;
        }
        ++state->left;
        request.store->read(
            key, [guard, state, key, assign, finish, unavailable](const SeedCredentialStore::Reply& reply) {
                if (reply.status == SeedCredentialStore::Status::Ok)
                    assign(key, reply.secret);
                else
                    state->missing << key;
                if (guard && reply.status == SeedCredentialStore::Status::Unavailable && unavailable)
                    unavailable(reply.error);
                finish();
            });
    }
    finish();
}
