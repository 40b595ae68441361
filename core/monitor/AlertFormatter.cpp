#include "AlertFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QStringList domainsOf(const AlertNotification& n) {
    QStringList out;
    for (const AlertEvent& e : n.events)
        if (!out.contains(e.condition.domain))
            out << e.condition.domain;
    return out;
}

QString statusWord(const AlertEvent& e) {
    if (!e.firing())
        return QStringLiteral("RESOLVED");
    if (e.reason == QLatin1String("repeat"))
        return QStringLiteral("STILL FIRING");
    if (e.reason == QLatin1String("changed"))
        return QStringLiteral("CHANGED");
    return QStringLiteral("FIRING");
}

// Slack's mrkdwn escapes only these three.
QString slackEscape(QString s) {
    return s.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

QString clip(const QString& s, int max) {
    return s.size() <= max ? s : s.left(max - 1) + QChar(0x2026);
}

} // namespace

QByteArray AlertFormatter::format(const QString& format, const AlertNotification& n, qint64 realertSeconds) {
    if (format == QLatin1String("slack"))
        return slack(n);
    if (format == QLatin1String("alertmanager"))
        return alertmanager(n, realertSeconds);
    return json(n);
}

QByteArray AlertFormatter::json(const AlertNotification& n) {
    QJsonArray alerts;
    for (const AlertEvent& e : n.events) {
        QJsonObject o = e.condition.toJson();
        o.insert(QStringLiteral("status"), e.status);
        o.insert(QStringLiteral("reason"), e.reason);
        o.insert(QStringLiteral("startsAt"), iso(e.startsAt));
        if (!e.firing())
            o.insert(QStringLiteral("endsAt"), iso(e.endsAt));
        o.insert(QStringLiteral("auditId"), e.auditId);
        o.insert(QStringLiteral("grade"), e.grade);
        alerts.append(o);
    }
    const QJsonObject doc{{QStringLiteral("version"), 1},
                          {QStringLiteral("generator"), QStringLiteral("mailsight-cli")},
                          {QStringLiteral("sentAt"), iso(n.sentAt)},
                          {QStringLiteral("summary"), subject(n)},
                          {QStringLiteral("firing"), n.firingCount()},
                          {QStringLiteral("resolved"), n.resolvedCount()},
                          {QStringLiteral("alerts"), alerts}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray AlertFormatter::slack(const AlertNotification& n) {
    // Slack takes at most 50 blocks and 3000 characters a text: long runs are cut with a note.
    constexpr int kMaxEventBlocks = 45;
    QJsonArray blocks;
    blocks.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("header")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                             {QStringLiteral("text"), clip(subject(n), 150)}}}});
    int shown = 0;
    for (const AlertEvent& e : n.events) {
        if (shown == kMaxEventBlocks)
            break;
        ++shown;
        const AlertCondition& c = e.condition;
        QString body = QStringLiteral("*%1* (%2) %3").arg(statusWord(e), c.severity, slackEscape(c.summary));
        if (!c.before.isEmpty() || !c.after.isEmpty())
            body += QStringLiteral("\n*before:* %1\n*after:* %2")
                        .arg(slackEscape(clip(c.before, 1200)), slackEscape(clip(c.after, 1200)));
        blocks.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                 {QStringLiteral("text"), clip(body, 3000)}}}});
    }
    QString footer = QStringLiteral("mailsight-cli audit, %1").arg(iso(n.sentAt));
    if (n.events.size() > shown)
        footer = QStringLiteral("%1 more not shown; ").arg(n.events.size() - shown) + footer;
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                              {QStringLiteral("elements"),
                               QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                      {QStringLiteral("text"), slackEscape(footer)}}}}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("text"), subject(n)}, {QStringLiteral("blocks"), blocks}})
        .toJson(QJsonDocument::Compact);
}

QByteArray AlertFormatter::alertmanager(const AlertNotification& n, qint64 realertSeconds) {
    QJsonArray out;
    for (const AlertEvent& e : n.events) {
        const AlertCondition& c = e.condition;
        QJsonObject labels{{QStringLiteral("alertname"), QStringLiteral("MailsightRegression")},
                           {QStringLiteral("domain"), c.domain},
                           {QStringLiteral("alert_key"), c.key},
                           {QStringLiteral("kind"), c.kind},
                           {QStringLiteral("severity"), c.severity}};
        if (!c.code.isEmpty())
            labels.insert(QStringLiteral("code"), c.code);
        const QJsonObject annotations{{QStringLiteral("summary"), c.summary},
                                      {QStringLiteral("before"), c.before},
                                      {QStringLiteral("after"), c.after},
                                      {QStringLiteral("grade"), e.grade},
                                      {QStringLiteral("reason"), e.reason}};
        // A firing alert ends on its own unless heard of again (the next run or --realert);
        // a resolved one ends when the audit saw it gone.
        const QDateTime ends =
            e.firing() ? n.sentAt.addSecs(c.event ? realertSeconds : 2 * realertSeconds) : e.endsAt;
        out.append(QJsonObject{
            {QStringLiteral("labels"), labels},
            {QStringLiteral("annotations"), annotations},
            {QStringLiteral("startsAt"), iso(e.startsAt)},
            {QStringLiteral("endsAt"), iso(ends)},
            {QStringLiteral("generatorURL"), QStringLiteral("mailsight://audit/%1").arg(e.auditId)}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QString AlertFormatter::subject(const AlertNotification& n) {
    QStringList counts;
    if (const int f = n.firingCount())
        counts << QStringLiteral("%1 firing").arg(f);
    if (const int r = n.resolvedCount())
        counts << QStringLiteral("%1 resolved").arg(r);
    return QStringLiteral("[mailsight] %1: %2")
        .arg(counts.join(QStringLiteral(", ")), domainsOf(n).join(QStringLiteral(", ")));
}

QString AlertFormatter::text(const AlertNotification& n) {
    QString out;
    for (const AlertEvent& e : n.events) {
        const AlertCondition& c = e.condition;
        out += QStringLiteral("%1 [%2] %3\n").arg(statusWord(e), c.severity, c.summary);
        out += QStringLiteral("  before: %1\n  after:  %2\n").arg(c.before, c.after);
        out += QStringLiteral("  since %1, audit %2, grade %3\n\n")
                   .arg(iso(e.startsAt))
                   .arg(e.auditId)
                   .arg(e.grade);
    }
    out += QStringLiteral("-- \nmailsight-cli audit, %1\n").arg(iso(n.sentAt));
    return out;
}

QByteArray AlertFormatter::mail(const AlertNotification& n, const QStringList& to) {
    // Headers in ASCII: the subject is encoded (RFC 2047) when a domain name is not.
    QString subjectText = subject(n);
    QByteArray subjectHeader = subjectText.toUtf8();
    bool ascii = true;
    for (QChar ch : subjectText)
        ascii = ascii && ch.unicode() < 128 && ch.unicode() >= 32;
    if (!ascii)
        subjectHeader = "=?UTF-8?B?" + subjectText.toUtf8().toBase64() + "?=";
    QByteArray m;
    m += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\n";
    m += "Subject: " + subjectHeader + "\n";
    m += "Date: " +
         QLocale::c().toString(n.sentAt.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
         " +0000\n";
    m += "MIME-Version: 1.0\n";
    m += "Content-Type: text/plain; charset=utf-8\n";
    m += "Content-Transfer-Encoding: 8bit\n";
    m += "Auto-Submitted: auto-generated\n";
    m += "\n";
    m += text(n).toUtf8();
    return m;
}
