// ReportAnalyzer on a hand-built report set whose answers are worked out by hand.
#include "ReportTestUtil.h"
#include "SqlThreadCheck.h"
#include "TestStore.h"
#include "reports/ReportAnalyzer.h"
#include "reports/ReportImporter.h"
#include "reports/ReportSchema.h"
#include "reports/ReverseNameStore.h"
#include "reports/SpfIncludeMatcher.h"
#include "reports/SpfSnapshotStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ReportTestUtil;

namespace {
const QString Domain = QStringLiteral("example.org");

QJsonObject spfTree() {
    // The SPF engine's tree: nodes with term, domain, record, lookups, children.
    return QJsonDocument::fromJson(R"({
      "term": "", "domain": "example.org", "lookups": 1,
      "record": "v=spf1 ip4:192.0.2.0/24 include:_spf.mailer.example -all",
      "children": [
        {"term": "ip4:192.0.2.0/24", "domain": "example.org", "lookups": 0, "children": []},
        {"term": "include:_spf.mailer.example", "domain": "_spf.mailer.example", "lookups": 1,
         "record": "v=spf1 ip4:198.51.100.0/24 ip6:2001:db8::/32 -all", "children": []}
      ]})")
        .object();
}

const ReportSource* source(const QList<ReportSource>& list, const QString& ip) {
    for (const ReportSource& s : list)
        if (s.ip == ip)
            return &s;
    return nullptr;
}
} // namespace

class TestReportAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void includeMatcher_data();
    void includeMatcher();
    void includeMatcherNestedAndLists();
    void sources();
    void groupsAndLists();
    void dailyAndSimulation();
    void dateRange();
    void limitKeepsTotals_data();
    void limitKeepsTotals();
    void sourceTimeline();
    void tlsRpt();
    void noSnapshotMeansUnknown();
    void upgradesFromSchema1();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<HistoryDatabase> m_db;
    ReportSummary m_summary;
};

void TestReportAnalyzer::initTestCase() {
    const QString store = TestStore::fresh(m_dir.path(), QStringLiteral("h.sqlite"));
    QVERIFY(!store.isEmpty());
    auto db = HistoryDatabase::open(store);
    QVERIFY(db.has_value());
    m_db = *db;
    ReportImporter importer(m_db);
    VERIFY_EXPECTED(importer.prepare());
    auto row = [](const char* ip, qint64 count, const char* dkim, const char* spf,
                  const char* disposition = "none", const char* selector = "") {
        Row r;
        r.ip = QLatin1String(ip);
        r.count = count;
        r.dkim = QLatin1String(dkim);
        r.spf = QLatin1String(spf);
        r.disposition = QLatin1String(disposition);
        r.dkimSelector = QLatin1String(selector);
        return r;
    };
    const QByteArray a = aggregateXml(
        QStringLiteral("rep1.example"), QStringLiteral("a"), Domain, QDate(2024, 1, 1),
        {row("192.0.2.10", 100, "pass", "pass", "none", "s1"), row("198.51.100.7", 50, "fail", "pass"),
         row("203.0.113.5", 20, "fail", "fail"), row("203.0.113.99", 10, "pass", "fail", "none", "s2")});
    const QByteArray b = aggregateXml(
        QStringLiteral("rep2.example"), QStringLiteral("b"), Domain, QDate(2024, 1, 2),
        {row("192.0.2.10", 40, "pass", "pass", "none", "s1"),
         row("203.0.113.5", 5, "fail", "fail", "quarantine"), row("2001:db8::25", 3, "fail", "pass")},
        QStringLiteral("quarantine"));
    // Another domain in the same database must not leak in.
    const QByteArray other =
        aggregateXml(QStringLiteral("rep1.example"), QStringLiteral("c"), QStringLiteral("other.example"),
                     QDate(2024, 1, 1), {row("192.0.2.10", 1000, "fail", "fail")});
    int n = 0;
    for (const QByteArray& xml : {a, b, other}) {
        QFile f(m_dir.filePath(QStringLiteral("r%1.xml").arg(n++)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml);
        f.close();
        QCOMPARE(importer.importFile(f.fileName()).status, ImportStatus::Imported);
    }
    QVERIFY(importer
                .importFile(qEnvironmentVariable("MAILSIGHT_TEST_DATA") +
                            QStringLiteral("/reports/tls-rpt/rfc8460.json"))
                .status == ImportStatus::Imported);
    SpfSnapshotStore snapshots(m_db);
    // An older snapshot that would match everything differently: the newest one counts.
    QVERIFY(snapshots
                .store(Domain, QJsonObject{{QStringLiteral("children"), QJsonArray{}}},
                       QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()))
                .has_value());
    QVERIFY(snapshots.store(Domain, spfTree(), QDateTime(QDate(2024, 2, 1), QTime(0, 0), QTimeZone::utc()))
                .has_value());
    ReverseNameStore names(m_db);
    QCOMPARE(names.missing(Domain).size(), 5);
    QVERIFY(names.store(QStringLiteral("192.0.2.10"), QStringLiteral("mail1.example.org"),
                        QStringLiteral("answer")));
    QVERIFY(names.store(QStringLiteral("203.0.113.5"), QStringLiteral("host5.bad.example.net"),
                        QStringLiteral("answer")));
    QVERIFY(names.store(QStringLiteral("203.0.113.99"), QStringLiteral("fwd.lists.example.com"),
                        QStringLiteral("answer")));
    QVERIFY(names.store(QStringLiteral("198.51.100.7"), QString(), QStringLiteral("nxdomain")));
    QCOMPARE(names.missing(Domain), QStringList{QStringLiteral("2001:db8::25")});

    ReportAnalyzer analyzer(m_db);
    auto summary = analyzer.summarize({Domain, {}, {}});
    VERIFY_EXPECTED(summary);
    m_summary = *summary;
    QCOMPARE(analyzer.domains(),
             (QStringList{QStringLiteral("company-y.example"), Domain, QStringLiteral("other.example")}));
}

