// `mailsight-cli audit --alert-*` end to end: audits of a zone file rewritten between runs
// (--offline --zone, with a --history DB in a temporary folder), alerts posted to a local HTTP
// receiver in each format, given to a command and to a sendmail script; deduplication, --realert
// and resolution over consecutive audits; a failed delivery exits 3 and is retried on the next
// run; usage errors.

#include "AlertTestReceiver.h"
#include "AlertTestZone.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QJsonArray alertsOf(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("alerts")).toArray();
}

QStringList reasonsAndKeys(const QJsonArray& alerts) {
    QStringList out;
    for (const auto& v : alerts)
        out << v.toObject().value(QStringLiteral("reason")).toString() + QLatin1Char(' ') +
                   v.toObject().value(QStringLiteral("key")).toString();
    out.sort();
    return out;
}

} // namespace

class TestAlertCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_zone;

    void writeZone(const QByteArray& text) {
        QFile f(m_zone);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QByteArray read(const QString& name) const {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void writeScript(const QString& name, const QByteArray& body) {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\n" + body);
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
    }

    // The CLI runs while this thread's event loop serves the receiver.
    Run audit(const QString& db, const QStringList& alertArgs, const QStringList& extraEnv = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("MAILSIGHT_CLI"),
                QStringList{QStringLiteral("--offline"), QStringLiteral("--zone"), m_zone,
                            QStringLiteral("--history"), db, QStringLiteral("audit"),
                            QStringLiteral("example.com"), QStringLiteral("--no-ns"),
                            QStringLiteral("--fail-on"), QStringLiteral("warning")} +
                    alertArgs);
        Run r;
        if (!p.waitForStarted(10000) ||
            !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            r.err = "did not finish";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    int sql(const QString& db, const QString& statement) {
        int rows = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(statement))
                    rows = q.isSelect() ? (q.next() ? q.value(0).toInt() : 0) : q.numRowsAffected();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_zone = file(QStringLiteral("example.com.zone"));
        writeScript(QStringLiteral("hook.sh"), "n=$(ls \"$1\" | grep -c '^msg')\ncat > \"$1/msg$n.json\"\n");
        writeScript(QStringLiteral("sendmail.sh"),
                    "printf '%s\\n' \"$*\" > \"$(dirname \"$0\")/sendmail.args\"\n"
                    "cat >> \"$(dirname \"$0\")/sendmail.mail\"\n");
    }

    void usageErrors() {
        const QString db = file(QStringLiteral("usage.sqlite"));
        writeZone(AlertTestZone::good());
        const QList<std::pair<QStringList, QByteArray>> cases{
            {{QStringLiteral("--alert-on"), QStringLiteral("sometimes"), QStringLiteral("--alert-command"),
              QStringLiteral("true")},
             "--alert-on takes regression, error or warning"},
            {{QStringLiteral("--alert-command"), QStringLiteral("true")}, "need --alert-on"},
            {{QStringLiteral("--alert-on"), QStringLiteral("regression")}, "needs somewhere to send alerts"},
            {{QStringLiteral("--alert-on"), QStringLiteral("error"), QStringLiteral("--alert-command"),
              QStringLiteral("true"), QStringLiteral("--alert-format"), QStringLiteral("slack")},
             "--alert-format is the body of --alert-webhook"},
            {{QStringLiteral("--alert-on"), QStringLiteral("error"), QStringLiteral("--alert-webhook"),
              QStringLiteral("ftp://example.com/x")},
             "--alert-webhook needs an http:// or https:// URL"},
            {{QStringLiteral("--alert-on"), QStringLiteral("error"), QStringLiteral("--alert-webhook"),
              QStringLiteral("http://127.0.0.1/"), QStringLiteral("--alert-format"), QStringLiteral("teams")},
             "--alert-format takes json, slack or alertmanager"},
            {{QStringLiteral("--alert-on"), QStringLiteral("error"), QStringLiteral("--alert-command"),
              QStringLiteral("pager 'oops")},
             "unterminated single quote"},
            {{QStringLiteral("--alert-on"), QStringLiteral("error"), QStringLiteral("--alert-mail"),
              QStringLiteral("ops@example.com\nBcc: x@example.com")},
             "--alert-mail needs one address"},
            {{QStringLiteral("--alert-on"), QStringLiteral("error"), QStringLiteral("--alert-command"),
              QStringLiteral("true"), QStringLiteral("--sendmail"), QStringLiteral("/bin/true")},
             "--sendmail is used for --alert-mail"},
            {{QStringLiteral("--alert-on"), QStringLiteral("error"), QStringLiteral("--alert-command"),
              QStringLiteral("true"), QStringLiteral("--realert"), QStringLiteral("1w")},
             "--realert takes a duration"},
        };
        for (const auto& [args, message] : cases) {
            const Run r = audit(db, args);
            QVERIFY2(r.exitCode == 2, r.err.constData());
            QVERIFY2(r.err.contains(message), r.err.constData());
        }
        // Without the history: a usage error before anything runs.
        const auto noHistory = TestSupport::runCli(
            {QStringLiteral("--offline"), QStringLiteral("--zone"), m_zone, QStringLiteral("--no-history"),
             QStringLiteral("audit"), QStringLiteral("example.com"), QStringLiteral("--alert-on"),
             QStringLiteral("regression"), QStringLiteral("--alert-command"), QStringLiteral("true")});
        QCOMPARE(noHistory.exitCode, 2);
        QVERIFY2(noHistory.err.contains("it needs the history (no --no-history"), noHistory.err.constData());
        const auto demo = TestSupport::runCli({QStringLiteral("--demo"), QStringLiteral("audit"),
                                               QStringLiteral("example.com"), QStringLiteral("--alert-on"),
                                               QStringLiteral("regression"),
                                               QStringLiteral("--alert-command"), QStringLiteral("true")});
        QCOMPARE(demo.exitCode, 2);
        QVERIFY(!QFile::exists(db) || sql(db, QStringLiteral("SELECT count(*) FROM audits")) == 0);
    }

    void dedupRealertAndResolutionOverAudits() {
        AlertTestReceiver receiver;
        const QString db = file(QStringLiteral("dedup.sqlite"));
        const QStringList alertArgs{
            QStringLiteral("--alert-on"),
            QStringLiteral("regression"),
            QStringLiteral("--alert-webhook"),
            receiver.url(QStringLiteral("/hook")),
            QStringLiteral("--alert-command"),
            QStringLiteral("'%1' '%2'").arg(file(QStringLiteral("hook.sh")), m_dir.path()),
            QStringLiteral("--alert-mail"),
            QStringLiteral("ops@example.com")};
        const QStringList env{QStringLiteral("MAILSIGHT_SENDMAIL=") + file(QStringLiteral("sendmail.sh"))};

        // 1. The first audit: nothing to compare with, nothing sent.
        writeZone(AlertTestZone::good());
        Run r = audit(db, alertArgs, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(receiver.requests.size(), 0);
        QVERIFY(!QFile::exists(file(QStringLiteral("msg0.json"))));

        // 2. The zone regressed: one message to each destination.
        writeZone(AlertTestZone::bad());
        r = audit(db, alertArgs, env);
        QVERIFY2(r.exitCode == 1, r.err.constData()); // the finding at --fail-on; alerts delivered
        QVERIFY2(r.err.contains("alerts: 6 firing, 0 resolved; 3 message(s) delivered"), r.err.constData());
        QCOMPARE(receiver.requests.size(), 1);
        const ReceivedRequest& post = receiver.requests.at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QByteArray("/hook"));
        QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
        const QJsonArray alerts = alertsOf(post.body);
        for (const auto& v : alerts)
            QCOMPARE(v.toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("new"));
        QStringList kinds;
        for (const auto& v : alerts)
            kinds << v.toObject().value(QStringLiteral("key")).toString().section(u'/', 0, 1);
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("finding/DMARC-POLICY-NONE"), QStringLiteral("grade"),
                                     QStringLiteral("record/dmarc"), QStringLiteral("record/mta-sts-id"),
                                     QStringLiteral("record/mx"), QStringLiteral("record/spf")}));
        for (const auto& v : alerts) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("key")) == QStringLiteral("grade")) {
                QCOMPARE(a.value(QStringLiteral("before")).toString(), QStringLiteral("A"));
                QCOMPARE(a.value(QStringLiteral("after")).toString(), QStringLiteral("C"));
            }
            if (a.value(QStringLiteral("key")) == QStringLiteral("record/mx")) {
                QCOMPARE(a.value(QStringLiteral("before")).toString(),
                         QStringLiteral("10 mail.example.com."));
                QCOMPARE(a.value(QStringLiteral("after")).toString(),
                         QStringLiteral("10 mail.example.com., 20 mx2.example.com."));
            }
        }
        // The command got the same JSON on stdin; sendmail got -t -oi and the message.
        QCOMPARE(read(QStringLiteral("msg0.json")), post.body);
        QCOMPARE(read(QStringLiteral("sendmail.args")).trimmed(), QByteArray("-t -oi"));
        const QByteArray mail = read(QStringLiteral("sendmail.mail"));
        QVERIFY(mail.startsWith("To: ops@example.com\n"));
        QVERIFY(mail.contains("Subject: [mailsight] 6 firing: example.com\n"));
        QVERIFY(mail.contains("before: v=spf1 mx -all\n  after:  v=spf1 mx ~all"));

        // 3. Unchanged: the open alerts are not sent again.
        r = audit(db, alertArgs, env);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY2(!r.err.contains("alerts:"), r.err.constData());
        QCOMPARE(receiver.requests.size(), 1);
        QVERIFY(!QFile::exists(file(QStringLiteral("msg1.json"))));

        // 4. A day later (the open alerts' last sending moved back 25 hours): sent again.
        QCOMPARE(sql(db, QStringLiteral("UPDATE alert_state SET last_sent = '2000-01-01T00:00:00.000Z'")), 2);
        r = audit(db, alertArgs, env);
        QCOMPARE(receiver.requests.size(), 2);
        QCOMPARE(
            reasonsAndKeys(alertsOf(receiver.requests.at(1).body)).filter(QStringLiteral("repeat ")).size(),
            2);
        QCOMPARE(alertsOf(receiver.requests.at(1).body).size(), 2);
        // ... but not with --realert 7d, when it was sent less than 7 days ago.
        QCOMPARE(
            sql(db,
                QStringLiteral(
                    "UPDATE alert_state SET last_sent = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 days')")),
            2);
        r = audit(db, alertArgs + QStringList{QStringLiteral("--realert"), QStringLiteral("7d")}, env);
        QCOMPARE(receiver.requests.size(), 2);

        // 5. Fixed: the standing ones resolved, the records' change back reported.
        writeZone(AlertTestZone::good());
        r = audit(db, alertArgs, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(receiver.requests.size(), 3);
        const QStringList last = reasonsAndKeys(alertsOf(receiver.requests.at(2).body));
        QCOMPARE(last.filter(QStringLiteral("resolved ")).size(), 2);
        QVERIFY(last.contains(QStringLiteral("resolved grade")));
        QCOMPARE(last.filter(QStringLiteral("new record/")).size(), 4);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM alert_state")), 0);
        QVERIFY(
            read(QStringLiteral("sendmail.mail"))
                .contains(
                    "RESOLVED [warning] Grade of example.com dropped from A to C: C because DMARC does not "
                    "enforce its policy (p=none or t=y)\n  before: C\n  after:  A\n"));
    }

    void slackAndAlertmanagerPosts() {
        AlertTestReceiver receiver;
        const struct {
            QString format, path;
        } targets[] = {{QStringLiteral("slack"), QStringLiteral("/services/T000/B000/XXXX")},
                       {QStringLiteral("alertmanager"), QStringLiteral("/api/v2/alerts")}};
        for (const auto& t : targets) {
            const QString db = file(t.format + QStringLiteral(".sqlite"));
            const QStringList args{QStringLiteral("--alert-on"),      QStringLiteral("regression"),
                                   QStringLiteral("--alert-webhook"), receiver.url(t.path),
                                   QStringLiteral("--alert-format"),  t.format};
            writeZone(AlertTestZone::good());
            QCOMPARE(audit(db, args).exitCode, 0);
            writeZone(AlertTestZone::bad());
            const Run r = audit(db, args);
            QVERIFY2(r.exitCode == 1, r.err.constData());
            writeZone(AlertTestZone::good());
            QCOMPARE(audit(db, args).exitCode, 0);
        }
        QCOMPARE(receiver.requests.size(), 4);

        // Slack: an incoming-webhook body with blocks.
        const QJsonObject slack = QJsonDocument::fromJson(receiver.requests.at(0).body).object();
        QCOMPARE(receiver.requests.at(0).path, QByteArray("/services/T000/B000/XXXX"));
        QCOMPARE(slack.value(QStringLiteral("text")).toString(),
                 QStringLiteral("[mailsight] 6 firing: example.com"));
        const QJsonArray blocks = slack.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.size(), 8); // header, 6 sections, context
        QString all;
        for (const auto& b : blocks)
            all += b.toObject()
                       .value(QStringLiteral("text"))
                       .toObject()
                       .value(QStringLiteral("text"))
                       .toString() +
                   u'\n';
        QVERIFY2(all.contains(QStringLiteral("*FIRING* (warning) Grade of example.com dropped from A to C")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("*before:* v=DMARC1; p=reject; sp=reject")));
        const QString resolved = QJsonDocument::fromJson(receiver.requests.at(1).body)
                                     .object()
                                     .value(QStringLiteral("text"))
                                     .toString();
        QVERIFY2(resolved.startsWith(QStringLiteral("[mailsight] 4 firing, 2 resolved")),
                 qPrintable(resolved));

        // Alertmanager: POST /api/v2/alerts, an array; resolved ones carry endsAt in the past.
        QCOMPARE(receiver.requests.at(2).path, QByteArray("/api/v2/alerts"));
        QCOMPARE(receiver.requests.at(2).method, QByteArray("POST"));
        const QJsonArray firing = QJsonDocument::fromJson(receiver.requests.at(2).body).array();
        QCOMPARE(firing.size(), 6);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto& v : firing) {
            const QJsonObject a = v.toObject();
            QCOMPARE(
                a.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alertname")).toString(),
                QStringLiteral("MailsightRegression"));
            QCOMPARE(a.value(QStringLiteral("labels")).toObject().value(QStringLiteral("domain")).toString(),
                     QStringLiteral("example.com"));
            QVERIFY(QDateTime::fromString(a.value(QStringLiteral("endsAt")).toString(), Qt::ISODateWithMs) >
                    now);
            QVERIFY(a.value(QStringLiteral("generatorURL"))
                        .toString()
                        .startsWith(QStringLiteral("mailsight://audit/")));
        }
        const QJsonArray after = QJsonDocument::fromJson(receiver.requests.at(3).body).array();
        int ended = 0;
        for (const auto& v : after) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("reason")) ==
                QStringLiteral("resolved")) {
                ++ended;
                QVERIFY(QDateTime::fromString(a.value(QStringLiteral("endsAt")).toString(),
                                              Qt::ISODateWithMs) <= QDateTime::currentDateTimeUtc());
            }
        }
        QCOMPARE(ended, 2);
    }

    void auditsWithoutAlertsHideNothing() {
        // A manual audit between two monitored ones is stored too; the monitor still compares with
        // the audit it last evaluated, so the regression is not absorbed.
        AlertTestReceiver receiver;
        const QString db = file(QStringLiteral("manual.sqlite"));
        const QStringList args{QStringLiteral("--alert-on"), QStringLiteral("regression"),
                               QStringLiteral("--alert-webhook"), receiver.url(QStringLiteral("/hook"))};
        writeZone(AlertTestZone::good());
        QCOMPARE(audit(db, args).exitCode, 0);
        writeZone(AlertTestZone::bad());
        QCOMPARE(audit(db, {}).exitCode, 1); // no --alert-*
        QCOMPARE(receiver.requests.size(), 0);
        const Run r = audit(db, args);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QCOMPARE(receiver.requests.size(), 1);
        QVERIFY2(reasonsAndKeys(alertsOf(receiver.requests.at(0).body)).contains(QStringLiteral("new grade")),
                 receiver.requests.at(0).body.constData());
        QCOMPARE(alertsOf(receiver.requests.at(0).body).size(), 6);
        QCOMPARE(audit(db, args).exitCode, 1);
        QCOMPARE(receiver.requests.size(), 1);
    }

    void httpsWebhookTrustsCaFile() {
        // A receiver with a certificate of its own: refused (exit 3, queued) until --ca-file names it.
        const QString key = file(QStringLiteral("tls.key")), cert = file(QStringLiteral("tls.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        const auto certs = QSslCertificate::fromPath(cert);
        QCOMPARE(certs.size(), 1);
        tls.setLocalCertificate(certs.first());
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        AlertTestReceiver receiver(&tls);
        QVERIFY(receiver.url(QStringLiteral("/hook")).startsWith(QStringLiteral("https://")));

        const QString db = file(QStringLiteral("https.sqlite"));
        const QStringList args{QStringLiteral("--alert-on"), QStringLiteral("regression"),
                               QStringLiteral("--alert-webhook"), receiver.url(QStringLiteral("/hook"))};
        writeZone(AlertTestZone::good());
        QCOMPARE(audit(db, args).exitCode, 0);
        writeZone(AlertTestZone::bad());
        Run r = audit(db, args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("alert webhook https://127.0.0.1"), r.err.constData());
        QVERIFY2(r.err.contains("SSL handshake failed"), r.err.constData());
        QCOMPARE(receiver.requests.size(), 0);
        // With --ca-file the queued message goes through.
        r = audit(db, args + QStringList{QStringLiteral("--ca-file"), cert});
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(alertsOf(receiver.requests.at(0).body).size(), 6);
    }

    void failedDeliveryExits3AndIsRetried() {
        AlertTestReceiver receiver;
        const QString db = file(QStringLiteral("retry.sqlite"));
        const QStringList args{QStringLiteral("--alert-on"), QStringLiteral("regression"),
                               QStringLiteral("--alert-webhook"), receiver.url(QStringLiteral("/hook"))};
        writeZone(AlertTestZone::good());
        QCOMPARE(audit(db, args).exitCode, 0);
        // The receiver fails: exit 3, said on stderr, the message queued.
        receiver.setStatus(500);
        writeZone(AlertTestZone::bad());
        Run r = audit(db, args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("HTTP status 500"), r.err.constData());
        QVERIFY(r.err.contains("queued, retried on the next run"));
        QCOMPARE(receiver.requests.size(), 1);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM alert_queue")), 1);
        // The next run has nothing new, but delivers the queued message as it was.
        receiver.setStatus(200);
        r = audit(db, args);
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QCOMPARE(receiver.requests.size(), 2);
        QCOMPARE(receiver.requests.at(1).body, receiver.requests.at(0).body);
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM alert_queue")), 0);
        // A command that fails and a sendmail that is missing: exit 3 as well, both queued.
        writeZone(AlertTestZone::good());
        r = audit(db, {QStringLiteral("--alert-on"), QStringLiteral("regression"),
                       QStringLiteral("--alert-command"),
                       QStringLiteral("sh -c 'echo gateway refused >&2; exit 7'"),
                       QStringLiteral("--alert-mail"), QStringLiteral("ops@example.com"),
                       QStringLiteral("--sendmail"), file(QStringLiteral("no-such-sendmail"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("exit 7 (gateway refused)"), r.err.constData());
        QVERIFY(r.err.contains("no-such-sendmail"));
        QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM alert_queue")), 2);
    }
};

QTEST_GUILESS_MAIN(TestAlertCli)
#include "tst_alertcli.moc"
