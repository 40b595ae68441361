// ImapSeedProbe against a real Dovecot (tests/seed/dovecot_fixture.py): messages delivered over
// LMTP (a Sieve rule files dmarc=fail into the spam folder), then found in INBOX, in Junk by
// SPECIAL-USE, in "Spam" by name on a server without SPECIAL-USE, in a mapped folder with a
// modified UTF-7 name; not found; a wrong password; a self-signed certificate; STARTTLS; a refused
// port; Delete and Move (with and without UIDPLUS/MOVE) leaving other messages alone; cancel();
// ImapConnection against a local misbehaving server: trickling and chattering time out, a flood of
// untagged responses is refused.
#include "TestSupport.h"
#include "net/ConnectionLog.h"
#include "seed/ImapConnection.h"
#include "seed/ImapMailboxName.h"
#include "seed/ImapSeedProbe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QByteArray newToken() {
    return "t-" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

// A server in the test's own thread (ImapConnection runs this thread's event loop while it waits)
// that never lets a wait end: the greeting one byte every 50 ms (Trickle), an untagged "* OK x"
// every 50 ms after a command (Chatter), or 100,001 untagged responses at once (Flood).
class MisbehavingServer : public QObject {
public:
    enum class Mode { Trickle, Chatter, Flood };
    explicit MisbehavingServer(Mode mode)
        : m_mode(mode) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_peer->write(m_mode == Mode::Trickle ? "x" : "* OK x\r\n"); });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept() {
        m_peer = m_server.nextPendingConnection();
        if (m_mode == Mode::Trickle) {
            m_peer->write("* OK ");
            m_timer.start();
            return;
        }
        m_peer->write("* OK hi\r\n");
        connect(m_peer, &QIODevice::readyRead, this, [this] {
            m_peer->readAll();
            if (m_mode == Mode::Chatter) {
                m_timer.start();
                return;
            }
            QByteArray flood;
            for (int i = 0; i <= ImapConnection::maxUntaggedResponses; ++i)
                flood += "* 1 EXISTS\r\n";
            m_peer->write(flood + "M001 OK done\r\n");
        });
    }
    Mode m_mode;
    QTcpServer m_server;
    QTimer m_timer;
    QTcpSocket* m_peer = nullptr;
};
} // namespace

class TestImapSeedProbe : public QObject {
    Q_OBJECT
private:
    QJsonObject m_state;
    QList<QSslCertificate> m_ca, m_selfSigned;
    QTemporaryDir m_tmp;

