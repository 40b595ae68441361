// The Message tab over the demo world: a demo message opened (verdict first, the checks with
// their evidence, the delivery path, the findings), pasted header text, an invalid IP refused, the
// demo message menu only in demo mode, a superseded request dropped, and files dropped on the DKIM
// tab analyzed here too. With MAILSIGHT_MESSAGE_SCREENSHOT=FILE the filled tab is saved as an image.

#include "dkim/DkimTab.h"
#include "message/MessageTab.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
ResolverPlan demoPlan() {
    ResolverPlan plan;
    plan.demo = true;
    return plan;
}

QTreeWidgetItem* row(QTreeWidget* tree, const QString& startsWith) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(startsWith))
            return tree->topLevelItem(i);
    return nullptr;
}

QByteArray resource(const QString& name) {
    QFile f(u":/demo/messages/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("%s", qPrintable(f.fileName()));
    return f.readAll();
}
} // namespace

class TestMessageTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoMessage() {
        MessageTab tab;
        tab.setResolverPlan(demoPlan);
        tab.resize(1200, 800);
        tab.show();
        auto* demoMenu = tab.findChild<QComboBox*>(u"messageDemoMessages"_s);
        QVERIFY(demoMenu && demoMenu->isVisible());
        QCOMPARE(demoMenu->count(), 5); // the prompt and four messages

        QSignalSpy analyzed(&tab, &MessageTab::analyzed);
        tab.openFiles({u":/demo/messages/example.com-via-list.eml"_s});
        QTRY_COMPARE_WITH_TIMEOUT(analyzed.size(), 1, 30000);
        QCOMPARE(tab.analyses().size(), 1);
        QVERIFY2(tab.headline().contains(u"DMARC fails"_s), qPrintable(tab.headline()));
        QVERIFY(tab.headline().contains(u"Error"_s)); // the word, not only a colour

        QTreeWidget* checks = tab.checksView();
        QCOMPARE(checks->topLevelItem(0)->text(0), u"DMARC (RFC 9989)"_s);
        QCOMPARE(checks->topLevelItem(0)->text(1), u"fail"_s);
        QVERIFY(!checks->topLevelItem(0)->icon(1).isNull());
        QTreeWidgetItem* arc = row(checks, u"ARC"_s);
        QVERIFY(arc);
        QCOMPARE(arc->text(1), u"pass"_s);
        QCOMPARE(arc->childCount(), 1);
        QVERIFY(arc->child(0)->text(0).contains(u"lists.provider.test"_s));
        QVERIFY(row(checks, u"DKIM d=example.com"_s));
        QCOMPARE(row(checks, u"DKIM d=example.com"_s)->text(1), u"fail"_s);
        QVERIFY(row(checks, u"Receiver"_s));

        // The verdict's evidence: the first row is selected and explained.
        QVERIFY2(tab.detailText().contains(u"ARC override plausible"_s), qPrintable(tab.detailText()));
        checks->setCurrentItem(arc);
        QVERIFY(tab.detailText().contains(u"lists.provider.test"_s));
        checks->setCurrentItem(row(checks, u"SPF"_s));
        QVERIFY(tab.detailText().contains(u"192.0.2.60"_s));

        QTableWidget* hops = tab.hopsView();
        QCOMPARE(hops->rowCount(), 4);
        QCOMPARE(hops->item(2, 2)->text(), u"192.0.2.60"_s);
        QVERIFY(hops->item(2, 0)->text().contains(u"★"_s)); // the border hop
        QVERIFY(
            tab.findChild<QTextBrowser*>(u"messageFindings"_s)->toPlainText().contains(u"MSG-DMARC-FAIL"_s));

        if (const QString shot = qEnvironmentVariable("MAILSIGHT_MESSAGE_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(tab.grab().save(shot));
    }

    void pastedHeader() {
        MessageTab tab;
        tab.setResolverPlan(demoPlan);
        QSignalSpy analyzed(&tab, &MessageTab::analyzed);
        QByteArray text = resource(u"example.com-newsletter.eml"_s);
        text = text.left(text.indexOf("\r\n\r\n")).replace("\r\n", "\n");
        tab.analyzeText(text);
        QTRY_COMPARE_WITH_TIMEOUT(analyzed.size(), 1, 30000);
        QVERIFY2(tab.headline().contains(u"DMARC passes"_s), qPrintable(tab.headline()));
        QVERIFY(!tab.analyses().first().bodyAvailable);
    }

    void explicitIp() {
        MessageTab tab;
        tab.setResolverPlan(demoPlan);
        QSignalSpy analyzed(&tab, &MessageTab::analyzed);
        QSignalSpy status(&tab, &AuditTab::statusMessage);
        auto* ip = tab.findChild<QLineEdit*>(u"messageIp"_s);
        ip->setText(u"not-an-ip"_s);
        tab.openFiles({u":/demo/messages/monitor.test-spoof.eml"_s});
        QVERIFY(status.size() >= 1);
        QVERIFY(status.last().first().toString().contains(u"not-an-ip"_s));
        QCOMPARE(analyzed.size(), 0);
        // A server monitor.test authorises (mail.monitor.test): SPF passes now.
        ip->setText(u"192.0.2.40"_s);
        tab.openFiles({u":/demo/messages/monitor.test-spoof.eml"_s});
        QTRY_COMPARE_WITH_TIMEOUT(analyzed.size(), 1, 30000);
        QCOMPARE(tab.analyses().first().envelope.ipSource, u"--ip"_s);
        QCOMPARE(tab.analyses().first().spf.result, u"pass"_s);
    }

    void supersededRequestDropped() {
        MessageTab tab;
        tab.setResolverPlan(demoPlan);
        QSignalSpy analyzed(&tab, &MessageTab::analyzed);
        tab.openFiles({u":/demo/messages/example.com-via-list.eml"_s});
        tab.openFiles({u":/demo/messages/example.com-newsletter.eml"_s});
        QTRY_COMPARE_WITH_TIMEOUT(analyzed.size(), 1, 30000);
        QTest::qWait(300);
        QCOMPARE(analyzed.size(), 1);
        QCOMPARE(tab.analyses().first().label, u"example.com-newsletter.eml"_s);
    }

    void noDemoMenuOutsideTheDemo() {
        MessageTab tab;
        tab.setResolverPlan([] { return ResolverPlan{}; });
        tab.show();
        QVERIFY(!tab.findChild<QComboBox*>(u"messageDemoMessages"_s)->isVisible());
        QSignalSpy finished(&tab, &AuditTab::finished);
        tab.startAudit(u"example.com"_s, {}, 5);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toULongLong(), 5ull);
    }

    void droppedOnTheDkimTab() {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"dropped.eml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(resource(u"example.com-newsletter.eml"_s));
        file.close();
        DkimTab dkim;
        MessageTab message;
        message.setResolverPlan(demoPlan);
        connect(&dkim, &DkimTab::messagesDropped, &message, &MessageTab::openFiles); // as MainWindow does
        QSignalSpy dropped(&dkim, &DkimTab::messagesDropped);
        QSignalSpy analyzed(&message, &MessageTab::analyzed);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file.fileName())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dkim, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dkim, &drop);
        QCOMPARE(dropped.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(analyzed.size(), 1, 30000);
        QCOMPARE(message.analyses().first().label, u"dropped.eml"_s);
        QVERIFY(message.headline().contains(u"DMARC passes"_s));
    }
};

QTEST_MAIN(TestMessageTab)
#include "tst_messagetab.moc"
