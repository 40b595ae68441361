// The GUI's audits with Settings → DNS trust and reputation, against the signed test tree of
// dnssec-fixture.sh (NSD, a private root): the trust anchor of the settings makes secure.test
// secure in the Overview's audit and in a batch audit's JSON; without it (the system's root key)
// the private tree is not secure; "Ask every authoritative server" off leaves the ns check out;
// a trust anchor file that cannot be used stops the audit with the reason.
#include "AppSettings.h"
#include "ResolverPlan.h"
#include "TrustPlan.h"
#include "audit/AuditOverviewTab.h"
#include "audit/BatchAuditDialog.h"
#include "dns/DnsSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDnssecGui : public QObject {
    Q_OBJECT

    // The settings of a user who points Mailsight at the fixture's server; no blocklist query
    // (the lists are not in the test tree).
    std::shared_ptr<AppSettings> settings(const QString& anchor) const {
        auto s = std::make_shared<AppSettings>(m_tmp.filePath(u"settings.ini"_s));
        s->setResolverMode(AppSettings::ResolverMode::Custom);
        s->setCustomServers({u"127.0.0.1:%1"_s.arg(m_port)});
        s->setTimeoutMs(3000);
        s->setTrustAnchorFile(anchor);
        s->setCheckBlocklists(false);
        s->setAskEveryServer(true);
        return s;
    }
    // The Overview's audit of domain, as the main window starts it.
    AuditReport overviewAudit(const AppSettings& s, const QString& domain) {
        auto resolver = ResolverPlan::fromSettings(s, false, {}).build();
        if (!resolver)
            qFatal("resolver: %s", qPrintable(resolver.error()));
        auto session = std::make_shared<DnsSession>(*resolver);
        AuditOverviewTab tab;
        tab.setTrustPlanSource([&s] { return TrustPlan::fromSettings(s); });
        QSignalSpy done(&tab, &AuditTab::finished);
        tab.startAudit(domain, session, 1);
        if (!done.wait(120000))
            qFatal("the audit of %s did not finish", qPrintable(domain));
        return tab.report();
    }

private Q_SLOTS:
    void initTestCase() {
        m_dir = qEnvironmentVariable("MAILSIGHT_DNSSEC_DIR");
        QFile port(m_dir + u"/nsd/port"_s);
        QVERIFY2(port.open(QIODevice::ReadOnly), "the dnssec fixture is not running");
        m_port = quint16(port.readAll().trimmed().toUInt());
        QVERIFY(m_port > 0);
        QVERIFY(m_tmp.isValid());
    }

    void settingsAnchorMakesSecureTestSecure() {
        const auto s = settings(m_dir + u"/root.key"_s);
        const AuditReport report = overviewAudit(*s, u"secure.test"_s);
        QVERIFY(!report.cancelled);
        const QJsonObject dnssec = report.check(u"dnssec"_s);
        QCOMPARE(dnssec.value(u"status"_s).toString(), u"secure"_s);
        // The anchor of the settings is the one the audit validated from.
        const QString source = dnssec.value(u"trustAnchor"_s).toObject().value(u"source"_s).toString();
        QVERIFY2(source.contains(m_dir), qPrintable(source));
        QVERIFY(!report.check(u"ns"_s).isEmpty()); // asked every server (the default)
        QVERIFY(report.check(u"blocklists"_s).isEmpty());
        QVERIFY(!report.hasFinding(u"DNSSEC-BOGUS"));
    }

    void withoutTheAnchorTheTreeIsNotSecure() {
        // The same audit with the default anchors (the system's root key, or none): the private
        // root is not the real one, so secure.test cannot be secure. This is what makes the
        // test above depend on the setting.
        const auto s = settings({});
        const AuditReport report = overviewAudit(*s, u"secure.test"_s);
        QVERIFY(!report.cancelled);
        QVERIFY(report.check(u"dnssec"_s).value(u"status"_s).toString() != u"secure"_s);
    }

    void askEveryServerOffLeavesTheNsCheckOut() {
        const auto s = settings(m_dir + u"/root.key"_s);
        s->setAskEveryServer(false);
        const AuditReport report = overviewAudit(*s, u"secure.test"_s);
        QVERIFY(report.check(u"ns"_s).isEmpty());
        QVERIFY(report.findingsOf(u"ns"_s).isEmpty());
        QCOMPARE(report.check(u"dnssec"_s).value(u"status"_s).toString(), u"secure"_s);
    }

    void badTrustAnchorStopsTheAudit() {
        const auto s = settings(m_dir + u"/nope.key"_s);
        auto resolver = ResolverPlan::fromSettings(*s, false, {}).build();
        QVERIFY(resolver);
        auto session = std::make_shared<DnsSession>(*resolver);
        AuditOverviewTab tab;
        tab.setTrustPlanSource([&s] { return TrustPlan::fromSettings(*s); });
        QSignalSpy status(&tab, &AuditTab::statusMessage);
        QSignalSpy done(&tab, &AuditTab::finished);
        tab.startAudit(u"secure.test"_s, session, 7);
        QVERIFY(done.wait(30000));
        QVERIFY(tab.report().cancelled);
        QVERIFY(tab.report().findings.isEmpty());
        QVERIFY(session->log()->toJson().isEmpty()); // nothing was asked
        QString last = status.last().first().toString();
        QVERIFY2(last.contains(u"trust anchor file in Settings"_s) && last.contains(u"nope.key"_s),
                 qPrintable(last));
    }

    void batchAuditUsesTheSettings() {
        // A batch audit gets the settings through its ResolverPlan source, as the main window's.
        const auto s = settings(m_dir + u"/root.key"_s);
        s->setAskEveryServer(false);
        BatchAuditDialog dialog([s] { return ResolverPlan::fromSettings(*s, false, {}); });
        QSignalSpy finished(&dialog, &BatchAuditDialog::batchFinished);
        dialog.setDomainText(u"secure.test\nbadds.test"_s);
        QVERIFY(dialog.start());
        QVERIFY(finished.wait(180000));
        const QString out = m_tmp.filePath(u"batch.json"_s);
        const auto written = dialog.exportTo(out);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray reports = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(reports.size(), 2);
        QHash<QString, QJsonObject> byDomain;
        for (const QJsonValue& v : reports)
            byDomain.insert(v.toObject().value(u"domain"_s).toString(), v.toObject());
        QCOMPARE(byDomain.value(u"secure.test"_s).value(u"dnssec"_s).toObject().value(u"status"_s).toString(),
                 u"secure"_s);
        QCOMPARE(byDomain.value(u"badds.test"_s).value(u"dnssec"_s).toObject().value(u"status"_s).toString(),
                 u"bogus"_s);
        for (const QJsonObject& o : std::as_const(byDomain))
            QVERIFY2(!o.contains(u"ns"_s), qPrintable(o.value(u"domain"_s).toString()));
    }

private:
    QString m_dir;
    quint16 m_port = 0;
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestDnssecGui)
#include "tst_dnssecgui.moc"
