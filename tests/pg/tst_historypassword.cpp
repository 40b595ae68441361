// HistoryDatabase::setPasswordSource against a real PostgreSQL 15 (tests/pg/pg-fixture.sh): the
// GUI's way to give the password (typed in Settings, or from the keyring) without the URL or the
// environment. libpq's own places are emptied first (PGPASSFILE, PGPASSWORD, HOME's ~/.pgpass),
// so a connection that works here got its password from the source; a wrong password fails with
// an error that names the server and does not contain it; a source answering nothing leaves
// libpq to its usual places again.
#include "TestSupport.h"
#include "history/AuditHistory.h"
#include "history/HistoryDatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>

using namespace Qt::StringLiterals;

namespace {
QString fixtureUrl() {
    QFile f(qEnvironmentVariable("MAILSIGHT_PG_URL_FILE"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// The password of the fixture's passfile line (host:port:db:user:password, libpq's format).
QString passfilePassword(const QString& passfile) {
    QFile f(passfile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList fields = QString::fromUtf8(f.readLine()).trimmed().split(u':');
    return fields.size() >= 5 ? fields.mid(4).join(u':') : QString();
}
} // namespace

class TestHistoryPassword : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_url;
    QString m_passfile;
    QString m_password;

private Q_SLOTS:
    void initTestCase() {
        m_url = fixtureUrl();
        m_passfile = qEnvironmentVariable("PGPASSFILE");
        if (m_url.isEmpty() || m_passfile.isEmpty())
            QSKIP("needs the PostgreSQL fixture (ctest -R tst_historypassword)");
        m_password = passfilePassword(m_passfile);
        QVERIFY2(!m_password.isEmpty(), "the fixture's passfile has no password");
    }

    void init() {
        // Nothing of libpq's: no password file, no PGPASSWORD, a home without ~/.pgpass.
        qunsetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void cleanup() {
        HistoryDatabase::setPasswordSource({});
        qputenv("PGPASSFILE", QFile::encodeName(m_passfile));
    }

    void withoutSourceNoPassword() {
        // The baseline: libpq has nowhere to read the password from, so the login fails.
        auto db = HistoryDatabase::open(m_url);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"cannot connect to "_s + HistoryLocation::parse(m_url, {})->display()),
                 qPrintable(db.error()));
    }

    void passwordFromSource() {
        std::atomic<int> asked{0};
        HistoryLocation seen;
        HistoryDatabase::setPasswordSource([&](const HistoryLocation& location) -> std::optional<QString> {
            if (asked.fetch_add(1) == 0)
                seen = location;
            return m_password;
        });
        auto db = HistoryDatabase::open(m_url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QVERIFY(asked >= 1);
        const auto location = HistoryLocation::parse(m_url, {});
        QCOMPARE(seen.host, location->host);
        QCOMPARE(seen.port, location->port);
        QCOMPARE(seen.user, location->user);
        QCOMPARE(seen.database, location->database);
        // Another thread opens its own connection: the source is asked again there.
        const int before = asked;
        auto other = std::async(std::launch::async, [database = *db] {
            auto connection = database->connection();
            if (!connection)
                return connection.error();
            QSqlQuery q(*connection);
            return q.exec(u"SELECT 1"_s) && q.next() && q.value(0).toInt() == 1 ? QString()
                                                                                : u"SELECT 1 failed"_s;
        });
        QCOMPARE(other.get(), QString());
        QVERIFY(asked > before);
        // And the store works through it: the audit history's schema is brought up.
        auto history = AuditHistory::open(*db);
        QVERIFY2(history, qPrintable(history ? QString() : history.error()));
        QVERIFY((*history)->list());
    }

    void wrongPasswordNotEchoed() {
        const QString wrong = u"Wrong-%1-Secret"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
        HistoryDatabase::setPasswordSource([&](const HistoryLocation&) { return std::optional(wrong); });
        auto db = HistoryDatabase::open(m_url);
        QVERIFY(!db);
        QVERIFY2(!db.error().contains(wrong), "the error quotes the password");
        QVERIFY2(!db.error().contains(m_password), "the error quotes the right password");
        // The error says what happened and where: authentication, on the server of the URL.
        QVERIFY2(db.error().contains(u"password authentication failed"_s), qPrintable(db.error()));
        QVERIFY2(db.error().contains(HistoryLocation::parse(m_url, {})->display()), qPrintable(db.error()));
    }

    void sourceWithoutAnswerLeavesLibpq() {
        // nullopt: the source has no password for this server; libpq's PGPASSFILE applies again.
        qputenv("PGPASSFILE", QFile::encodeName(m_passfile));
        bool asked = false;
        HistoryDatabase::setPasswordSource([&](const HistoryLocation&) -> std::optional<QString> {
            asked = true;
            return std::nullopt;
        });
        auto db = HistoryDatabase::open(m_url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QVERIFY(asked);
    }

    void sqliteNeverAsks() {
        bool asked = false;
        HistoryDatabase::setPasswordSource([&](const HistoryLocation&) -> std::optional<QString> {
            asked = true;
            return m_password;
        });
        auto db = HistoryDatabase::open(u"sqlite:"_s + m_home.filePath(u"h.sqlite"_s));
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QVERIFY(!asked);
    }
};

QTEST_GUILESS_MAIN(TestHistoryPassword)
#include "tst_historypassword.moc"
