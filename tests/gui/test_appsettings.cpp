// AppSettings: typed values round-trip through a settings file, defaults are sane.
#include "AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void roundTrip();
    void recentDomains();
};

void TestAppSettings::defaults() {
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(s.resolverMode(), AppSettings::ResolverMode::System);
    QVERIFY(s.customServers().isEmpty());
    QVERIFY(s.zoneFiles().isEmpty());
    QCOMPARE(s.timeoutMs(), 2000);
    QVERIFY(s.recentDomains().isEmpty());
}

void TestAppSettings::roundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        AppSettings s(path);
        s.setResolverMode(AppSettings::ResolverMode::Custom);
        s.setCustomServers({QStringLiteral("192.0.2.53"), QStringLiteral("[2001:db8::53]:5353")});
        s.setZoneFiles({QStringLiteral("/tmp/a.zone")});
        s.setTimeoutMs(3500);
        s.setWindowGeometry(QByteArray("geometry"));
        s.setWindowState(QByteArray("state"));
        s.sync();
    }
    AppSettings s(path);
    QCOMPARE(s.fileName(), path);
    QCOMPARE(s.resolverMode(), AppSettings::ResolverMode::Custom);
    QCOMPARE(s.customServers(),
             QStringList({QStringLiteral("192.0.2.53"), QStringLiteral("[2001:db8::53]:5353")}));
    QCOMPARE(s.zoneFiles(), QStringList{QStringLiteral("/tmp/a.zone")});
    QCOMPARE(s.timeoutMs(), 3500);
    QCOMPARE(s.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(s.windowState(), QByteArray("state"));
    s.setResolverMode(AppSettings::ResolverMode::Offline);
    QCOMPARE(s.resolverMode(), AppSettings::ResolverMode::Offline);
}

void TestAppSettings::recentDomains() {
    QTemporaryDir dir;
    AppSettings s(dir.filePath(QStringLiteral("s.ini")));
    s.addRecentDomain(QStringLiteral("a.example"));
    s.addRecentDomain(QStringLiteral("b.example"));
    s.addRecentDomain(QStringLiteral("a.example"));
    QCOMPARE(s.recentDomains(), QStringList({QStringLiteral("a.example"), QStringLiteral("b.example")}));
    for (int i = 0; i < 40; ++i)
        s.addRecentDomain(QStringLiteral("d%1.example").arg(i));
    QCOMPARE(s.recentDomains().size(), AppSettings::maxRecentDomains());
    QCOMPARE(s.recentDomains().constFirst(), QStringLiteral("d39.example"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_appsettings.moc"
