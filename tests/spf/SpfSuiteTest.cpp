// The OpenSPF RFC 7208 suite, every scenario and case: in memory (with the suite's TIMEOUT
// entries), through NSD (one private server per scenario) and through mailsight-cli.

#include "SpfSuiteFixture.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "spf/SpfEvaluator.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
SpfEvaluator::Input inputFor(const SpfSuiteCase& c) {
    SpfEvaluator::Input in;
    in.ip = QHostAddress(c.host);
    in.sender = c.mailfrom;
    in.helo = c.helo;
    in.timestamp = 1700000000;
    return in;
}

QString domainFor(const SpfSuiteCase& c) {
    if (c.mailfrom.isEmpty())
        return c.helo;
    return c.mailfrom.mid(c.mailfrom.lastIndexOf(QLatin1Char('@')) + 1);
}

bool accepted(const SpfSuiteCase& c, const QString& result) {
    return c.results.contains(result);
}
} // namespace

class SpfSuiteTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inMemory_data();
    void inMemory();
    void throughNsd();
    void throughCli();

private:
    QList<SpfSuiteScenario> m_suite;
    // Cases whose evaluation touched a TIMEOUT entry (zone files cannot say "time out").
    QSet<QString> m_needsTimeout;
    QHash<QString, QSet<QString>> m_askedNames;
};

void SpfSuiteTest::initTestCase() {
    QString error;
    m_suite = loadSpfSuite(&error);
    QVERIFY2(!m_suite.isEmpty(), qPrintable(error));
    int cases = 0;
    for (const auto& s : std::as_const(m_suite))
        cases += static_cast<int>(s.cases.size());
    QCOMPARE(m_suite.size(), 16);
    QCOMPARE(cases, 203);
}

void SpfSuiteTest::inMemory_data() {
    QTest::addColumn<int>("scenario");
    QTest::addColumn<int>("index");
    for (int s = 0; s < m_suite.size(); ++s)
        for (int i = 0; i < m_suite[s].cases.size(); ++i)
            QTest::newRow(qPrintable(m_suite[s].description + QLatin1Char('/') + m_suite[s].cases[i].name))
                << s << i;
}

void SpfSuiteTest::inMemory() {
    QFETCH(int, scenario);
    QFETCH(int, index);
    const SpfSuiteScenario& s = m_suite.at(scenario);
    const SpfSuiteCase& c = s.cases.at(index);
    auto resolver = std::make_shared<SpfSuiteResolver>(s.zonedata);
    DnsSession session(resolver);
    SpfEvaluator evaluator(&session);
    evaluator.setDefaultExplanation(QStringLiteral("DEFAULT"));
    const SpfEvaluation e = evaluator.evaluate(inputFor(c));
    const QString key = s.description + QLatin1Char('/') + c.name;
    if (resolver->timeoutHit())
        m_needsTimeout.insert(key);
    m_askedNames.insert(key, resolver->askedNames());
    const QString got = spfResultName(e.result);
    QVERIFY2(accepted(c, got), qPrintable(QStringLiteral("got %1 (%2), expected %3")
                                              .arg(got, e.reason, c.results.join(QStringLiteral(" or ")))));
    if (c.explanation && e.result == SpfResult::Fail)
        QCOMPARE(e.explanation, *c.explanation);
}

