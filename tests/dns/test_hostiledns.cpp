// Mailsight against a deliberately broken DNS server (tests/dns/hostile/hostile_dns.py, started by
// the hostiledns fixture): every bad answer is refused or bounded and named, nothing crashes or
// hangs, and the question count stays bounded. Each case runs through resolve() and through the
// asynchronous path, then through the CLI (lookup, spf, audit).
#include "TestSupport.h"
#include "dns/LdnsResolver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>
#include <future>

using namespace Qt::StringLiterals;

namespace {
const QString Zone = u"hostile.test"_s;
constexpr int TimeoutMs = 600;

DnsAnswer ask(Resolver& resolver, const QString& name, DnsRecordType type, bool async) {
    if (!async)
        return resolver.resolve(name, type);
    auto promise = std::make_shared<std::promise<DnsAnswer>>();
    auto future = promise->get_future();
    resolver.resolveAsync(name, type, false, [promise](DnsAnswer a) { promise->set_value(std::move(a)); });
    return future.get();
}

struct LoggedQuestion {
    QString proto;
    int id = 0;
    int port = 0;
    int type = 0;
    int edns = 0;
    QString name;
};

qint64 rssKb() {
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}
} // namespace

class TestHostileDns : public QObject {
    Q_OBJECT
private:
    QString m_dir;
    quint16 m_port = 0;

