#include "HistoryConnectionCheck.h"

#include "HistoryCredentials.h"
#include "history/HistoryDatabase.h"

#include <QSqlQuery>

HistoryConnectionCheck::Kind HistoryConnectionCheck::classify(const QString& error) {
    // libpq's messages (PostgreSQL 15, untranslated: lc_messages of a client is C unless set).
    const auto has = [&error](const char* text) {
        return error.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied") ||
        has("authentication failed") || has("role \"") || has("pg_hba.conf"))
        return Kind::Authentication;
    if (has("Connection refused"))
        return Kind::Refused;
    if (has("timeout expired") || has("timed out"))
        return Kind::Timeout;
    if (has("could not translate host name") || has("Name or service not known"))
        return Kind::HostNotFound;
    if (has("database \"") && has("does not exist"))
        return Kind::NoDatabase;
    return Kind::Other;
}

HistoryConnectionCheck::Outcome HistoryConnectionCheck::run(const QString& location,
                                                            const std::optional<QString>& password) {
    const auto parsed = HistoryLocation::parse(location, HistoryDatabase::defaultPath());
    if (!parsed)
        return {Kind::Other, parsed.error()};
    const QString where = parsed->display();
    const QString server =
        parsed->isPostgres() ? QStringLiteral("%1:%2").arg(parsed->host).arg(parsed->port) : where;
    std::shared_ptr<HistoryDatabase> db;
    QString error;
    {
        // This thread's opens use the typed password (or libpq's places when none was typed).
        const HistoryCredentials::ThreadOverride typed(password);
        auto opened = HistoryDatabase::open(location);
        if (opened)
            db = *opened;
        else
            error = opened.error();
    }
    if (db) {
        QString version;
        if (db->isPostgres()) {
            if (auto connection = db->connection()) {
                QSqlQuery q(*connection);
                if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
                    version = q.value(0).toString();
            }
        }
        return {
            Kind::Connected,
            version.isEmpty()
                ? tr("Connected to %1: the history can be kept there.").arg(where)
                : tr("Connected to %1 (PostgreSQL %2): the history can be kept there.").arg(where, version)};
    }
    const Kind kind = classify(error);
    QString sentence;
    switch (kind) {
    case Kind::Refused:
        sentence = tr("The server refused the connection: nothing accepts connections at %1.").arg(server);
        break;
    case Kind::Timeout:
        sentence = tr("Timeout: %1 did not answer in time.").arg(server);
        break;
    case Kind::Authentication:
        sentence = tr("Authentication failed for %1: check the user name and the password.").arg(where);
        break;
    case Kind::HostNotFound:
        sentence = tr("The host of %1 was not found in the DNS.").arg(where);
        break;
    case Kind::NoDatabase:
        sentence = tr("The server has no such database: %1.").arg(where);
        break;
    case Kind::Connected:
    case Kind::Other:
        sentence = tr("The history store could not be opened.");
        break;
    }
    return {kind, sentence + QLatin1Char('\n') + error};
}
