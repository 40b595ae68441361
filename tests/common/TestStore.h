#pragma once
// Where a test keeps its history store: an SQLite file by default; a fresh database on the
// PostgreSQL fixture (tests/pg/pg-fixture.sh) when CTest runs the test's PostgreSQL copy
// (MAILSIGHT_TEST_BACKEND=postgresql, see mailsight_add_postgres_copy), so that one test body
// covers both backends of issue #19.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace TestStore {

inline bool postgres() {
    return qEnvironmentVariable("MAILSIGHT_TEST_BACKEND") == u"postgresql";
}

// The fixture's URL (postgresql://mailsight@127.0.0.1:PORT/mailsight), or "" outside CTest.
inline QString fixtureUrl() {
    QFile f(qEnvironmentVariable("MAILSIGHT_PG_URL_FILE"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// A new, empty PostgreSQL database on the fixture; its URL, or "" (with a warning) when the
// fixture cannot be reached.
inline QString freshPostgres() {
    const QUrl url(fixtureUrl());
    if (!url.isValid() || url.host().isEmpty()) {
        qWarning("no PostgreSQL fixture (MAILSIGHT_PG_URL_FILE)");
        return {};
    }
    static int serial = 0;
    const QString name = QStringLiteral("s%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++serial)
                             .arg(QRandomGenerator::global()->bounded(1000000));
    const QString admin = QStringLiteral("mailsight-test-admin");
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qWarning() << "cannot reach the PostgreSQL fixture:" << db.lastError().text();
        else if (QSqlQuery q(db); !q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qWarning() << "cannot create a database:" << q.lastError().text();
        else
            created = true;
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
    if (!created)
        return {};
    QUrl fresh = url;
    fresh.setPath(QLatin1Char('/') + name);
    return fresh.toString();
}

// A fresh store for the backend under test: "sqlite:DIR/NAME" or a new PostgreSQL database.
inline QString fresh(const QString& dir, const QString& name) {
    return postgres() ? freshPostgres() : QStringLiteral("sqlite:") + QDir(dir).filePath(name);
}

} // namespace TestStore
