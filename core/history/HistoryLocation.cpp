#include "HistoryLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
// The libpq connection keywords a URL may set (https://www.postgresql.org/docs/15/libpq-connect.html):
// TLS and timeouts. Not password (see the header) nor the ones that name other files of secrets.
const QStringList& allowedOptions() {
    static const QStringList keys{QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
                                  QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
                                  QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
                                  QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
    return keys;
}
} // namespace

std::expected<HistoryLocation, QString> HistoryLocation::parse(const QString& text,
                                                               const QString& defaultPath) {
    HistoryLocation out;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        // Not QUrl's errorString(): it quotes the whole URL back, password included.
        if (!url.isValid())
            return std::unexpected(QStringLiteral(
                "the database URL is not a valid URL: write postgresql://USER@HOST:PORT/DB (the password in "
                "PGPASSFILE or PGPASSWORD)"));
        if (!url.password().isEmpty())
            return std::unexpected(QStringLiteral(
                "the database URL holds a password: remove it from the URL and put it in a "
                "libpq password file (PGPASSFILE, or ~/.pgpass, mode 0600) or in PGPASSWORD; a "
                "password in a URL shows in the process list and in logs"));
        out.backend = Backend::Postgres;
        out.host = url.host();
        if (out.host.isEmpty())
            return std::unexpected(
                QStringLiteral("the database URL names no host (postgresql://USER@HOST:PORT/DB)"));
        out.port = url.port(5432);
        out.user = url.userName();
        out.database = url.path().mid(1);
        if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
            return std::unexpected(
                QStringLiteral("the database URL names no database (postgresql://USER@HOST:PORT/DB)"));
        QStringList options;
        for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("password"))
                return std::unexpected(QStringLiteral(
                    "the database URL holds a password parameter: use PGPASSFILE or PGPASSWORD instead"));
            if (!allowedOptions().contains(key))
                return std::unexpected(
                    QStringLiteral("the database URL parameter %1 is not supported (supported: %2)")
                        .arg(QRegularExpression(QStringLiteral("^[a-z_]{1,32}$")).match(key).hasMatch()
                                 ? key
                                 : QStringLiteral("(not shown)"),
                             allowedOptions().join(QStringLiteral(", "))));
            // Words, numbers and file paths: nothing that could carry a credential or another option.
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._/~+-]+$"));
            if (!plain.match(value).hasMatch())
                return std::unexpected(
                    QStringLiteral(
                        "the database URL parameter %1 needs a plain value (letters, digits, . _ / ~ + -)")
                        .arg(key));
            options << key + QLatin1Char('=') + value;
        }
        out.connectOptions = options.join(QLatin1Char(';'));
        return out;
    }
    // Another scheme (mysql://…, a typo of postgresql://) is not a file name to create; the text
    // is not quoted back (it may hold a password).
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const auto m = scheme.match(trimmed); m.hasMatch())
        return std::unexpected(
            QStringLiteral("the database URL scheme %1:// is not supported: write sqlite:PATH or "
                           "postgresql://USER@HOST:PORT/DB")
                .arg(m.captured(1)));
    if (trimmed.contains(QLatin1String("://")))
        return std::unexpected(QStringLiteral("the database location looks like a URL but is none Mailsight "
                                              "knows: write sqlite:PATH or postgresql://USER@HOST:PORT/DB"));
    QString file = trimmed;
    if (file.startsWith(QLatin1String("sqlite:")))
        file = file.mid(7);
    if (file.isEmpty())
        file = defaultPath;
    out.path = QFileInfo(file).absoluteFilePath();
    return out;
}

QString HistoryLocation::display() const {
    if (backend == Backend::Sqlite)
        return path;
    QString shown = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        shown += user + QLatin1Char('@');
    shown += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!connectOptions.isEmpty())
        shown += QLatin1Char('?') + QString(connectOptions).replace(QLatin1Char(';'), QLatin1Char('&'));
    return shown;
}
