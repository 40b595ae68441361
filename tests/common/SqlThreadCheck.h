#pragma once
// Fails a test run in which Qt Sql complains that a connection was used, closed or removed off the
// thread that owns it ("QSqlDatabasePrivate::database: requested database does not belong to the
// calling thread."), removed while still in use, or named twice. Qt only prints those, and the
// run would pass.
//
// Use MAILSIGHT_SQL_CHECKED_MAIN(TestClass) (or ..._GUILESS_MAIN) instead of QTEST_MAIN. It covers
// the whole process: while the test functions run, QTest's own message handler takes every message
// (it forwards none), so the run also writes its log to a file that is searched afterwards; before
// and after QTest::qExec (the test object's destruction, the application's, which ends the thread
// pool's threads and with them their connections) a message handler of our own records them.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <cstdio>
#include <unistd.h>

namespace SqlThreadCheck {

inline const QRegularExpression& pattern() {
    static const QRegularExpression re(QStringLiteral(
        "does not belong to the calling thread|QSqlDatabasePrivate::removeDatabase: connection "
        "'.*' is still in use|QSqlDatabasePrivate::addDatabase: duplicate connection name"));
    return re;
}

struct State {
    QMutex mutex;
    QStringList found;
    QtMessageHandler previous = nullptr;
};

inline State& state() {
    static State s;
    return s;
}

inline void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    State& s = state();
    if (pattern().match(message).hasMatch()) {
        const QMutexLocker lock(&s.mutex);
        s.found.append(message);
    }
    if (s.previous)
        s.previous(type, context, message);
}

inline void install() {
    state().previous = qInstallMessageHandler(handler);
}

// QTest's arguments plus a second plain-text log into `logFile`. QTest ignores the old-style
// options (-xml, -o FILE) once any "-o FILE,FORMAT" is given, so those are rewritten into one.
inline QStringList argumentsWithLog(int argc, char** argv, const QString& logFile) {
    static const QStringList formats{QStringLiteral("txt"),      QStringLiteral("xml"),
                                     QStringLiteral("lightxml"), QStringLiteral("junitxml"),
                                     QStringLiteral("csv"),      QStringLiteral("teamcity"),
                                     QStringLiteral("tap")};
    QStringList args;
    QString format;
    QString file;
    bool newStyle = false;
    for (int i = 0; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (i > 0 && arg.startsWith(QLatin1Char('-')) && formats.contains(arg.mid(1))) {
            format = arg.mid(1);
        } else if (arg == QLatin1String("-o") && i + 1 < argc) {
            const QString target = QString::fromLocal8Bit(argv[++i]);
            if (target.contains(QLatin1Char(','))) {
                args << arg << target;
                newStyle = true;
            } else {
                file = target;
            }
        } else {
            args.append(arg);
        }
    }
    if (!newStyle || !format.isEmpty() || !file.isEmpty())
        args << QStringLiteral("-o")
             << (file.isEmpty() ? QStringLiteral("-") : file) + QLatin1Char(',') +
                    (format.isEmpty() ? QStringLiteral("txt") : format);
    args << QStringLiteral("-o") << logFile + QStringLiteral(",txt");
    return args;
}

inline int finish(int status, const QString& logFile) {
    QStringList found;
    QFile log(logFile);
    if (log.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : log.readAll().split('\n'))
            if (pattern().match(QString::fromUtf8(line)).hasMatch())
                found.append(QString::fromUtf8(line));
        log.close();
    }
    log.remove();
    {
        const QMutexLocker lock(&state().mutex);
        found.append(state().found);
    }
    if (found.isEmpty())
        return status;
    std::fprintf(stderr,
                 "FAIL!  : a Qt Sql connection was touched off its own thread, removed while in use or "
                 "named twice (%d time(s)); first: %s\n",
                 int(found.size()), qPrintable(found.constFirst()));
    return status != 0 ? status : 1;
}

} // namespace SqlThreadCheck

#define MAILSIGHT_SQL_CHECKED_MAIN_WRAPPER(TestObject, ...)                                                  \
    int main(int argc, char* argv[]) {                                                                       \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                   \
        const QString sqlCheckLog =                                                                          \
            QDir::temp().filePath(QStringLiteral("mailsight-sqlcheck-%1.log").arg(qint64(::getpid())));      \
        int status = 0;                                                                                      \
        SqlThreadCheck::install();                                                                           \
        {                                                                                                    \
            __VA_ARGS__                                                                                      \
            TestObject tc;                                                                                   \
            QTEST_SET_MAIN_SOURCE_PATH                                                                       \
            status = QTest::qExec(&tc, SqlThreadCheck::argumentsWithLog(argc, argv, sqlCheckLog));           \
        }                                                                                                    \
        return SqlThreadCheck::finish(status, sqlCheckLog);                                                  \
    }

#define MAILSIGHT_SQL_CHECKED_MAIN(TestObject)                                                               \
    MAILSIGHT_SQL_CHECKED_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
#define MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestObject)                                                       \
    MAILSIGHT_SQL_CHECKED_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
