// The DKIM tab: both models under QAbstractItemModelTester, an audit over offline zones, adding a
// selector, dropping a message (signatures verified), the key match and key generation dialogs.
// With MAILSIGHT_DKIM_SCREENSHOT=FILE the filled tab is also saved as an image.

#include "dkim/DkimKeyGenDialog.h"
#include "dkim/DkimKeyMatchDialog.h"
#include "dkim/DkimSelectorDiscovery.h"
#include "dkim/DkimSelectorModel.h"
#include "dkim/DkimSignatureModel.h"
#include "dkim/DkimTab.h"
#include "dkim/DkimVerifier.h"
#include "dns/DnsSession.h"
#include "dns/ZoneResolver.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestDkimTab : public QObject {
    Q_OBJECT

    static std::shared_ptr<DnsSession> session() {
        const QString dir = qEnvironmentVariable("MAILSIGHT_SOURCE_DIR") + u"/tests/zones/"_qs;
        auto zones = ZoneResolver::load(
            {dir + u"dkim.test.zone"_qs, dir + u"dkimprovider.test.zone"_qs,
             qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/dkim/rfc8463/football.example.com.zone"_qs});
        if (!zones)
            qFatal("%s", qPrintable(zones.error()));
        return std::make_shared<DnsSession>(*zones);
    }
    static int rowOf(DkimSelectorModel* model, const QString& selector) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->resultAt(row)->selector == selector)
                return row;
        return -1;
    }

