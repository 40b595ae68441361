// `mailsight-cli blocklists` and the blocklist check inside `audit`, against blocklist zones served
// by NSD with real conventions (tests/zones/bl.test: RFC 5782 test entry, 127.0.0.x codes with TXT
// reasons, IPv6 nibbles, Spamhaus's refusal code 127.255.255.255; dbl.test: a domain list;
// refusing.test: 127.255.255.254 for everything) and domains whose MX and SPF addresses are listed
// on one list and not on another (tests/zones/blocklist.test).
#include "../common/TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBlocklistCli : public QObject {
    Q_OBJECT
private:
    QStringList m_base;
    QString m_lists;

    static QString data(const QString& name) {
        return TestSupport::sourceDir() + u"/tests/data/blocklist/"_s + name;
    }
    static QJsonObject check(const QJsonObject& result, const QString& subject, const QString& list) {
        for (const QJsonValue& v : result.value(u"checks"_s).toArray())
            if (v.toObject().value(u"subject"_s).toString() == subject &&
                v.toObject().value(u"list"_s).toString() == list)
                return v.toObject();
        return {};
    }
    static QStringList codes(const QJsonArray& findings) {
        QStringList out;
        for (const QJsonValue& v : findings)
            out << v.toObject().value(u"code"_s).toString();
        return out;
    }
    static bool asked(const QJsonArray& queries, const QString& name, const QString& type = u"A"_s) {
        for (const QJsonValue& q : queries)
            if (q.toObject().value(u"name"_s).toString() == name &&
                q.toObject().value(u"type"_s).toString() == type)
                return true;
        return false;
    }
    QJsonObject runJson(const QStringList& args, int expectedExit) {
        const auto r = TestSupport::runCli(m_base + args);
        if (r.exitCode != expectedExit)
            qWarning("exit %d, stderr: %s", r.exitCode, r.err.constData());
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase() {
        const quint16 nsd = TestSupport::nsdPort();
        QVERIFY2(nsd, "the NSD fixture is not running");
        m_base = QStringList{u"--resolver"_s, u"127.0.0.1:%1"_s.arg(nsd), u"--no-history"_s, u"--format"_s,
                             u"json"_s};
        m_lists = data(u"test-lists.conf"_s);
    }

    void listedOnOneListNotOnAnother() {
        const QJsonObject o =
            runJson({u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s, m_lists}, 1);
        QVERIFY(o.value(u"queried"_s).toBool());
        // The MX address: listed on bl.test with its meaning, TXT reason and removal page; clear on bl2.test.
        QJsonObject c = check(o, u"192.0.2.25"_s, u"bl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"listed"_s);
        QCOMPARE(c.value(u"code"_s).toString(), u"127.0.0.2"_s);
        QCOMPARE(c.value(u"meaning"_s).toString(), u"a spam source"_s);
        QVERIFY(c.value(u"reason"_s).toString().startsWith(u"192.0.2.25 sent mail to our spam traps"_s));
        QCOMPARE(c.value(u"removal"_s).toString(), u"https://bl.test/removal"_s);
        QCOMPARE(c.value(u"query"_s).toString(), u"25.2.0.192.bl.test"_s);
        c = check(o, u"192.0.2.25"_s, u"bl2.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"clear"_s);
        QCOMPARE(c.value(u"code"_s).toString(), QString());
        // The MX's IPv6 address, nibble by nibble; bl2.test takes no IPv6 and is not asked.
        c = check(o, u"2001:db8::25"_s, u"bl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"listed"_s);
        QCOMPARE(c.value(u"meaning"_s).toString(), u"an end-user range that should not send directly"_s);
        QVERIFY(check(o, u"2001:db8::25"_s, u"bl2.test"_s).isEmpty());
        // One address of the SPF /29, with two codes; the include's address; the /25 skipped.
        c = check(o, u"192.0.2.34"_s, u"bl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"listed"_s);
        QCOMPARE(c.value(u"codes"_s).toArray().size(), 2);
        QVERIFY(c.value(u"meaning"_s).toString().contains(u"an infected host"_s));
        QVERIFY(c.value(u"meaning"_s).toString().contains(u"a low-reputation sender"_s));
        QCOMPARE(check(o, u"192.0.2.33"_s, u"bl.test"_s).value(u"result"_s).toString(), u"clear"_s);
        QCOMPARE(check(o, u"192.0.2.77"_s, u"bl.test"_s).value(u"result"_s).toString(), u"listed"_s);
        QVERIFY(o.value(u"skipped"_s)
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(u"192.0.2.128/25 is larger than /28"_s));
        // -ip4:192.0.2.99 authorises nothing: never looked up (it is listed).
        QVERIFY(check(o, u"192.0.2.99"_s, u"bl.test"_s).isEmpty());
        // Domain list: the domain and its MX host name; addresses are not asked there.
        c = check(o, u"listed.blocklist.test"_s, u"dbl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"listed"_s);
        QCOMPARE(c.value(u"meaning"_s).toString(), u"a spam domain"_s);
        QCOMPARE(check(o, u"mx1.listed.blocklist.test"_s, u"dbl.test"_s).value(u"meaning"_s).toString(),
                 u"a phishing domain"_s);
        QVERIFY(check(o, u"192.0.2.25"_s, u"dbl.test"_s).isEmpty());
        // Findings: one BLOCKLIST-LISTED (error) per listing, naming the removal page.
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(codes(findings), QStringList(6, u"BLOCKLIST-LISTED"_s));
        for (const QJsonValue& f : findings) {
            QCOMPARE(f.toObject().value(u"severity"_s).toString(), u"error"_s);
            QVERIFY(f.toObject().value(u"detail"_s).toString().contains(u"Removal: https://"_s));
        }
        // The evidence: every question in the query log, the test entries and the TXT reasons too.
        const QJsonArray queries = o.value(u"queries"_s).toArray();
        QVERIFY(asked(queries, u"2.0.0.127.bl.test"_s));
        QVERIFY(asked(queries, u"test.dbl.test"_s));
        QVERIFY(asked(queries, u"25.2.0.192.bl.test"_s, u"TXT"_s));
        QVERIFY(asked(queries, u"5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.bl.test"_s));
        QVERIFY(!asked(queries, u"99.2.0.192.bl.test"_s));
        // Per list: the queries counted, the rate limit stated.
        for (const QJsonValue& l : o.value(u"lists"_s).toArray())
            QVERIFY(l.toObject().value(u"queries"_s).toInt() > 0);
        QCOMPARE(o.value(u"rateLimit"_s).toObject().value(u"queriesPerSecond"_s).toDouble(), 10.0);
    }

    void cleanDomain() {
        const QJsonObject o =
            runJson({u"blocklists"_s, u"clean.blocklist.test"_s, u"--blocklists"_s, m_lists}, 0);
        QVERIFY(!o.value(u"checks"_s).toArray().isEmpty());
        for (const QJsonValue& v : o.value(u"checks"_s).toArray())
            QCOMPARE(v.toObject().value(u"result"_s).toString(), u"clear"_s);
        QVERIFY(o.value(u"findings"_s).toArray().isEmpty());
        QCOMPARE(o.value(u"counts"_s).toObject().value(u"clear"_s).toInt(),
                 int(o.value(u"checks"_s).toArray().size()));
    }

    void refusalCodeIsNeverAListing() {
        // bl.test answers 192.0.2.31 with 127.255.255.255 ("too many queries").
        const QJsonObject o =
            runJson({u"blocklists"_s, u"ratelimited.blocklist.test"_s, u"--blocklists"_s, m_lists}, 0);
        const QJsonObject c = check(o, u"192.0.2.31"_s, u"bl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"refused"_s);
        QCOMPARE(c.value(u"code"_s).toString(), u"127.255.255.255"_s);
        QCOMPARE(c.value(u"meaning"_s).toString(), u"too many queries"_s);
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QCOMPARE(codes(findings), QStringList{u"BLOCKLIST-REFUSED"_s});
        QCOMPARE(findings.first().toObject().value(u"severity"_s).toString(), u"info"_s);
        QVERIFY(findings.first()
                    .toObject()
                    .value(u"title"_s)
                    .toString()
                    .contains(u"query through your own resolver"_s));
    }

    void refusingListIsNotAskedFurther() {
        // The test entry already answers 127.255.255.254: every subject is refused, none asked.
        const QJsonObject o = runJson(
            {u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s, data(u"refusing.conf"_s)}, 0);
        const QJsonArray checks = o.value(u"checks"_s).toArray();
        QVERIFY(!checks.isEmpty());
        for (const QJsonValue& v : checks) {
            QCOMPARE(v.toObject().value(u"result"_s).toString(), u"refused"_s);
            QVERIFY(!v.toObject().value(u"asked"_s).toBool());
        }
        const QJsonObject list = o.value(u"lists"_s).toArray().first().toObject();
        QCOMPARE(list.value(u"state"_s).toString(), u"refused"_s);
        QCOMPARE(list.value(u"queries"_s).toInt(), 1);
        QVERIFY(!asked(o.value(u"queries"_s).toArray(), u"25.2.0.192.refusing.test"_s));
        QCOMPARE(codes(o.value(u"findings"_s).toArray()), QStringList{u"BLOCKLIST-REFUSED"_s});
    }

    void unreachableListIsAnErrorNotClear() {
        const QJsonObject o = runJson(
            {u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s, data(u"unreachable.conf"_s)}, 0);
        const QJsonObject c = check(o, u"192.0.2.25"_s, u"missing.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(c.value(u"meaning"_s).toString().contains(u"REFUSED"_s),
                 qPrintable(c.value(u"meaning"_s).toString()));
        QCOMPARE(check(o, u"192.0.2.25"_s, u"bl2.test"_s).value(u"result"_s).toString(), u"clear"_s);
        QCOMPARE(codes(o.value(u"findings"_s).toArray()), QStringList{u"BLOCKLIST-UNANSWERED"_s});
        // No list answered at all: the work could not be done (exit 3).
        QTemporaryDir tmp;
        QFile only(tmp.filePath(u"only.conf"_s));
        QVERIFY(only.open(QIODevice::WriteOnly));
        only.write("[missing.test]\nkind = ip\n");
        only.close();
        const auto r = TestSupport::runCli(m_base + QStringList{u"blocklists"_s, u"listed.blocklist.test"_s,
                                                                u"--blocklists"_s, only.fileName()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("no blocklist answered"));
    }

    void listWithoutItsTestEntryIsNotAList() {
        // blocklist.test is a zone NSD serves, but no list: its test entry 127.0.0.2 answers
        // NXDOMAIN. RFC 5782 §5: every list lists it, so this one's "not listed" means nothing.
        QTemporaryDir tmp;
        QFile conf(tmp.filePath(u"notalist.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[blocklist.test]\nkind = ip\ncode = 127.0.0.2 a spam source\n\n"
                   "[bl2.test]\nkind = ip\ncode = 127.0.0.2 a spam source\n");
        conf.close();
        const QJsonObject o =
            runJson({u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s, conf.fileName()}, 0);
        const QJsonObject c = check(o, u"192.0.2.25"_s, u"blocklist.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(c.value(u"meaning"_s).toString().contains(u"test entry"_s),
                 qPrintable(c.value(u"meaning"_s).toString()));
        QVERIFY(!asked(o.value(u"queries"_s).toArray(), u"25.2.0.192.blocklist.test"_s));
        QCOMPARE(check(o, u"192.0.2.25"_s, u"bl2.test"_s).value(u"result"_s).toString(), u"clear"_s);
    }

    void oddAnswers() {
        // An undocumented code is still a listing; an answer outside 127/8 is an error.
        QJsonObject o = runJson({u"blocklists"_s, u"odd.blocklist.test"_s, u"--blocklists"_s, m_lists}, 1);
        QJsonObject c = check(o, u"192.0.2.41"_s, u"bl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"listed"_s);
        QVERIFY(c.value(u"meaning"_s).toString().contains(u"not documented"_s));
        o = runJson({u"blocklists"_s, u"hijack.blocklist.test"_s, u"--blocklists"_s, m_lists}, 0);
        c = check(o, u"192.0.2.42"_s, u"bl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"error"_s);
        QVERIFY(c.value(u"meaning"_s).toString().startsWith(u"unexpected answer 192.0.2.1"_s));
        QCOMPARE(codes(o.value(u"findings"_s).toArray()), QStringList{u"BLOCKLIST-UNANSWERED"_s});
    }

    void textOutput() {
        const auto r = TestSupport::runCli(
            QStringList{m_base.mid(0, 3)} +
            QStringList{u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s, m_lists});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("LISTED   192.0.2.25 on bl.test: 127.0.0.2 a spam source"),
                 r.out.constData());
        QVERIFY(r.out.contains("removal: https://bl.test/removal"));
        QVERIFY(r.out.contains("clear    192.0.2.25 on bl2.test"));
    }

    void badListFile() {
        QTemporaryDir tmp;
        QFile bad(tmp.filePath(u"bad.conf"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[bl.example.com]\nkind = ip\ncode = 10.0.0.2 not a list answer\n");
        bad.close();
        auto r = TestSupport::runCli(m_base + QStringList{u"blocklists"_s, u"clean.blocklist.test"_s,
                                                          u"--blocklists"_s, bad.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad.fileName().toUtf8() + ":3: '10.0.0.2'"), r.err.constData());
        r = TestSupport::runCli(m_base + QStringList{u"blocklists"_s, u"clean.blocklist.test"_s,
                                                     u"--blocklists"_s, tmp.filePath(u"missing.conf"_s)});
        QCOMPARE(r.exitCode, 3);
        r = TestSupport::runCli(
            m_base + QStringList{u"blocklists"_s, u"clean.blocklist.test"_s, u"--blocklist-rate"_s, u"0"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void printDefaultsParsesBack() {
        const auto r = TestSupport::runCli({u"blocklists"_s, u"--print-defaults"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("[zen.spamhaus.org]"));
        QVERIFY(r.out.contains("refused = 127.255.255.254"));
        QTemporaryDir tmp;
        QFile f(tmp.filePath(u"defaults.conf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
        f.close();
        // The printed set is a valid file (offline: parsed, not asked).
        const auto offline = TestSupport::runCli(
            {u"--offline"_s, u"--zone"_s, TestSupport::sourceDir() + u"/tests/zones/blocklist.test.zone"_s,
             u"--format"_s, u"json"_s, u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s,
             f.fileName()});
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(offline.out).object();
        QCOMPARE(o.value(u"lists"_s).toArray().size(), 7);
        QVERIFY(o.value(u"queries"_s).toArray().isEmpty()); // offline: not even the MX was asked
    }

    void rateLimitSlowsTheQueries() {
        // 12 lookups and a test query on bl.test at 4 a second (bursts of 10): at least 0.5 s more.
        QElapsedTimer t;
        t.start();
        const QJsonObject o = runJson({u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s,
                                       m_lists, u"--blocklist-rate"_s, u"4"_s},
                                      1);
        QVERIFY2(t.elapsed() >= 1000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(o.value(u"rateLimit"_s).toObject().value(u"queriesPerSecond"_s).toDouble(), 4.0);
    }

    void insideTheAudit() {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"audit.json"_s);
        const auto r = TestSupport::runCli(m_base + QStringList{u"audit"_s, u"listed.blocklist.test"_s,
                                                                u"clean.blocklist.test"_s, u"--blocklists"_s,
                                                                m_lists, u"--output"_s, out});
        QCOMPARE(r.exitCode, 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray reports = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(reports.size(), 2);
        const QJsonObject listed = reports.at(0).toObject();
        const QJsonObject bl = listed.value(u"blocklists"_s).toObject();
        QCOMPARE(check(bl, u"192.0.2.25"_s, u"bl.test"_s).value(u"result"_s).toString(), u"listed"_s);
        // The MX addresses came from the transport check, the SPF addresses from the SPF check.
        QCOMPARE(check(bl, u"192.0.2.34"_s, u"bl.test"_s).value(u"result"_s).toString(), u"listed"_s);
        int listedFindings = 0;
        for (const QJsonValue& f : listed.value(u"findings"_s).toArray())
            if (f.toObject().value(u"code"_s).toString() == u"BLOCKLIST-LISTED"_s) {
                ++listedFindings;
                QCOMPARE(f.toObject().value(u"area"_s).toString(), u"blocklists"_s);
            }
        QCOMPARE(listedFindings, 6);
        QCOMPARE(listed.value(u"grade"_s).toString(), u"F"_s); // 6 errors
        QVERIFY(asked(listed.value(u"queries"_s).toArray(), u"25.2.0.192.bl.test"_s));
        const QJsonObject clean = reports.at(1).toObject();
        QCOMPARE(
            clean.value(u"blocklists"_s).toObject().value(u"counts"_s).toObject().value(u"listed"_s).toInt(),
            0);

        // Without the lists the clean domain has the same grade.
        const auto without = TestSupport::runCli(
            m_base + QStringList{u"audit"_s, u"clean.blocklist.test"_s, u"--no-blocklists"_s});
        const QJsonObject report = QJsonDocument::fromJson(without.out).array().at(0).toObject();
        QVERIFY(!report.contains(u"blocklists"_s));
        QCOMPARE(report.value(u"grade"_s).toString(), clean.value(u"grade"_s).toString());
        QVERIFY(!without.out.contains(".bl.test\""));
    }

    void auditWithTheBuiltInListsThroughNsd() {
        // NSD answers REFUSED for the real lists' zones: one test query per list, an info note,
        // the grade unchanged, and no waiting: each list's answer is the REFUSED, never a timeout
        // (checked on the answers, not on the clock: a loaded machine is slow either way).
        const auto without =
            TestSupport::runCli(m_base + QStringList{u"audit"_s, u"auditgood.test"_s, u"--no-blocklists"_s});
        const auto with = TestSupport::runCli(m_base + QStringList{u"audit"_s, u"auditgood.test"_s});
        const QJsonObject a = QJsonDocument::fromJson(without.out).array().at(0).toObject();
        const QJsonObject b = QJsonDocument::fromJson(with.out).array().at(0).toObject();
        QCOMPARE(b.value(u"grade"_s).toString(), a.value(u"grade"_s).toString());
        QCOMPARE(with.exitCode, without.exitCode);
        const QJsonObject bl = b.value(u"blocklists"_s).toObject();
        for (const QJsonValue& l : bl.value(u"lists"_s).toArray()) {
            QCOMPARE(l.toObject().value(u"state"_s).toString(), u"error"_s);
            QCOMPARE(l.toObject().value(u"queries"_s).toInt(), 1);
            const QString why = QString::fromUtf8(QJsonDocument(l.toObject()).toJson(QJsonDocument::Compact));
            QVERIFY2(why.contains(u"REFUSED"_s, Qt::CaseInsensitive) &&
                         !why.contains(u"timeout"_s, Qt::CaseInsensitive),
                     qPrintable(why));
        }
        QVERIFY(codes(b.value(u"findings"_s).toArray()).contains(u"BLOCKLIST-UNANSWERED"_s));
        QVERIFY(!codes(b.value(u"findings"_s).toArray()).contains(u"BLOCKLIST-LISTED"_s));
    }

    void offlineAuditAsksNoList() {
        const QString zone = TestSupport::sourceDir() + u"/tests/zones/blocklist.test.zone"_s;
        const auto r = TestSupport::runCli({u"--offline"_s, u"--zone"_s, zone, u"--no-history"_s,
                                            u"--format"_s, u"json"_s, u"audit"_s, u"listed.blocklist.test"_s,
                                            u"--blocklists"_s, m_lists});
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QVERIFY2(!report.isEmpty(), r.err.constData());
        const QJsonObject bl = report.value(u"blocklists"_s).toObject();
        QVERIFY(!bl.value(u"queried"_s).toBool(true));
        QVERIFY(bl.value(u"notQueried"_s).toString().contains(u"offline"_s));
        QVERIFY(bl.value(u"checks"_s).toArray().isEmpty());
        QVERIFY(!r.out.contains(".bl.test\""));
        const auto demo =
            TestSupport::runCli({u"--demo"_s, u"--format"_s, u"json"_s, u"blocklists"_s, u"example.com"_s});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(demo.out).object().value(u"queried"_s).toBool(true));
    }

    void conflictingOptions() {
        const auto r =
            TestSupport::runCli(m_base + QStringList{u"audit"_s, u"clean.blocklist.test"_s,
                                                     u"--no-blocklists"_s, u"--blocklists"_s, m_lists});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--no-blocklists"));
    }

    void reportSourcesAreLookedUp() {
        // An aggregate report in which 192.0.2.88 sends as listed.blocklist.test and passes DMARC.
        QTemporaryDir tmp;
        const QString db = tmp.filePath(u"history.sqlite"_s);
        const qint64 end = QDateTime::currentSecsSinceEpoch() - 86400;
        const QByteArray xml =
            u"<?xml "
            u"version=\"1.0\"?>\n<feedback><version>1.0</"
            u"version><report_metadata><org_name>receiver.example.com"
            "</org_name><email>dmarc@receiver.example.com</email><report_id>bl-1</"
            "report_id><date_range><begin>%1"
            "</begin><end>%2</end></date_range></"
            "report_metadata><policy_published><domain>listed.blocklist.test"
            "</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p></"
            "policy_published><record><row><source_ip>192.0.2.88"
            "</source_ip><count>1200</count><policy_evaluated><disposition>none</disposition><dkim>pass</"
            "dkim><spf>pass"
            "</spf></policy_evaluated></row><identifiers><header_from>listed.blocklist.test</header_from></"
            "identifiers>"
            "<auth_results><dkim><domain>listed.blocklist.test</domain><selector>s1</selector><result>pass</"
            "result>"
            "</dkim><spf><domain>listed.blocklist.test</domain><scope>mfrom</scope><result>pass</result></"
            "spf>"
            "</auth_results></record><record><row><source_ip>192.0.2.99</source_ip><count>50</"
            "count><policy_evaluated>"
            "<disposition>reject</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></"
            "row><identifiers>"
            "<header_from>listed.blocklist.test</header_from></identifiers><auth_results><spf><domain>"
            "listed.blocklist.test</domain><scope>mfrom</scope><result>fail</result></spf></auth_results></"
            "record>"
            "</feedback>\n"_s.arg(end - 86400)
                .arg(end)
                .toUtf8();
        QFile report(tmp.filePath(u"report.xml"_s));
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write(xml);
        report.close();
        const auto imported =
            TestSupport::runCli({u"--history"_s, db, u"reports"_s, u"import"_s, report.fileName()});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QStringList base{u"--resolver"_s, m_base.at(1), u"--history"_s, db, u"--format"_s, u"json"_s};
        auto r = TestSupport::runCli(
            base + QStringList{u"blocklists"_s, u"listed.blocklist.test"_s, u"--blocklists"_s, m_lists});
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QJsonObject c = check(o, u"192.0.2.88"_s, u"bl.test"_s);
        QCOMPARE(c.value(u"result"_s).toString(), u"listed"_s);
        QVERIFY(c.value(u"reasons"_s).toArray().first().toString().startsWith(u"aggregate reports"_s));
        // The source failing DMARC is not the domain's sender: not looked up.
        QVERIFY(check(o, u"192.0.2.99"_s, u"bl.test"_s).isEmpty());
        // The audit reads the same database and passes the sources to the check.
        r = TestSupport::runCli(
            base + QStringList{u"audit"_s, u"listed.blocklist.test"_s, u"--blocklists"_s, m_lists});
        o = QJsonDocument::fromJson(r.out).array().at(0).toObject().value(u"blocklists"_s).toObject();
        QCOMPARE(check(o, u"192.0.2.88"_s, u"bl.test"_s).value(u"result"_s).toString(), u"listed"_s);
    }
};

QTEST_GUILESS_MAIN(TestBlocklistCli)
#include "tst_blocklistcli.moc"