    QString password(const QString& user) const {
        return m_state[u"users"_s][user][u"password"_s].toString();
    }
    SeedAccount account(const QString& user, SeedTlsMode tls = SeedTlsMode::Implicit) const {
        SeedAccount a;
        a.name = user;
        a.host =
            user == u"seed2"_s ? m_state[u"plainCapabilityHost"_s].toString() : m_state[u"host"_s].toString();
        a.port = quint16(m_state[tls == SeedTlsMode::Implicit ? u"imaps"_s : u"imap"_s].toInt());
        a.tls = tls;
        a.user = user;
        a.password = password(user);
        a.extraCa = m_ca;
        return a;
    }
    // The message as delivered (CRLF lines): Dovecot prepends its trace headers, the rest is kept.
    QByteArray deliver(const QString& user, const QByteArray& token, const QByteArray& extraHeaders = {}) {
        const QByteArray message = extraHeaders + "From: sender@sender.test\r\nTo: " + user.toLatin1() +
                                   "@seed.test\r\nSubject: seed test\r\nX-Mailsight-Token: " + token +
                                   "\r\nMessage-ID: <" + token +
                                   "@sender.test>\r\n\r\nHello.\r\n.leading dot\r\n";
        const QString path = m_tmp.filePath(QString::fromLatin1(token) + u".eml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(message) != message.size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        QProcess p;
        p.start(u"/usr/bin/python3"_s, {qEnvironmentVariable("MAILSIGHT_DOVECOT_SCRIPT"), u"deliver"_s,
                                        qEnvironmentVariable("MAILSIGHT_DOVECOT_DIR"), user, path});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            qFatal("delivery failed: %s", p.readAllStandardError().constData());
        return message;
    }
    // The flags of every message carrying `token` in `folder`, read with our own connection.
    std::optional<QList<QList<QByteArray>>> flagsIn(const QString& user, const QString& folder,
                                                    const QByteArray& token, bool markDeleted = false) {
        const SeedAccount a = account(user);
        QEventLoop loop;
        std::atomic_bool never{false};
        ImapConnection c(loop, never);
        if (!c.open(a.host, a.port, a.host, true, m_ca, 5000))
            return std::nullopt;
        const QByteArray plain =
            (QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + a.password.toUtf8()).toBase64();
        if (const auto in = c.command("AUTHENTICATE PLAIN " + plain, 5000); !in || !in->ok())
            return std::nullopt;
        const auto sel = c.command((markDeleted ? "SELECT " : "EXAMINE ") +
                                       *ImapMailboxName::quote(ImapMailboxName::encode(folder)),
                                   5000);
        if (!sel || !sel->ok())
            return std::nullopt;
        auto s = c.command("UID SEARCH HEADER X-Mailsight-Token \"" + token + '"', 5000);
        if (!s || !s->ok())
            return std::nullopt;
        QList<QList<QByteArray>> out;
        QByteArrayList uids;
        for (const ImapResponse& r : s->untagged)
            for (const quint32 u : r.search)
                uids << QByteArray::number(u);
        if (uids.isEmpty())
            return out;
        if (markDeleted)
            (void)c.command("UID STORE " + uids.join(',') + R"( +FLAGS.SILENT (\Deleted))", 5000);
        auto f = c.command("UID FETCH " + uids.join(',') + " (FLAGS)", 5000);
        if (!f || !f->ok())
            return std::nullopt;
        for (const ImapResponse& r : f->untagged)
            if (r.name == "FETCH")
                out << r.flags;
        (void)c.command("LOGOUT", 2000);
        return out;
    }
    qsizetype countIn(const QString& user, const QString& folder, const QByteArray& token) {
        const auto flags = flagsIn(user, folder, token);
        return flags ? flags->size() : -1;
    }
    SeedMailboxObservation look(const SeedAccount& a, const QByteArray& token,
                                SeedCleanup cleanup = SeedCleanup::Keep, const QString& moveTo = {},
                                ConnectionLog* log = nullptr) {
        ImapSeedProbe probe({}, log);
        SeedLook what;
        what.token = token;
        what.cleanup = cleanup;
        what.moveTo = moveTo;
        // Above Dovecot's authentication penalty (up to 15 s for an address with failed logins,
        // which wrongPassword() and the other seed tests sharing this Dovecot leave behind): an
        // 8 s deadline failed once under load, right after wrongPassword().
        what.timeoutMs = 20000;
        return probe.look(a, what);
    }

private Q_SLOTS:
    void initTestCase() {
        QFile f(qEnvironmentVariable("MAILSIGHT_DOVECOT_DIR") + u"/state.json"_s);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the dovecot fixture did not start (dovecot_start)");
        m_state = QJsonDocument::fromJson(f.readAll()).object();
        m_ca = QSslCertificate::fromPath(m_state[u"ca"_s].toString());
        m_selfSigned = QSslCertificate::fromPath(m_state[u"selfSignedCert"_s].toString());
        QCOMPARE(m_ca.size(), 1);
        QCOMPARE(m_selfSigned.size(), 1);
    }

    void foundInInboxUnread() {
        const QByteArray token = newToken();
        const QByteArray sent = deliver(u"seed3"_s, token);
        ConnectionLog log;
        const SeedMailboxObservation o = look(account(u"seed3"_s), token, SeedCleanup::Keep, {}, &log);
        QVERIFY2(!o.failed(), qPrintable(o.errorText));
        QVERIFY(o.found);
        QCOMPARE(o.placement, SeedPlacement::Inbox);
        QCOMPARE(o.folder, u"INBOX"_s);
        QVERIFY(o.message.endsWith(sent)); // byte for byte, after Dovecot's trace headers
        QVERIFY(o.message.contains("Delivered-To:"));
        QVERIFY(!o.cleaned);
        const auto flags = flagsIn(u"seed3"_s, u"INBOX"_s, token);
        QVERIFY(flags && flags->size() == 1);
        QVERIFY(!flags->first().contains("\\Seen")); // BODY.PEEK[]
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.entries().first().protocol, u"imaps"_s);
        QCOMPARE(log.entries().first().outcome, u"ok"_s);
        QVERIFY(log.entries().first().tlsVersion.startsWith(u"TLSv1."_s));
        QVERIFY(!log.entries().first().chain.isEmpty());
        // Then Delete: gone from INBOX.
        const SeedMailboxObservation d = look(account(u"seed3"_s), token, SeedCleanup::Delete);
        QVERIFY(d.found && d.cleaned);
        QCOMPARE(countIn(u"seed3"_s, u"INBOX"_s, token), 0);
    }

