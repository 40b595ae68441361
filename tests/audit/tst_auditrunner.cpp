#include "audit/AuditChecks.h"
#include "audit/AuditRunner.h"
#include "audit/StagedRecordResolver.h"
#include "audit/TerraformPlanReader.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"
#include "findings/FindingCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

namespace {

const QByteArray liveZone = R"($ORIGIN live.test.
@ 300 IN SOA ns.live.test. h.live.test. 1 3600 900 604800 300
@ 300 IN NS ns.live.test.
@ 300 IN MX 10 mail.live.test.
mail 300 IN A 192.0.2.25
@ 300 IN TXT "v=spf1 mx -all"
_dmarc 300 IN TXT "v=DMARC1; p=reject; rua=mailto:d@live.test"
)";

const QByteArray stagedZone = R"($ORIGIN live.test.
@ 300 IN SOA ns.live.test. h.live.test. 2 3600 900 604800 300
@ 300 IN NS ns.live.test.
@ 300 IN MX 10 mail.live.test.
mail 300 IN A 192.0.2.25
@ 300 IN TXT "v=spf1 mx ~all"
_dmarc 300 IN TXT "v=DMARC1; p=none"
)";

const QByteArray rootZone = ". 300 IN SOA a.root.test. h.example.com. 1 3600 900 604800 300\n";

std::shared_ptr<ZoneResolver> resolverOf(const QList<QPair<QByteArray, QString>>& zones,
                                         std::shared_ptr<Resolver> fallback = {}) {
    QList<ZoneResolver::Zone> parsed;
    for (const auto& [text, origin] : zones) {
        auto z = ZoneResolver::parseZone(text, origin, origin + QStringLiteral(".zone"));
        Q_ASSERT(z);
        parsed << *z;
    }
    return std::make_shared<ZoneResolver>(parsed, std::move(fallback));
}

// A check that asks one TXT question and reports a fixed finding; or sleeps past the bound.
class FakeCheck : public AuditCheck {
public:
    FakeCheck(QString code, int sleepMs = 0)
        : m_code(std::move(code))
        , m_sleepMs(sleepMs) {}
    QString area() const override { return QStringLiteral("fake"); }
    AuditCheckResult run(const QString& domain, DnsSession& session, const AuditCheckOptions&) override {
        if (m_sleepMs > 0) {
            QThread::msleep(m_sleepMs);
            (void)session.lookupNow(domain, DnsRecordType::TXT);
        }
        const DnsAnswer a = session.lookupNow(domain, DnsRecordType::TXT);
        AuditCheckResult r;
        r.json = QJsonObject{{QStringLiteral("domain"), domain},
                             {QStringLiteral("texts"), QJsonArray::fromStringList(a.texts())}};
        if (!m_code.isEmpty())
            r.findings << FindingCatalogue::make(m_code);
        r.recordsFound = a.texts();
        return r;
    }

private:
    QString m_code;
    int m_sleepMs;
};

// Runs after the others and reports what it saw of them: their areas and the fake's texts.
class LaterCheck : public AuditCheck {
public:
    QString area() const override { return QStringLiteral("later"); }
    bool runsAfterOthers() const override { return true; }
    AuditCheckResult run(const QString&, DnsSession& session, const AuditCheckOptions& options) override {
        AuditCheckResult r;
        r.json = QJsonObject{{QStringLiteral("saw"), options.earlier},
                             {QStringLiteral("questionsBefore"), int(session.log()->entries().size())}};
        return r;
    }
};

} // namespace

class TestAuditRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void registryHasTheChecks() {
        QStringList areas;
        for (const auto& c : AuditChecks::all())
            areas << c->area();
        QVERIFY(areas.contains(QStringLiteral("spf")));
        QVERIFY(areas.contains(QStringLiteral("dmarc")));
        QVERIFY(areas.contains(QStringLiteral("dkim")));
    }

    void fakeChecksManyDomains() {
        QByteArray zone = "$ORIGIN many.test.\n@ 300 IN SOA ns h 1 1 1 1 1\n";
        QStringList domains;
        for (int i = 0; i < 200; ++i) {
            zone += QStringLiteral("d%1 300 IN TXT \"v=spf1 -all\"\n").arg(i).toUtf8();
            domains << QStringLiteral("d%1.many.test").arg(i);
        }
        AuditRunOptions options;
        options.concurrency = 8;
        options.checks = {std::make_shared<FakeCheck>(QStringLiteral("DMARC-NO-RUA"))};
        AuditRunner runner(resolverOf({{zone, QStringLiteral("many.test")}}), options);
        QSignalSpy progress(&runner, &AuditRunner::domainFinished);
        const QList<AuditReport> reports = runner.run(domains);
        QCOMPARE(reports.size(), 200);
        QTRY_COMPARE(progress.size(), 200);
        for (int i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports.at(i).domain, domains.at(i)); // input order
            QCOMPARE(reports.at(i).grade, QStringLiteral("B"));
            QCOMPARE(reports.at(i).findings.first().domain, domains.at(i));
            QCOMPARE(reports.at(i).queryCount(), 1);
            QCOMPARE(reports.at(i).records.size(), 1);
        }
    }

    void realChecksOnZone() {
        AuditRunner runner(resolverOf({{liveZone, QStringLiteral("live.test")}, {rootZone, QString()}}), {});
        const AuditReport r = runner.auditDomain(QStringLiteral("live.test"));
        QVERIFY(r.check(QStringLiteral("spf")).contains(QStringLiteral("lookups")));
        QCOMPARE(r.check(QStringLiteral("dmarc")).value(QStringLiteral("record")).toString(),
                 QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@live.test"));
        QVERIFY(r.check(QStringLiteral("dkim")).contains(QStringLiteral("selectors")));
        QVERIFY(r.hasFinding(u"DKIM-NO-SELECTOR-FOUND"));
        QVERIFY(r.queryCount() > 0);
        QVERIFY(!r.staged);
        QVERIFY(!r.grade.isEmpty());
        // The report survives its JSON.
        auto back = AuditReport::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->grade, r.grade);
        QCOMPARE(back->findings, r.findings);
        QCOMPARE(back->records, r.records);
        QCOMPARE(back->checks, r.checks);
    }

    void stagedZoneOverlay() {
        auto live = resolverOf({{liveZone, QStringLiteral("live.test")}, {rootZone, QString()}});
        auto staged = resolverOf({{stagedZone, QStringLiteral("live.test")}}, live);
        staged->setStaged(true);
        AuditRunner runner(staged, {});
        const AuditReport r = runner.auditDomain(QStringLiteral("live.test"));
        QVERIFY(r.staged);
        QVERIFY(r.hasFinding(u"DMARC-POLICY-NONE"));
        bool stagedSpf = false;
        for (const AuditRecord& rec : r.records)
            if (rec.type == QLatin1String("TXT") && rec.data == QLatin1String("v=spf1 mx ~all"))
                stagedSpf = rec.staged;
        QVERIFY(stagedSpf);
        QVERIFY(r.toJson()
                    .value(QStringLiteral("records"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("staged"))
                    .toBool() ||
                QJsonDocument(r.toJson()).toJson().contains("\"staged\": true"));
    }

    void terraformPlan() {
        auto plan = TerraformPlanReader::load(qEnvironmentVariable("MAILSIGHT_TEST_DATA") +
                                                  QStringLiteral("/audit/terraform-plan.json"),
                                              {QStringLiteral("plan.test")});
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
        QVERIFY2(plan->skipped.isEmpty(), qPrintable(plan->skipped.join(QLatin1Char('\n'))));
        QStringList lines;
        for (const DnsRecord& r : plan->records)
            lines << r.name + QLatin1Char(' ') + dnsRecordTypeName(r.type) + QLatin1Char(' ') +
                         (r.type == DnsRecordType::TXT ? r.text() : r.rdata);
        lines.sort();
        QCOMPARE(lines,
                 (QStringList{
                     QStringLiteral("_dmarc.plan.test TXT v=DMARC1; p=quarantine; rua=mailto:d@plan.test"),
                     QStringLiteral("mail.plan.test A 192.0.2.7"),
                     QStringLiteral("plan.test MX 10 mail.plan.test."),
                     QStringLiteral("plan.test TXT v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test ~all"),
                     QStringLiteral("s1._domainkey.plan.test TXT v=DKIM1; k=ed25519; "
                                    "p=KBNwLKWXxSKGkVrhLi75Z/ic5oTqNW56NIx33d9I78Y="),
                     QStringLiteral("verify.plan.test TXT token-1"),
                     QStringLiteral("verify.plan.test TXT token-2"),
                 }));
        // Overlay: planned RRsets answer staged, everything else falls through.
        auto live = resolverOf({{liveZone, QStringLiteral("live.test")}, {rootZone, QString()}});
        auto overlay =
            std::make_shared<StagedRecordResolver>(plan->records, QStringLiteral("plan.json"), live);
        const DnsAnswer planned = overlay->resolve(QStringLiteral("plan.test"), DnsRecordType::TXT);
        QVERIFY(planned.staged);
        QCOMPARE(planned.texts().size(), 1);
        const DnsAnswer fallthrough = overlay->resolve(QStringLiteral("live.test"), DnsRecordType::TXT);
        QVERIFY(!fallthrough.staged);
        QCOMPARE(fallthrough.outcome, DnsOutcome::Answer);
        AuditRunner runner(overlay, {});
        const AuditReport r = runner.auditDomain(QStringLiteral("plan.test"));
        QVERIFY(r.staged);
        QCOMPARE(r.stagedSources, QStringList{QStringLiteral("plan.json")});
    }

    void laterChecksSeeTheOthers() {
        // Listed first, run last: it sees the fake check's JSON and the question it asked.
        AuditRunOptions options;
        options.checks = {std::make_shared<LaterCheck>(), std::make_shared<FakeCheck>(QString(), 30)};
        AuditRunner runner(resolverOf({{liveZone, QStringLiteral("live.test")}}), options);
        const AuditReport r = runner.auditDomain(QStringLiteral("live.test"));
        const QJsonObject later = r.checks.value(QStringLiteral("later")).toObject();
        QCOMPARE(later.value(QStringLiteral("saw")).toObject().keys(), QStringList{QStringLiteral("fake")});
        QCOMPARE(later.value(QStringLiteral("saw")).toObject().value(QStringLiteral("fake")),
                 r.checks.value(QStringLiteral("fake")));
        QCOMPARE(later.value(QStringLiteral("questionsBefore")).toInt(), 2);
        QVERIFY(!r.timedOut);
    }

    void perDomainTimeBound() {
        AuditRunOptions options;
        options.domainTimeoutMs = 100;
        options.checks = {std::make_shared<FakeCheck>(QString(), 400)};
        AuditRunner runner(resolverOf({{liveZone, QStringLiteral("live.test")}}), options);
        const AuditReport r = runner.auditDomain(QStringLiteral("live.test"));
        QVERIFY(r.timedOut);
        QVERIFY(r.hasFinding(u"AUDIT-TIMEOUT"));
        QCOMPARE(r.grade, QStringLiteral("F"));
    }

    void cancelStopsTheBatch() {
        AuditRunOptions options;
        options.concurrency = 1;
        options.checks = {std::make_shared<FakeCheck>(QString(), 50)};
        AuditRunner runner(resolverOf({{liveZone, QStringLiteral("live.test")}}), options);
        runner.cancel();
        const QList<AuditReport> reports =
            runner.run({QStringLiteral("live.test"), QStringLiteral("live.test")});
        QCOMPARE(reports.size(), 2);
        QVERIFY(reports.at(0).cancelled);
        QVERIFY(reports.at(1).cancelled);
    }

    void invalidNameAndDomainsFile() {
        AuditRunner runner(resolverOf({{liveZone, QStringLiteral("live.test")}}), {});
        const AuditReport r = runner.auditDomain(QStringLiteral("bad..name"));
        QVERIFY(r.hasFinding(u"DNS-INVALID-NAME"));
        QCOMPARE(r.grade, QStringLiteral("F"));

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("# domains\nexample.com\n\nEXAMPLE.com  # again\nlive.test\n");
        file.close();
        auto list = AuditRunner::readDomainsFile(file.fileName());
        QVERIFY(list);
        QCOMPARE(*list, (QStringList{QStringLiteral("example.com"), QStringLiteral("live.test")}));
    }
};

QTEST_GUILESS_MAIN(TestAuditRunner)
#include "tst_auditrunner.moc"
