// The ValiMail ARC validation suite (tests/data/message/arc_test_suite, 171 cases written with the
// ARC drafts that became RFC 8617): each message is validated with the suite's key records and the
// chain validation status must be the suite's, every one of them.

#include "message/ArcChainVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QHash<QString, DnsAnswer> keysOf(const QJsonObject& records) {
    QHash<QString, DnsAnswer> out;
    for (auto it = records.begin(); it != records.end(); ++it) {
        DnsAnswer a;
        a.name = it.key();
        a.type = DnsRecordType::TXT;
        a.outcome = DnsOutcome::Answer;
        DnsRecord r;
        r.name = it.key();
        r.type = DnsRecordType::TXT;
        r.strings = {it.value().toString().toUtf8()};
        a.records = {r};
        out.insert(it.key(), a);
    }
    return out;
}
} // namespace

class TestArcSuite : public QObject {
    Q_OBJECT
    QJsonArray m_scenarios;

private Q_SLOTS:
    void initTestCase() {
        QFile f(qEnvironmentVariable("MAILSIGHT_TEST_DATA") +
                u"/message/arc_test_suite/arc-draft-validation-tests.json"_s);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        m_scenarios = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(m_scenarios.size(), 10);
    }

    void validation_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QJsonObject>("records");
        int cases = 0;
        for (const QJsonValue& s : std::as_const(m_scenarios)) {
            const QJsonObject scenario = s.toObject();
            const QJsonObject tests = scenario.value(u"tests"_s).toObject();
            for (auto it = tests.begin(); it != tests.end(); ++it) {
                const QJsonObject t = it.value().toObject();
                // Three "failing message" cases write an empty expectation; their descriptions and
                // the messages (cv=fail seals) say fail.
                QString expected = t.value(u"cv"_s).toString().toLower();
                if (expected.isEmpty())
                    expected = u"fail"_s;
                QTest::newRow(qPrintable(it.key())) << t.value(u"message"_s).toString() << expected
                                                    << scenario.value(u"txt-records"_s).toObject();
                ++cases;
            }
        }
        QCOMPARE(cases, 171);
    }

    void validation() {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QFETCH(QJsonObject, records);
        const MailMessage m = MailMessage::parse(message.toUtf8());
        const ArcChainResult r = ArcChainVerifier::evaluate(m, keysOf(records));
        QVERIFY2(r.chain == expected,
                 qPrintable(u"got %1 (%2), expected %3"_s.arg(r.chain, r.reason, expected)));
        if (r.chain == u"fail"_s)
            QVERIFY2(!r.findings.isEmpty(), "a failed chain names its finding");
    }
};

QTEST_GUILESS_MAIN(TestArcSuite)
#include "tst_arcsuite.moc"
