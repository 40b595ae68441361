// The per-area verdict of an audit (AuditAreaSummary) and the document's table made from it.

#include "audit/AuditAreaSummary.h"
#include "audit/AuditRunner.h"
#include "audit/export/AreaSummaryHtml.h"
#include "demo/DemoWorld.h"
#include "dns/ZoneResolver.h"
#include "findings/FindingCatalogue.h"

#include <QJsonArray>
#include <QTest>

using State = AuditAreaSummary::State;
using namespace Qt::StringLiterals;

namespace {
const AuditAreaSummary* find(const QList<AuditAreaSummary>& areas, const QString& id) {
    for (const AuditAreaSummary& a : areas)
        if (a.id == id)
            return &a;
    return nullptr;
}

QStringList ids(const QList<AuditAreaSummary>& areas) {
    QStringList out;
    for (const AuditAreaSummary& a : areas)
        out << a.id;
    return out;
}
} // namespace

class TestAuditAreaSummary : public QObject {
    Q_OBJECT
private:
    AuditReport m_overlimit;

private Q_SLOTS:
    void initTestCase() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        AuditRunner runner(*zones, {});
        m_overlimit = runner.auditDomain(QStringLiteral("overlimit.test"));
        QVERIFY(m_overlimit.hasFinding(u"SPF-LOOKUP-LIMIT"));
    }

    void overLimitSpfIsAnErrorWithTheCount() {
        const auto areas = AuditAreaSummary::of(m_overlimit);
        QCOMPARE(ids(areas),
                 QStringList({u"spf"_s, u"dkim"_s, u"dmarc"_s, u"reports"_s, u"transport"_s, u"dnstrust"_s}));
        const AuditAreaSummary* spf = find(areas, QStringLiteral("spf"));
        QCOMPARE(spf->state, State::Error);
        QCOMPARE(spf->reason, QStringLiteral("16 of 10 lookups: SPF fails"));
        QCOMPARE(spf->title, QStringLiteral("SPF"));
        const AuditAreaSummary* dmarc = find(areas, QStringLiteral("dmarc"));
        QCOMPARE(dmarc->state, State::Ok);
        QCOMPARE(dmarc->reason, QStringLiteral("p=quarantine, reports to 1 address(es)"));
        const AuditAreaSummary* dkim = find(areas, QStringLiteral("dkim"));
        QCOMPARE(dkim->state, State::Ok);
        QVERIFY2(dkim->reason.contains(QStringLiteral("s1 (RSA 2048)")), qPrintable(dkim->reason));
        // No MTA-STS: partly protected, as the Transport tab says.
        const AuditAreaSummary* transport = find(areas, QStringLiteral("transport"));
        QCOMPARE(transport->state, State::Warning);
        QCOMPARE(transport->reason, QStringLiteral("1 MX, no MTA-STS"));
        // Offline zone files: nothing of DNS trust could be checked.
        const AuditAreaSummary* dns = find(areas, QStringLiteral("dnstrust"));
        QCOMPARE(dns->state, State::Unknown);
        QVERIFY2(dns->reason.contains(QStringLiteral("DNSSEC not validated")), qPrintable(dns->reason));
        QCOMPARE(find(areas, QStringLiteral("reports"))->state, State::Unknown);
    }

    void areasWithoutTheirCheckAreLeftOut() {
        AuditReport r = m_overlimit;
        for (const char* area : {"transport", "dnssec", "ns", "blocklists"})
            r.checks.remove(QString::fromLatin1(area));
        const auto areas = AuditAreaSummary::of(r);
        QCOMPARE(ids(areas), QStringList({u"spf"_s, u"dkim"_s, u"dmarc"_s, u"reports"_s}));
        // A cancelled audit has no SPF result: unknown, not OK.
        AuditReport cancelled;
        cancelled.domain = QStringLiteral("example.com");
        cancelled.cancelled = true;
        const auto none = AuditAreaSummary::of(cancelled);
        QCOMPARE(find(none, QStringLiteral("spf"))->state, State::Unknown);
        QVERIFY(find(none, QStringLiteral("spf"))->reason.contains(QStringLiteral("cancelled")));
    }

    void aWarningFindingMakesAnOkAreaAWarning() {
        AuditReport r;
        r.domain = QStringLiteral("example.com");
        r.checks.insert(QStringLiteral("spf"),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("found")},
                                    {QStringLiteral("lookups"), 3},
                                    {QStringLiteral("lookupLimit"), 10},
                                    {QStringLiteral("record"), QStringLiteral("v=spf1 mx ~all")}});
        AuditAreaSummary spf = AuditAreaSummary::of(r).first();
        QCOMPARE(spf.state, State::Ok);
        QCOMPARE(spf.reason, QStringLiteral("3 of 10 lookups, ends in ~all"));
        Finding f = FindingCatalogue::make(u"SPF-OVERLAPPING-RANGES");
        f.severity = Severity::Warning;
        f.area = QStringLiteral("spf");
        r.findings << f;
        spf = AuditAreaSummary::of(r).first();
        QCOMPARE(spf.state, State::Warning);
        QVERIFY2(spf.reason.endsWith(f.title), qPrintable(spf.reason));
        // An info finding changes nothing.
        r.findings.first().severity = Severity::Info;
        QCOMPARE(AuditAreaSummary::of(r).first().state, State::Ok);
    }

    void transportReason() {
        AuditReport r;
        r.domain = QStringLiteral("example.com");
        const QJsonArray mx{QJsonObject{{QStringLiteral("host"), QStringLiteral("mx1.example.com")}},
                            QJsonObject{{QStringLiteral("host"), QStringLiteral("mx2.example.com")}}};
        QJsonObject sts{
            {QStringLiteral("record"), QStringLiteral("v=STSv1; id=1")},
            {QStringLiteral("id"), QStringLiteral("1")},
            {QStringLiteral("policy"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("enforce")}}},
            {QStringLiteral("covered"), QJsonObject{{QStringLiteral("mx1.example.com"), true},
                                                    {QStringLiteral("mx2.example.com"), true}}}};
        QJsonObject transport{{QStringLiteral("domain"), r.domain},
                              {QStringLiteral("mx"), mx},
                              {QStringLiteral("mxStatus"), QJsonObject{{QStringLiteral("missing"), false}}},
                              {QStringLiteral("mtaSts"), sts}};
        r.checks.insert(QStringLiteral("transport"), transport);
        AuditAreaSummary area = *find(AuditAreaSummary::of(r), QStringLiteral("transport"));
        QCOMPARE(area.reason, QStringLiteral("2 MX, MTA-STS enforce"));
        QCOMPARE(area.state, State::Ok);
        // Offline: the record is there, the policy was not fetched; not "unusable".
        sts.remove(QStringLiteral("policy"));
        sts.insert(QStringLiteral("fetch"),
                   QJsonObject{{QStringLiteral("url"), QJsonValue()},
                               {QStringLiteral("error"), QStringLiteral("offline")}});
        transport.insert(QStringLiteral("mtaSts"), sts);
        r.checks.insert(QStringLiteral("transport"), transport);
        area = *find(AuditAreaSummary::of(r), QStringLiteral("transport"));
        QCOMPARE(area.reason, QStringLiteral("2 MX, MTA-STS policy not fetched"));
        QCOMPARE(area.state, State::Warning);
    }

    void reportsAreaReadsTheImportedReports() {
        QJsonObject senders{{QStringLiteral("messages"), 1000},
                            {QStringLiteral("sourceCount"), 4},
                            {QStringLiteral("dmarc"),
                             QJsonObject{{QStringLiteral("pass"), 500}, {QStringLiteral("fail"), 500}}}};
        AuditAreaSummary reports =
            *find(AuditAreaSummary::of(m_overlimit, senders), QStringLiteral("reports"));
        QCOMPARE(reports.state, State::Error);
        QVERIFY2(reports.reason.contains(QStringLiteral("50.0%")), qPrintable(reports.reason));
        senders.insert(QStringLiteral("dmarc"),
                       QJsonObject{{QStringLiteral("pass"), 995}, {QStringLiteral("fail"), 5}});
        reports = *find(AuditAreaSummary::of(m_overlimit, senders), QStringLiteral("reports"));
        QCOMPARE(reports.state, State::Ok);
        senders.insert(QStringLiteral("tlsRpt"),
                       QJsonObject{{QStringLiteral("reports"), 2}, {QStringLiteral("failedSessions"), 3}});
        reports = *find(AuditAreaSummary::of(m_overlimit, senders), QStringLiteral("reports"));
        QCOMPARE(reports.state, State::Warning);
        QVERIFY2(reports.reason.contains(QStringLiteral("3 failed TLS")), qPrintable(reports.reason));
    }

    void documentTableHasARowPerDomain() {
        AuditReport other = m_overlimit;
        other.domain = QStringLiteral("example.com");
        other.checks.remove(QStringLiteral("transport"));
        const QString html = AreaSummaryHtml::html({m_overlimit, other}, {});
        QVERIFY(html.contains(QStringLiteral("16 of 10 lookups: SPF fails")));
        QVERIFY(html.contains(QStringLiteral("✖ Error")));
        QVERIFY(html.contains(QStringLiteral("<th align=\"left\">Transport</th>")));
        QCOMPARE(html.count(QStringLiteral("<tr><td")), 2);
        // The second domain has no transport check: its cell says so with a dash.
        const QString second = html.mid(html.lastIndexOf(QStringLiteral("<tr><td")));
        QVERIFY(second.contains(QStringLiteral("<td valign=\"top\">–</td>")));
    }
};

QTEST_GUILESS_MAIN(TestAuditAreaSummary)
#include "tst_auditareasummary.moc"
