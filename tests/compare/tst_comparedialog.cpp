// File → Compare…: the dialog audits two domains off the UI thread on a resolver over the zones
// in data/, fills the table with both sides per area, marks each difference with colour, an icon
// and the word "Differs", shows why it matters, honours the name map and Cancel, and refuses
// invalid input with a message instead of starting.

#include "AppSettings.h"
#include "AppTheme.h"
#include "MainWindow.h"
#include "compare/CompareDialog.h"
#include "compare/ConfigComparisonModel.h"
#include "dns/ZoneResolver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<Resolver> zones() {
    QStringList files;
    const QDir dir(QStringLiteral(MAILSIGHT_COMPARE_DATA));
    for (const QString& f : dir.entryList({u"*.zone"_s}, QDir::Files))
        files << dir.filePath(f);
    auto loaded = ZoneResolver::load(files);
    return loaded ? *loaded : nullptr;
}

// A resolver that answers nothing until released: lets a test cancel a running comparison.
class HoldingResolver : public Resolver {
public:
    explicit HoldingResolver(std::shared_ptr<Resolver> inner)
        : m_inner(std::move(inner)) {}
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        while (!m_released.load())
            QThread::msleep(5);
        return m_inner->resolve(name, type);
    }
    QString describe() const override { return u"holding"_s; }
    void release() { m_released = true; }

private:
    std::shared_ptr<Resolver> m_inner;
    std::atomic_bool m_released{false};
};

QStringList differingItems(const ConfigComparisonModel* model) {
    QStringList items;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->data(model->index(row, 0), ConfigComparisonModel::DiffersRole).toBool())
            items << model->data(model->index(row, ConfigComparisonModel::ItemColumn)).toString();
    return items;
}

} // namespace

class TestCompareDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void differencesMarked() {
        CompareDialog dialog({});
        dialog.setResolver(zones());
        QAbstractItemModelTester tester(dialog.model());
        dialog.show();
        dialog.setDomains(u"softall.test"_s, u"prod.test"_s, u"softall.test=prod.test"_s);
        QVERIFY(dialog.start());
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        ConfigComparisonModel* model = dialog.model();
        QVERIFY(model->rowCount() > 20);
        QCOMPARE(differingItems(model), QStringList{u"all-qualifier"_s});
        int row = 0;
        while (!model->rowAt(row)->differs)
            ++row;
        const QModelIndex status = model->index(row, ConfigComparisonModel::StatusColumn);
        // Word, icon and colour together; the row tinted; the why as tooltip and below the table.
        QCOMPARE(status.data().toString(), u"Differs"_s);
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(status.data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(AppTheme::contrast(status.data(Qt::ForegroundRole).value<QColor>(),
                                   status.data(Qt::BackgroundRole).value<QColor>()) >= 4.5);
        QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid()); // SPF record: same
        QCOMPARE(model->index(0, ConfigComparisonModel::StatusColumn).data().toString(), u"Same"_s);
        QCOMPARE(model->index(row, ConfigComparisonModel::AColumn).data().toString(), u"~all (softfail)"_s);
        QCOMPARE(model->index(row, ConfigComparisonModel::BColumn).data().toString(), u"-all (fail)"_s);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"all-qualifier"_s));
        auto* why = dialog.findChild<QLabel*>(u"compareWhy"_s);
        QVERIFY(why->text().contains(u"Why it matters"_s));
        auto* verdict = dialog.findChild<QLabel*>(u"compareVerdict"_s);
        QVERIFY2(verdict->text().contains(u"Differs"_s), qPrintable(verdict->text()));
        QCOMPARE(model->headerData(ConfigComparisonModel::AColumn, Qt::Horizontal).toString(),
                 u"A: softall.test"_s);

        // Differences only: one row.
        dialog.findChild<QCheckBox*>(u"compareDifferencesOnly"_s)->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
    }

    void identicalUnderMapOnly() {
        CompareDialog dialog({});
        dialog.setResolver(zones());
        dialog.setDomains(u"staging.test"_s, u"prod.test"_s, u"staging.test=prod.test"_s);
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY(differingItems(dialog.model()).isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(u"compareVerdict"_s)->text().contains(u"Identical"_s));
        QCOMPARE(dialog.findChild<QProgressBar*>(u"compareProgress"_s)->value(), 2);
        // Without the map the names differ.
        dialog.setDomains(u"staging.test"_s, u"prod.test"_s);
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY(differingItems(dialog.model()).contains(u"MX mail.staging.test"_s));
    }

    void invalidInputRefused() {
        CompareDialog dialog({});
        dialog.setResolver(zones());
        dialog.setDomains(u"192.0.2.1"_s, u"prod.test"_s);
        QVERIFY(!dialog.start());
        QVERIFY(dialog.findChild<QLabel*>(u"compareStatus"_s)->text().contains(u"192.0.2.1"_s));
        dialog.setDomains(u"staging.test"_s, u"prod.test"_s, u"staging.test"_s);
        QVERIFY(!dialog.start());
        QVERIFY(dialog.findChild<QLabel*>(u"compareStatus"_s)->text().contains(u"FROM=TO"_s));
        dialog.setDomains({}, u"prod.test"_s);
        QVERIFY(!dialog.findChild<QPushButton*>(u"compareStart"_s)->isEnabled());
    }

    void cancel() {
        auto holding = std::make_shared<HoldingResolver>(zones());
        CompareDialog dialog({});
        dialog.setResolver(holding);
        dialog.setDomains(u"mx.test"_s, u"prod.test"_s);
        QVERIFY(dialog.start());
        auto* cancelButton = dialog.findChild<QPushButton*>(u"compareCancel"_s);
        QVERIFY(cancelButton->isEnabled());
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        holding->release(); // questions in flight come back; none after the cancel is asked
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QVERIFY(dialog.findChild<QLabel*>(u"compareVerdict"_s)->text().contains(u"Cancelled"_s));
        QCOMPARE(dialog.model()->rowCount(), 0);
        // No busy animation left running after the cancel.
        QVERIFY(dialog.findChild<QProgressBar*>(u"compareProgress"_s)->maximum() > 0);
    }

    // File → Compare… in the main window, on the demo: the dialog takes the window's resolver plan.
    void menuOpensDialog() {
        QTemporaryDir dir;
        auto settings = std::make_shared<AppSettings>(dir.filePath(u"settings.ini"_s));
        MainWindow window(settings);
        window.show();
        window.startDemo(u"example.com"_s);
        QTRY_VERIFY(!window.isAuditRunning());
        QAction* action = window.findChild<QAction*>(u"compareAction"_s);
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<CompareDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setDomains(u"example.com"_s, u"monitor.test"_s);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        QVERIFY(differingItems(dialog->model()).contains(u"all-qualifier"_s));
        dialog->close();
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
