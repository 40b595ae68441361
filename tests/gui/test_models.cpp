// The GUI's item models, checked with QAbstractItemModelTester while they fill, change and clear.
#include "QueryLogModel.h"
#include "RecordSetModel.h"
#include "RecordsTab.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
DnsRecord txt(const QString& name, QList<QByteArray> strings) {
    DnsRecord r;
    r.name = name;
    r.type = DnsRecordType::TXT;
    r.ttl = 300;
    r.strings = strings;
    QStringList quoted;
    for (const QByteArray& s : strings)
        quoted << QLatin1Char('"') + QString::fromUtf8(s) + QLatin1Char('"');
    r.rdata = quoted.join(QLatin1Char(' '));
    return r;
}

DnsAnswer answer(const QString& name, DnsRecordType type, DnsOutcome outcome, QList<DnsRecord> records = {}) {
    DnsAnswer a;
    a.name = name;
    a.type = type;
    a.outcome = outcome;
    a.records = records;
    a.elapsedMs = 12;
    a.source = DnsSource::Network;
    a.server = QStringLiteral("192.0.2.53:53");
    return a;
}
} // namespace

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queryLogModel();
    void recordSetModel();
    void recordSetZoneText();
    void recordSetFillsAsAnswersArrive();
    void headline_data();
    void headline();
};

void TestModels::queryLogModel() {
    QueryLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const DnsOutcome outcomes[] = {DnsOutcome::Answer,  DnsOutcome::NoData,   DnsOutcome::NxDomain,
                                   DnsOutcome::Timeout, DnsOutcome::ServFail, DnsOutcome::Cancelled};
    int seq = 0;
    for (DnsOutcome o : outcomes) {
        QueryLogEntry e;
        e.sequence = ++seq;
        e.answer = answer(QStringLiteral("dns.test"), DnsRecordType::TXT, o);
        model.appendEntry(e);
    }
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(QueryLogModel::ColumnCount));
    QCOMPARE(model.failureCount(), 3); // timeout, SERVFAIL, cancelled
    // Every outcome is a word and an icon, not a colour alone.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, QueryLogModel::Outcome);
        QVERIFY(!i.data().toString().isEmpty());
        QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    QCOMPARE(model.index(1, QueryLogModel::Outcome).data().toString(), QStringLiteral("NODATA"));
    QCOMPARE(model.index(2, QueryLogModel::Outcome).data().toString(), QStringLiteral("NXDOMAIN"));
    QCOMPARE(model.index(3, QueryLogModel::Outcome).data().toString(), QStringLiteral("timeout"));
    QCOMPARE(model.index(3, QueryLogModel::Source).data().toString(),
             QStringLiteral("network 192.0.2.53:53"));
    QVERIFY(model.index(5, QueryLogModel::Source).data().toString().contains(QStringLiteral("cancelled")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.failureCount(), 0);
}

