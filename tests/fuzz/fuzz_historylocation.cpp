// `--database URL` and `db migrate --from/--to` (docs/shared-store.md): any text gives an SQLite
// path, a PostgreSQL location or an error; a password in the URL is refused and never repeated,
// neither in the error nor in display() of an accepted location.
#include "history/HistoryLocation.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto location = HistoryLocation::parse(text, QStringLiteral("/default.sqlite"));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // What a user would have typed as the password, valid URL or not ("scheme://user:PASSWORD@").
    static const QRegularExpression typed(QStringLiteral("://[^/@:]*:([^/@]+)@"));
    const QString password = typed.match(text).captured(1);
    if (!location) {
        if (location.error().isEmpty())
            __builtin_trap();
        if (password.size() >= 4 && location.error().contains(password))
            __builtin_trap(); // the error repeats the password
        return 0;
    }
    if (location->isPostgres()) {
        if (location->host.isEmpty() || location->database.isEmpty() || !url.password().isEmpty())
            __builtin_trap(); // accepted without a host, a database, or with a password
        if (location->connectOptions.contains(QLatin1String("password")))
            __builtin_trap();
    } else if (location->path.isEmpty()) {
        __builtin_trap();
    }
    if (password.size() >= 4 && location->display().contains(password))
        __builtin_trap();
    return 0;
}
