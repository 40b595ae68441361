#pragma once
// Sends one alert message: to a command (the message on its stdin; argv split like a shell's
// words, quotes honoured, but no shell runs), to a webhook (HTTP POST of JSON, any 2xx is
// delivered), or to the local sendmail (`sendmail -t -oi`, the message with its headers on
// stdin). Each bounded by a timeout; a non-zero exit, a signal, a timeout or a non-2xx answer is a
// failure, returned with a message naming the destination.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <expected>

class AlertDelivery {
public:
    // A command line split into words as a POSIX shell would, without expanding anything: blanks
    // separate words; '…' is literal; "…" is literal except \" \\ \$ \`; \ outside quotes
    // escapes the next character. An unterminated quote is an error.
    static std::expected<QStringList, QString> splitCommand(const QString& commandLine);
    static std::expected<void, QString> runCommand(const QString& commandLine, const QByteArray& input,
                                                   int timeoutMs);
    // trustAnchors: the CAs to verify HTTPS against (empty: the system's).
    static std::expected<void, QString> postWebhook(const QString& url, const QByteArray& body, int timeoutMs,
                                                    const QList<QSslCertificate>& trustAnchors = {});
    static std::expected<void, QString> sendMail(const QString& sendmail, const QByteArray& message,
                                                 int timeoutMs);
    // The sendmail to use: explicit, else MAILSIGHT_SENDMAIL, else /usr/sbin/sendmail.
    static QString sendmailPath(const QString& explicitPath);
    // How a destination is named in messages and logs: webhook paths and queries often carry the
    // secret (Slack, Teams), so only scheme, host, port and the first path segment are shown
    // ("https://hooks.slack.com/services/…"); a command by its program only.
    static QString shownUrl(const QString& url);
    static QString shownCommand(const QString& commandLine);

private:
    static std::expected<void, QString> runProgram(const QString& program, const QStringList& arguments,
                                                   const QByteArray& input, int timeoutMs,
                                                   const QString& what);
};
