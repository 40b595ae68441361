// `mailsight-cli seed check` end to end: the test message sent through the Postfix fixture
// (postfix_fixture.py: STARTTLS + AUTH checked by Dovecot; the aiosmtpd fixture has the same
// ports.json), delivered over LMTP into the Dovecot fixture (whose Sieve rule files the receiver's
// dmarc=fail into the spam folder), found over IMAP by ImapSeedProbe. Exit 0 (inbox), 1 (spam,
// missing), 3 (a refused IMAP login, a refused submission login), 2 (a shared config holding a
// password); `--config` means the seed configuration for `seed` and an arguments file elsewhere.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using TestSupport::CliRun;
using TestSupport::runCli;

class TestSeedCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QJsonObject m_dovecot;
    QJsonObject m_submission;
    QString m_submissionCa;

    QJsonObject seed(const QString& user) const {
        return QJsonObject{{u"name"_s, user},
                           {u"address"_s, user + u"@seed.test"_s},
                           {u"host"_s, u"imap.seed.test"_s},
                           {u"port"_s, m_dovecot.value(u"imaps"_s).toInt()},
                           {u"tls"_s, u"implicit"_s},
                           {u"user"_s, user},
                           {u"passwordEnv"_s, u"SEEDCLI_"_s + user.toUpper()},
                           {u"caFile"_s, m_dovecot.value(u"ca"_s).toString()}};
    }
    QJsonObject submission(const QString& from) const {
        return QJsonObject{{u"host"_s, u"submission.seed.test"_s},
                           {u"port"_s, m_submission.value(u"starttls"_s).toInt()},
                           {u"tls"_s, u"starttls"_s},
                           {u"user"_s, m_submission.value(u"user"_s).toString()},
                           {u"passwordEnv"_s, u"SEEDCLI_SUBMIT"_s},
                           {u"from"_s, from},
                           {u"caFile"_s, m_submissionCa}};
    }
    QString write(const QString& name, const QJsonObject& config,
                  QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ReadGroup | QFileDevice::ReadOther) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(config).toJson());
        f.close();
        f.setPermissions(permissions);
        return path;
    }
    QStringList common(const QString& config) const {
        const int imaps = m_dovecot.value(u"imaps"_s).toInt();
        const int starttls = m_submission.value(u"starttls"_s).toInt();
        // --demo: the analyzer's DNS is the bundled demo world (example.com), offline.
        return {u"--demo"_s,
                u"--connect-to"_s,
                u"imap.seed.test:%1:127.0.0.1:%1"_s.arg(imaps),
                u"--connect-to"_s,
                u"submission.seed.test:%1:127.0.0.1:%1"_s.arg(starttls),
                u"seed"_s,
                u"check"_s,
                u"--config"_s,
                config,
                u"--poll"_s,
                u"1"_s,
                u"--format"_s,
                u"json"_s};
    }
    static QJsonObject json(const CliRun& r) { return QJsonDocument::fromJson(r.out).object(); }
    static QStringList codes(const QJsonObject& o) {
        QStringList out;
        for (const QJsonValue& f : o.value(u"findings"_s).toArray())
            out << f.toObject().value(u"code"_s).toString();
        return out;
    }
    void noSecrets(const CliRun& r) const {
        const QByteArray all = r.out + r.err;
        for (const QString& user : {u"seed1"_s, u"seed2"_s}) {
            const QByteArray pw = m_dovecot.value(u"users"_s)
                                      .toObject()
                                      .value(user)
                                      .toObject()
                                      .value(u"password"_s)
                                      .toString()
                                      .toUtf8();
            QVERIFY(!all.contains(pw));
        }
        QVERIFY(!all.contains(m_submission.value(u"password"_s).toString().toUtf8()));
        QVERIFY(!all.contains("Wrong-Pa55-9"));
    }

