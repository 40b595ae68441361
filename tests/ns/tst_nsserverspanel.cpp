// NsServersPanel and NsSectionHtml from the "ns" JSON: lame servers, older serials and servers
// serving another version are marked by icon and word (not colour alone), readable in the dark and
// high-contrast themes; network text is escaped in the HTML.
#include "AppTheme.h"
#include "audit/export/NsSectionHtml.h"
#include "dns/NsServersPanel.h"
#include "nscheck/NsComparison.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
NsServer srv(const QString& name, const QString& address, std::optional<quint32> serial,
             const QString& error = {}) {
    NsServer s;
    s.name = name;
    s.address = address;
    s.serial = serial;
    s.error = error;
    s.authoritative = error.isEmpty();
    s.inDelegation = s.inZone = true;
    return s;
}

QJsonObject divergingJson() {
    NsResult r;
    r.domain = r.zone = u"shop.example"_s;
    r.delegation.parentZone = u"example"_s;
    r.delegation.answeredBy = u"ns.example 192.0.2.1:53"_s;
    r.delegation.parentSet = r.delegation.zoneSet = {u"nsa.example"_s, u"nsb.example"_s, u"nsc.example"_s};
    r.servers = {srv(u"nsa.example"_s, u"192.0.2.53"_s, 2), srv(u"nsb.example"_s, u"198.51.100.53"_s, 1),
                 srv(u"nsc.example"_s, u"203.0.113.53"_s, std::nullopt, u"REFUSED"_s)};
    NsDifference d;
    d.name = u"shop.example"_s;
    d.type = DnsRecordType::TXT;
    d.values = {{u"192.0.2.53"_s, {u"\"v=spf1 ip4:192.0.2.10 -all\""_s}},
                {u"198.51.100.53"_s, {u"\"v=spf1 <script>alert(1)</script> -all\""_s}}};
    d.outcomes = {{u"192.0.2.53"_s, u"answer"_s}, {u"198.51.100.53"_s, u"answer"_s}};
    d.serverNames = {{u"192.0.2.53"_s, u"nsa.example"_s}, {u"198.51.100.53"_s, u"nsb.example"_s}};
    r.differences = {d};
    r.findings = NsComparison::findings(r);
    return r.toJson();
}

int rowOf(QTableWidget* t, const QString& address) {
    for (int row = 0; row < t->rowCount(); ++row)
        if (t->item(row, NsServersPanel::AddressColumn)->text() == address)
            return row;
    return -1;
}
} // namespace

class TestNsServersPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void marksEachStateByIconAndWord() {
        NsServersPanel panel;
        auto* servers = panel.findChild<QTableWidget*>(u"nsServers"_s);
        auto* diffs = panel.findChild<QTableWidget*>(u"nsDifferences"_s);
        auto* summary = panel.findChild<QLabel*>(u"nsSummary"_s);
        QVERIFY(servers && diffs && summary);
        QCOMPARE(summary->text(), u"Not checked yet."_s);

        panel.setResult(divergingJson());
        QCOMPARE(servers->rowCount(), 3);
        const auto state = [&](const QString& address) {
            return servers->item(rowOf(servers, address), NsServersPanel::StateColumn);
        };
        QVERIFY(state(u"203.0.113.53"_s)->text().startsWith(u"Lame: REFUSED"_s));
        QVERIFY(state(u"192.0.2.53"_s)->text().startsWith(u"Differs: shop.example TXT"_s));
        QVERIFY(state(u"198.51.100.53"_s)->text().startsWith(u"Differs"_s));
        for (const QString& a : {u"203.0.113.53"_s, u"192.0.2.53"_s})
            QVERIFY(!state(a)->icon().isNull());
        QCOMPARE(servers->item(rowOf(servers, u"198.51.100.53"_s), NsServersPanel::SerialColumn)->text(),
                 u"1"_s);
        QCOMPARE(servers->item(rowOf(servers, u"203.0.113.53"_s), NsServersPanel::SerialColumn)->text(),
                 u"–"_s);
        QCOMPARE(diffs->rowCount(), 2); // one row per version
        QVERIFY(diffs->item(0, NsServersPanel::RecordColumn)->text().contains(u"Differs"_s));
        QVERIFY(summary->text().contains(u"Error"_s));
        QVERIFY(summary->text().contains(u"1 record set(s) differ"_s));

        // A stale serial without a differing record: "Older serial", a warning.
        QJsonObject stale = divergingJson();
        stale.insert(u"differences"_s, QJsonArray());
        panel.setResult(stale);
        QCOMPARE(state(u"198.51.100.53"_s)->text(), u"Older serial"_s);
        QCOMPARE(state(u"192.0.2.53"_s)->text(), u"OK"_s);
        QVERIFY(!state(u"192.0.2.53"_s)->icon().isNull());
        QCOMPARE(diffs->rowCount(), 0);

        panel.setResult(NsResult::notCheckedBecause(u"shop.example"_s, u"offline"_s).toJson());
        QCOMPARE(servers->rowCount(), 0);
        QVERIFY(summary->text().contains(u"not checked: offline"_s));
    }

    void readableInDarkAndHighContrast() {
        for (const AppSettings::Theme theme : {AppSettings::Theme::Dark, AppSettings::Theme::HighContrast}) {
            AppTheme::apply(theme);
            NsServersPanel panel;
            panel.setResult(divergingJson());
            auto* servers = panel.findChild<QTableWidget*>(u"nsServers"_s);
            const QColor base = qApp->palette().color(QPalette::Base);
            for (int row = 0; row < servers->rowCount(); ++row) {
                const QColor fg = servers->item(row, NsServersPanel::StateColumn)->foreground().color();
                QVERIFY2(AppTheme::contrast(fg, base) >= 4.5,
                         qPrintable(fg.name() + u" on "_s + base.name()));
            }
        }
        AppTheme::apply(AppSettings::Theme::Light);
    }

    void htmlFragment() {
        const QString h = NsSectionHtml::html(divergingJson());
        QVERIFY(h.contains(u"✖ Lame: REFUSED"_s));
        QVERIFY(h.contains(u"Differs: shop.example TXT"_s));
        QVERIFY(h.contains(u"NS-RECORD-MISMATCH"_s));
        QVERIFY(h.contains(u"NS-LAME"_s));
        QVERIFY(!h.contains(u"<script>"_s));
        QVERIFY(h.contains(u"&lt;script&gt;"_s));
        QVERIFY(NsSectionHtml::html({}).isEmpty());
        const QString offline =
            NsSectionHtml::html(NsResult::notCheckedBecause(u"x.example"_s, u"offline"_s).toJson());
        QVERIFY(offline.contains(u"not checked: offline"_s));
    }
};

QTEST_MAIN(TestNsServersPanel)
#include "tst_nsserverspanel.moc"