void SpfSuiteTest::throughNsd() {
    if (m_askedNames.isEmpty())
        QSKIP("run together with inMemory (it finds the cases that need TIMEOUT)");
    const QString script = qEnvironmentVariable("MAILSIGHT_NSD_SCRIPT");
    QVERIFY(!script.isEmpty());
    int ran = 0;
    int skipped = 0;
    QStringList failures;
    for (const SpfSuiteScenario& s : std::as_const(m_suite)) {
        SpfSuiteResolver data(s.zonedata);
        QSet<QString> inexpressible;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkdir(QStringLiteral("zones"));
        QFile zone(dir.filePath(QStringLiteral("zones/root.zone")));
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write(data.rootZone(&inexpressible));
        zone.close();
        QProcess start;
        start.start(QStringLiteral("bash"),
                    {script, QStringLiteral("start"), dir.filePath(QStringLiteral("zones")),
                     dir.filePath(QStringLiteral("nsd"))});
        QVERIFY(start.waitForFinished(60000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        const quint16 port =
            static_cast<quint16>(QString::fromLatin1(start.readAllStandardOutput()).trimmed().toUInt());
        QVERIFY(port > 0);
        int ranHere = 0;
        for (const SpfSuiteCase& c : s.cases) {
            const QString key = s.description + QLatin1Char('/') + c.name;
            if (m_needsTimeout.contains(key) || m_askedNames.value(key).intersects(inexpressible)) {
                ++skipped;
                continue;
            }
            auto resolver = std::make_shared<LdnsResolver>(LdnsResolverOptions{
                .servers = {{QStringLiteral("127.0.0.1"), port}}, .timeoutMs = 2000, .rateLimiter = {}});
            DnsSession session(resolver);
            SpfEvaluator evaluator(&session);
            evaluator.setDefaultExplanation(QStringLiteral("DEFAULT"));
            const SpfEvaluation e = evaluator.evaluate(inputFor(c));
            const QString got = spfResultName(e.result);
            if (!accepted(c, got))
                failures << QStringLiteral("%1: got %2 (%3), expected %4")
                                .arg(key, got, e.reason, c.results.join(QLatin1Char('|')));
            else if (c.explanation && e.result == SpfResult::Fail && e.explanation != *c.explanation)
                failures << QStringLiteral("%1: explanation \"%2\", expected \"%3\"")
                                .arg(key, e.explanation, *c.explanation);
            ++ranHere;
        }
        ran += ranHere;
        qInfo("NSD: %-40s %3d of %3d cases", qPrintable(s.description), ranHere,
              static_cast<int>(s.cases.size()));
        QProcess::execute(QStringLiteral("bash"),
                          {script, QStringLiteral("stop"), dir.filePath(QStringLiteral("nsd"))});
    }
    qInfo("NSD: %d cases ran, %d skipped (they need a TIMEOUT answer)", ran, skipped);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(ran > 180);
}

void SpfSuiteTest::throughCli() {
    if (m_askedNames.isEmpty())
        QSKIP("run together with inMemory (it finds the cases that need TIMEOUT)");
    const QString cli = qEnvironmentVariable("MAILSIGHT_CLI");
    QVERIFY(QFile::exists(cli));
    int ran = 0;
    int skipped = 0;
    QStringList failures;
    for (const SpfSuiteScenario& s : std::as_const(m_suite)) {
        SpfSuiteResolver data(s.zonedata);
        QSet<QString> inexpressible;
        QTemporaryDir dir;
        QFile zone(dir.filePath(QStringLiteral("root.zone")));
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write(data.rootZone(&inexpressible));
        zone.close();
        int ranHere = 0;
        for (const SpfSuiteCase& c : s.cases) {
            const QString key = s.description + QLatin1Char('/') + c.name;
            if (m_needsTimeout.contains(key) || m_askedNames.value(key).intersects(inexpressible)) {
                ++skipped;
                continue;
            }
            QStringList args{QStringLiteral("--offline"),
                             QStringLiteral("--zone"),
                             zone.fileName(),
                             QStringLiteral("--format"),
                             QStringLiteral("json"),
                             QStringLiteral("spf"),
                             domainFor(c),
                             QStringLiteral("--ip"),
                             c.host,
                             QStringLiteral("--helo"),
                             c.helo};
            if (!c.mailfrom.isEmpty())
                args << QStringLiteral("--sender") << c.mailfrom;
            QProcess p;
            p.start(cli, args);
            if (!p.waitForFinished(30000)) {
                failures << key + QStringLiteral(": the CLI did not finish");
                continue;
            }
            const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            const QString got = o.value(QStringLiteral("evaluation"))[QLatin1String("result")].toString();
            if (p.exitCode() != 0 || !accepted(c, got))
                failures << QStringLiteral("%1: exit %2, result \"%3\", expected %4 (%5 %6)")
                                .arg(key)
                                .arg(p.exitCode())
                                .arg(got, c.results.join(QLatin1Char('|')), args.join(QLatin1Char(' ')),
                                     QString::fromUtf8(p.readAllStandardError()));
            ++ranHere;
        }
        ran += ranHere;
        qInfo("CLI: %-40s %3d of %3d cases", qPrintable(s.description), ranHere,
              static_cast<int>(s.cases.size()));
    }
    qInfo("CLI: %d cases ran, %d skipped (they need a TIMEOUT answer)", ran, skipped);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(ran > 180);
}

QTEST_GUILESS_MAIN(SpfSuiteTest)
#include "SpfSuiteTest.moc"
