// The demo's reports: they import whole, and the analysis finds the stories they tell.
#include "SqlThreadCheck.h"
#include "demo/DemoReports.h"
#include "reports/ReportAnalyzer.h"

#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

class TestDemoReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addressesAreDocumentationRanges() {
        for (const DemoReports::Sender& s : DemoReports::senders()) {
            const QHostAddress a(s.ip);
            QVERIFY2(!a.isNull(), qPrintable(s.ip));
            const bool documentation =
                a.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("192.0.2.0/24"))) ||
                a.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("198.51.100.0/24"))) ||
                a.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("203.0.113.0/24"))) ||
                a.isInSubnet(QHostAddress::parseSubnet(QStringLiteral("2001:db8::/32")));
            QVERIFY2(documentation, qPrintable(s.ip));
        }
    }

    void sameDaySameFiles() {
        const QDate day(2026, 11, 26);
        const auto a = DemoReports::files(day);
        const auto b = DemoReports::files(day);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.size() > 300);
        QCOMPARE(a.first().data, b.first().data);
        QVERIFY(a.last().name.endsWith(QLatin1String(".json"))); // the TLS report
    }

    void importAndAnalyse_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("legitimate");
        QTest::addColumn<QString>("include");
        QTest::addColumn<QString>("shadowIt");
        QTest::addColumn<QString>("spoofer");
        QTest::newRow("example.com") << QStringLiteral("example.com") << QStringLiteral("198.51.100.7")
                                     << QStringLiteral("include:_spf.provider.test")
                                     << QStringLiteral("192.0.2.201") << QStringLiteral("192.0.2.222");
        QTest::newRow("monitor.test") << QStringLiteral("monitor.test") << QStringLiteral("198.51.100.9")
                                      << QStringLiteral("include:_spf.provider.test")
                                      << QStringLiteral("192.0.2.130") << QStringLiteral("192.0.2.240");
    }
    void importAndAnalyse() {
        QFETCH(QString, domain);
        QFETCH(QString, legitimate);
        QFETCH(QString, include);
        QFETCH(QString, shadowIt);
        QFETCH(QString, spoofer);
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY2(db, db ? "" : qPrintable(db.error()));
        const QDate today = QDate::currentDate();
        auto stored = DemoReports::importInto(*db, today);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error()));
        QVERIFY(*stored > 300);
        ReportAnalyzer analyzer(*db);
        // The default audit period (90 days) holds reports.
        auto s = analyzer.summarize({domain, today.addDays(-89), today});
        QVERIFY2(s, s ? "" : qPrintable(s.error()));
        QVERIFY(s->reports > 100);
        QVERIFY(s->messages > 10000);
        const auto find = [](const QList<ReportSource>& list, const QString& ip) {
            for (const ReportSource& r : list)
                if (r.ip == ip)
                    return r;
            return ReportSource{};
        };
        const ReportSource legit = find(s->sources, legitimate);
        QCOMPARE(legit.matchedInclude, include);
        QVERIFY(!legit.reverseName.isEmpty());
        QCOMPARE(legit.dmarc.fail, 0);
        QCOMPARE(find(s->unknownSources, shadowIt).ip, shadowIt);
        QCOMPARE(find(s->unknownSources, spoofer).ip, spoofer);
        QCOMPARE(find(s->forwarders, QStringLiteral("192.0.2.150")).ip, QStringLiteral("192.0.2.150"));
        QVERIFY(s->reject.messages > 0);
        if (domain == QLatin1String("example.com")) {
            QCOMPARE(find(s->sources, QStringLiteral("192.0.2.25")).matchedInclude, QStringLiteral("mx"));
            QCOMPARE(s->tlsReports, 1);
            QVERIFY(!s->tlsFailureTypes.isEmpty());
            QVERIFY(s->reject.alreadyApplied > 0); // p=reject: the receivers rejected already
        } else {
            QCOMPARE(s->reject.alreadyApplied, 0); // p=none
        }
        // Importing again stores nothing twice.
        auto again = DemoReports::importInto(*db, today);
        QVERIFY(again);
        QCOMPARE(*again, 0);
    }
};

MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestDemoReports)
#include "tst_demoreports.moc"