void TestReportAnalyzer::includeMatcher_data() {
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("include");
    QTest::newRow("own ip4") << "192.0.2.200"
                             << "ip4:192.0.2.0/24";
    QTest::newRow("include ip4") << "198.51.100.1"
                                 << "include:_spf.mailer.example";
    QTest::newRow("include ip6") << "2001:db8:1::1"
                                 << "include:_spf.mailer.example";
    QTest::newRow("outside") << "203.0.113.1"
                             << "";
    QTest::newRow("outside ip6") << "2001:db9::1"
                                 << "";
}

void TestReportAnalyzer::includeMatcher() {
    QFETCH(QString, ip);
    QFETCH(QString, include);
    const SpfIncludeMatcher m = SpfIncludeMatcher::fromTreeJson(spfTree());
    QCOMPARE(m.match(QHostAddress(ip)), include);
    // The same tree wrapped in a stored SPF result.
    const SpfIncludeMatcher wrapped =
        SpfIncludeMatcher::fromTreeJson(QJsonObject{{QStringLiteral("tree"), spfTree()}});
    QCOMPARE(wrapped.match(QHostAddress(ip)), include);
}

void TestReportAnalyzer::includeMatcherNestedAndLists() {
    // An include whose ranges sit two levels down, explicit address lists, and a "-ip4" that must
    // not count as authorising.
    const QJsonObject tree = QJsonDocument::fromJson(R"({
      "term": "", "domain": "example.org", "record": "v=spf1 include:_spf.a.example mx -ip4:192.0.2.66 -all",
      "children": [
        {"term": "include:_spf.a.example", "domain": "_spf.a.example", "record": "v=spf1 include:_spf.b.example -all",
         "children": [{"term": "include:_spf.b.example", "domain": "_spf.b.example",
                       "record": "v=spf1 ip4:203.0.113.0/25 ~all", "children": []}]},
        {"term": "mx", "domain": "example.org", "addresses": ["198.51.100.25", "2001:db8::25"], "children": []}
      ]})")
                                 .object();
    const SpfIncludeMatcher m = SpfIncludeMatcher::fromTreeJson(tree);
    QCOMPARE(m.labels(), (QStringList{QStringLiteral("include:_spf.a.example"), QStringLiteral("mx")}));
    QCOMPARE(m.match(QHostAddress(QStringLiteral("203.0.113.7"))), QStringLiteral("include:_spf.a.example"));
    QCOMPARE(m.match(QHostAddress(QStringLiteral("203.0.113.200"))), QString());
    QCOMPARE(m.match(QHostAddress(QStringLiteral("198.51.100.25"))), QStringLiteral("mx"));
    QCOMPARE(m.match(QHostAddress(QStringLiteral("2001:db8::25"))), QStringLiteral("mx"));
    QCOMPARE(m.match(QHostAddress(QStringLiteral("192.0.2.66"))), QString());
    QVERIFY(SpfIncludeMatcher::fromTreeJson(QJsonObject{}).isEmpty());
}

