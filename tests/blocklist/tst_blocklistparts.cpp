// The parts of the blocklist check that need no server: the --blocklists file parser (errors with
// line numbers), the built-in set, return-code interpretation per list (refusal codes never a
// listing, answers outside 127/8 an error, bitmask lists), query names (IPv4 reversed octets, IPv6
// reversed nibbles, domains), SPF ranges expanded address by address, and the rate limiter timed.
#include "blocklist/BlocklistDefaults.h"
#include "blocklist/BlocklistFileParser.h"
#include "blocklist/BlocklistRateLimiter.h"
#include "blocklist/BlocklistSubjects.h"
#include "blocklist/BlocklistVerdict.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
BlocklistDefinition parseOne(const QByteArray& text) {
    auto lists = BlocklistFileParser::parse(text, u"t.conf"_s);
    if (!lists || lists->size() != 1)
        qFatal("parse failed: %s", qPrintable(lists ? u"count"_s : lists.error()));
    return lists->first();
}

const QByteArray kZenLike = "[zen.example.com]\n"
                            "kind = ip\n"
                            "ipv6 = yes\n"
                            "code = 127.0.0.2 SBL\n"
                            "code = 127.0.0.4-127.0.0.7 XBL\n"
                            "code = 127.0.0.10 PBL\n"
                            "refused = 127.255.255.254 public resolver\n"
                            "refused = 127.255.255.255 too many queries\n";
} // namespace