    void dmarcFailFiledIntoJunkFoundBySpecialUse() {
        // seed1: password with quotes and a backslash (LOGIN's quoted string), Junk flagged \Junk.
        const QByteArray token = newToken();
        deliver(u"seed1"_s, token,
                "Authentication-Results: mx.seed.test; spf=pass; dmarc=fail header.from=sender.test\r\n");
        const SeedMailboxObservation o = look(account(u"seed1"_s), token, SeedCleanup::Delete);
        QVERIFY2(!o.failed(), qPrintable(o.errorText));
        QVERIFY(o.found);
        QCOMPARE(o.placement, SeedPlacement::Spam);
        QCOMPARE(o.folder, u"Junk"_s);
        QVERIFY(o.cleaned);
        QCOMPARE(countIn(u"seed1"_s, u"Junk"_s, token), 0);
    }

    void spamByNameWithoutSpecialUse() {
        // seed2 on 127.0.0.3: no SPECIAL-USE, MOVE or UIDPLUS advertised; its folder is "Spam".
        const QByteArray token = newToken();
        deliver(u"seed2"_s, token,
                "Authentication-Results: mx.seed.test; dmarc=fail (p=reject) header.from=x.test\r\n");
        const SeedMailboxObservation o = look(account(u"seed2"_s), token);
        QVERIFY2(!o.failed(), qPrintable(o.errorText));
        QCOMPARE(o.placement, SeedPlacement::Spam);
        QCOMPARE(o.folder, u"Spam"_s);
    }

    void mappedSpamFolderWithUtf7Name() {
        const QByteArray token = newToken();
        deliver(u"seed3"_s, token, "Authentication-Results: mx.seed.test; dmarc=fail header.from=x.test\r\n");
        SeedAccount a = account(u"seed3"_s);
        QCOMPARE(look(a, token).placement, SeedPlacement::Other); // not a usual spam name, not \Junk
        a.folders.insert(u"spam"_s, u"Indésirables"_s);
        const SeedMailboxObservation o = look(a, token, SeedCleanup::Delete);
        QCOMPARE(o.placement, SeedPlacement::Spam);
        QCOMPARE(o.folder, u"Indésirables"_s);
        QVERIFY(o.cleaned);
    }

    void notFoundIsNoError() {
        const SeedMailboxObservation o = look(account(u"seed1"_s), newToken());
        QVERIFY2(!o.failed(), qPrintable(o.errorText));
        QVERIFY(!o.found);
        QCOMPARE(o.placement, SeedPlacement::Missing);
    }

    void badTokenRefusedBeforeConnecting() {
        ConnectionLog log;
        const SeedMailboxObservation o = look(account(u"seed1"_s), "a\" OR ALL", SeedCleanup::Keep, {}, &log);
        QCOMPARE(o.error, SeedMailboxObservation::Error::Protocol);
        QCOMPARE(log.size(), 0);
    }