void TestReportAnalyzer::sources() {
    const ReportSummary& s = m_summary;
    QCOMPARE(s.reports, 2);
    QCOMPARE(s.messages, 228);
    QCOMPARE(s.dmarc.pass, 203);
    QCOMPARE(s.dmarc.fail, 25);
    QCOMPARE(s.publishedPolicy.value(QStringLiteral("p")).toString(), QStringLiteral("quarantine")); // latest
    QCOMPARE(s.spfSnapshotTakenAt, QStringLiteral("2024-02-01T00:00:00Z"));
    QCOMPARE(s.sources.size(), 5);
    QCOMPARE(s.sources[0].ip, QStringLiteral("192.0.2.10")); // by volume
    const ReportSource* main = source(s.sources, QStringLiteral("192.0.2.10"));
    QCOMPARE(main->count, 140);
    QCOMPARE(main->spf.pass, 140);
    QCOMPARE(main->dkim.pass, 140);
    QCOMPARE(main->matchedInclude, QStringLiteral("ip4:192.0.2.0/24"));
    QCOMPARE(main->reverseName, QStringLiteral("mail1.example.org"));
    QCOMPARE(main->reverseDomain, QStringLiteral("example.org"));
    const ReportSource* mailer = source(s.sources, QStringLiteral("198.51.100.7"));
    QCOMPARE(mailer->dkim.fail, 50);
    QCOMPARE(mailer->dmarc.pass, 50);
    QCOMPARE(mailer->matchedInclude, QStringLiteral("include:_spf.mailer.example"));
    const ReportSource* spoof = source(s.sources, QStringLiteral("203.0.113.5"));
    QCOMPARE(spoof->count, 25);
    QCOMPARE(spoof->dmarc.fail, 25);
    QCOMPARE(spoof->quarantined, 5);
    QCOMPARE(spoof->matchedInclude, QStringLiteral("unknown"));
    const ReportSource* forwarder = source(s.sources, QStringLiteral("203.0.113.99"));
    QCOMPARE(forwarder->forwarded, 10);
    QCOMPARE(forwarder->dmarc.pass, 10);
    QCOMPARE(source(s.sources, QStringLiteral("2001:db8::25"))->matchedInclude,
             QStringLiteral("include:_spf.mailer.example"));
}

