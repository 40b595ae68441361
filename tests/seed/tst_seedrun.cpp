// SeedRun with a fake SeedMailboxProbe (tests/seed/FakeSeedProbe.h): inbox, spam, another folder,
// missing (a clear timeout message), a refused login, an unreachable seed, cancel, the received
// copy read by the message analyzer (the receiver's verdict beside Mailsight's), and the JSON.

#include "FakeSeedProbe.h"
#include "cli/SeedRunRecorder.h"
#include "demo/DemoWorld.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "message/MessageAnalyzer.h"
#include "seed/SeedRun.h"
#include "seed/SeedTestMessage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace Qt::StringLiterals;
using E = SeedMailboxObservation::Error;

namespace {
SeedConfig config(const QStringList& names) {
    SeedConfig c;
    for (const QString& n : names) {
        SeedConfig::Seed s;
        s.account.name = n;
        s.account.host = n + u".imap.test"_s;
        s.account.user = n;
        s.account.password = u"Seed-Secret-"_s + n;
        s.address = n + u"@seeds.test"_s;
        c.seeds << s;
    }
    return c;
}

SeedRun::ProbeFactory fake(const std::shared_ptr<FakeSeedScript>& script) {
    return [script] { return std::make_unique<FakeSeedProbe>(script); };
}

SeedRun::Options watch(int waitSeconds = 2) {
    SeedRun::Options o;
    o.token = "ms-testtoken-0001";
    o.waitSeconds = waitSeconds;
    o.pollIntervalMs = 100;
    return o;
}

QStringList codes(const SeedRunResult& r) {
    QStringList out;
    for (const Finding& f : r.findings)
        out << f.code;
    return out;
}
} // namespace

class TestSeedRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inboxAndSpam() {
        auto script = std::make_shared<FakeSeedScript>();
        script->seeds[u"a"_s] = [](int n) {
            return n < 2 ? SeedMailboxObservation{} : foundIn(u"INBOX"_s, SeedPlacement::Inbox);
        };
        script->seeds[u"b"_s] = [](int) { return foundIn(u"Junk"_s, SeedPlacement::Spam); };
        SeedRun run(config({u"a"_s, u"b"_s}), fake(script));
        QList<SeedProgress> progress;
        const SeedRunResult r = run.run(watch(), [&](const SeedProgress& p) { progress << p; });
        QCOMPARE(r.seeds.size(), 2);
        QVERIFY(r.seeds.at(0).arrived);
        QCOMPARE(r.seeds.at(0).placement, SeedPlacement::Inbox);
        QCOMPARE(r.seeds.at(0).folder, u"INBOX"_s);
        QVERIFY(r.seeds.at(0).seconds.has_value());
        QVERIFY(*r.seeds.at(0).seconds >= 0.09); // found at the second look, after one poll interval
        QCOMPARE(r.seeds.at(1).placement, SeedPlacement::Spam);
        QCOMPARE(codes(r), QStringList{u"SEED-SPAM"_s});
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(script->looks.load(), 3); // a twice, b once: a found seed is not looked into again
        QCOMPARE(script->seen.first().token, QByteArray("ms-testtoken-0001"));
        QCOMPARE(script->seen.first().cleanup, SeedCleanup::Delete);
        bool sawWaiting = false, sawFound = false;
        for (const SeedProgress& p : progress) {
            sawWaiting = sawWaiting || (p.name == u"a"_s && p.state == SeedProgress::State::Waiting);
            sawFound = sawFound || (p.name == u"a"_s && p.state == SeedProgress::State::Found);
        }
        QVERIFY(sawWaiting && sawFound);
    }

    void allInbox() {
        auto script = std::make_shared<FakeSeedScript>();
        script->seeds[u"a"_s] = [](int) { return foundIn(u"INBOX"_s, SeedPlacement::Inbox); };
        SeedRun run(config({u"a"_s}), fake(script));
        const SeedRunResult r = run.run(watch());
        QCOMPARE(r.exitCode(), 0);
        QVERIFY(r.findings.isEmpty());
    }

    void otherFolder() {
        auto script = std::make_shared<FakeSeedScript>();
        script->seeds[u"a"_s] = [](int) { return foundIn(u"Archive"_s, SeedPlacement::Other); };
        SeedRun run(config({u"a"_s}), fake(script));
        const SeedRunResult r = run.run(watch());
        QCOMPARE(codes(r), QStringList{u"SEED-OTHER-FOLDER"_s});
        QCOMPARE(r.exitCode(), 0);
    }

    void missing() {
        auto script = std::make_shared<FakeSeedScript>();
        SeedRun run(config({u"a"_s}), fake(script));
        QElapsedTimer clock;
        clock.start();
        const SeedRunResult r = run.run(watch(1));
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(script->looks.load() >= 3); // polled, not looked into once
        const SeedResult& s = r.seeds.first();
        QVERIFY(!s.arrived);
        QVERIFY(!s.failed());
        QCOMPARE(s.placement, SeedPlacement::Missing);
        QVERIFY2(s.errorText.contains(u"not found in any folder within 1 s"_s) &&
                     s.errorText.contains(u"ms-testtoken-0001"_s),
                 qPrintable(s.errorText));
        QCOMPARE(codes(r), QStringList{u"SEED-MISSING"_s});
        QCOMPARE(r.exitCode(), 1);
    }

    void loginRefusedAndUnreachable() {
        auto script = std::make_shared<FakeSeedScript>();
        script->seeds[u"a"_s] = [](int) {
            return failedWith(E::LoginRefused,
                              u"a.imap.test port 993 refused the login of a: NO [AUTHENTICATIONFAILED]"_s);
        };
        script->seeds[u"b"_s] = [](int) {
            return failedWith(E::Refused, u"connection to b.imap.test port 993 refused"_s);
        };
        script->seeds[u"c"_s] = [](int) { return foundIn(u"INBOX"_s, SeedPlacement::Inbox); };
        SeedRun run(config({u"a"_s, u"b"_s, u"c"_s}), fake(script));
        QElapsedTimer clock;
        clock.start();
        const SeedRunResult r = run.run(watch(30));
        QVERIFY2(clock.elapsed() < 5000, "a seed that cannot be looked into is not waited for");
        QCOMPARE(r.seeds.at(0).error, E::LoginRefused);
        QCOMPARE(r.seeds.at(1).error, E::Refused);
        QCOMPARE(codes(r), (QStringList{u"SEED-LOGIN-REFUSED"_s, u"SEED-UNREACHABLE"_s}));
        QCOMPARE(r.exitCode(), 3);
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(json.contains("\"login-refused\""));
        QVERIFY(!json.contains("Seed-Secret"));
    }

    void transientFailureAfterAGoodLookIsRetried() {
        auto script = std::make_shared<FakeSeedScript>();
        script->seeds[u"a"_s] = [](int n) {
            if (n == 2)
                return failedWith(E::Timeout, u"no answer"_s);
            return n < 3 ? SeedMailboxObservation{} : foundIn(u"INBOX"_s, SeedPlacement::Inbox);
        };
        SeedRun run(config({u"a"_s}), fake(script));
        const SeedRunResult r = run.run(watch(5));
        QVERIFY(r.seeds.first().arrived);
        QCOMPARE(r.exitCode(), 0);
    }

    void cancel() {
        auto script = std::make_shared<FakeSeedScript>();
        script->blockUntilCancelled = true;
        SeedRun run(config({u"a"_s, u"b"_s}), fake(script));
        std::thread canceller([&] {
            while (script->looks.load() == 0)
                QThread::msleep(10);
            QThread::msleep(100);
            run.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const SeedRunResult r = run.run(watch(60));
        canceller.join();
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(r.cancelled);
        QCOMPARE(r.exitCode(), 3);
        QVERIFY(r.seeds.first().errorText.contains(u"cancelled"_s));
        QVERIFY(!codes(r).contains(u"SEED-MISSING"_s));
    }

    void sendWithoutSubmissionServer() {
        auto script = std::make_shared<FakeSeedScript>();
        SeedRun run(config({u"a"_s}), fake(script));
        SeedRun::Options o = watch();
        o.send = true;
        const SeedRunResult r = run.run(o);
        QVERIFY(!r.sent);
        QCOMPARE(script->looks.load(), 0);
        QCOMPARE(codes(r), QStringList{u"SEED-SUBMISSION-FAILED"_s});
        QCOMPARE(r.exitCode(), 3);
        // Not looked into is not "missing": no placement, and the error says why; the history
        // does not keep a run that measured nothing.
        const QJsonObject seed = r.toJson().value(u"seeds"_s).toArray().first().toObject();
        QVERIFY(seed.value(u"placement"_s).isNull());
        QCOMPARE(seed.value(u"error"_s).toString(), u"not-sent"_s);
        QTemporaryDir dir;
        QString out, err;
        QTextStream os(&out), es(&err);
        CliContext context(os, es);
        context.historyPath = dir.filePath(u"not-sent.sqlite"_s);
        QCOMPARE(SeedRunRecorder::record(context, r, u"example.com"_s, std::nullopt), 0);
        es.flush();
        QVERIFY2(err.contains(u"not stored"_s), qPrintable(err));
        QVERIFY(!QFile::exists(context.historyPath));
    }

    void receivedCopyIsAnalyzed() {
        // The demo's rotated-key message: the receiver's Authentication-Results said DKIM pass at
        // delivery, the key is gone from DNS now.
        QFile f(u":/demo/messages/example.com-rotated-key.eml"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray copy = f.readAll();
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY2(zones.has_value(), qPrintable(zones ? QString() : zones.error()));
        auto session = std::make_shared<DnsSession>(*zones);
        auto script = std::make_shared<FakeSeedScript>();
        script->seeds[u"a"_s] = [copy](int) { return foundIn(u"INBOX"_s, SeedPlacement::Inbox, copy); };
        SeedRun run(config({u"a"_s}), fake(script), {}, nullptr, session);
        const SeedRunResult r = run.run(watch());
        const SeedResult& s = r.seeds.first();
        QVERIFY(s.analysis.has_value());
        QVERIFY(s.analysis->receiver.isPresent());
        QCOMPARE(s.analysis->receiver.authServId, u"mx.mailbox.test"_s);
        const QJsonObject o = s.toJson();
        QVERIFY(o.value(u"receiverVerdict"_s).isObject());
        QVERIFY(o.value(u"ourVerdict"_s).toObject().contains(u"dmarc"_s));
        QCOMPARE(o.value(u"differences"_s).toArray().size(), s.analysis->differences.size());
        QVERIFY2(!s.analysis->differences.isEmpty(), "the rotated key makes the verdicts differ");
        QVERIFY(codes(r).contains(u"SEED-VERDICT-DIFFERS"_s));
    }

    void testMessage() {
        const QByteArray token = SeedTestMessage::newToken();
        QVERIFY(SeedTestMessage::isToken(token));
        QVERIFY(token != SeedTestMessage::newToken());
        QVERIFY(!SeedTestMessage::isToken("ms-bad token"));
        const QByteArray m =
            SeedTestMessage::build(u"audit@example.com"_s, {u"a@seeds.test"_s, u"b@seeds.test"_s}, token,
                                   QDateTime(QDate(2026, 12, 5), QTime(20, 0), Qt::UTC));
        const QList<MailMessage> read = MessageAnalyzer::readInput(m, u"test"_s, false);
        QCOMPARE(read.size(), 1);
        QCOMPARE(MessageAnalyzer::fromAddresses(read.first()), QStringList{u"audit@example.com"_s});
        QVERIFY(m.contains("\r\nX-Mailsight-Token: " + token + "\r\n"));
        QVERIFY(m.contains("\r\nSubject: Mailsight seed test " + token + "\r\n"));
        QVERIFY(m.contains("\r\nTo: a@seeds.test, b@seeds.test\r\n"));
        QVERIFY(m.contains("\r\nDate: Sat, 05 Dec 2026 20:00:00 +0000\r\n"));
        QVERIFY(m.contains("\r\nMessage-ID: <" + token + "@example.com>\r\n"));
        QVERIFY(m.contains("\r\n\r\nThis is a deliverability test"));
    }

    void jsonShape() {
        auto script = std::make_shared<FakeSeedScript>();
        script->seeds[u"a"_s] = [](int) { return foundIn(u"INBOX"_s, SeedPlacement::Inbox); };
        SeedRun run(config({u"a"_s, u"b"_s}), fake(script));
        const QJsonObject o = run.run(watch(0)).toJson();
        QCOMPARE(o.value(u"token"_s).toString(), u"ms-testtoken-0001"_s);
        QCOMPARE(o.value(u"sent"_s).toBool(true), false);
        QVERIFY(o.value(u"findings"_s).isArray());
        const QJsonArray seeds = o.value(u"seeds"_s).toArray();
        QCOMPARE(seeds.size(), 2);
        for (const QString& key : {u"name"_s, u"arrived"_s, u"seconds"_s, u"folder"_s, u"placement"_s,
                                   u"receiverVerdict"_s, u"ourVerdict"_s, u"differences"_s, u"error"_s})
            QVERIFY2(seeds.at(0).toObject().contains(key) && seeds.at(1).toObject().contains(key),
                     qPrintable(key));
        QCOMPARE(seeds.at(0).toObject().value(u"placement"_s).toString(), u"inbox"_s);
        QCOMPARE(seeds.at(1).toObject().value(u"placement"_s).toString(), u"missing"_s);
        QVERIFY(seeds.at(1).toObject().value(u"seconds"_s).isNull());
        QVERIFY(seeds.at(1).toObject().value(u"error"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSeedRun)
#include "tst_seedrun.moc"