class TestBlocklistParts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAFile() {
        const auto lists = BlocklistFileParser::parse("# comment\n; also a comment\n\n"
                                                      "[BL.Example.COM.]\n"
                                                      "name = Example list\n"
                                                      "kind = ip\n"
                                                      "code = 127.0.0.2 spam source\n"
                                                      "code = 127.0.0.4-127.0.0.7 infected\n"
                                                      "refused = 127.255.255.254 public resolver\n"
                                                      "removal = https://bl.example.com/remove\n"
                                                      "terms = free\n"
                                                      "[dbl.example.com]\n"
                                                      "kind = domain\n"
                                                      "code = 127.0.1.2 spam domain\n",
                                                      u"t.conf"_s);
        QVERIFY2(lists, lists ? "" : qPrintable(lists.error()));
        QCOMPARE(lists->size(), 2);
        const BlocklistDefinition& ip = lists->at(0);
        QCOMPARE(ip.zone, u"bl.example.com"_s);
        QCOMPARE(ip.name, u"Example list"_s);
        QCOMPARE(ip.kind, BlocklistDefinition::Kind::Ip);
        QVERIFY(!ip.ipv6);
        QCOMPARE(ip.codes.size(), 2);
        QCOMPARE(ip.codes.at(1).text(), u"127.0.0.4-127.0.0.7"_s);
        QCOMPARE(ip.refusals.size(), 1);
        QCOMPARE(ip.removal, u"https://bl.example.com/remove"_s);
        QCOMPARE(ip.test, u"127.0.0.2"_s); // RFC 5782 §5 default
        const BlocklistDefinition& dom = lists->at(1);
        QCOMPARE(dom.kind, BlocklistDefinition::Kind::Domain);
        QCOMPARE(dom.name, u"dbl.example.com"_s);
        QCOMPARE(dom.test, u"test"_s);
    }

    void parseErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("# nothing\n") << u"t.conf: no list defined"_s;
        QTest::newRow("key before section")
            << QByteArray("kind = ip\n") << u"t.conf:1: 'kind' stands before"_s;
        QTest::newRow("no kind") << QByteArray("[bl.example.com]\nname = x\n")
                                 << u"t.conf:1: [bl.example.com] has no"_s;
        QTest::newRow("bad kind") << QByteArray("[bl.example.com]\n\nkind = ipv4\n")
                                  << u"t.conf:3: kind takes ip or domain"_s;
        QTest::newRow("unknown key") << QByteArray("[bl.example.com]\nkind = ip\nzone = x\n")
                                     << u"t.conf:3: unknown key 'zone'"_s;
        QTest::newRow("code outside 127/8")
            << QByteArray("[bl.example.com]\nkind = ip\ncode = 10.0.0.2 x\n")
            << u"t.conf:3: '10.0.0.2': lists answer with addresses in 127.0.0.0/8"_s;
        QTest::newRow("code without meaning") << QByteArray("[bl.example.com]\nkind = ip\ncode = 127.0.0.2\n")
                                              << u"t.conf:3: code takes an address and what it means"_s;
        QTest::newRow("reversed range")
            << QByteArray("[bl.example.com]\nkind = ip\ncode = 127.0.0.7-127.0.0.4 x\n")
            << u"t.conf:3: '127.0.0.7-127.0.0.4': the range ends before it starts"_s;
        QTest::newRow("overlapping codes")
            << QByteArray("[bl.example.com]\nkind = ip\ncode = 127.0.0.2-127.0.0.5 a\ncode = 127.0.0.4 b\n")
            << u"t.conf:4: code 127.0.0.4 overlaps 127.0.0.2-127.0.0.5"_s;
        QTest::newRow("code is refusal")
            << QByteArray("[bl.example.com]\nkind = ip\ncode = 127.0.0.2 a\nrefused = 127.0.0.2 b\n")
            << u"t.conf:1: [bl.example.com]: 127.0.0.2 is both a listing code and a refusal code"_s;
        QTest::newRow("duplicate zone")
            << QByteArray("[bl.example.com]\nkind = ip\n[BL.example.com]\nkind = ip\n")
            << u"t.conf:3: [bl.example.com] is defined twice"_s;
        QTest::newRow("zone is an address")
            << QByteArray("[192.0.2.1]\nkind = ip\n") << u"t.conf:1: '192.0.2.1' is not a list's zone"_s;
        QTest::newRow("single label zone")
            << QByteArray("[bl]\nkind = ip\n") << u"t.conf:1: 'bl' is not a list's zone"_s;
        QTest::newRow("unclosed header")
            << QByteArray("[bl.example.com\n") << u"t.conf:1: a section header is '[zone]'"_s;
        QTest::newRow("no equals") << QByteArray("[bl.example.com]\nkind ip\n")
                                   << u"t.conf:2: expected 'key = value'"_s;
        QTest::newRow("bad removal") << QByteArray(
                                            "[bl.example.com]\nkind = ip\nremoval = bl.example.com/x\n")
                                     << u"t.conf:3: removal takes an http(s) URL"_s;
        QTest::newRow("bad yes/no") << QByteArray("[bl.example.com]\nkind = ip\nipv6 = maybe\n")
                                    << u"t.conf:3: ipv6 takes yes or no"_s;
        QTest::newRow("ipv6 on domain list")
            << QByteArray("[bl.example.com]\nkind = domain\nipv6 = yes\n")
            << u"t.conf:1: [bl.example.com]: ipv6 applies to ip lists only"_s;
        QTest::newRow("test entry of the wrong kind")
            << QByteArray("[bl.example.com]\nkind = domain\ntest = 127.0.0.2\n")
            << u"t.conf:1: [bl.example.com]: test = 127.0.0.2 cannot be asked"_s;
        QTest::newRow("bitmask code not a bit")
            << QByteArray("[bl.example.com]\nkind = domain\nbitmask = yes\ncode = 127.0.0.6 x\n")
            << u"t.conf:1: [bl.example.com]: a bitmask list's codes are single bits"_s;
        QTest::newRow("empty value") << QByteArray("[bl.example.com]\nkind =\n")
                                     << u"t.conf:2: kind has no value"_s;
    }
    void parseErrors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto lists = BlocklistFileParser::parse(text, u"t.conf"_s);
        QVERIFY(!lists);
        QVERIFY2(lists.error().startsWith(error), qPrintable(lists.error()));
    }

    void loadMissingFile() {
        const auto lists = BlocklistFileParser::load(u"/nonexistent/lists.conf"_s);
        QVERIFY(!lists);
        QVERIFY(lists.error().startsWith(u"/nonexistent/lists.conf: "_s));
    }

    void builtInSet() {
        const QList<BlocklistDefinition> lists = BlocklistDefaults::definitions();
        QStringList zones;
        for (const BlocklistDefinition& l : lists) {
            zones << l.zone;
            QVERIFY2(!l.removal.isEmpty(), qPrintable(l.zone));
            QVERIFY2(!l.terms.isEmpty(), qPrintable(l.zone));
            QVERIFY2(!l.test.isEmpty(), qPrintable(l.zone));
        }
        QVERIFY(zones.contains(u"zen.spamhaus.org"_s));
        QVERIFY(zones.contains(u"dbl.spamhaus.org"_s));
        // Spamhaus's refusal codes are refusals, never listings.
        const BlocklistDefinition& zen = lists.at(zones.indexOf(u"zen.spamhaus.org"_s));
        for (const QString& code : {u"127.255.255.252"_s, u"127.255.255.254"_s, u"127.255.255.255"_s})
            QCOMPARE(zen.interpret({code}).result, BlocklistVerdict::Result::Refused);
        QCOMPARE(zen.interpret({u"127.0.0.2"_s, u"127.0.0.4"_s}).meanings.size(), 2);
        const BlocklistDefinition& dbl = lists.at(zones.indexOf(u"dbl.spamhaus.org"_s));
        QCOMPARE(dbl.interpret({u"127.0.1.255"_s}).result, BlocklistVerdict::Result::Refused);
        QVERIFY(dbl.interpret({u"127.0.1.4"_s}).meanings.first().contains(u"phishing"_s));
        const BlocklistDefinition& surbl = lists.at(zones.indexOf(u"multi.surbl.org"_s));
        QCOMPARE(surbl.interpret({u"127.0.0.1"_s}).result, BlocklistVerdict::Result::Refused);
    }

    void interpretation() {
        const BlocklistDefinition zen = parseOne(kZenLike);
        BlocklistVerdict v = zen.interpret({});
        QCOMPARE(v.result, BlocklistVerdict::Result::Clear);
        v = zen.interpret({u"127.0.0.2"_s});
        QCOMPARE(v.result, BlocklistVerdict::Result::Listed);
        QCOMPARE(v.meanings, QStringList{u"SBL"_s});
        v = zen.interpret({u"127.0.0.6"_s, u"127.0.0.10"_s});
        QCOMPARE(v.meanings, (QStringList{u"XBL"_s, u"PBL"_s}));
        // A refusal beside a listing code: the list refused, the listing cannot be trusted.
        v = zen.interpret({u"127.255.255.254"_s});
        QCOMPARE(v.result, BlocklistVerdict::Result::Refused);
        QCOMPARE(v.meanings, QStringList{u"public resolver"_s});
        // An undocumented 127/8 code is a listing whose meaning is unknown.
        v = zen.interpret({u"127.0.0.99"_s});
        QCOMPARE(v.result, BlocklistVerdict::Result::Listed);
        QVERIFY(v.meanings.first().contains(u"not documented"_s));
        // Anything outside 127/8 is not the list speaking.
        v = zen.interpret({u"127.0.0.2"_s, u"192.0.2.1"_s});
        QCOMPARE(v.result, BlocklistVerdict::Result::Error);
        QVERIFY(v.error.startsWith(u"unexpected answer 192.0.2.1"_s));
        v = zen.interpret({u"2001:db8::1"_s});
        QCOMPARE(v.result, BlocklistVerdict::Result::Error);
    }

    void bitmask() {
        const BlocklistDefinition surbl = parseOne("[multi.example.com]\nkind = domain\nbitmask = yes\n"
                                                   "code = 127.0.0.8 PH\ncode = 127.0.0.16 MW\n"
                                                   "code = 127.0.0.64 ABUSE\nrefused = 127.0.0.1 blocked\n");
        QCOMPARE(surbl.interpret({u"127.0.0.24"_s}).meanings, (QStringList{u"PH"_s, u"MW"_s}));
        QCOMPARE(surbl.interpret({u"127.0.0.64"_s}).meanings, QStringList{u"ABUSE"_s});
        QCOMPARE(surbl.interpret({u"127.0.0.1"_s}).result, BlocklistVerdict::Result::Refused);
        QVERIFY(surbl.interpret({u"127.0.0.2"_s}).meanings.first().contains(u"not documented"_s));
    }

    void queryNames() {
        const BlocklistDefinition zen = parseOne(kZenLike);
        QCOMPARE(zen.queryName(u"192.0.2.25"_s), u"25.2.0.192.zen.example.com"_s);
        // RFC 5782 §2.4: 32 nibbles, least significant first.
        QCOMPARE(zen.queryName(u"2001:db8::25"_s),
                 u"5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.zen.example.com"_s);
        QCOMPARE(zen.queryName(u"example.com"_s), QString()); // a name on an address list
        QCOMPARE(zen.queryName(u"192.0.2.256"_s), QString());
        BlocklistDefinition v4only = zen;
        v4only.ipv6 = false;
        QCOMPARE(v4only.queryName(u"2001:db8::25"_s), QString());
        const BlocklistDefinition dbl = parseOne("[dbl.example.com]\nkind = domain\n");
        QCOMPARE(dbl.queryName(u"Mail.Example.COM"_s), u"mail.example.com.dbl.example.com"_s);
        QCOMPARE(dbl.queryName(u"192.0.2.25"_s), QString()); // an address on a domain list
    }

    void spfRanges() {
        QString why;
        QCOMPARE(BlocklistSubjects::expandRange(u"192.0.2.1/32"_s, &why), QStringList{u"192.0.2.1"_s});
        const QStringList r28 = BlocklistSubjects::expandRange(u"192.0.2.20/28"_s, &why);
        QCOMPARE(r28.size(), 16);
        QCOMPARE(r28.first(), u"192.0.2.16"_s); // the network, not the address written
        QCOMPARE(r28.last(), u"192.0.2.31"_s);
        QVERIFY(BlocklistSubjects::expandRange(u"192.0.2.0/27"_s, &why).isEmpty());
        QVERIFY(why.contains(u"larger than /28"_s));
        const QStringList v6 = BlocklistSubjects::expandRange(u"2001:db8::10/126"_s, &why);
        QCOMPARE(v6,
                 (QStringList{u"2001:db8::10"_s, u"2001:db8::11"_s, u"2001:db8::12"_s, u"2001:db8::13"_s}));
        QVERIFY(BlocklistSubjects::expandRange(u"2001:db8::/64"_s, &why).isEmpty());

        // From an SPF tree: pass terms of the evaluated tree only, includes followed.
        auto term = [](const QString& text, const QString& qualifier, const QString& range,
                       const QJsonArray& flags = {}) {
            return QJsonObject{{u"node"_s, u"term"_s},
                               {u"term"_s, text},
                               {u"domain"_s, u"example.com"_s},
                               {u"mechanism"_s, text.section(u':', 0, 0).remove(u'-')},
                               {u"qualifier"_s, qualifier},
                               {u"ranges"_s, QJsonArray{range}},
                               {u"flags"_s, flags},
                               {u"children"_s, QJsonArray{}}};
        };
        const QJsonObject include{
            {u"node"_s, u"term"_s},
            {u"mechanism"_s, u"include"_s},
            {u"qualifier"_s, u"+"_s},
            {u"children"_s,
             QJsonArray{QJsonObject{
                 {u"node"_s, u"record"_s},
                 {u"children"_s, QJsonArray{term(u"ip4:192.0.2.77"_s, u"+"_s, u"192.0.2.77/32"_s)}}}}}};
        const QJsonObject tree{
            {u"node"_s, u"record"_s},
            {u"children"_s,
             QJsonArray{term(u"-ip4:192.0.2.99"_s, u"-"_s, u"192.0.2.99/32"_s),
                        term(u"ip4:192.0.2.32/30"_s, u"+"_s, u"192.0.2.32/30"_s),
                        term(u"ip6:2001:db8::1"_s, u"+"_s, u"2001:db8::1/128"_s), include,
                        term(u"ip4:192.0.2.50"_s, u"+"_s, u"192.0.2.50/32"_s, QJsonArray{u"after-all"_s})}}};
        BlocklistSubjects::Collected out;
        BlocklistSubjects::addSpfRanges(QJsonObject{{u"tree"_s, tree}}, out);
        QStringList values;
        for (const BlocklistSubject& s : std::as_const(out.subjects))
            values << s.value;
        QCOMPARE(values, (QStringList{u"192.0.2.32"_s, u"192.0.2.33"_s, u"192.0.2.34"_s, u"192.0.2.35"_s,
                                      u"2001:db8::1"_s, u"192.0.2.77"_s}));
    }

    void subjectCap() {
        BlocklistSubjects::Collected out;
        QJsonArray children;
        for (int i = 0; i < 5; ++i)
            children.append(QJsonObject{{u"mechanism"_s, u"ip4"_s},
                                        {u"qualifier"_s, u"+"_s},
                                        {u"term"_s, u"ip4:192.0.2.%1/28"_s.arg(i * 16)},
                                        {u"ranges"_s, QJsonArray{u"192.0.2.%1/28"_s.arg(i * 16)}}});
        BlocklistSubjects::addSpfRanges(QJsonObject{{u"tree"_s, QJsonObject{{u"children"_s, children}}}},
                                        out);
        QCOMPARE(out.subjects.size(), BlocklistSubjects::maxAddresses);
        QCOMPARE(out.skipped.size(), 80 - BlocklistSubjects::maxAddresses);
    }

    void rateLimiterIsMeasured() {
        // 20 a second with bursts of 2: 12 queries take at least (12 - 2) / 20 = 0.5 s.
        BlocklistRateLimiter limiter(20.0, 2);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 12; ++i)
            QVERIFY(limiter.acquire(u"bl.example.com"_s));
        const qint64 ms = t.elapsed();
        QVERIFY2(ms >= 480, qPrintable(QString::number(ms)));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        // Each list has a bucket of its own: another list is not held up.
        t.restart();
        QVERIFY(limiter.acquire(u"other.example.com"_s));
        QVERIFY(limiter.acquire(u"other.example.com"_s));
        QVERIFY(t.elapsed() < 40);
    }

    void rateLimiterSharedByThreads() {
        // Four threads drawing from one list's bucket together keep to its rate.
        BlocklistRateLimiter limiter(40.0, 1);
        QElapsedTimer t;
        t.start();
        QList<QFuture<void>> threads;
        for (int i = 0; i < 4; ++i)
            threads << QtConcurrent::run([&limiter] {
                for (int k = 0; k < 5; ++k)
                    limiter.acquire(u"bl.example.com"_s);
            });
        for (auto& f : threads)
            f.waitForFinished();
        const qint64 ms = t.elapsed();
        QVERIFY2(ms >= 450, qPrintable(QString::number(ms))); // 19 waits at 40 a second: 475 ms
    }

    void rateLimiterStopsWhenCancelled() {
        BlocklistRateLimiter limiter(0.5, 1);
        QVERIFY(limiter.acquire(u"bl.example.com"_s));
        QElapsedTimer t;
        t.start();
        QVERIFY(!limiter.acquire(u"bl.example.com"_s, [&t] { return t.elapsed() > 100; }));
        QVERIFY(t.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestBlocklistParts)
#include "tst_blocklistparts.moc"
