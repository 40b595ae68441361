#include "SeedTestMessage.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QByteArray SeedTestMessage::newToken() {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray token = "ms-";
    for (int i = 0; i < 24; ++i)
        token += alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))];
    return token;
}

bool SeedTestMessage::isToken(const QByteArray& text) {
    static const QRegularExpression shape(u"^[A-Za-z0-9-]{8,64}$"_s);
    return shape.match(QString::fromLatin1(text)).hasMatch();
}

QString SeedTestMessage::subject(const QByteArray& token) {
    return u"Mailsight seed test %1"_s.arg(QString::fromLatin1(token));
}

QByteArray SeedTestMessage::build(const QString& from, const QStringList& to, const QByteArray& token,
                                  const QDateTime& date) {
    const QString domain = from.section(u'@', -1);
    // RFC 5322 §3.3 date, in English whatever the locale.
    const QString when = QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss"_s) + u" +0000"_s;
    QByteArray m;
    m += "From: Mailsight seed test <" + from.toUtf8() + ">\r\n";
    m += "To: " + to.join(u", "_s).toUtf8() + "\r\n";
    m += "Subject: " + subject(token).toUtf8() + "\r\n";
    m += "Date: " + when.toLatin1() + "\r\n";
    m += "Message-ID: <" + token + "@" + domain.toUtf8() + ">\r\n";
    m += "X-Mailsight-Token: " + token + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=us-ascii\r\n";
    m += "Content-Transfer-Encoding: 7bit\r\n";
    m += "\r\n";
    m += "This is a deliverability test sent by Mailsight (mailsight-cli seed check).\r\n"
         "\r\n"
         "It went to seed mailboxes that the sender of " +
         domain.toUtf8() +
         " owns, to see whether they\r\n"
         "put it in the inbox or in the spam folder, and what the receiving servers\r\n"
         "concluded about its SPF, DKIM and DMARC. Mailsight finds it by its token\r\n"
         "and deletes it afterwards. Nothing needs to be done with it.\r\n"
         "\r\n"
         "Token: " +
         token + "\r\n";
    return m;
}
