// AlertFormatter: the mailsight JSON, Slack's incoming-webhook blocks, Alertmanager's
// /api/v2/alerts body and the mail, each checked field by field.

#include "monitor/AlertFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QDateTime kSent = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

AlertEvent makeEvent(const QString& key, const QString& status,
                     const QString& summary = QStringLiteral("Grade dropped")) {
    AlertEvent e;
    e.condition.domain = QStringLiteral("example.com");
    e.condition.key = key;
    e.condition.kind = QStringLiteral("grade");
    e.condition.severity = QStringLiteral("warning");
    e.condition.summary = summary;
    e.condition.before = QStringLiteral("A");
    e.condition.after = QStringLiteral("C");
    e.status = status;
    e.reason = status == QLatin1String("firing") ? QStringLiteral("new") : QStringLiteral("resolved");
    e.startsAt = kSent.addSecs(-3600);
    if (status == QLatin1String("resolved"))
        e.endsAt = kSent;
    e.auditId = 7;
    e.grade = QStringLiteral("C");
    return e;
}

AlertNotification notification() {
    AlertNotification n;
    n.sentAt = kSent;
    n.events << makeEvent(QStringLiteral("grade"), QStringLiteral("firing"));
    AlertEvent resolved = makeEvent(QStringLiteral("finding/SPF-PERMERROR"), QStringLiteral("resolved"),
                                    QStringLiteral("New error SPF-PERMERROR on example.com"));
    resolved.condition.kind = QStringLiteral("finding");
    resolved.condition.code = QStringLiteral("SPF-PERMERROR");
    resolved.condition.severity = QStringLiteral("error");
    n.events << resolved;
    return n;
}

