#pragma once
// The test message of a seed run (RFC 5322): From an address of the audited domain, To every
// seed, Date, Message-ID, and a unique token in an X-Mailsight-Token header and in the Subject,
// by which each seed mailbox is searched. A short plain-text body says what it is.

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

class SeedTestMessage {
public:
    // "ms-" and 24 random letters and digits ([A-Za-z0-9-]), from the system's random source.
    static QByteArray newToken();
    static bool isToken(const QByteArray& text);
    static QByteArray build(const QString& from, const QStringList& to, const QByteArray& token,
                            const QDateTime& date = QDateTime::currentDateTimeUtc());
    static QString subject(const QByteArray& token);
};