private Q_SLOTS:
    void initTestCase() {
        QFile state(qEnvironmentVariable("MAILSIGHT_DOVECOT_DIR") + u"/state.json"_s);
        QVERIFY2(state.open(QIODevice::ReadOnly), "the Dovecot fixture is not running");
        m_dovecot = QJsonDocument::fromJson(state.readAll()).object();
        const QString dir = qEnvironmentVariable("MAILSIGHT_SUBMISSION_DIR");
        QFile ports(dir + u"/ports.json"_s);
        QVERIFY2(ports.open(QIODevice::ReadOnly), "the submission fixture is not running");
        m_submission = QJsonDocument::fromJson(ports.readAll()).object();
        m_submissionCa = dir + u"/ca.pem"_s;
        const QJsonObject users = m_dovecot.value(u"users"_s).toObject();
        qputenv("SEEDCLI_SEED1", users.value(u"seed1"_s).toObject().value(u"password"_s).toString().toUtf8());
        qputenv("SEEDCLI_SEED2", users.value(u"seed2"_s).toObject().value(u"password"_s).toString().toUtf8());
        qputenv("SEEDCLI_SUBMIT", m_submission.value(u"password"_s).toString().toUtf8());
    }

    void inbox() {
        const QString config =
            write(u"inbox.json"_s, {{u"seeds"_s, QJsonArray{seed(u"seed1"_s)}},
                                    {u"submission"_s, submission(u"audit@example.com"_s)}});
        const CliRun r = runCli(common(config) << u"--send"_s << u"--wait"_s << u"30"_s);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject o = json(r);
        QVERIFY(o.value(u"sent"_s).toBool());
        const QJsonObject s = o.value(u"seeds"_s).toArray().first().toObject();
        QCOMPARE(s.value(u"placement"_s).toString(), u"inbox"_s);
        QVERIFY(s.value(u"arrived"_s).toBool());
        QCOMPARE(s.value(u"folder"_s).toString(), u"INBOX"_s);
        QVERIFY(s.value(u"seconds"_s).toDouble() < 30);
        QVERIFY2(s.value(u"receiverVerdict"_s).isObject(), r.out.constData());
        QVERIFY(s.value(u"ourVerdict"_s).isObject());
        QVERIFY(codes(o).isEmpty() || !codes(o).contains(u"SEED-SPAM"_s));
        QVERIFY(!o.value(u"connections"_s).toArray().isEmpty());
        noSecrets(r);
    }

    void spamByTheReceiversRule() {
        // The receiver (Postfix) writes dmarc=fail for this sender; Dovecot's Sieve files it into Junk.
        const QString config =
            write(u"spam.json"_s, {{u"seeds"_s, QJsonArray{seed(u"seed1"_s)}},
                                   {u"submission"_s, submission(u"dmarcfail@example.com"_s)}});
        const CliRun r = runCli(common(config) << u"--send"_s << u"--wait"_s << u"30"_s);
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        const QJsonObject o = json(r);
        const QJsonObject s = o.value(u"seeds"_s).toArray().first().toObject();
        QCOMPARE(s.value(u"placement"_s).toString(), u"spam"_s);
        QCOMPARE(s.value(u"folder"_s).toString(), u"Junk"_s);
        QVERIFY2(codes(o).contains(u"SEED-SPAM"_s) && codes(o).contains(u"SEED-RECEIVER-DMARC-FAIL"_s),
                 qPrintable(codes(o).join(u' ')));
    }

    void spamWithoutSpecialUseOverImplicitTls() {
        // seed2 on the host without SPECIAL-USE (its spam folder is "Spam", found by name); the
        // message goes through the implicit-TLS submission port (465-style).
        const int imaps = m_dovecot.value(u"imaps"_s).toInt();
        const int implicit = m_submission.value(u"implicit"_s).toInt();
        QJsonObject sub = submission(u"dmarcfail-2@example.com"_s);
        sub.insert(u"port"_s, implicit);
        sub.insert(u"tls"_s, u"implicit"_s);
        const QString config =
            write(u"spam2.json"_s, {{u"seeds"_s, QJsonArray{seed(u"seed2"_s)}}, {u"submission"_s, sub}});
        const QString plainHost = m_dovecot.value(u"plainCapabilityHost"_s).toString();
        const CliRun r =
            runCli({u"--demo"_s, u"--connect-to"_s, u"imap.seed.test:%1:%2:%1"_s.arg(imaps).arg(plainHost),
                    u"--connect-to"_s, u"submission.seed.test:%1:127.0.0.1:%1"_s.arg(implicit), u"seed"_s,
                    u"check"_s, u"--config"_s, config, u"--poll"_s, u"1"_s, u"--format"_s, u"json"_s,
                    u"--send"_s, u"--wait"_s, u"30"_s});
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        const QJsonObject s = json(r).value(u"seeds"_s).toArray().first().toObject();
        QCOMPARE(s.value(u"placement"_s).toString(), u"spam"_s);
        QCOMPARE(s.value(u"folder"_s).toString(), u"Spam"_s);
        noSecrets(r);
    }

    void missingWithClearMessage() {
        const QString config = write(u"missing.json"_s, {{u"seeds"_s, QJsonArray{seed(u"seed1"_s)}}});
        const CliRun r =
            runCli(QStringList(common(config).mid(0, 9)) << u"--token"_s << u"ms-never-sent-123"_s
                                                         << u"--wait"_s << u"2"_s << u"--poll"_s << u"1"_s);
        QVERIFY2(r.exitCode == 1, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("MISSING") && r.out.contains("not found in any folder within 2 s"),
                 r.out.constData());
        QVERIFY(r.out.contains("SEED-MISSING"));
    }

    void imapLoginRefused() {
        QJsonObject bad = seed(u"seed2"_s);
        bad.insert(u"passwordEnv"_s, u"SEEDCLI_WRONG"_s);
        qputenv("SEEDCLI_WRONG", "Wrong-Pa55-9");
        const QString config = write(u"login.json"_s, {{u"seeds"_s, QJsonArray{seed(u"seed1"_s), bad}}});
        const CliRun r =
            runCli(common(config) << u"--token"_s << u"ms-login-test-1"_s << u"--wait"_s << u"2"_s);
        QVERIFY2(r.exitCode == 3, (r.out + r.err).constData());
        const QJsonObject o = json(r);
        const QJsonObject s = o.value(u"seeds"_s).toArray().at(1).toObject();
        QCOMPARE(s.value(u"error"_s).toString(), u"login-refused"_s);
        QVERIFY(codes(o).contains(u"SEED-LOGIN-REFUSED"_s));
        noSecrets(r);
    }

    void caFileOnTheCommandLine() {
        // Without the seed's caFile the test CA is unknown: a bad certificate, exit 3; --ca-file
        // trusts it.
        QJsonObject bare = seed(u"seed1"_s);
        bare.remove(u"caFile"_s);
        const QString config = write(u"cafile.json"_s, {{u"seeds"_s, QJsonArray{bare}}});
        const QStringList args = common(config)
                                 << u"--token"_s << u"ms-cafile-test-1"_s << u"--wait"_s << u"0"_s;
        const CliRun refused = runCli(args);
        QVERIFY2(refused.exitCode == 3, (refused.out + refused.err).constData());
        QCOMPARE(json(refused).value(u"seeds"_s).toArray().first().toObject().value(u"error"_s).toString(),
                 u"bad-certificate"_s);
        const CliRun trusted =
            runCli(QStringList(args) << u"--ca-file"_s << m_dovecot.value(u"ca"_s).toString());
        QVERIFY2(trusted.exitCode == 1, (trusted.out + trusted.err).constData()); // looked into: missing
        QCOMPARE(
            json(trusted).value(u"seeds"_s).toArray().first().toObject().value(u"placement"_s).toString(),
            u"missing"_s);
    }

    void submissionLoginRefused() {
        QJsonObject sub = submission(u"audit@example.com"_s);
        sub.insert(u"passwordEnv"_s, u"SEEDCLI_WRONG"_s);
        qputenv("SEEDCLI_WRONG", "Wrong-Pa55-9");
        const QString config =
            write(u"sublogin.json"_s, {{u"seeds"_s, QJsonArray{seed(u"seed1"_s)}}, {u"submission"_s, sub}});
        const CliRun r =
            runCli(QStringList(common(config).mid(0, 9)) << u"--send"_s << u"--wait"_s << u"5"_s);
        QVERIFY2(r.exitCode == 3, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("535") && r.out.contains("SEED-SUBMISSION-FAILED"), r.out.constData());
        noSecrets(r);
    }

    void sharedConfigWithPasswordRefused() {
        QJsonObject inlinePw = seed(u"seed1"_s);
        inlinePw.remove(u"passwordEnv"_s);
        inlinePw.insert(u"password"_s, u"Wrong-Pa55-9"_s);
        const QString path = write(u"shared.json"_s, {{u"seeds"_s, QJsonArray{inlinePw}}});
        const CliRun r =
            runCli({u"seed"_s, u"check"_s, u"--config"_s, path, u"--token"_s, u"ms-shared-test-1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("chmod 600 " + path.toUtf8()), r.err.constData());
        noSecrets(r);
    }

    void configMeansArgumentsFileElsewhere() {
        // For the other commands --config still names an arguments file.
        const QString args = m_dir.filePath(u"args.conf"_s);
        QFile f(args);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# arguments\n--format json\n");
        f.close();
        const CliRun r = runCli({u"--config"_s, args, u"findings"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(r.out).isArray() || QJsonDocument::fromJson(r.out).isObject(),
                 r.out.left(200).constData());
        QVERIFY(r.out.contains("SEED-SPAM"));
        // And a seed configuration is not read as an arguments file when the command is seed,
        // wherever the option stands.
        const QString config = write(u"order.json"_s, {{u"seeds"_s, QJsonArray{seed(u"seed1"_s)}}});
        const CliRun seedFirst =
            runCli({u"--config"_s, config, u"--demo"_s, u"seed"_s, u"check"_s, u"--token"_s,
                    u"ms-order-test-1"_s, u"--wait"_s, u"0"_s, u"--connect-to"_s,
                    u"imap.seed.test:%1:127.0.0.1:%1"_s.arg(m_dovecot.value(u"imaps"_s).toInt())});
        QVERIFY2(seedFirst.exitCode == 1,
                 (seedFirst.out + seedFirst.err).constData()); // missing: read as the seed config
    }
};

QTEST_GUILESS_MAIN(TestSeedCli)
#include "tst_seedcli.moc"
