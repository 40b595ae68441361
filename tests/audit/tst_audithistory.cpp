#include "SqlThreadCheck.h"
#include "findings/FindingCatalogue.h"
#include "history/AuditDiff.h"
#include "history/AuditHistory.h"
#include "history/AuditSchema.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
AuditReport makeReport(const QDateTime& when, const QString& policy, const QStringList& codes, int bits,
                       const QString& spfRecord, int lookups) {
    AuditReport r;
    r.domain = QStringLiteral("history.test");
    r.startedAt = when;
    r.finishedAt = when.addSecs(1);
    for (const QString& c : codes) {
        Finding f = FindingCatalogue::make(c);
        f.area = c.section(QLatin1Char('-'), 0, 0).toLower();
        f.domain = r.domain;
        r.findings << f;
    }
    r.grade = codes.isEmpty() ? QStringLiteral("A") : QStringLiteral("C");
    r.checks.insert(QStringLiteral("dmarc"),
                    QJsonObject{{QStringLiteral("record"), QStringLiteral("v=DMARC1; p=") + policy},
                                {QStringLiteral("policy"),
                                 QJsonObject{{QStringLiteral("rfc9989"),
                                              QJsonObject{{QStringLiteral("applied"), policy}}}}}});
    r.checks.insert(QStringLiteral("dkim"),
                    QJsonObject{{QStringLiteral("selectors"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("selector"), QStringLiteral("s1")},
                                     {QStringLiteral("found"), true},
                                     {QStringLiteral("keyType"), QStringLiteral("rsa")},
                                     {QStringLiteral("keyBits"), bits},
                                     {QStringLiteral("fingerprint"), QStringLiteral("FP%1").arg(bits)}}}}});
    r.checks.insert(
        QStringLiteral("spf"),
        QJsonObject{
            {QStringLiteral("record"), spfRecord},
            {QStringLiteral("lookups"), lookups},
            {QStringLiteral("tree"),
             QJsonObject{{QStringLiteral("children"),
                          QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral("include:a.test")},
                                                 {QStringLiteral("lookups"), lookups}}}}}}});
    r.records << AuditRecord{QStringLiteral("history.test"), QStringLiteral("TXT"), 300, spfRecord, false,
                             QStringLiteral("network")}
              << AuditRecord{QStringLiteral("_dmarc.history.test"),
                             QStringLiteral("TXT"),
                             300,
                             QStringLiteral("v=DMARC1; p=") + policy,
                             false,
                             QStringLiteral("network")};
    if (policy == QLatin1String("reject"))
        r.records << AuditRecord{QStringLiteral("mail.history.test"),
                                 QStringLiteral("A"),
                                 300,
                                 QStringLiteral("192.0.2.1"),
                                 false,
                                 QStringLiteral("network")};
    return r;
}
} // namespace

class TestAuditHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migrationsAndRoundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            auto db = HistoryDatabase::open(path);
            QVERIFY2(db, db ? "" : qPrintable(db.error()));
            auto h = AuditHistory::open(*db);
            QVERIFY(h);
            QCOMPARE((*db)->schemaVersion(AuditSchema::component()), int(AuditSchema::migrations().size()));
        }
        // Reopening applies nothing twice.
        auto db = HistoryDatabase::open(path);
        QVERIFY(db);
        auto h = AuditHistory::open(*db);
        QVERIFY(h);
        QCOMPARE((*db)->schemaVersion(AuditSchema::component()), 2);

        const QDateTime lastQuarter(QDate(2026, 8, 10), QTime(9, 0), Qt::UTC);
        const QDateTime earlierThisQuarter(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC);
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        AuditReport q3 = makeReport(lastQuarter, QStringLiteral("none"),
                                    {QStringLiteral("DMARC-POLICY-NONE"), QStringLiteral("DKIM-KEY-WEAK")},
                                    1024, QStringLiteral("v=spf1 include:a.test ~all"), 3);
        AuditReport q4a =
            makeReport(earlierThisQuarter, QStringLiteral("none"), {QStringLiteral("DMARC-POLICY-NONE")},
                       2048, QStringLiteral("v=spf1 include:a.test -all"), 4);
        AuditReport staged =
            makeReport(now.addSecs(-60), QStringLiteral("none"), {}, 2048, QStringLiteral("x"), 1);
        staged.staged = true;
        QVERIFY((*h)->store(q3));
        QVERIFY((*h)->store(q4a));
        QVERIFY((*h)->store(staged));
        QVERIFY(q3.id > 0 && q4a.id > q3.id);

        auto listed = (*h)->list(QStringLiteral("history.test"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        auto loaded = (*h)->load(q3.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->findings, q3.findings);
        QCOMPARE(loaded->checks, q3.checks);

        QString kind;
        auto quarter = (*h)->baseline(QStringLiteral("history.test"), QStringLiteral("quarter"), now, &kind);
        QVERIFY(quarter && *quarter);
        QCOMPARE((*quarter)->id, q3.id);
        QVERIFY(kind.contains(QLatin1String("2026-Q3")));
        auto last = (*h)->baseline(QStringLiteral("history.test"), QStringLiteral("last"), now);
        QVERIFY(last && *last);
        QCOMPARE((*last)->id, q4a.id); // the staged audit is never a baseline
        auto byId = (*h)->baseline(QStringLiteral("history.test"), QString::number(q3.id), now);
        QVERIFY(byId && *byId);
        QVERIFY(!(*h)->baseline(QStringLiteral("history.test"), QStringLiteral("yesterday"), now));

        const auto seen = (*h)->keyFirstSeen(QStringLiteral("history.test"));
        QCOMPARE(seen.value(QStringLiteral("FP1024")), lastQuarter);
        QCOMPARE(seen.value(QStringLiteral("FP2048")), earlierThisQuarter);

        auto trend = (*h)->quarterlyTrend({QStringLiteral("history.test")});
        QVERIFY(trend);
        QCOMPARE(trend->size(), 2);
        QCOMPARE(trend->at(0).toObject().value(QStringLiteral("quarter")).toString(),
                 QStringLiteral("2026-Q3"));
    }

    void diffTwoAudits() {
        const QDateTime t(QDate(2026, 8, 10), QTime(9, 0), Qt::UTC);
        AuditReport before = makeReport(
            t, QStringLiteral("none"), {QStringLiteral("DMARC-POLICY-NONE"), QStringLiteral("DKIM-KEY-WEAK")},
            1024, QStringLiteral("v=spf1 include:a.test ~all"), 3);
        AuditReport after =
            makeReport(t.addDays(90), QStringLiteral("reject"), {QStringLiteral("DMARC-NO-RUA")}, 2048,
                       QStringLiteral("v=spf1 include:a.test -all"), 5);
        after.grade = QStringLiteral("B");
        const QJsonObject d = AuditDiff::compare(before, after);
        auto codes = [](const QJsonArray& a) {
            QStringList c;
            for (const auto& v : a)
                c << v.toObject().value(QStringLiteral("code")).toString();
            c.sort();
            return c;
        };
        const QJsonObject f = d.value(QStringLiteral("findings")).toObject();
        QCOMPARE(codes(f.value(QStringLiteral("fixed")).toArray()),
                 (QStringList{QStringLiteral("DKIM-KEY-WEAK"), QStringLiteral("DMARC-POLICY-NONE")}));
        QCOMPARE(codes(f.value(QStringLiteral("new")).toArray()),
                 QStringList{QStringLiteral("DMARC-NO-RUA")});
        QCOMPARE(d.value(QStringLiteral("grade")).toObject().value(QStringLiteral("change")).toString(),
                 QStringLiteral("improved"));
        const QJsonObject rec = d.value(QStringLiteral("records")).toObject();
        QCOMPARE(rec.value(QStringLiteral("added")).toArray().size(), 1);
        QCOMPARE(rec.value(QStringLiteral("changed")).toArray().size(), 2);
        QCOMPARE(d.value(QStringLiteral("dmarc"))
                     .toObject()
                     .value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("reject"));
        const QJsonObject spf = d.value(QStringLiteral("spf")).toObject();
        QCOMPARE(spf.value(QStringLiteral("lookups")).toObject().value(QStringLiteral("after")).toInt(), 5);
        QCOMPARE(spf.value(QStringLiteral("includesChanged")).toArray().size(), 1);
        QCOMPARE(
            d.value(QStringLiteral("dkim")).toObject().value(QStringLiteral("keysChanged")).toArray().size(),
            1);
        const QStringList summary = AuditDiff::summary(d);
        QVERIFY(summary.first().contains(QLatin1String("C -> B (improved)")));
        QVERIFY(summary.contains(QStringLiteral("DMARC policy: none -> reject")));
    }
};

MAILSIGHT_SQL_CHECKED_GUILESS_MAIN(TestAuditHistory)
#include "tst_audithistory.moc"