void TestReportAnalyzer::groupsAndLists() {
    const ReportSummary& s = m_summary;
    QCOMPARE(s.byInclude.size(), 3);
    QCOMPARE(s.byInclude[0].name, QStringLiteral("ip4:192.0.2.0/24"));
    QCOMPARE(s.byInclude[0].count, 140);
    QCOMPARE(s.byInclude[1].name, QStringLiteral("include:_spf.mailer.example"));
    QCOMPARE(s.byInclude[1].count, 53);
    QCOMPARE(s.byInclude[1].sources, 2);
    QCOMPARE(s.byInclude[2].name, QStringLiteral("unknown"));
    QCOMPARE(s.byInclude[2].count, 35);
    QCOMPARE(s.byInclude[2].dmarcPass, 10);

    QCOMPARE(s.byReverseDomain.size(), 4);
    QCOMPARE(s.byReverseDomain[0].name, QStringLiteral("example.org"));
    QCOMPARE(s.byReverseDomain[1].name, QStringLiteral("(no reverse name)"));
    QCOMPARE(s.byReverseDomain[1].count, 53);
    QCOMPARE(s.byReverseDomain[2].name, QStringLiteral("example.net")); // host5.bad.example.net
    QCOMPARE(s.byReverseDomain[2].count, 25);
    QCOMPARE(s.byReverseDomain[3].name, QStringLiteral("example.com"));

    QCOMPARE(s.unknownSources.size(), 2);
    QCOMPARE(s.unknownSources[0].ip, QStringLiteral("203.0.113.5"));
    QCOMPARE(s.unknownSources[1].ip, QStringLiteral("203.0.113.99"));
    QCOMPARE(s.forwarders.size(), 1);
    QCOMPARE(s.forwarders[0].ip, QStringLiteral("203.0.113.99"));

    QCOMPARE(s.dkimSelectors.size(), 2);
    QCOMPARE(s.dkimSelectors[0].selector, QStringLiteral("s1"));
    QCOMPARE(s.dkimSelectors[0].domain, Domain);
    QCOMPARE(s.dkimSelectors[0].messages, 140);
    QCOMPARE(s.dkimSelectors[0].pass, 140);
    QCOMPARE(s.dkimSelectors[1].selector, QStringLiteral("s2"));
    QCOMPARE(s.dkimSelectors[1].messages, 10);
    QCOMPARE(ReportAnalyzer(m_db).dkimSelectors(Domain),
             (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
    QVERIFY(ReportAnalyzer(m_db).dkimSelectors(QStringLiteral("nothing.example")).isEmpty());
}

void TestReportAnalyzer::dailyAndSimulation() {
    const ReportSummary& s = m_summary;
    QCOMPARE(s.daily.size(), 2);
    QCOMPARE(s.daily[0].day, QDate(2024, 1, 1));
    QCOMPARE(s.daily[0].pass, 160);
    QCOMPARE(s.daily[0].failNone, 20);
    QCOMPARE(s.daily[1].day, QDate(2024, 1, 2));
    QCOMPARE(s.daily[1].pass, 43);
    QCOMPARE(s.daily[1].quarantined, 5);
    QCOMPARE(s.daily[1].total(), 48);

    QCOMPARE(s.reject.messages, 25);
    QCOMPARE(s.reject.alreadyApplied, 0);
    QCOMPARE(s.reject.knownSenders, 0);
    QCOMPARE(s.reject.sources.size(), 1);
    QCOMPARE(s.reject.sources[0].ip, QStringLiteral("203.0.113.5"));
    QCOMPARE(s.quarantine.messages, 25);
    QCOMPARE(s.quarantine.alreadyApplied, 5);
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("messages")).toInteger(), 228);
    QCOMPARE(json.value(QStringLiteral("simulation"))
                 .toObject()
                 .value(QStringLiteral("reject"))
                 .toObject()
                 .value(QStringLiteral("newlyAffected"))
                 .toInteger(),
             25);
    const QJsonObject first = json.value(QStringLiteral("sources")).toArray().at(0).toObject();
    for (const char* key : {"ip", "count", "spf", "dkim", "dmarc", "matchedInclude"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
}

void TestReportAnalyzer::dateRange() {
    ReportAnalyzer analyzer(m_db);
    auto first = analyzer.summarize({Domain, {}, QDate(2024, 1, 1)});
    QVERIFY(first.has_value());
    QCOMPARE(first->messages, 180);
    QCOMPARE(first->reports, 1);
    auto second = analyzer.summarize({QStringLiteral("EXAMPLE.org."), QDate(2024, 1, 2), QDate(2024, 1, 31)});
    QVERIFY(second.has_value());
    QCOMPARE(second->messages, 48);
    QCOMPARE(second->sources.size(), 3);
    // A range sums SPF and DKIM passes for the listed sources separately: the same answers.
    const ReportSource* main = source(second->sources, QStringLiteral("192.0.2.10"));
    QCOMPARE(main->count, 40);
    QCOMPARE(main->spf.pass, 40);
    QCOMPARE(main->dkim.pass, 40);
    const ReportSource* v6 = source(second->sources, QStringLiteral("2001:db8::25"));
    QCOMPARE(v6->spf.pass, 3);
    QCOMPARE(v6->dkim.fail, 3);
    QCOMPARE(source(second->reject.sources, QStringLiteral("203.0.113.5"))->spf.fail, 5);
    auto none = analyzer.summarize({Domain, QDate(2025, 1, 1), {}});
    QVERIFY(none.has_value());
    QCOMPARE(none->messages, 0);
    QVERIFY(none->sources.isEmpty());
}

void TestReportAnalyzer::limitKeepsTotals_data() {
    QTest::addColumn<QDate>("since");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<int>("limit");
    for (int limit : {1, 2, 4, 5, 50}) {
        QTest::addRow("all time, limit %d", limit) << QDate() << QDate() << limit;
        QTest::addRow("range, limit %d", limit) << QDate(2024, 1, 2) << QDate(2024, 1, 31) << limit;
        // Covers every stored day: read from the all-time totals, with the same answers.
        QTest::addRow("covering range, limit %d", limit) << QDate(2023, 12, 1) << QDate(2024, 1, 2) << limit;
    }
}

// A listed summary keeps every total of the full one, and those totals are the sums over all the
// sources of the full one; its lists are the heads of the full lists.
void TestReportAnalyzer::limitKeepsTotals() {
    QFETCH(QDate, since);
    QFETCH(QDate, until);
    QFETCH(int, limit);
    ReportAnalyzer analyzer(m_db);
    auto full = analyzer.summarize({Domain, since, until});
    VERIFY_EXPECTED(full);
    auto cut = analyzer.summarize({Domain, since, until, limit});
    VERIFY_EXPECTED(cut);

    qint64 messages = 0, dmarcPass = 0, failing = 0, failingSources = 0, forwarders = 0, unknown = 0;
    qint64 quarantined = 0, rejected = 0, known = 0, unknownMessages = 0;
    for (const ReportSource& src : std::as_const(full->sources)) {
        messages += src.count;
        dmarcPass += src.dmarc.pass;
        forwarders += src.forwarded > 0 ? 1 : 0;
        unknown += src.matchedInclude == u"unknown" ? 1 : 0;
        unknownMessages += src.matchedInclude == u"unknown" ? src.count : 0;
        if (src.dmarc.fail > 0) {
            failing += src.dmarc.fail;
            ++failingSources;
            quarantined += qMin(src.dmarc.fail, src.quarantined + src.rejected);
            rejected += qMin(src.dmarc.fail, src.rejected);
            known += src.matchedInclude == u"unknown" ? 0 : src.dmarc.fail;
        }
    }
    for (const ReportSummary* s : {&*full, &*cut}) {
        QCOMPARE(s->sourceCount, full->sources.size());
        QCOMPARE(s->messages, messages);
        QCOMPARE(s->dmarc.pass, dmarcPass);
        QCOMPARE(s->dmarc.fail, messages - dmarcPass);
        QCOMPARE(s->forwarderCount, forwarders);
        QCOMPARE(s->unknownSourceCount, unknown);
        QCOMPARE(s->unknownMessages, unknownMessages);
        QCOMPARE(s->quarantine.messages, failing);
        QCOMPARE(s->reject.messages, failing);
        QCOMPARE(s->quarantine.sourceCount, failingSources);
        QCOMPARE(s->quarantine.alreadyApplied, quarantined);
        QCOMPARE(s->reject.alreadyApplied, rejected);
        QCOMPARE(s->reject.knownSenders, known);
        QCOMPARE(s->byInclude.size(), full->byInclude.size());
        for (qsizetype i = 0; i < s->byInclude.size(); ++i) {
            QCOMPARE(s->byInclude[i].name, full->byInclude[i].name);
            QCOMPARE(s->byInclude[i].count, full->byInclude[i].count);
            QCOMPARE(s->byInclude[i].sources, full->byInclude[i].sources);
        }
        QCOMPARE(s->byReverseDomain.size(), full->byReverseDomain.size());
        qint64 grouped = 0;
        for (const SourceGroup& g : s->byReverseDomain)
            grouped += g.count;
        QCOMPARE(grouped, messages);
    }
    const auto heads = [limit](const QList<ReportSource>& part, const QList<ReportSource>& whole) {
        QCOMPARE(part.size(), qMin<qsizetype>(limit, whole.size()));
        for (qsizetype i = 0; i < part.size(); ++i) {
            QCOMPARE(part[i].ip, whole[i].ip);
            QCOMPARE(part[i].count, whole[i].count);
            QCOMPARE(part[i].spf.pass, whole[i].spf.pass);
            QCOMPARE(part[i].dkim.pass, whole[i].dkim.pass);
            QCOMPARE(part[i].matchedInclude, whole[i].matchedInclude);
            QCOMPARE(part[i].reverseName, whole[i].reverseName);
        }
    };
    heads(cut->sources, full->sources);
    heads(cut->unknownSources, full->unknownSources);
    heads(cut->forwarders, full->forwarders);
    heads(cut->reject.sources, full->reject.sources);

    if (since.isValid() && since < QDate(2024, 1, 1) && until >= QDate(2024, 1, 2)) {
        auto allTime = analyzer.summarize({Domain, {}, {}, limit});
        VERIFY_EXPECTED(allTime);
        QJsonObject a = allTime->toJson(), b = cut->toJson();
        for (const char* key : {"since", "until"}) {
            a.remove(QLatin1String(key));
            b.remove(QLatin1String(key));
        }
        QCOMPARE(a, b);
    }

    const QJsonObject json = cut->toJson(limit);
    QCOMPARE(json.value(QStringLiteral("sourceCount")).toInteger(), full->sources.size());
    QCOMPARE(json.value(QStringLiteral("sourcesShown")).toInteger(), cut->sources.size());
    QCOMPARE(json.value(QStringLiteral("sources")).toArray().size(), cut->sources.size());
    QCOMPARE(json.value(QStringLiteral("truncated")).toBool(), limit < full->sources.size());
    QCOMPARE(full->toJson().value(QStringLiteral("truncated")).toBool(), false);
}

void TestReportAnalyzer::sourceTimeline() {
    ReportAnalyzer analyzer(m_db);
    const auto days = analyzer.sourceDaily({Domain, {}, {}}, QStringLiteral("203.0.113.5"));
    VERIFY_EXPECTED(days);
    QCOMPARE(days->size(), 2);
    QCOMPARE(days->at(0).day, QDate(2024, 1, 1));
    QCOMPARE(days->at(0).failNone, 20);
    QCOMPARE(days->at(1).quarantined, 5);
    const auto one = analyzer.sourceDaily({Domain, QDate(2024, 1, 2), {}}, QStringLiteral("192.0.2.10"));
    VERIFY_EXPECTED(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->at(0).pass, 40);
}

void TestReportAnalyzer::tlsRpt() {
    ReportAnalyzer analyzer(m_db);
    auto s = analyzer.summarize({QStringLiteral("company-y.example"), {}, {}});
    QVERIFY(s.has_value());
    QCOMPARE(s->tlsReports, 1);
    QCOMPARE(s->tlsSuccessful, 5326);
    QCOMPARE(s->tlsFailed, 303);
    QCOMPARE(s->tlsDaily.size(), 1);
    QCOMPARE(s->tlsDaily[0].day, QDate(2016, 4, 1));
    QCOMPARE(s->tlsFailureTypes.size(), 3);
    QCOMPARE(s->tlsFailureTypes[0].first, QStringLiteral("starttls-not-supported"));
    QCOMPARE(s->tlsFailureTypes[0].second, 200);
}

void TestReportAnalyzer::noSnapshotMeansUnknown() {
    ReportAnalyzer analyzer(m_db);
    auto s = analyzer.summarize({QStringLiteral("other.example"), {}, {}});
    QVERIFY(s.has_value());
    QCOMPARE(s->sources.size(), 1);
    QCOMPARE(s->sources[0].matchedInclude, QStringLiteral("unknown"));
    QVERIFY(s->spfSnapshotTakenAt.isEmpty());
    QCOMPARE(s->unknownSourceCount, 1);
    QCOMPARE(s->unknownMessages, 1000);
    QCOMPARE(s->unknownSources.size(), 1);
    QCOMPARE(s->byInclude.size(), 1);
    QCOMPARE(s->byInclude[0].count, 1000);
    QCOMPARE(ReverseNameStore::reverseName(QStringLiteral("192.0.2.10")),
             QStringLiteral("10.2.0.192.in-addr.arpa"));
    QVERIFY(ReverseNameStore::reverseName(QStringLiteral("2001:db8::1"))
                .endsWith(QStringLiteral("8.b.d.0.1.0.0.2.ip6.arpa")));
}

// A database written before the reports schema 2 (no totals tables) is upgraded on open: the
// totals are filled from the stored rows, and the summary is the one of a database that had them
// from the start; imports after the upgrade add to them.
void TestReportAnalyzer::upgradesFromSchema1() {
    QTemporaryDir dir;
    const QString path = TestStore::fresh(dir.path(), QStringLiteral("old.sqlite"));
    const QString newPath = TestStore::fresh(dir.path(), QStringLiteral("new.sqlite"));
    QVERIFY(!path.isEmpty() && !newPath.isEmpty());
    const QDate day(2024, 3, 1);
    auto report = [&](const QString& id, const QDate& d, const QList<Row>& rows) {
        QFile f(dir.filePath(id + QStringLiteral(".xml")));
        f.open(QIODevice::WriteOnly);
        f.write(aggregateXml(QStringLiteral("old.example"), id, Domain, d, rows));
        return f.fileName();
    };
    Row signedTwice(QStringLiteral("192.0.2.20"), 7);
    signedTwice.dkimSelector = QStringLiteral("s1");
    Row failing(QStringLiteral("203.0.113.8"), 3);
    failing.spf = failing.dkim = QStringLiteral("fail");
    failing.disposition = QStringLiteral("reject");
    const QString first = report(QStringLiteral("one"), day, {signedTwice, failing});
    const QString second = report(QStringLiteral("two"), day.addDays(1), {failing});
    QByteArray expected;
    {
        // Schema 1 only, filled as the importer of schema 1 did (its tables are unchanged in 2).
        auto db = HistoryDatabase::open(path);
        QVERIFY(db.has_value());
        QVERIFY((*db)->migrate(ReportSchema::component(), ReportSchema::migrations().mid(0, 1)).has_value());
        QCOMPARE((*db)->schemaVersion(ReportSchema::component()), 1);
        // The reference: the same report imported with schema 2 into another database.
        auto reference = HistoryDatabase::open(newPath);
        QVERIFY(reference.has_value());
        ReportImporter importer(*reference);
        VERIFY_EXPECTED(importer.prepare());
        QCOMPARE(importer.importFile(first).status, ImportStatus::Imported);
        QCOMPARE(importer.importFile(second).status, ImportStatus::Imported);
        auto summary = ReportAnalyzer(*reference).summarize({Domain, {}, {}});
        VERIFY_EXPECTED(summary);
        expected = QJsonDocument(summary->toJson()).toJson();
        QCOMPARE(summary->messages, 13);
        // Copy the schema 1 rows of the first report over, as the old importer wrote them.
        // Row by row, column by column (either backend; no dmarc_dkim rows: one signature each).
        QSqlDatabase to = *(*db)->connection();
        QSqlQuery read(*(*reference)->connection());
        for (const QString& select :
             {QStringLiteral("SELECT * FROM dmarc_reports WHERE report_id = 'one'"),
              QStringLiteral("SELECT * FROM dmarc_records WHERE report IN "
                             "(SELECT id FROM dmarc_reports WHERE report_id = 'one')")}) {
            QVERIFY2(read.exec(select), qPrintable(read.lastError().text()));
            const QString table = select.section(QLatin1Char(' '), 3, 3);
            while (read.next()) {
                const QSqlRecord row = read.record();
                QStringList columns;
                QStringList marks;
                for (int i = 0; i < row.count(); ++i) {
                    columns << row.fieldName(i);
                    marks << QStringLiteral("?");
                }
                QSqlQuery insert(to);
                insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
                for (int i = 0; i < row.count(); ++i)
                    insert.addBindValue(row.value(i));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            // PostgreSQL's identity sequences do not see explicit ids: move them past the copies.
            if ((*db)->isPostgres()) {
                QSqlQuery seq(to);
                QVERIFY2(seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                 "(SELECT MAX(id) FROM %1))")
                                      .arg(table)),
                         qPrintable(seq.lastError().text()));
            }
        }
    }
    auto reopened = HistoryDatabase::open(path);
    QVERIFY(reopened.has_value());
    ReportImporter importer(*reopened);
    VERIFY_EXPECTED(importer.prepare());
    QCOMPARE((*reopened)->schemaVersion(ReportSchema::component()), int(ReportSchema::migrations().size()));
    QCOMPARE(importer.importFile(first).status, ImportStatus::Duplicate);
    QCOMPARE(importer.importFile(second).status, ImportStatus::Imported);
    auto summary = ReportAnalyzer(*reopened).summarize({Domain, {}, {}});
    VERIFY_EXPECTED(summary);
    QCOMPARE(QJsonDocument(summary->toJson()).toJson(), expected);
    QCOMPARE(summary->sources.size(), 2);
    QCOMPARE(summary->reject.alreadyApplied, 6);
    QCOMPARE(summary->dkimSelectors.size(), 1);
    QCOMPARE(summary->daily.size(), 2);
}

MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestReportAnalyzer)
#include "tst_reportanalyzer.moc"
