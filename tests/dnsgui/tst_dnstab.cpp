// DnsTab: waits for the Overview's audit of its own generation, shows each area's panel or why it
// is absent, counts only DNS-trust findings in its headline, and emits finished once. The PDF/HTML
// section composes the three parts and is left out when the audit ran none of them.
#include "audit/AuditReport.h"
#include "audit/export/AuditHtmlExporter.h"
#include "audit/export/DnsTrustSectionHtml.h"
#include "dns/DnsTab.h"
#include "findings/FindingCatalogue.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Finding inArea(const QString& code, const QString& area) {
    Finding f = FindingCatalogue::make(code);
    f.area = area;
    return f;
}

AuditReport report() {
    AuditReport r;
    r.domain = u"example.com"_s;
    r.checks.insert(u"dnssec"_s, QJsonObject{{u"domain"_s, u"example.com"_s}, {u"names"_s, QJsonArray{}}});
    r.checks.insert(u"ns"_s, QJsonObject{{u"domain"_s, u"example.com"_s}, {u"servers"_s, QJsonArray{}}});
    r.findings << inArea(u"DNSSEC-BOGUS"_s, u"dnssec"_s) << inArea(u"NS-LAME"_s, u"ns"_s)
               << inArea(u"SPF-NO-RECORD"_s, u"spf"_s);
    return r;
}

QLabel* label(const DnsTab& tab, const char* name) {
    return tab.findChild<QLabel*>(QLatin1String(name));
}
} // namespace

class TestDnsTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void waitsForItsOwnAudit() {
        DnsTab tab;
        tab.resize(900, 700);
        tab.show();
        QSignalSpy finished(&tab, &AuditTab::finished);
        tab.startAudit(u"example.com"_s, {}, 7);
        QVERIFY(label(tab, "dnsHeadline")->text().contains(u"example.com"_s));
        tab.showReport(report(), 6); // an older audit: ignored
        QCOMPARE(finished.size(), 0);
        tab.showReport(report(), 7);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toULongLong(), 7ULL);
        tab.showReport(report(), 7); // once per startAudit
        QCOMPARE(finished.size(), 1);

        // One DNS-trust error and one warning (the SPF finding belongs to another tab), and a
        // symbol as well as words.
        const QString headline = label(tab, "dnsHeadline")->text();
        QVERIFY2(headline.contains(u"1 problem"_s), qPrintable(headline));
        QVERIFY2(headline.contains(u"1 warning"_s), qPrintable(headline));
        QVERIFY(headline.startsWith(u"✖"_s));
        // The blocklists did not run: the box says why instead of showing an empty panel.
        QVERIFY(label(tab, "blocklistAbsent")->isVisible());
        QVERIFY(label(tab, "blocklistAbsent")->text().contains(u"Not part of this audit"_s));
        QVERIFY(!label(tab, "dnssecAbsent")->isVisible());
        QVERIFY(!label(tab, "nsAbsent")->isVisible());
        QVERIFY(tab.areaBox(u"ns"_s));
    }

    void cancelledAuditSaysSo() {
        DnsTab tab;
        tab.show();
        QSignalSpy finished(&tab, &AuditTab::finished);
        tab.startAudit(u"example.com"_s, {}, 1);
        AuditReport r;
        r.domain = u"example.com"_s;
        r.cancelled = true;
        tab.showReport(r, 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY(label(tab, "dnsHeadline")->text().contains(u"cancelled"_s));
        QVERIFY(label(tab, "dnssecAbsent")->text().contains(u"cancelled"_s));
    }

    void documentSection() {
        AuditReport r = report();
        QVERIFY(DnsTrustSectionHtml::present(r));
        const QString html = DnsTrustSectionHtml::html(r);
        QVERIFY(html.contains(u"Chain of trust"_s));
        QVERIFY(html.contains(u"Every authoritative server"_s));
        QVERIFY(html.contains(u"Not part of this audit"_s)); // the blocklists
        const QString document = AuditHtmlExporter::html({r}, {});
        QVERIFY(document.contains(DnsTrustSectionHtml::anchor(0)));
        QVERIFY(document.contains(u"Can the DNS of example.com be trusted"_s));

        AuditReport without;
        without.domain = u"example.com"_s;
        QVERIFY(!DnsTrustSectionHtml::present(without));
        QVERIFY(!AuditHtmlExporter::html({without}, {}).contains(DnsTrustSectionHtml::anchor(0)));
    }
};

QTEST_MAIN(TestDnsTab)
#include "tst_dnstab.moc"