void TestModels::recordSetModel() {
    RecordSetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DnsAnswer spf = answer(QStringLiteral("dns.test"), DnsRecordType::TXT, DnsOutcome::Answer,
                           {txt(QStringLiteral("dns.test"), {"v=spf1 ip4:192.0.2.0/24 ", "-all"})});
    DnsRecord cname;
    cname.name = QStringLiteral("_dmarc.dns.test");
    cname.type = DnsRecordType::CNAME;
    cname.target = QStringLiteral("dmarc.provider.test");
    cname.rdata = QStringLiteral("dmarc.provider.test.");
    DnsAnswer dmarc = answer(QStringLiteral("_dmarc.dns.test"), DnsRecordType::TXT, DnsOutcome::Answer,
                             {txt(QStringLiteral("dmarc.provider.test"), {"v=DMARC1; p=reject"})});
    dmarc.cnames = {cname};
    model.setRecordSets(
        {{QStringLiteral("TXT"), spf},
         {QStringLiteral("DMARC"), dmarc},
         {QStringLiteral("MTA-STS"),
          answer(QStringLiteral("_mta-sts.dns.test"), DnsRecordType::TXT, DnsOutcome::NxDomain)},
         {QStringLiteral("MX"), answer(QStringLiteral("dns.test"), DnsRecordType::MX, DnsOutcome::Timeout)}});
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex spfRow = model.index(0, 0);
    QCOMPARE(model.rowCount(spfRow), 1);
    QCOMPARE(model.index(0, RecordSetModel::Record, spfRow).data().toString(),
             QStringLiteral("\"v=spf1 ip4:192.0.2.0/24 -all\""));
    model.setShowStringSplits(true);
    QCOMPARE(model.index(0, RecordSetModel::Record, spfRow).data().toString(),
             QStringLiteral("\"v=spf1 ip4:192.0.2.0/24 \" \"-all\""));
    // The CNAME chain comes before the record it leads to.
    const QModelIndex dmarcRow = model.index(1, 0);
    QCOMPARE(model.rowCount(dmarcRow), 2);
    QVERIFY(model.index(0, RecordSetModel::Record, dmarcRow).data().toString().contains(QStringLiteral("→")));
    // Not published and could-not-be-read are told apart in words.
    const QModelIndex nx = model.index(2, 0);
    QCOMPARE(model.index(2, RecordSetModel::Outcome).data().toString(), QStringLiteral("NXDOMAIN"));
    QVERIFY(model.index(0, RecordSetModel::Record, nx)
                .data()
                .toString()
                .startsWith(QStringLiteral("Not published")));
    const QModelIndex timeout = model.index(3, 0);
    QCOMPARE(model.index(3, RecordSetModel::Outcome).data().toString(), QStringLiteral("timeout"));
    const QString note = model.index(0, RecordSetModel::Record, timeout).data().toString();
    QVERIFY2(note.startsWith(QStringLiteral("Could not be read")), qPrintable(note));
    QVERIFY(!note.contains(QStringLiteral("Not published")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::recordSetZoneText() {
    RecordSetModel model;
    model.setRecordSets(
        {{QStringLiteral("TXT"), answer(QStringLiteral("dns.test"), DnsRecordType::TXT, DnsOutcome::Answer,
                                        {txt(QStringLiteral("dns.test"), {"a", "b"})})},
         {QStringLiteral("MX"),
          answer(QStringLiteral("dns.test"), DnsRecordType::MX, DnsOutcome::ServFail)}});
    const QString all = model.zoneText();
    QVERIFY2(all.contains(QStringLiteral("dns.test. 300 IN TXT \"a\" \"b\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("; MX — dns.test MX: SERVFAIL")), qPrintable(all));
    const QString one = model.zoneText({model.index(0, 0, model.index(0, 0))});
    QCOMPARE(one, QStringLiteral("dns.test. 300 IN TXT \"a\" \"b\"\n"));
}

void TestModels::recordSetFillsAsAnswersArrive() {
    RecordSetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DnsAnswer asked;
    asked.name = QStringLiteral("dns.test");
    asked.type = DnsRecordType::TXT;
    model.setRecordSets({{QStringLiteral("TXT"), asked, false}, {QStringLiteral("MX"), asked, false}});
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(0, RecordSetModel::Outcome).data().toString(), QStringLiteral("asking…"));
    QVERIFY(model.zoneText().contains(QStringLiteral("no answer yet")));
    model.setAnswer(0, answer(QStringLiteral("dns.test"), DnsRecordType::TXT, DnsOutcome::Answer,
                              {txt(QStringLiteral("dns.test"), {"v=spf1 -all"})}));
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(model.index(0, RecordSetModel::Outcome).data().toString(), QStringLiteral("1 record"));
    model.setAnswer(1, answer(QStringLiteral("dns.test"), DnsRecordType::MX, DnsOutcome::Cancelled));
    QCOMPARE(model.rowCount(model.index(1, 0)), 1); // the note saying it was not read
    QCOMPARE(model.index(1, RecordSetModel::Outcome).data().toString(), QStringLiteral("cancelled"));
    // A second answer for the same row replaces the first.
    model.setAnswer(0, answer(QStringLiteral("dns.test"), DnsRecordType::TXT, DnsOutcome::NoData));
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(model.index(0, RecordSetModel::Outcome).data().toString(), QStringLiteral("NODATA"));
}

void TestModels::headline_data() {
    QTest::addColumn<QList<DnsOutcome>>("outcomes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all found") << QList<DnsOutcome>{DnsOutcome::Answer, DnsOutcome::Answer}
                               << QStringLiteral("2 record sets read in 41 ms.");
    QTest::newRow("one absent") << QList<DnsOutcome>{DnsOutcome::Answer, DnsOutcome::NxDomain}
                                << QStringLiteral("1 record set read in 41 ms; 1 not published.");
    QTest::newRow("failure named") << QList<DnsOutcome>{DnsOutcome::Answer, DnsOutcome::Timeout,
                                                        DnsOutcome::NoData}
                                   << QStringLiteral(
                                          "1 record set read in 41 ms; 1 not published; 1 lookup failed "
                                          "(timeout).");
    QTest::newRow("failures") << QList<DnsOutcome>{DnsOutcome::Timeout, DnsOutcome::Timeout,
                                                   DnsOutcome::ServFail}
                              << QStringLiteral(
                                     "0 record sets read in 41 ms; 3 lookups failed (timeout, SERVFAIL).");
    QTest::newRow("cancelled") << QList<DnsOutcome>{DnsOutcome::Cancelled, DnsOutcome::Cancelled}
                               << QStringLiteral("0 record sets read in 41 ms; 2 lookups cancelled.");
}

void TestModels::headline() {
    QFETCH(QList<DnsOutcome>, outcomes);
    QFETCH(QString, expected);
    QList<RecordSetModel::RecordSet> sets;
    for (DnsOutcome o : outcomes)
        sets.append({QStringLiteral("x"), answer(QStringLiteral("dns.test"), DnsRecordType::TXT, o)});
    QCOMPARE(RecordsTab::headlineFor(sets, 41), expected);
}

QTEST_MAIN(TestModels)
#include "test_models.moc"
