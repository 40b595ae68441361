// `--database URL` and `db migrate --from/--to` (docs/shared-store.md): any text gives an SQLite
// path, a PostgreSQL location or an error; a password in the URL is refused and never repeated,
// neither in the error nor in display() of an accepted location.
#include "history/HistoryLocation.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {
// What the location says about itself: its display form, or its error.
QString shown(const QString& text) {
    const auto location = HistoryLocation::parse(text, QStringLiteral("/default.sqlite"));
    return location ? location->display() : location.error();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto location = HistoryLocation::parse(text, QStringLiteral("/default.sqlite"));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!location) {
        if (location.error().isEmpty())
            __builtin_trap();
    } else if (location->isPostgres()) {
        if (location->host.isEmpty() || location->database.isEmpty() || !url.password().isEmpty())
            __builtin_trap(); // accepted without a host, a database, or with a password
        if (location->connectOptions.contains(QLatin1String("password")))
            __builtin_trap();
    } else if (location->path.isEmpty()) {
        __builtin_trap();
    }
    // Whatever a user would have typed as the password ("scheme://user:PASSWORD@"), valid URL or
    // not, never comes back in the message or the display form: put a marker in its place (a
    // password that happens to spell part of the fixed text, "stgres" in "postgresql", is no leak).
    static const QRegularExpression typed(QStringLiteral("://[^/@:]*:([^/@]+)@"));
    if (const auto m = typed.match(text); m.hasMatch()) {
        static const QString marker = QStringLiteral("Qz7Kx9Wq");
        QString marked = text;
        marked.replace(m.capturedStart(1), m.capturedLength(1), marker);
        if (shown(marked).contains(marker))
            __builtin_trap();
    }
    return 0;
}