QDateTime rfc3339(const QJsonValue& v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

class TestAlertFormats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void json() {
        const QJsonObject doc = QJsonDocument::fromJson(AlertFormatter::json(notification())).object();
        QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("firing")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("resolved")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("[mailsight] 1 firing, 1 resolved: example.com"));
        QCOMPARE(rfc3339(doc.value(QStringLiteral("sentAt"))), kSent);
        const QJsonArray alerts = doc.value(QStringLiteral("alerts")).toArray();
        QCOMPARE(alerts.size(), 2);
        const QJsonObject firing = alerts.at(0).toObject();
        QCOMPARE(firing.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QCOMPARE(firing.value(QStringLiteral("reason")).toString(), QStringLiteral("new"));
        QCOMPARE(firing.value(QStringLiteral("before")).toString(), QStringLiteral("A"));
        QCOMPARE(firing.value(QStringLiteral("after")).toString(), QStringLiteral("C"));
        QCOMPARE(firing.value(QStringLiteral("auditId")).toInt(), 7);
        QVERIFY(!firing.contains(QStringLiteral("endsAt")));
        const QJsonObject resolved = alerts.at(1).toObject();
        QCOMPARE(resolved.value(QStringLiteral("code")).toString(), QStringLiteral("SPF-PERMERROR"));
        QCOMPARE(rfc3339(resolved.value(QStringLiteral("endsAt"))), kSent);
        QCOMPARE(rfc3339(resolved.value(QStringLiteral("startsAt"))), kSent.addSecs(-3600));
    }

    void slack() {
        AlertNotification n = notification();
        n.events[0].condition.summary = QStringLiteral("MX <changed> & more");
        const QJsonObject doc = QJsonDocument::fromJson(AlertFormatter::slack(n)).object();
        QCOMPARE(doc.value(QStringLiteral("text")).toString(), AlertFormatter::subject(n));
        const QJsonArray blocks = doc.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.size(), 4); // header, two sections, context
        QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("header"));
        QCOMPARE(blocks.at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("plain_text"));
        const QJsonObject section = blocks.at(1).toObject();
        QCOMPARE(section.value(QStringLiteral("type")).toString(), QStringLiteral("section"));
        const QJsonObject text = section.value(QStringLiteral("text")).toObject();
        QCOMPARE(text.value(QStringLiteral("type")).toString(), QStringLiteral("mrkdwn"));
        const QString body = text.value(QStringLiteral("text")).toString();
        QVERIFY2(body.startsWith(QStringLiteral("*FIRING* (warning) MX &lt;changed&gt; &amp; more")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("*before:* A")));
        QVERIFY(body.contains(QStringLiteral("*after:* C")));
        QVERIFY(blocks.at(2)
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("*RESOLVED*")));
        QCOMPARE(blocks.at(3).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("context"));
    }

    void slackStaysWithinItsLimits() {
        AlertNotification n;
        n.sentAt = kSent;
        for (int i = 0; i < 60; ++i)
            n.events << makeEvent(QStringLiteral("k%1").arg(i), QStringLiteral("firing"),
                                  QString(5000, QLatin1Char('x')));
        const QJsonArray blocks = QJsonDocument::fromJson(AlertFormatter::slack(n))
                                      .object()
                                      .value(QStringLiteral("blocks"))
                                      .toArray();
        QVERIFY(blocks.size() <= 50);
        for (const auto& b : blocks) {
            const QString t = b.toObject()
                                  .value(QStringLiteral("text"))
                                  .toObject()
                                  .value(QStringLiteral("text"))
                                  .toString();
            QVERIFY(t.size() <= 3000);
        }
        const QString footer = blocks.last()
                                   .toObject()
                                   .value(QStringLiteral("elements"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("text"))
                                   .toString();
        QVERIFY2(footer.startsWith(QStringLiteral("15 more not shown")), qPrintable(footer));
    }

    void alertmanager() {
        const QJsonDocument doc =
            QJsonDocument::fromJson(AlertFormatter::alertmanager(notification(), 86400));
        QVERIFY(doc.isArray());
        const QJsonArray alerts = doc.array();
        QCOMPARE(alerts.size(), 2);
        for (const auto& v : alerts) {
            const QJsonObject a = v.toObject();
            QCOMPARE(QStringList(a.keys()),
                     (QStringList{QStringLiteral("annotations"), QStringLiteral("endsAt"),
                                  QStringLiteral("generatorURL"), QStringLiteral("labels"),
                                  QStringLiteral("startsAt")}));
            const QJsonObject labels = a.value(QStringLiteral("labels")).toObject();
            QCOMPARE(labels.value(QStringLiteral("alertname")).toString(),
                     QStringLiteral("MailsightRegression"));
            QCOMPARE(labels.value(QStringLiteral("domain")).toString(), QStringLiteral("example.com"));
            for (const auto& l : labels)
                QVERIFY(l.isString()); // Alertmanager takes string labels only
            QVERIFY(rfc3339(a.value(QStringLiteral("startsAt"))).isValid());
            QCOMPARE(a.value(QStringLiteral("generatorURL")).toString(),
                     QStringLiteral("mailsight://audit/7"));
        }
        const QJsonObject firing = alerts.at(0).toObject();
        QCOMPARE(
            firing.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alert_key")).toString(),
            QStringLiteral("grade"));
        QCOMPARE(
            firing.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("before")).toString(),
            QStringLiteral("A"));
        // Firing: it ends on its own unless heard of again; resolved: it ended when seen gone.
        QCOMPARE(rfc3339(firing.value(QStringLiteral("endsAt"))), kSent.addSecs(2 * 86400));
        const QJsonObject resolved = alerts.at(1).toObject();
        QCOMPARE(rfc3339(resolved.value(QStringLiteral("endsAt"))), kSent);
        // A record change (an event, never re-sent) ends after one --realert.
        AlertNotification change = notification();
        change.events[0].condition.event = true;
        const QJsonArray changed =
            QJsonDocument::fromJson(AlertFormatter::alertmanager(change, 86400)).array();
        QCOMPARE(rfc3339(changed.at(0).toObject().value(QStringLiteral("endsAt"))), kSent.addSecs(86400));
        QCOMPARE(resolved.value(QStringLiteral("labels")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("SPF-PERMERROR"));
        QVERIFY(rfc3339(resolved.value(QStringLiteral("endsAt"))) >
                rfc3339(resolved.value(QStringLiteral("startsAt"))));
    }

    void formatByName() {
        const AlertNotification n = notification();
        QCOMPARE(AlertFormatter::format(QStringLiteral("slack"), n, 60), AlertFormatter::slack(n));
        QCOMPARE(AlertFormatter::format(QStringLiteral("alertmanager"), n, 60),
                 AlertFormatter::alertmanager(n, 60));
        QCOMPARE(AlertFormatter::format(QStringLiteral("json"), n, 60), AlertFormatter::json(n));
    }

    void mail() {
        const QByteArray m = AlertFormatter::mail(
            notification(), {QStringLiteral("ops@example.com"), QStringLiteral("dns@example.com")});
        const qsizetype split = m.indexOf("\n\n");
        QVERIFY(split > 0);
        const QByteArray headers = m.left(split);
        QVERIFY(headers.contains("To: ops@example.com, dns@example.com\n"));
        QVERIFY(headers.contains("Subject: [mailsight] 1 firing, 1 resolved: example.com\n"));
        QVERIFY(headers.contains("Date: Sat, 05 Dec 2026 10:00:00 +0000\n"));
        QVERIFY(headers.contains("Content-Type: text/plain; charset=utf-8\n"));
        QVERIFY(headers.contains("Auto-Submitted: auto-generated"));
        const QByteArray body = m.mid(split + 2);
        QVERIFY(body.contains("FIRING [warning] Grade dropped\n  before: A\n  after:  C\n"));
        QVERIFY(body.contains("RESOLVED [error]"));
        for (const QByteArray& line : headers.split('\n'))
            for (char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 128);
    }

    void mailSubjectEncodedWhenNotAscii() {
        AlertNotification n = notification();
        n.events[0].condition.domain = QStringLiteral("bücher.example");
        const QByteArray m = AlertFormatter::mail(n, {QStringLiteral("ops@example.com")});
        QVERIFY(m.contains("Subject: =?UTF-8?B?"));
    }
};

QTEST_GUILESS_MAIN(TestAlertFormats)
#include "tst_alertformats.moc"