    QString server() const { return u"127.0.0.1:%1"_s.arg(m_port); }
    LdnsResolver resolver(int timeoutMs = TimeoutMs) const {
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, m_port}};
        o.timeoutMs = timeoutMs;
        o.retries = 0;
        return LdnsResolver(o);
    }
    QList<LoggedQuestion> questions() const {
        QList<LoggedQuestion> out;
        QFile f(m_dir + u"/queries.log"_s);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QList<QByteArray> p = line.split(' ');
            if (p.size() != 6)
                continue;
            out.append({QString::fromLatin1(p[0]), p[1].toInt(), p[2].toInt(), p[3].toInt(), p[4].toInt(),
                        QString::fromLatin1(p[5])});
        }
        return out;
    }
    qsizetype countQuestions(const std::function<bool(const QString&)>& match) const {
        const QList<LoggedQuestion> all = questions();
        return std::count_if(all.cbegin(), all.cend(),
                             [&](const LoggedQuestion& q) { return match(q.name); });
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir = qEnvironmentVariable("MAILSIGHT_HOSTILE_DIR");
        QFile f(m_dir + u"/port"_s);
        QVERIFY2(f.open(QIODevice::ReadOnly), "the hostiledns fixture did not start");
        m_port = static_cast<quint16>(f.readAll().trimmed().toUInt());
        QVERIFY(m_port != 0);
    }

    void badReplies_data() {
        QTest::addColumn<bool>("async");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("error"); // a part of the error text that names what happened
        QTest::addColumn<int>("minRecords");
        for (const bool async : {false, true}) {
            const char* how = async ? "async" : "resolve";
            auto row = [&](const char* label, const char* outcome, const char* error, int minRecords) {
                QTest::addRow("%s %s", how, label)
                    << async << QString::fromLatin1(label) << QString::fromLatin1(outcome)
                    << QString::fromLatin1(error) << minRecords;
            };
            // Ignored while the real reply is awaited (RFC 5452 §9.1); the real reply wins.
            row("ok", "answer", "", 1);
            row("upcase", "answer", "", 1); // the question echoed in another case still matches
            row("wrongid", "answer", "", 1);
            row("wrongq", "answer", "", 1);
            row("otherport", "answer", "", 1);
            row("otheraddr", "answer", "", 1);
            row("flood", "answer", "", 1);
            // Only forgeries: the timeout wins, and says what was ignored.
            row("onlywrong", "timeout", "did not answer the question were ignored", 0);
            // Malformed: a format error, never "no record".
            row("garbled", "format-error", "malformed", 0);
            row("ptrloop", "format-error", "malformed", 0);
            row("longlabel", "format-error", "malformed", 0);
            row("longname", "format-error", "malformed", 0);
            row("counts", "format-error", "malformed", 0);
            // Truncated over UDP, then TCP in its various ways.
            row("tcbig", "answer", "", 300);
            row("tctc", "answer", "", 1);
            row("manytxt", "answer", "", 2000);
            row("tcstall", "timeout", "TCP", 0);
            row("tcclose", "network-error", "closed the TCP connection", 0);
            // CNAME chains, one link per reply.
            row("chain0", "cname-chain", "past 16 aliases", 0);
            row("chain90", "answer", "", 1);
            row("loopa", "cname-chain", "CNAME loop", 0);
            // Late and silent servers.
            row("late", "timeout", "did not answer", 0);
            row("silent", "timeout", "did not answer", 0);
        }
    }
    void badReplies() {
        QFETCH(bool, async);
        QFETCH(QString, label);
        QFETCH(QString, outcome);
        QFETCH(QString, error);
        QFETCH(int, minRecords);
        // The flood takes the Python server a while to send.
        const int timeoutMs = label == u"flood"_s ? 5 * TimeoutMs : TimeoutMs;
        LdnsResolver r = resolver(timeoutMs);
        QElapsedTimer clock;
        clock.start();
        const DnsAnswer a = ask(r, label + u'.' + Zone, DnsRecordType::TXT, async);
        QVERIFY2(clock.elapsed() < 4 * timeoutMs + 1000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        QVERIFY2(dnsOutcomeName(a.outcome) == outcome,
                 qPrintable(u"%1: %2 (%3)"_s.arg(label, dnsOutcomeName(a.outcome), a.error)));
        QVERIFY2(a.error.contains(error), qPrintable(a.error));
        QVERIFY2(a.records.size() >= minRecords, qPrintable(QString::number(a.records.size())));
        if (outcome != u"answer"_s)
            QVERIFY(a.records.isEmpty());
        if (label.startsWith(u"chain"_s) || label == u"loopa"_s)
            QVERIFY(a.cnames.size() <= 17);
    }

    // A chain of 100 or a loop is bounded in questions too, not only in the result.
    void cnameQuestionsBounded() {
        LdnsResolver r = resolver();
        const qsizetype before = countQuestions([](const QString& n) { return n.startsWith(u"loop"_s); });
        const DnsAnswer a = ask(r, u"loopa."_s + Zone, DnsRecordType::A, true);
        QCOMPARE(a.outcome, DnsOutcome::CnameChain);
        const qsizetype asked =
            countQuestions([](const QString& n) { return n.startsWith(u"loop"_s); }) - before;
        QVERIFY2(asked <= 3, qPrintable(QString::number(asked)));
    }

    // Unsolicited replies to the client's port cost nothing that stays.
    void floodKeepsMemoryFlat() {
        LdnsResolver r = resolver(5 * TimeoutMs);
        QCOMPARE(ask(r, u"flood."_s + Zone, DnsRecordType::TXT, true).outcome, DnsOutcome::Answer);
        const qint64 before = rssKb();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(ask(r, u"flood."_s + Zone, DnsRecordType::TXT, i % 2 == 0).outcome, DnsOutcome::Answer);
        }
        const qint64 grown = rssKb() - before;
        QVERIFY2(grown < 8 * 1024, qPrintable(u"RSS grew by %1 kB"_s.arg(grown)));
    }

    // Query hygiene over 1,000 questions: random ids, random source ports, EDNS0 buffer 1232.
    void queryHygiene() {
        // The Python server answers a few hundred questions at once: asked 100 at a time, with time.
        LdnsResolverOptions o;
        o.servers = {ServerAddress{u"127.0.0.1"_s, m_port}};
        o.timeoutMs = 5000;
        LdnsResolver r(o);
        const QString tag = u"hyg%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 100000);
        int answered = 0;
        for (int chunk = 0; chunk < 10; ++chunk) {
            std::vector<std::future<DnsAnswer>> answers;
            for (int i = chunk * 100; i < (chunk + 1) * 100; ++i) {
                auto promise = std::make_shared<std::promise<DnsAnswer>>();
                answers.push_back(promise->get_future());
                r.resolveAsync(u"q%1.%2.ok."_s.arg(i).arg(tag) + Zone, DnsRecordType::TXT, false,
                               [promise](DnsAnswer a) { promise->set_value(std::move(a)); });
            }
            for (auto& f : answers)
                answered += f.get().outcome == DnsOutcome::Answer ? 1 : 0;
        }
        QVERIFY2(answered >= 990, qPrintable(QString::number(answered)));
        QSet<int> ids;
        QSet<int> ports;
        double sum = 0;
        double sumSquares = 0;
        int minPort = 65536;
        int maxPort = 0;
        int n = 0;
        for (const LoggedQuestion& q : questions()) {
            if (!q.name.contains(u'.' + tag + u'.'))
                continue;
            ++n;
            ids.insert(q.id);
            ports.insert(q.port);
            minPort = std::min(minPort, q.port);
            maxPort = std::max(maxPort, q.port);
            sum += q.id;
            sumSquares += double(q.id) * q.id;
            QCOMPARE(q.edns, 1232);
        }
        QVERIFY(n >= 1000);
        const double mean = sum / n;
        const double sd = std::sqrt(sumSquares / n - mean * mean);
        qInfo("%d questions: %lld distinct ids (mean %.0f, sd %.0f; uniform: 32768, 18919), %lld distinct "
              "source ports in %d-%d",
              n, qlonglong(ids.size()), mean, sd, qlonglong(ports.size()), minPort, maxPort);
        // 1,000 draws from 65,536 ids collide ~8 times; from ~28,000 ephemeral ports ~18 times.
        QVERIFY2(ids.size() >= 960, qPrintable(QString::number(ids.size())));
        QVERIFY2(ports.size() >= 900, qPrintable(QString::number(ports.size())));
        QVERIFY(sd > 15000 && sd < 23000);
        QVERIFY(maxPort - minPort > 10000);
    }

    // The CLI on each bad answer: no crash, no hang, the outcome named (never "no record").
    void cliLookup_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("words"); // what the text form says
        QTest::newRow("loop") << u"loopa"_s << 3 << u"cname-chain"_s << u"CNAME loop: loopa.hostile.test"_s;
        QTest::newRow("chain") << u"chain0"_s << 3 << u"cname-chain"_s << u"past 16 aliases"_s;
        QTest::newRow("wrongq") << u"wrongq"_s << 0 << u"answer"_s << u"v=spf1 ip4:192.0.2.1 -all"_s;
        QTest::newRow("garbled") << u"garbled"_s << 3 << u"format-error"_s << u"malformed reply"_s;
        QTest::newRow("ptrloop") << u"ptrloop"_s << 3 << u"format-error"_s << u"malformed reply"_s;
        QTest::newRow("tcstall") << u"tcstall"_s << 3 << u"timeout"_s << u"did not answer over TCP"_s;
        QTest::newRow("manytxt") << u"manytxt"_s << 0 << u"answer"_s << u"v=spf1 -all"_s;
    }
    void cliLookup() {
        QFETCH(QString, label);
        QFETCH(int, exitCode);
        QFETCH(QString, outcome);
        QFETCH(QString, words);
        const auto r =
            TestSupport::runCli({u"--resolver"_s, server(), u"--timeout"_s, QString::number(TimeoutMs),
                                 u"--format"_s, u"json"_s, u"lookup"_s, label + u'.' + Zone, u"TXT"_s},
                                20000);
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"outcome"_s).toString(), outcome);
        // The text form names it too.
        const auto text =
            TestSupport::runCli({u"--resolver"_s, server(), u"--timeout"_s, QString::number(TimeoutMs),
                                 u"lookup"_s, label + u'.' + Zone, u"TXT"_s},
                                20000);
        QCOMPARE(text.exitCode, exitCode);
        const QString said = QString::fromUtf8(text.out + text.err);
        QVERIFY2(said.contains(words), qPrintable(said));
        // A failure is never told as an absent record.
        QVERIFY(!said.contains(u"NXDOMAIN"_s) && !said.contains(u"NODATA"_s));
    }

    // An SPF include graph built to explode (10 includes each, 5 deep): the RFC limits are
    // reported, the tree stops where it says, and the questions stay at a few hundred.
    void spfExplosionBounded() {
        const auto count = [](const QString& n) { return n.endsWith(u"fan.hostile.test"_s); };
        const qsizetype before = countQuestions(count);
        QElapsedTimer clock;
        clock.start();
        const auto r =
            TestSupport::runCli({u"--resolver"_s, server(), u"--timeout"_s, QString::number(TimeoutMs),
                                 u"--format"_s, u"json"_s, u"spf"_s, u"fan."_s + Zone},
                                60000);
        const qsizetype asked = countQuestions(count) - before;
        qInfo("spf fan.hostile.test: %lld questions in %lld ms, exit %d", qlonglong(asked), clock.elapsed(),
              r.exitCode);
        QVERIFY2(r.exitCode == 1, qPrintable(QString::fromUtf8(r.err)));
        QVERIFY2(asked <= 400, qPrintable(QString::number(asked)));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(u"capped"_s).toString().contains(u"40th lookup"_s), r.out.left(400).constData());
        QVERIFY(o.value(u"lookups"_s).toInt() > 10);
        const QByteArray all = r.out;
        QVERIFY(all.contains("SPF-LOOKUP-LIMIT"));
        QVERIFY(all.contains("\"capped\""));
        // The same twice: what is shown does not depend on which branch resolved first.
        const auto again =
            TestSupport::runCli({u"--resolver"_s, server(), u"--timeout"_s, QString::number(TimeoutMs),
                                 u"--format"_s, u"json"_s, u"spf"_s, u"fan."_s + Zone},
                                60000);
        QJsonObject a = QJsonDocument::fromJson(again.out).object();
        QJsonObject b = o;
        for (QJsonObject* x : {&a, &b})
            x->remove(u"queries"_s);
        QCOMPARE(a.value(u"tree"_s), b.value(u"tree"_s));
        QCOMPARE(a.value(u"lookups"_s), b.value(u"lookups"_s));
        // The text form says where and why it stopped.
        const auto text = TestSupport::runCli({u"--resolver"_s, server(), u"--timeout"_s,
                                               QString::number(TimeoutMs), u"spf"_s, u"fan."_s + Zone},
                                              60000);
        QVERIFY(text.out.contains("Not expanded to its end"));
    }

    // A whole audit of hostile names: finishes, names what happened, does not crash.
    void cliAudit_data() {
        QTest::addColumn<QString>("label");
        QTest::newRow("fan") << u"fan"_s;
        QTest::newRow("loop") << u"loopa"_s;
        QTest::newRow("garbled") << u"garbled"_s;
        QTest::newRow("manytxt") << u"manytxt"_s;
    }
    void cliAudit() {
        QFETCH(QString, label);
        const auto r = TestSupport::runCli({u"--resolver"_s, server(), u"--timeout"_s,
                                            QString::number(TimeoutMs), u"audit"_s, label + u'.' + Zone,
                                            u"--no-history"_s, u"--format"_s, u"json"_s},
                                           120000);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 3,
                 qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err.left(400)))));
        QVERIFY2(!r.out.isEmpty(), r.err.constData());
        QVERIFY(!QJsonDocument::fromJson(r.out).isNull());
    }
};

QTEST_GUILESS_MAIN(TestHostileDns)
#include "test_hostiledns.moc"
