// --max-qps and --max-qps-per-server against the NSD fixture: the questions of a batch, timed by
// when their answers came back (the query log's start + elapsed: the wait for a token is inside
// the resolver call), arrive no faster than the cap; uncapped, the same batch is much faster.
#include "TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using TestSupport::runCli;

namespace {
struct Rate {
    int questions = 0;
    double seconds = 0;
    double perSecond() const { return seconds > 0 ? double(questions - 1) / seconds : 0; }
};

Rate measure(const QStringList& extra, int* exitCode) {
    const quint16 port = TestSupport::nsdPort();
    const auto r = runCli(QStringList{QStringLiteral("--resolver"), QStringLiteral("127.0.0.1:%1").arg(port),
                                      QStringLiteral("--no-history"), QStringLiteral("audit"),
                                      QStringLiteral("auditgood.test"), QStringLiteral("auditbad.test"),
                                      QStringLiteral("dkim.test"), QStringLiteral("--no-ns"),
                                      QStringLiteral("--no-transport"), QStringLiteral("--no-blocklists"),
                                      QStringLiteral("--fail-on"), QStringLiteral("never"),
                                      QStringLiteral("--format"), QStringLiteral("json")} +
                              extra,
                          120000);
    *exitCode = r.exitCode;
    QList<qint64> done;
    int asked = 0;
    for (const auto& report : QJsonDocument::fromJson(r.out).array()) {
        asked += report.toObject().value(QStringLiteral("queries_asked")).toInt();
        for (const auto& q : report.toObject().value(QStringLiteral("queries")).toArray()) {
            const QJsonObject o = q.toObject();
            if (o.value(QStringLiteral("source")).toString() != QLatin1String("network") ||
                o.value(QStringLiteral("deduplicated")).toBool())
                continue;
            const QDateTime at =
                QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            done << at.toMSecsSinceEpoch() + o.value(QStringLiteral("ms")).toInteger();
        }
    }
    std::sort(done.begin(), done.end());
    Rate rate;
    rate.questions = int(done.size());
    if (done.size() > 1)
        rate.seconds = double(done.last() - done.first()) / 1000.0;
    qInfo("%s: %d questions (%d asked) in %.2f s: %.1f a second", qPrintable(extra.join(QLatin1Char(' '))),
          rate.questions, asked, rate.seconds, rate.perSecond());
    return rate;
}
} // namespace

class TestAuditRateCap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capsHold_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<double>("cap");
        QTest::newRow("run") << QStringLiteral("--max-qps") << 60.0;
        QTest::newRow("per server") << QStringLiteral("--max-qps-per-server") << 40.0;
    }
    void capsHold() {
        QFETCH(QString, option);
        QFETCH(double, cap);
        QVERIFY(TestSupport::nsdPort() > 0);
        int code = -1;
        const Rate capped = measure({option, QString::number(cap)}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(capped.questions > 150, "too few questions to measure a rate");
        // The first burst (a fifth of a second's worth) comes at once; the rest at the cap.
        const double burst = std::max(1.0, std::floor(cap / 5.0));
        const double allowed = (double(capped.questions) - burst) / capped.seconds;
        QVERIFY2(
            allowed <= cap * 1.05,
            qPrintable(QStringLiteral("%1 questions a second past the burst, cap %2").arg(allowed).arg(cap)));
        // The cap is what slows it: uncapped, the same batch goes well past it.
        const Rate free = measure({}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(free.perSecond() > cap * 2,
                 qPrintable(QStringLiteral("uncapped: %1 a second").arg(free.perSecond())));
    }
};

QTEST_GUILESS_MAIN(TestAuditRateCap)
#include "tst_auditratecap.moc"