    void wrongPassword() {
        SeedAccount a = account(u"seed1"_s);
        a.password = u"Wr0ng-Secret-4711"_s;
        ConnectionLog log;
        const SeedMailboxObservation o = look(a, newToken(), SeedCleanup::Keep, {}, &log);
        QCOMPARE(o.error, SeedMailboxObservation::Error::LoginRefused);
        QCOMPARE(seedErrorName(o.error), u"login-refused"_s);
        QVERIFY2(o.errorText.contains(u"seed1@127.0.0.1 port %1"_s.arg(a.port)), qPrintable(o.errorText));
        QVERIFY(!o.errorText.contains(a.password));
        QVERIFY(!o.errorText.contains(u"Secret"_s));
        QCOMPARE(log.entries().first().outcome, u"login-refused"_s);
        QVERIFY(!QJsonDocument(log.toJson()).toJson().contains("Secret"));
        // A password LOGIN cannot quote goes by AUTHENTICATE PLAIN; refused the same way.
        SeedAccount b = account(u"seed3"_s);
        b.password = u"Wr0ng-Sécret-4711"_s;
        const SeedMailboxObservation p = look(b, newToken());
        QCOMPARE(p.error, SeedMailboxObservation::Error::LoginRefused);
        QVERIFY2(p.errorText.contains(u"seed3@127.0.0.1 port"_s), qPrintable(p.errorText));
        QVERIFY(!p.errorText.contains(u"Sécret"_s));
    }

    void selfSignedRefusedUnlessTrusted() {
        SeedAccount a = account(u"seed3"_s);
        a.host = m_state[u"selfSignedHost"_s].toString();
        a.port = quint16(m_state[u"selfsigned"_s].toInt());
        a.extraCa.clear();
        SeedMailboxObservation o = look(a, newToken());
        QCOMPARE(o.error, SeedMailboxObservation::Error::TlsCertificate);
        QVERIFY2(o.errorText.contains(u"not trusted"_s), qPrintable(o.errorText));
        a.extraCa = m_selfSigned; // --ca-file
        o = look(a, newToken());
        QVERIFY2(!o.failed(), qPrintable(o.errorText));
        // The same through NetOptions (the CLI's --ca-file for every seed).
        a.extraCa.clear();
        NetOptions options;
        options.extraCa = m_selfSigned;
        ImapSeedProbe probe(options);
        SeedLook what;
        what.token = newToken();
        QVERIFY(!probe.look(a, what).failed());
        // --connect-to: the name TLS checks stays the seed's host. The test CA's certificate names
        // imap.seed.test (accepted) but not wrong.seed.test (refused, a name mismatch).
        a.extraCa = m_ca;
        a.port = quint16(m_state[u"imaps"_s].toInt());
        NetOptions redirect;
        for (const QString& name : {u"imap.seed.test"_s, u"wrong.seed.test"_s})
            redirect.connectTo << *ConnectToRule::parse(u"%1:%2:127.0.0.1:%2"_s.arg(name).arg(a.port));
        ImapSeedProbe redirected(redirect);
        a.host = u"imap.seed.test"_s;
        QVERIFY(!redirected.look(a, what).failed());
        a.host = u"wrong.seed.test"_s;
        const SeedMailboxObservation mismatch = redirected.look(a, what);
        QCOMPARE(mismatch.error, SeedMailboxObservation::Error::TlsCertificate);
        QVERIFY2(mismatch.errorText.contains(u"wrong.seed.test"_s), qPrintable(mismatch.errorText));
    }

    void startTls() {
        const QByteArray token = newToken();
        deliver(u"seed3"_s, token);
        ConnectionLog log;
        const SeedMailboxObservation o =
            look(account(u"seed3"_s, SeedTlsMode::StartTls), token, SeedCleanup::Delete, {}, &log);
        QVERIFY2(!o.failed(), qPrintable(o.errorText));
        QVERIFY(o.found && o.cleaned);
        QCOMPARE(log.entries().first().protocol, u"imap"_s);
        QVERIFY(!log.entries().first().tlsVersion.isEmpty());
        // Implicit TLS against the STARTTLS port: a handshake failure, named.
        SeedAccount wrong = account(u"seed3"_s, SeedTlsMode::StartTls);
        wrong.tls = SeedTlsMode::Implicit;
        const SeedMailboxObservation w = look(wrong, newToken());
        QVERIFY(w.error == SeedMailboxObservation::Error::TlsHandshake ||
                w.error == SeedMailboxObservation::Error::Timeout);
        // STARTTLS against the IMAPS port: no plain greeting ever comes (the server waits for a
        // ClientHello): a timeout, never a login in the clear.
        SeedAccount other = account(u"seed3"_s);
        other.tls = SeedTlsMode::StartTls;
        ImapSeedProbe probe;
        SeedLook what;
        what.token = newToken();
        what.timeoutMs = 1000;
        QCOMPARE(probe.look(other, what).error, SeedMailboxObservation::Error::Timeout);
    }

