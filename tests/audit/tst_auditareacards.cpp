// The Overview's dashboard: one card per area with state word and reason, a click or a key opens
// the area, and an area without its check has no card.

#include "audit/AuditAreaCard.h"
#include "audit/AuditAreaCards.h"
#include "audit/AuditOverviewTab.h"
#include "demo/DemoWorld.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditAreaCards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void overLimitSpfCardAndClicks() {
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        AuditOverviewTab tab;
        QSignalSpy done(&tab, &AuditTab::finished);
        tab.startAudit(QStringLiteral("overlimit.test"), std::make_shared<DnsSession>(*zones), 1);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        AuditAreaCards* cards = tab.areaCards();
        QStringList ids;
        for (AuditAreaCard* c : cards->cards())
            ids << c->area().id;
        QCOMPARE(ids,
                 QStringList({u"spf"_s, u"dkim"_s, u"dmarc"_s, u"reports"_s, u"transport"_s, u"dnstrust"_s}));
        AuditAreaCard* spf = cards->card(QStringLiteral("spf"));
        QVERIFY(spf);
        QCOMPARE(spf->stateText(), QStringLiteral("Error"));
        QCOMPARE(spf->reasonText(), QStringLiteral("16 of 10 lookups: SPF fails"));
        QVERIFY(spf->accessibleName().contains(QStringLiteral("Error")));
        QVERIFY(spf->accessibleName().contains(QStringLiteral("16 of 10 lookups")));
        // The word's colour is the error colour of the palette, not the OK one.
        QVERIFY(spf->stateColour() != cards->card(QStringLiteral("dmarc"))->stateColour());
        QCOMPARE(spf->focusPolicy(), Qt::StrongFocus);

        tab.resize(1280, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy activated(&tab, &AuditOverviewTab::areaActivated);
        QTest::mouseClick(spf, Qt::LeftButton, {}, spf->rect().center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("spf"));
        // By keyboard: Space and Enter on a focused card.
        AuditAreaCard* dmarc = cards->card(QStringLiteral("dmarc"));
        dmarc->setFocus();
        QTest::keyClick(dmarc, Qt::Key_Space);
        QTRY_COMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("dmarc"));
        AuditAreaCard* transport = cards->card(QStringLiteral("transport"));
        transport->setFocus();
        QTest::keyClick(transport, Qt::Key_Return);
        QTRY_COMPARE(activated.size(), 3);
        QCOMPARE(activated.at(2).at(0).toString(), QStringLiteral("transport"));
        // The cards come before the filters in the tab order.
        QWidget* next = cards->cards().last()->nextInFocusChain();
        while (!(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        QCOMPARE(next, tab.findChild<QWidget*>(QStringLiteral("severityFilter")));

        // Narrow: the cards wrap into balanced rows, each whole inside the row's width.
        QCOMPARE(cards->columns(), 6);
        tab.resize(560, 700);
        QTRY_VERIFY(cards->columns() < 6);
        QCOMPARE(int(cards->cards().size()) % cards->columns(), 0);
        for (AuditAreaCard* c : cards->cards())
            QTRY_VERIFY2(cards->rect().contains(c->geometry()), qPrintable(c->area().id));
        tab.resize(1280, 700);
        QTRY_COMPARE(cards->columns(), 6);

        // A report without the transport check: no transport card, the others stay.
        AuditReport without = tab.report();
        without.checks.remove(QStringLiteral("transport"));
        cards->setAreas(AuditAreaSummary::of(without));
        QVERIFY(!cards->card(QStringLiteral("transport")));
        QVERIFY(cards->card(QStringLiteral("spf")));
        QCOMPARE(cards->cards().size(), 5);

        // A new audit starts without cards.
        tab.clearResults();
        QVERIFY(cards->cards().isEmpty());
    }
};

QTEST_MAIN(TestAuditAreaCards)
#include "tst_auditareacards.moc"