private Q_SLOTS:
    void tabFlow() {
        DkimTab tab;
        QAbstractItemModelTester selectorTester(tab.selectorModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester signatureTester(tab.signatureModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&tab, &AuditTab::finished);
        tab.startAudit(u"dkim.test"_qs, session(), 7);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toULongLong(), 7ull);
        DkimSelectorModel* model = tab.selectorModel();
        QVERIFY(rowOf(model, u"google"_qs) >= 0);
        const int cname = rowOf(model, u"selector1"_qs);
        QVERIFY(cname >= 0);
        QCOMPARE(model->index(cname, DkimSelectorModel::KeyType).data().toString(), u"RSA"_qs);
        const int dangling = rowOf(model, u"selector2"_qs);
        QCOMPARE(model->index(dangling, DkimSelectorModel::Found).data().toString(), u"dangling CNAME"_qs);
        QCOMPARE(model->index(dangling, DkimSelectorModel::SeverityColumn).data().toString(), u"Error"_qs);
        QVERIFY(!model->index(dangling, DkimSelectorModel::SeverityColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(tab.headline().contains(u"dkim.test"_qs));

        QSignalSpy extra(&tab, &DkimTab::extraWorkFinished);
        tab.addSelector(u"rsa512"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(extra.size(), 1, 20000);
        const int weak = rowOf(model, u"rsa512"_qs);
        QVERIFY(weak >= 0);
        QCOMPARE(model->index(weak, DkimSelectorModel::Bits).data().toInt(), 512);
        QCOMPARE(model->index(weak, DkimSelectorModel::Source).data().toString(), u"added"_qs);

        tab.openMessages({qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/dkim/rfc8463/signed.eml"_qs});
        QTRY_COMPARE_WITH_TIMEOUT(extra.size(), 2, 20000);
        QCOMPARE(tab.signatureModel()->rowCount(), 2);
        QCOMPARE(tab.signatureModel()->index(0, DkimSignatureModel::Result).data().toString(), u"pass"_qs);
        QCOMPARE(tab.signatureModel()->index(1, DkimSignatureModel::Result).data().toString(), u"pass"_qs);
        QVERIFY2(tab.authenticationSummary().contains(u"aligned with From football.example.com passes"_qs),
                 qPrintable(tab.authenticationSummary()));
        // A message with an Authentication-Results header: the receiver's outcomes are shown too.
        tab.openMessages(
            {qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/dkim/dkimpy/data/test.message"_qs});
        QTRY_COMPARE_WITH_TIMEOUT(extra.size(), 3, 20000);
        QVERIFY2(tab.authenticationSummary().contains(u"spf=pass, dkim=pass, dmarc=pass"_qs),
                 qPrintable(tab.authenticationSummary()));
        QCOMPARE(tab.signatureModel()->rowCount(), 3);
        QCOMPARE(tab.signatureModel()->index(2, DkimSignatureModel::Result).data().toString(),
                 u"unsigned"_qs);

        if (const QString shot = qEnvironmentVariable("MAILSIGHT_DKIM_SCREENSHOT"); !shot.isEmpty()) {
            tab.resize(1200, 760);
            tab.show();
            auto* view = tab.findChild<QTableView*>(u"dkimSelectors"_qs);
            view->selectRow(cname);
            QTest::qWait(300);
            QVERIFY(tab.grab().save(shot));
        }

        tab.clearResults();
        QCOMPARE(model->rowCount(), 0);
    }

    void domainKeysOnlyRow() {
        // Issue 13, defect 7: a message with only a DomainKey-Signature is not shown as "unsigned".
        DkimSignatureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MailMessage m =
            MailMessage::parse("DomainKey-Signature: a=rsa-sha1; s=dk1; d=example.com; c=simple; "
                               "q=dns; b=AAAA\r\nFrom: a@example.com\r\nSubject: x\r\n\r\nbody\r\n");
        model.addVerification(DkimVerifier::assemble(m, {}));
        model.addVerification(
            DkimVerifier::assemble(MailMessage::parse("From: a@example.com\r\n\r\nbody\r\n"), {}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DkimSignatureModel::Result).data().toString(), u"DomainKeys only"_qs);
        QCOMPARE(model.index(0, DkimSignatureModel::Domain).data().toString(), u"example.com"_qs);
        QCOMPARE(model.index(0, DkimSignatureModel::Selector).data().toString(), u"dk1"_qs);
        QVERIFY(model.index(0, DkimSignatureModel::Reason).data().toString().contains(u"not evaluated"_qs));
        QCOMPARE(model.index(1, DkimSignatureModel::Result).data().toString(), u"unsigned"_qs);
    }

    void keyMatchDialog() {
        auto s = session();
        const auto results = DkimSelectorDiscovery::probe(
            *s, u"dkim.test"_qs, {DkimSelectorCandidate{u"rsa2048"_qs, DkimSelectorSource::User, {}}});
        DkimKeyMatchDialog dialog(results.first());
        const QString key =
            qEnvironmentVariable("MAILSIGHT_TEST_DATA") + u"/dkim/keys/dkim.test-rsa2048.pem"_qs;
        dialog.matchFile(key);
        QVERIFY2(dialog.verdict().contains(u"MATCH"_qs) && !dialog.verdict().contains(u"MISMATCH"_qs),
                 qPrintable(dialog.verdict()));
        QFile f(key);
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.size() > 16 && !line.startsWith("-----"))
                QVERIFY(!dialog.verdict().contains(QString::fromLatin1(line)));
        dialog.matchFile(qEnvironmentVariable("MAILSIGHT_TEST_DATA") +
                         u"/dkim/keys/dkim.test-rsa1024.pem"_qs);
        QVERIFY(dialog.verdict().contains(u"MISMATCH"_qs));
    }

    void keyGenDialog() {
        QTemporaryDir dir;
        DkimKeyGenDialog dialog(u"example.com"_qs);
        dialog.findChild<QLineEdit*>(u"keygenFolder"_qs)->setText(dir.path());
        dialog.findChild<QLineEdit*>(u"keygenSelector"_qs)->setText(u"gui2026"_qs);
        QSignalSpy done(&dialog, &DkimKeyGenDialog::generated);
        dialog.generate();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY2(dialog.output().contains(u"gui2026._domainkey.example.com. 3600 IN TXT"_qs),
                 qPrintable(dialog.output()));
        QVERIFY(dialog.output().contains(u"aws_route53_record"_qs));
        QVERIFY(!dialog.output().contains(u"PRIVATE KEY"_qs));
        QVERIFY(QFile::exists(dir.filePath(u"gui2026._domainkey.example.com.private.pem"_qs)));
    }
};

QTEST_MAIN(TestDkimTab)
#include "tst_dkimtab.moc"