    void startTlsNotOfferedIsRefused() {
        SeedAccount a = account(u"seed3"_s, SeedTlsMode::StartTls);
        a.host = m_state[u"noStartTlsHost"_s].toString();
        const SeedMailboxObservation o = look(a, newToken());
        QCOMPARE(o.error, SeedMailboxObservation::Error::TlsHandshake);
        QVERIFY2(o.errorText.contains(u"does not offer STARTTLS"_s), qPrintable(o.errorText));
        QVERIFY(o.errorText.contains(u"127.0.0.4 port %1"_s.arg(a.port)));
    }

    void refusedPort() {
        SeedAccount a = account(u"seed1"_s);
        a.port = quint16(m_state[u"refused"_s].toInt());
        ConnectionLog log;
        const SeedMailboxObservation o = look(a, newToken(), SeedCleanup::Keep, {}, &log);
        QCOMPARE(o.error, SeedMailboxObservation::Error::Refused);
        QVERIFY(o.errorText.contains(QString::number(a.port)));
        QCOMPARE(log.entries().first().outcome, u"refused"_s);
    }

    void deleteLeavesOtherMessages_data() {
        QTest::addColumn<QString>("user");
        QTest::newRow("UIDPLUS (seed3)") << u"seed3"_s;
        QTest::newRow("no UIDPLUS (seed2)") << u"seed2"_s;
    }
    void deleteLeavesOtherMessages() {
        QFETCH(QString, user);
        const QByteArray ours = newToken(), keep = newToken(), keepDeleted = newToken();
        deliver(user, ours);
        deliver(user, keep);
        deliver(user, keepDeleted);
        QVERIFY(flagsIn(user, u"INBOX"_s, keepDeleted, true)); // another client's \Deleted, not expunged yet
        const SeedMailboxObservation o = look(account(user), ours, SeedCleanup::Delete);
        QVERIFY2(o.found && o.cleaned, qPrintable(o.errorText));
        QCOMPARE(countIn(user, u"INBOX"_s, ours), 0);
        QCOMPARE(countIn(user, u"INBOX"_s, keep), 1);
        const auto flags = flagsIn(user, u"INBOX"_s, keepDeleted);
        QVERIFY(flags && flags->size() == 1);
        QVERIFY(flags->first().contains("\\Deleted"));
    }

    // IMAP's SEARCH matches substrings: a message whose token starts with ours (delivered first,
    // so its UID is lower) is neither read as ours nor removed with it.
    void onlyTheMessageCarryingTheTokenIsReadAndRemoved() {
        const QByteArray ours = newToken();
        const QByteArray longer = ours + "-2";
        deliver(u"seed3"_s, longer);
        deliver(u"seed3"_s, ours);
        const SeedMailboxObservation o = look(account(u"seed3"_s), ours, SeedCleanup::Delete);
        QVERIFY2(o.found && o.cleaned, qPrintable(o.errorText));
        QVERIFY(o.message.contains("X-Mailsight-Token: " + ours + "\r\n"));
        QCOMPARE(countIn(u"seed3"_s, u"INBOX"_s, longer), 1);
        QVERIFY(!look(account(u"seed3"_s), ours).found);
        QVERIFY(look(account(u"seed3"_s), longer, SeedCleanup::Delete).cleaned);
    }

