#include "AlertDelivery.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

std::expected<void, QString> AlertDelivery::runProgram(const QString& program, const QStringList& arguments,
                                                       const QByteArray& input, int timeoutMs,
                                                       const QString& what) {
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return std::unexpected(
            QStringLiteral("%1: cannot start %2: %3").arg(what, program, process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return std::unexpected(QStringLiteral("%1: no exit within %2 ms (killed)").arg(what).arg(timeoutMs));
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return std::unexpected(QStringLiteral("%1: crashed").arg(what));
    if (process.exitCode() != 0) {
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        const QString last = err.section(QLatin1Char('\n'), -1).left(300);
        return std::unexpected(QStringLiteral("%1: exit %2%3")
                                   .arg(what)
                                   .arg(process.exitCode())
                                   .arg(last.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(last)));
    }
    return {};
}

std::expected<QStringList, QString> AlertDelivery::splitCommand(const QString& commandLine) {
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (quote == Quote::Single) {
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
        } else if (quote == Quote::Double) {
            if (c == QLatin1Char('"'))
                quote = Quote::None;
            else if (c == QLatin1Char('\\') && i + 1 < commandLine.size() &&
                     QStringLiteral("\"\\$`").contains(commandLine.at(i + 1)))
                word += commandLine.at(++i);
            else
                word += c;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            inWord = true;
            if (c == QLatin1Char('\'')) {
                quote = Quote::Single;
            } else if (c == QLatin1Char('"')) {
                quote = Quote::Double;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 == commandLine.size())
                    return std::unexpected(QStringLiteral("a backslash ends the command"));
                word += commandLine.at(++i);
            } else {
                word += c;
            }
        }
    }
    if (quote != Quote::None)
        return std::unexpected(
            QStringLiteral("unterminated %1 quote in the command")
                .arg(quote == Quote::Single ? QStringLiteral("single") : QStringLiteral("double")));
    if (inWord)
        words << word;
    if (words.isEmpty())
        return std::unexpected(QStringLiteral("empty command"));
    return words;
}

std::expected<void, QString> AlertDelivery::runCommand(const QString& commandLine, const QByteArray& input,
                                                       int timeoutMs) {
    const QString what = QStringLiteral("alert command '%1'").arg(shownCommand(commandLine));
    const auto argv = splitCommand(commandLine);
    if (!argv)
        return std::unexpected(QStringLiteral("%1: %2").arg(what, argv.error()));
    return runProgram(argv->first(), argv->mid(1), input, timeoutMs, what);
}

QString AlertDelivery::shownUrl(const QString& url) {
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return QStringLiteral("(an invalid URL)");
    QString out = u.scheme() + QStringLiteral("://") + u.host(QUrl::FullyEncoded);
    if (u.port() >= 0)
        out += QLatin1Char(':') + QString::number(u.port());
    const QStringList segments = u.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty())
        out += QLatin1Char('/') + segments.first();
    if (segments.size() > 1 || u.hasQuery() || u.hasFragment())
        out += QStringLiteral("/…");
    return out;
}

QString AlertDelivery::shownCommand(const QString& commandLine) {
    const auto argv = splitCommand(commandLine);
    if (!argv || argv->isEmpty())
        return QStringLiteral("(unreadable)");
    return argv->size() > 1 ? argv->first() + QStringLiteral(" …") : argv->first();
}

std::expected<void, QString> AlertDelivery::postWebhook(const QString& url, const QByteArray& body,
                                                        int timeoutMs,
                                                        const QList<QSslCertificate>& trustAnchors) {
    const QString what = QStringLiteral("alert webhook %1").arg(shownUrl(url));
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("mailsight-cli"));
    // A redirected POST would turn into a GET: a redirect is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    if (!trustAnchors.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(trustAnchors);
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error = reply->errorString();
    error.replace(url, shownUrl(url)); // Qt names the whole URL in some messages
    const bool networkError = reply->error() != QNetworkReply::NoError && status == 0;
    const bool timedOut = !guard.isActive();
    reply->deleteLater();
    if (networkError)
        return std::unexpected(QStringLiteral("%1: %2").arg(
            what, timedOut ? QStringLiteral("no answer within %1 ms").arg(timeoutMs) : error));
    if (status < 200 || status > 299)
        return std::unexpected(QStringLiteral("%1: HTTP status %2").arg(what).arg(status));
    return {};
}

QString AlertDelivery::sendmailPath(const QString& explicitPath) {
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnv = qEnvironmentVariable("MAILSIGHT_SENDMAIL");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral("/usr/sbin/sendmail");
}

std::expected<void, QString> AlertDelivery::sendMail(const QString& sendmail, const QByteArray& message,
                                                     int timeoutMs) {
    return runProgram(sendmail, {QStringLiteral("-t"), QStringLiteral("-oi")}, message, timeoutMs,
                      QStringLiteral("alert mail through %1").arg(sendmail));
}
