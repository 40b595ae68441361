#pragma once
// Where the history lives (issue #19): an SQLite file (the embedded default; `--history PATH` or
// `--database sqlite:PATH`) or a shared PostgreSQL database (`--database
// postgresql://user@host:port/db`, through Qt's QPSQL driver). A URL never carries the password:
// libpq reads it from its usual places (PGPASSFILE or ~/.pgpass, PGPASSWORD), so that it shows
// neither in the process list nor in logs; a URL holding one is refused (without echoing it).

#include <QString>

#include <expected>

struct HistoryLocation {
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString path; // SQLite: the file (absolute)
    // PostgreSQL:
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString connectOptions; // libpq keywords from the URL's query ("sslmode=require;connect_timeout=10")

    // "" (the default file), "sqlite:PATH", "postgresql://…" / "postgres://…", or a plain path.
    static std::expected<HistoryLocation, QString> parse(const QString& text, const QString& defaultPath);
    // For messages: the file, or the URL without any secret.
    QString display() const;
    bool isPostgres() const { return backend == Backend::Postgres; }
};
