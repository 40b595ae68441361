// ResolverPlan: the resolver stack built from settings, demo and staged files, with errors that
// say what to change.
#include "ResolverPlan.h"
#include "dns/ZoneResolver.h"

#include <QTemporaryDir>
#include <QTest>

class TestResolverPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errors_data();
    void errors();
    void demoAnswersOffline();
    void stagedOverlayIsMarked();
    void fromSettings();
};

void TestResolverPlan::errors_data() {
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QStringList>("staged");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("/nonexistent/none.zone");
    QTest::newRow("offline without files")
        << int(AppSettings::ResolverMode::Offline) << QStringList() << QStringList() << QStringList()
        << QStringLiteral("no zone file");
    QTest::newRow("offline missing file")
        << int(AppSettings::ResolverMode::Offline) << QStringList() << QStringList{missing} << QStringList()
        << QStringLiteral("none.zone");
    QTest::newRow("custom without servers")
        << int(AppSettings::ResolverMode::Custom) << QStringList() << QStringList() << QStringList()
        << QStringLiteral("No custom DNS server");
    QTest::newRow("custom invalid server")
        << int(AppSettings::ResolverMode::Custom) << QStringList{QStringLiteral("dns.example")}
        << QStringList() << QStringList() << QStringLiteral("\"dns.example\"");
    QTest::newRow("staged missing file")
        << int(AppSettings::ResolverMode::Custom) << QStringList{QStringLiteral("127.0.0.1:53")}
        << QStringList() << QStringList{missing} << QStringLiteral("staged zone file");
}

void TestResolverPlan::errors() {
    QFETCH(int, mode);
    QFETCH(QStringList, servers);
    QFETCH(QStringList, zones);
    QFETCH(QStringList, staged);
    QFETCH(QString, message);
    ResolverPlan plan;
    plan.mode = static_cast<AppSettings::ResolverMode>(mode);
    plan.servers = servers;
    plan.zoneFiles = zones;
    plan.stagedFiles = staged;
    const auto built = plan.build();
    QVERIFY(!built);
    QVERIFY2(built.error().contains(message), qPrintable(built.error()));
}

void TestResolverPlan::demoAnswersOffline() {
    ResolverPlan plan;
    plan.demo = true;
    plan.mode = AppSettings::ResolverMode::Custom; // ignored by the demo: it never asks the network
    const auto built = plan.build();
    QVERIFY2(built, built ? "" : qPrintable(built.error()));
    const DnsAnswer a = (*built)->resolve(QStringLiteral("example.com"), DnsRecordType::TXT);
    QCOMPARE(a.outcome, DnsOutcome::Answer);
    QCOMPARE(a.source, DnsSource::ZoneFile);
    // The demo world has a root zone (resources/demo/root.zone): names outside it do not exist,
    // as on the Internet, so walks up the tree (DMARC) see NXDOMAIN rather than REFUSED.
    QCOMPARE((*built)->resolve(QStringLiteral("outside.invalid"), DnsRecordType::TXT).outcome,
             DnsOutcome::NxDomain);
}

void TestResolverPlan::stagedOverlayIsMarked() {
    ResolverPlan plan;
    plan.mode = AppSettings::ResolverMode::Offline;
    plan.zoneFiles = {qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") +
                      QStringLiteral("/tests/zones/dns.test.zone")};
    plan.stagedFiles = {QStringLiteral(":/demo/staged/example.com.zone")};
    const auto built = plan.build();
    QVERIFY2(built, built ? "" : qPrintable(built.error()));
    const DnsAnswer staged = (*built)->resolve(QStringLiteral("example.com"), DnsRecordType::TXT);
    QCOMPARE(staged.outcome, DnsOutcome::Answer);
    QVERIFY(staged.staged);
    const DnsAnswer base = (*built)->resolve(QStringLiteral("dns.test"), DnsRecordType::TXT);
    QCOMPARE(base.outcome, DnsOutcome::Answer);
    QVERIFY(!base.staged);
}

void TestResolverPlan::fromSettings() {
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setResolverMode(AppSettings::ResolverMode::Custom);
    settings.setCustomServers({QStringLiteral("192.0.2.53")});
    settings.setTimeoutMs(1234);
    const ResolverPlan plan = ResolverPlan::fromSettings(settings, false, {QStringLiteral("/tmp/x.zone")});
    QCOMPARE(plan.mode, AppSettings::ResolverMode::Custom);
    QCOMPARE(plan.servers, QStringList{QStringLiteral("192.0.2.53")});
    QCOMPARE(plan.timeoutMs, 1234);
    QCOMPARE(plan.stagedFiles, QStringList{QStringLiteral("/tmp/x.zone")});
    QVERIFY(!plan.demo);
}

QTEST_GUILESS_MAIN(TestResolverPlan)
#include "test_resolverplan.moc"
