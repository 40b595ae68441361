// RegressionDetector: each kind of regression, the modes, open alerts that stay open, and what is
// not a regression; AlertSettings' durations.

#include "monitor/AlertSettings.h"
#include "monitor/RegressionDetector.h"

#include <QTest>

namespace {

Finding finding(const QString& code, Severity severity, const QString& evidence = QString()) {
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = code + QStringLiteral(" title");
    if (!evidence.isEmpty())
        f.evidence << evidence;
    return f;
}

AuditReport report(const QString& grade, const QList<Finding>& findings = {}) {
    AuditReport r;
    r.domain = QStringLiteral("example.com");
    r.grade = grade;
    r.findings = findings;
    r.checks.insert(QStringLiteral("spf"),
                    QJsonObject{{QStringLiteral("record"), QStringLiteral("v=spf1 mx -all")}});
    r.checks.insert(QStringLiteral("dmarc"),
                    QJsonObject{{QStringLiteral("record"), QStringLiteral("v=DMARC1; p=reject; sp=reject")}});
    r.checks.insert(
        QStringLiteral("transport"),
        QJsonObject{{QStringLiteral("mtaSts"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("20261101")},
                                 {QStringLiteral("policy"),
                                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("enforce")}}}}}});
    r.records << AuditRecord{QStringLiteral("example.com"),
                             QStringLiteral("MX"),
                             3600,
                             QStringLiteral("10 mail.example.com."),
                             false,
                             QStringLiteral("zone")};
    return r;
}

const QDateTime kNow = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

QStringList keys(const QList<AlertCondition>& conditions) {
    QStringList out;
    for (const AlertCondition& c : conditions)
        out << c.key;
    out.sort();
    return out;
}

const AlertCondition* byKey(const QList<AlertCondition>& conditions, const QString& key) {
    for (const AlertCondition& c : conditions)
        if (c.key == key)
            return &c;
    return nullptr;
}

} // namespace

class TestAlertDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedIsNoRegression() {
        const AuditReport before =
            report(QStringLiteral("B"), {finding(QStringLiteral("DMARC-NO-RUA"), Severity::Error)});
        const AuditReport after =
            report(QStringLiteral("B"), {finding(QStringLiteral("DMARC-NO-RUA"), Severity::Error)});
        QVERIFY(RegressionDetector::detect(after, &before, {}, AlertSettings{}, kNow).isEmpty());
    }

    void firstAuditHasNoRegression() {
        // Mode regression compares: with no earlier audit, nothing is new.
        const AuditReport after =
            report(QStringLiteral("D"), {finding(QStringLiteral("SPF-PERMERROR"), Severity::Error)});
        QVERIFY(RegressionDetector::detect(after, nullptr, {}, AlertSettings{}, kNow).isEmpty());
    }

    void newFindingAtThreshold() {
        const AuditReport before = report(QStringLiteral("A"));
        const AuditReport after =
            report(QStringLiteral("A"),
                   {finding(QStringLiteral("SPF-PERMERROR"), Severity::Error, QStringLiteral("e1")),
                    finding(QStringLiteral("DMARC-NO-RUA"), Severity::Warning)});
        AlertSettings s; // threshold error
        auto c = RegressionDetector::detect(after, &before, {}, s, kNow);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().kind, QStringLiteral("finding"));
        QCOMPARE(c.first().code, QStringLiteral("SPF-PERMERROR"));
        QCOMPARE(c.first().before, QStringLiteral("absent"));
        QVERIFY(c.first().after.contains(QStringLiteral("e1")));
        QVERIFY(c.first().summary.startsWith(QStringLiteral("New error SPF-PERMERROR")));
        s.findingThreshold = Severity::Warning; // --fail-on warning
        QCOMPARE(RegressionDetector::detect(after, &before, {}, s, kNow).size(), 2);
    }

    void sameCodeOtherEvidenceIsNew() {
        const AuditReport before =
            report(QStringLiteral("C"),
                   {finding(QStringLiteral("DKIM-WEAK-KEY"), Severity::Error, QStringLiteral("s1"))});
        const AuditReport after =
            report(QStringLiteral("C"),
                   {finding(QStringLiteral("DKIM-WEAK-KEY"), Severity::Error, QStringLiteral("s1")),
                    finding(QStringLiteral("DKIM-WEAK-KEY"), Severity::Error, QStringLiteral("s2"))});
        const auto c = RegressionDetector::detect(after, &before, {}, AlertSettings{}, kNow);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().key, RegressionDetector::findingKey(after.findings.at(1)));
        QVERIFY(RegressionDetector::findingKey(after.findings.at(0)) != c.first().key);
    }

    void openFindingStaysOpenWithItsBefore() {
        // The audit after the one that raised it: no longer new, still present, still the same alert.
        const Finding f = finding(QStringLiteral("SPF-PERMERROR"), Severity::Error);
        const AuditReport before = report(QStringLiteral("A"), {f});
        const AuditReport after = report(QStringLiteral("A"), {f});
        QHash<QString, AlertCondition> open;
        AlertCondition raised;
        raised.key = RegressionDetector::findingKey(f);
        raised.before = QStringLiteral("absent");
        open.insert(raised.key, raised);
        const auto c = RegressionDetector::detect(after, &before, open, AlertSettings{}, kNow);
        QCOMPARE(keys(c), QStringList{raised.key});
        QCOMPARE(c.first().before, QStringLiteral("absent"));
        QVERIFY(!c.first().summary.startsWith(QStringLiteral("New")));
        // Without the open alert it is not a regression.
        QVERIFY(RegressionDetector::detect(after, &before, {}, AlertSettings{}, kNow).isEmpty());
    }

    void errorAndWarningModesTakeEveryFinding() {
        const AuditReport after =
            report(QStringLiteral("C"), {finding(QStringLiteral("SPF-PERMERROR"), Severity::Error),
                                         finding(QStringLiteral("DMARC-NO-RUA"), Severity::Warning),
                                         finding(QStringLiteral("DNS-NOTE"), Severity::Info)});
        AlertSettings s;
        s.mode = AlertSettings::Mode::Error;
        s.findingThreshold = Severity::Error;
        QCOMPARE(RegressionDetector::detect(after, &after, {}, s, kNow).size(), 1);
        QCOMPARE(RegressionDetector::detect(after, nullptr, {}, s, kNow).size(), 1);
        s.mode = AlertSettings::Mode::Warning;
        s.findingThreshold = Severity::Warning;
        const auto c = RegressionDetector::detect(after, &after, {}, s, kNow);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.first().before, QStringLiteral("present"));
    }

    void gradeDrop() {
        const AuditReport before = report(QStringLiteral("A"));
        const AuditReport after = report(QStringLiteral("C"));
        const auto c = RegressionDetector::detect(after, &before, {}, AlertSettings{}, kNow);
        QCOMPARE(keys(c), QStringList{QStringLiteral("grade")});
        QCOMPARE(c.first().before, QStringLiteral("A"));
        QCOMPARE(c.first().after, QStringLiteral("C"));
        QCOMPARE(c.first().severity, QStringLiteral("warning"));
        // An improvement is no regression.
        QVERIFY(RegressionDetector::detect(before, &after, {}, AlertSettings{}, kNow).isEmpty());
        // F is an error.
        QCOMPARE(RegressionDetector::detect(report(QStringLiteral("F")), &before, {}, AlertSettings{}, kNow)
                     .first()
                     .severity,
                 QStringLiteral("error"));
    }

    void openGradeDropMeasuredFromItsStart() {
        // A -> C raised the alert; C -> B is still below A, B -> A resolves it.
        QHash<QString, AlertCondition> open;
        AlertCondition g;
        g.key = QStringLiteral("grade");
        g.before = QStringLiteral("A");
        g.after = QStringLiteral("C");
        open.insert(g.key, g);
        const AuditReport c = report(QStringLiteral("C"));
        const auto stillOpen =
            RegressionDetector::detect(report(QStringLiteral("B")), &c, open, AlertSettings{}, kNow);
        QCOMPARE(keys(stillOpen), QStringList{QStringLiteral("grade")});
        QCOMPARE(stillOpen.first().before, QStringLiteral("A"));
        QCOMPARE(stillOpen.first().after, QStringLiteral("B"));
        QVERIFY(RegressionDetector::detect(report(QStringLiteral("A")), &c, open, AlertSettings{}, kNow)
                    .isEmpty());
    }

    void recordChanges() {
        const AuditReport before = report(QStringLiteral("A"));
        AuditReport after = report(QStringLiteral("A"));
        after.checks.insert(QStringLiteral("spf"),
                            QJsonObject{{QStringLiteral("record"),
                                         QStringLiteral("v=spf1 mx include:_spf.example.net ~all")}});
        after.checks.insert(QStringLiteral("dmarc"),
                            QJsonObject{{QStringLiteral("record"),
                                         QStringLiteral("v=DMARC1; p=none; rua=mailto:d@example.com")}});
        after.checks.insert(
            QStringLiteral("transport"),
            QJsonObject{{QStringLiteral("mtaSts"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("20261205")},
                                     {QStringLiteral("policy"),
                                      QJsonObject{{QStringLiteral("mode"), QStringLiteral("testing")}}}}}});
        after.records.first().data = QStringLiteral("10 mx.example.net.");
        const auto c = RegressionDetector::detect(after, &before, {}, AlertSettings{}, kNow);
        QCOMPARE(keys(c), (QStringList{QStringLiteral("record/dmarc"), QStringLiteral("record/mta-sts-id"),
                                       QStringLiteral("record/mta-sts-mode"), QStringLiteral("record/mx"),
                                       QStringLiteral("record/spf")}));
        for (const AlertCondition& x : c)
            QVERIFY(x.event);
        const AlertCondition* spf = byKey(c, QStringLiteral("record/spf"));
        QCOMPARE(spf->before, QStringLiteral("v=spf1 mx -all"));
        QCOMPARE(spf->after, QStringLiteral("v=spf1 mx include:_spf.example.net ~all"));
        QVERIFY2(spf->summary.contains(QStringLiteral("added include:_spf.example.net ~all; removed -all")),
                 qPrintable(spf->summary));
        const AlertCondition* dmarc = byKey(c, QStringLiteral("record/dmarc"));
        QVERIFY2(dmarc->summary.contains(QStringLiteral("p reject -> none")), qPrintable(dmarc->summary));
        QVERIFY(dmarc->summary.contains(QStringLiteral("sp reject -> (none)")));
        QVERIFY(dmarc->summary.contains(QStringLiteral("rua (none) -> mailto:d@example.com")));
        QCOMPARE(byKey(c, QStringLiteral("record/mx"))->after, QStringLiteral("10 mx.example.net."));
        QCOMPARE(byKey(c, QStringLiteral("record/mta-sts-mode"))->before, QStringLiteral("enforce"));
        QCOMPARE(byKey(c, QStringLiteral("record/mta-sts-mode"))->after, QStringLiteral("testing"));
    }

    void dkimKeyReplacedAndRemoved() {
        auto withKeys = [](const QJsonArray& selectors) {
            AuditReport r = report(QStringLiteral("A"));
            r.checks.insert(QStringLiteral("dkim"), QJsonObject{{QStringLiteral("selectors"), selectors}});
            return r;
        };
        auto key = [](const QString& selector, const QString& fingerprint) {
            return QJsonObject{{QStringLiteral("selector"), selector},
                               {QStringLiteral("found"), true},
                               {QStringLiteral("keyType"), QStringLiteral("rsa")},
                               {QStringLiteral("keyBits"), 2048},
                               {QStringLiteral("fingerprint"), fingerprint}};
        };
        const AuditReport before = withKeys({key(QStringLiteral("s1"), QStringLiteral("aaaa")),
                                             key(QStringLiteral("s2"), QStringLiteral("bbbb"))});
        const AuditReport after = withKeys({key(QStringLiteral("s1"), QStringLiteral("cccc"))});
        const auto c = RegressionDetector::detect(after, &before, {}, AlertSettings{}, kNow);
        QCOMPARE(keys(c), (QStringList{QStringLiteral("record/dkim/s1"), QStringLiteral("record/dkim/s2")}));
        QVERIFY(byKey(c, QStringLiteral("record/dkim/s1"))->before.contains(QStringLiteral("aaaa")));
        QVERIFY(byKey(c, QStringLiteral("record/dkim/s1"))->after.contains(QStringLiteral("cccc")));
        QCOMPARE(byKey(c, QStringLiteral("record/dkim/s2"))->after, QStringLiteral("(none)"));
    }

    void checkLeftOutIsNoChange() {
        // --no-transport on one run: no MTA-STS change is claimed.
        const AuditReport before = report(QStringLiteral("A"));
        AuditReport after = report(QStringLiteral("A"));
        after.checks.remove(QStringLiteral("transport"));
        QVERIFY(RegressionDetector::detect(after, &before, {}, AlertSettings{}, kNow).isEmpty());
    }

    void certificateExpiry() {
        AuditReport after = report(QStringLiteral("A"));
        auto probe = [](const QDateTime& notAfter) {
            return QJsonObject{{QStringLiteral("certificate"),
                                QJsonObject{{QStringLiteral("notAfter"), notAfter.toString(Qt::ISODate)}}}};
        };
        QJsonObject transport = after.check(QStringLiteral("transport"));
        transport.insert(QStringLiteral("starttls"),
                         QJsonObject{{QStringLiteral("mail.example.com"), probe(kNow.addDays(10))},
                                     {QStringLiteral("mx2.example.com"), probe(kNow.addDays(60))},
                                     {QStringLiteral("old.example.com"), probe(kNow.addDays(-1))}});
        after.checks.insert(QStringLiteral("transport"), transport);
        // Expiry needs no earlier audit and is no finding: it alerts in every mode.
        const auto c = RegressionDetector::detect(after, nullptr, {}, AlertSettings{}, kNow);
        QCOMPARE(keys(c), (QStringList{QStringLiteral("expiry/starttls/mail.example.com"),
                                       QStringLiteral("expiry/starttls/old.example.com")}));
        const AlertCondition* soon = byKey(c, QStringLiteral("expiry/starttls/mail.example.com"));
        QCOMPARE(soon->severity, QStringLiteral("warning"));
        QCOMPARE(soon->after, kNow.addDays(10).toString(Qt::ISODate));
        QVERIFY2(soon->summary.contains(QStringLiteral("in 10 day(s)")), qPrintable(soon->summary));
        QCOMPARE(byKey(c, QStringLiteral("expiry/starttls/old.example.com"))->severity,
                 QStringLiteral("error"));
        // A wider window takes the 60-day one too.
        AlertSettings wide;
        wide.expiryWindowDays = 90;
        QCOMPARE(RegressionDetector::detect(after, nullptr, {}, wide, kNow).size(), 3);
        // The same day later: the same fingerprint (the count of days is not part of it).
        const auto later = RegressionDetector::detect(after, nullptr, {}, AlertSettings{}, kNow.addDays(1));
        QCOMPARE(byKey(later, soon->key)->fingerprint(), soon->fingerprint());
    }

    void expiringFindingsAreExpiries() {
        const AuditReport before = report(QStringLiteral("A"));
        const AuditReport after = report(
            QStringLiteral("A"),
            {finding(QStringLiteral("DNSSEC-RRSIG-EXPIRING"), Severity::Warning, QStringLiteral("sig")),
             finding(QStringLiteral("STARTTLS-CERT-EXPIRING"), Severity::Warning, QStringLiteral("c"))});
        AlertSettings s;
        s.findingThreshold = Severity::Warning;
        const auto c = RegressionDetector::detect(after, &before, {}, s, kNow);
        // The STARTTLS one comes from the certificate itself (none here), not twice.
        QCOMPARE(keys(c), QStringList{QStringLiteral("expiry/dnssec")});
        QCOMPARE(c.first().kind, QStringLiteral("expiry"));
    }

    void fingerprints() {
        AlertCondition a;
        a.severity = QStringLiteral("warning");
        a.before = QStringLiteral("A");
        a.after = QStringLiteral("C");
        AlertCondition b = a;
        b.summary = QStringLiteral("other words");
        QCOMPARE(a.fingerprint(), b.fingerprint());
        b.after = QStringLiteral("D");
        QVERIFY(a.fingerprint() != b.fingerprint());
        QCOMPARE(AlertCondition::fromJson(b.toJson()).fingerprint(), b.fingerprint());
    }

    void durations() {
        QCOMPARE(AlertSettings::parseDuration(QStringLiteral("30m")), std::optional<qint64>(1800));
        QCOMPARE(AlertSettings::parseDuration(QStringLiteral("24h")), std::optional<qint64>(86400));
        QCOMPARE(AlertSettings::parseDuration(QStringLiteral("7d")), std::optional<qint64>(7 * 86400));
        QCOMPARE(AlertSettings::parseDuration(QStringLiteral("90s")), std::optional<qint64>(90));
        for (const char* bad : {"", "24", "0h", "-1h", "1w", "1.5h", "h", "24 h x"})
            QVERIFY2(!AlertSettings::parseDuration(QString::fromLatin1(bad)), bad);
        QCOMPARE(AlertSettings::modeFromName(QStringLiteral("warning")),
                 std::optional(AlertSettings::Mode::Warning));
        QVERIFY(!AlertSettings::modeFromName(QStringLiteral("info")));
    }
};

QTEST_GUILESS_MAIN(TestAlertDetector)
#include "tst_alertdetector.moc"