    void move_data() {
        QTest::addColumn<QString>("user");
        QTest::newRow("MOVE (seed1)") << u"seed1"_s;
        QTest::newRow("COPY and delete (seed2)") << u"seed2"_s;
    }
    void move() {
        QFETCH(QString, user);
        const QByteArray token = newToken();
        deliver(user, token);
        const SeedMailboxObservation o = look(account(user), token, SeedCleanup::Move, u"Archive"_s);
        QVERIFY2(o.found && o.cleaned, qPrintable(o.errorText));
        QCOMPARE(o.placement, SeedPlacement::Inbox);
        QCOMPARE(countIn(user, u"INBOX"_s, token), 0);
        QCOMPARE(countIn(user, u"Archive"_s, token), 1);
        // The moved copy is not found again as a placement.
        QVERIFY(!look(account(user), token, SeedCleanup::Move, u"Archive"_s).found);
        // A target that does not exist: found all the same, not cleaned, and said why.
        const QByteArray second = newToken();
        deliver(user, second);
        const SeedMailboxObservation n = look(account(user), second, SeedCleanup::Move, u"No Such Folder"_s);
        QVERIFY(n.found && !n.cleaned && !n.failed());
        QVERIFY(n.errorText.contains(u"could not move"_s));
    }

    // The timeout is a deadline from the start of the wait, not an idle time: a server that keeps
    // sending (a byte of its greeting, or an untagged line, every 50 ms) still times out.
    void tricklingGreetingTimesOut() {
        MisbehavingServer server(MisbehavingServer::Mode::Trickle);
        QEventLoop loop;
        std::atomic_bool never{false};
        ImapConnection c(loop, never);
        QElapsedTimer clock;
        clock.start();
        const auto g = c.open(u"127.0.0.1"_s, server.port(), u"127.0.0.1"_s, false, {}, 600);
        QVERIFY(!g);
        QCOMPARE(g.error().error, SeedMailboxObservation::Error::Timeout);
        QVERIFY2(g.error().text.contains(u"127.0.0.1 port %1"_s.arg(server.port())),
                 qPrintable(g.error().text));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void chattyServerTimesOutTheCommand() {
        MisbehavingServer server(MisbehavingServer::Mode::Chatter);
        QEventLoop loop;
        std::atomic_bool never{false};
        ImapConnection c(loop, never);
        QVERIFY(c.open(u"127.0.0.1"_s, server.port(), u"127.0.0.1"_s, false, {}, 2000));
        QElapsedTimer clock;
        clock.start();
        const auto r = c.command("NOOP", 600);
        QVERIFY(!r);
        QCOMPARE(r.error().error, SeedMailboxObservation::Error::Timeout);
        QVERIFY2(r.error().text.contains(u"127.0.0.1 port %1"_s.arg(server.port())),
                 qPrintable(r.error().text));
        QVERIFY2(r.error().text.contains(u"NOOP"_s), qPrintable(r.error().text));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void untaggedFloodIsRefused() {
        MisbehavingServer server(MisbehavingServer::Mode::Flood);
        QEventLoop loop;
        std::atomic_bool never{false};
        ImapConnection c(loop, never);
        QVERIFY(c.open(u"127.0.0.1"_s, server.port(), u"127.0.0.1"_s, false, {}, 2000));
        const auto r = c.command("NOOP", 20000);
        QVERIFY(!r);
        QCOMPARE(r.error().error, SeedMailboxObservation::Error::Protocol);
        QVERIFY2(r.error().text.contains(u"more than 100000 responses"_s), qPrintable(r.error().text));
    }

    void cancelFromAnotherThread() {
        TestSupport::SilentTcpServer silent;
        SeedAccount a = account(u"seed1"_s);
        a.port = silent.port();
        ImapSeedProbe probe;
        SeedLook what;
        what.token = newToken();
        what.timeoutMs = 20000;
        QThread* canceller = QThread::create([&probe] {
            QThread::msleep(300);
            probe.cancel();
        });
        canceller->start();
        QElapsedTimer clock;
        clock.start();
        const SeedMailboxObservation o = probe.look(a, what);
        canceller->wait();
        delete canceller;
        QCOMPARE(o.error, SeedMailboxObservation::Error::Cancelled);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(probe.look(account(u"seed1"_s), what).error, SeedMailboxObservation::Error::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestImapSeedProbe)
#include "tst_imapseedprobe.moc"
