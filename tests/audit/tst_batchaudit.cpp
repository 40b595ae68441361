// The GUI side of batch and staged audits: the batch dialog over the demo zones (grades in the
// table, progress at the end, cancel mid-batch, exports), its model under
// QAbstractItemModelTester, the domain list parser, and File → Open Terraform plan in the main
// window (staged banner, staged records; a malformed plan changes nothing).
#include "AppSettings.h"
#include "MainWindow.h"
#include "RecordsTab.h"
#include "ResolverPlan.h"
#include "SqlThreadCheck.h"
#include "audit/AuditExportWriter.h"
#include "audit/AuditOverviewTab.h"
#include "audit/BatchAuditDialog.h"
#include "audit/BatchAuditModel.h"
#include "audit/DomainListParser.h"
#include "demo/DemoWorld.h"
#include "dns/ZoneResolver.h"
#include "history/AuditHistory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QXmlStreamReader>

namespace {

const QStringList demoDomains = {QStringLiteral("example.com"), QStringLiteral("overlimit.test"),
                                 QStringLiteral("monitor.test"), QStringLiteral("weakkey.test"),
                                 QStringLiteral("loop.test")};

ResolverPlan demoPlan() {
    ResolverPlan plan;
    plan.demo = true;
    return plan;
}

// Every answer waits, so a batch is still running when the test cancels it.
class SlowResolver : public Resolver {
public:
    SlowResolver(std::shared_ptr<Resolver> inner, int delayMs)
        : m_inner(std::move(inner))
        , m_delayMs(delayMs) {}
    DnsAnswer resolve(const QString& name, DnsRecordType type) override {
        QThread::msleep(m_delayMs);
        return m_inner->resolve(name, type);
    }
    QString describe() const override { return QStringLiteral("slow ") + m_inner->describe(); }

private:
    std::shared_ptr<Resolver> m_inner;
    int m_delayMs;
};

QString gradeShown(BatchAuditDialog& dialog, const QString& domain) {
    BatchAuditModel* model = dialog.model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->domainAt(row) == domain)
            return model->index(row, BatchAuditModel::GradeColumn).data().toString();
    return {};
}

// Closes the message box a step of the test is about to open.
void closeNextMessageBox() {
    QTimer::singleShot(200, [] {
        if (QWidget* box = QApplication::activeModalWidget())
            box->close();
    });
}

} // namespace

class TestBatchAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void parseList_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<QList<int>>("problemLines");
        QTest::addColumn<int>("duplicates");
        QTest::newRow("plain") << QStringLiteral("example.com\nexample.org\n")
                               << QStringList{QStringLiteral("example.com"), QStringLiteral("example.org")}
                               << QList<int>{} << 0;
        QTest::newRow("comments, blanks, case, duplicates")
            << QStringLiteral("# our domains\n\nExample.COM  # main\n  example.com.\nexample.org\n")
            << QStringList{QStringLiteral("example.com"), QStringLiteral("example.org")} << QList<int>{} << 1;
        QTest::newRow("invalid names skipped")
            << QStringLiteral("example.com\nnot a domain\nexa_mple..com\nexample.net")
            << QStringList{QStringLiteral("example.com"), QStringLiteral("example.net")} << QList<int>{2, 3}
            << 0;
        QTest::newRow("only comments")
            << QStringLiteral("# nothing\n   \n") << QStringList{} << QList<int>{} << 0;
    }
    void parseList() {
        QFETCH(QString, text);
        QFETCH(QStringList, domains);
        QFETCH(QList<int>, problemLines);
        QFETCH(int, duplicates);
        const DomainList list = DomainListParser::parse(text);
        QCOMPARE(list.domains, domains);
        QList<int> lines;
        for (const DomainListProblem& p : list.problems) {
            lines << p.line;
            QVERIFY(!p.reason.isEmpty());
        }
        QCOMPARE(lines, problemLines);
        QCOMPARE(list.duplicates, duplicates);
    }

    void modelUnderTester() {
        BatchAuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BatchAuditFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(BatchAuditModel::GradeColumn);
        model.setDomains({QStringLiteral("a.test"), QStringLiteral("b.test"), QStringLiteral("c.test"),
                          QStringLiteral("d.test")});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.count(BatchAuditModel::Status::Waiting), 4);
        AuditReport b;
        b.domain = QStringLiteral("b.test");
        b.grade = QStringLiteral("D");
        b.startedAt = QDateTime::currentDateTimeUtc();
        b.finishedAt = b.startedAt.addMSecs(250);
        model.setReport(b);
        AuditReport a = b;
        a.domain = QStringLiteral("a.test");
        a.grade = QStringLiteral("A");
        model.setReport(a);
        AuditReport c = b;
        c.domain = QStringLiteral("c.test");
        c.timedOut = true;
        c.grade = QStringLiteral("F");
        model.setReport(c);
        QCOMPARE(model.statusAt(2), BatchAuditModel::Status::TimedOut);
        QCOMPARE(model.index(1, BatchAuditModel::DurationColumn).data().toString(), QStringLiteral("250 ms"));
        QVERIFY(model.index(1, BatchAuditModel::GradeColumn).data().toString().startsWith(u'D'));
        QVERIFY(model.index(1, BatchAuditModel::GradeColumn).data(Qt::ForegroundRole).isValid());
        // Sorted by grade: A before D before F, waiting rows last.
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("a.test"));
        QCOMPARE(filter.index(3, 0).data().toString(), QStringLiteral("d.test"));
        model.markWaitingCancelled();
        QCOMPARE(model.statusAt(3), BatchAuditModel::Status::Cancelled);
        QCOMPARE(model.finishedReports().size(), 3);
        filter.setShow(BatchAuditFilter::Show::NotAudited);
        QCOMPARE(filter.rowCount(), 2); // timed out, cancelled
        filter.setShow(BatchAuditFilter::Show::NeedsWork);
        QCOMPARE(filter.rowCount(), 1); // b.test (D)
        filter.setShow(BatchAuditFilter::Show::All);
        filter.setText(QStringLiteral("C.TE"));
        QCOMPARE(filter.rowCount(), 1);
        model.setDomains({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void batchOfDemoDomains() {
        BatchAuditDialog dialog(demoPlan);
        const QString history = m_dir->filePath(QStringLiteral("history.sqlite"));
        dialog.setHistoryPath(history);
        dialog.show();
        dialog.setDomainText(demoDomains.join(QLatin1Char('\n')) +
                             QStringLiteral("\n# a comment\nnot a domain!\nexample.com\n"));
        auto* problems = dialog.findChild<QLabel*>(QStringLiteral("batchProblems"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("line 7")), qPrintable(problems->text()));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("batchListSummary"))
                    ->text()
                    .contains(QStringLiteral("5 domain")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("batchStart")), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        BatchAuditModel* model = dialog.model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->count(BatchAuditModel::Status::Done), 5);
        const QHash<QString, QString> expected{{QStringLiteral("example.com"), QStringLiteral("A")},
                                               {QStringLiteral("overlimit.test"), QStringLiteral("D")},
                                               {QStringLiteral("monitor.test"), QStringLiteral("C")},
                                               {QStringLiteral("weakkey.test"), QStringLiteral("C")},
                                               {QStringLiteral("loop.test"), QStringLiteral("D")}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString shown = gradeShown(dialog, it.key());
            QVERIFY2(shown.startsWith(*it), qPrintable(it.key() + QStringLiteral(": ") + shown));
            QVERIFY(shown.size() > 3); // letter and word
        }
        auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("batchProgress"));
        QCOMPARE(progress->maximum(), 5);
        QCOMPARE(progress->value(), 5);
        QCOMPARE(progress->text(), QStringLiteral("5 of 5 domains"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("batchStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Stored in the history: 5")),
                 qPrintable(status->text()));

        // Stored: the history lists the five audits.
        auto db = HistoryDatabase::open(history);
        QVERIFY(db);
        auto opened = AuditHistory::open(*db);
        QVERIFY(opened);
        auto listed = (*opened)->list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 5);

        // Exports of the batch.
        const QString json = m_dir->filePath(QStringLiteral("batch.json"));
        QVERIFY(dialog.exportTo(json));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(jf.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), 5);
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("domain")).toString(),
                 QStringLiteral("example.com"));
        const QString junit = m_dir->filePath(QStringLiteral("batch.xml"));
        QVERIFY(dialog.exportTo(junit));
        QFile xf(junit);
        QVERIFY(xf.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&xf);
        int suites = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("testsuite"))
                ++suites;
        QVERIFY(!xml.hasError());
        QCOMPARE(suites, 5);
        for (const char* name : {"batch.csv", "batch.sarif", "batch.html", "batch.pdf"}) {
            const QString path = m_dir->filePath(QString::fromLatin1(name));
            auto written = dialog.exportTo(path);
            QVERIFY2(written, written ? "" : qPrintable(written.error()));
            QVERIFY2(QFileInfo(path).size() > 100, name);
        }
        QFile pdf(m_dir->filePath(QStringLiteral("batch.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!dialog.exportTo(m_dir->filePath(QStringLiteral("batch.doc"))));

        // Sorting by grade puts A first; the filter finds C or worse.
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("batchTable"));
        table->sortByColumn(BatchAuditModel::GradeColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("example.com"));
        dialog.filter()->setShow(BatchAuditFilter::Show::NeedsWork);
        QCOMPARE(table->model()->rowCount(), 4);
    }

    void cancelMidBatch() {
        BatchAuditDialog dialog(demoPlan);
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        dialog.setResolver(std::make_shared<SlowResolver>(*zones, 40));
        dialog.findChild<QSpinBox*>(QStringLiteral("batchConcurrency"))->setValue(1);
        dialog.show();
        dialog.setDomainText(demoDomains.join(QLatin1Char('\n')));
        QVERIFY(dialog.start());
        auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("batchProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, 60000);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("batchCancel")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        BatchAuditModel* model = dialog.model();
        const int done = model->count(BatchAuditModel::Status::Done);
        const int cancelled = model->count(BatchAuditModel::Status::Cancelled);
        QVERIFY2(done >= 1 && done < 5, qPrintable(QString::number(done)));
        QCOMPARE(done + cancelled, 5);
        QCOMPARE(model->count(BatchAuditModel::Status::Waiting), 0);
        // The first domain finished with its grade; the cancelled ones show none.
        QVERIFY(gradeShown(dialog, QStringLiteral("example.com")).startsWith(u'A'));
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->statusAt(row) != BatchAuditModel::Status::Cancelled)
                continue;
            QCOMPARE(model->index(row, BatchAuditModel::GradeColumn).data().toString(), QStringLiteral("–"));
            QCOMPARE(model->index(row, BatchAuditModel::StatusColumn).data().toString(),
                     QStringLiteral("cancelled"));
        }
        QCOMPARE(model->finishedReports().size(), done);
    }

    void timedOutDomain() {
        BatchAuditDialog dialog(demoPlan);
        auto zones = ZoneResolver::load(DemoWorld::zoneFiles());
        QVERIFY(zones);
        dialog.setResolver(std::make_shared<SlowResolver>(*zones, 1500));
        dialog.findChild<QSpinBox*>(QStringLiteral("batchTimeout"))->setValue(1);
        dialog.setDomainText(QStringLiteral("example.com"));
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QCOMPARE(dialog.model()->statusAt(0), BatchAuditModel::Status::TimedOut);
        QCOMPARE(dialog.model()->index(0, BatchAuditModel::StatusColumn).data().toString(),
                 QStringLiteral("timed out"));
    }

    void exportSuffixFromFilter_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kept") << QStringLiteral("/x/a.csv") << QStringLiteral("PDF report (*.pdf)")
                              << QStringLiteral("/x/a.csv");
        QTest::newRow("added") << QStringLiteral("/x/report") << QStringLiteral("SARIF 2.1.0 (*.sarif)")
                               << QStringLiteral("/x/report.sarif");
        QTest::newRow("unknown suffix") << QStringLiteral("/x/a.b") << QStringLiteral("JUnit XML (*.xml)")
                                        << QStringLiteral("/x/a.b.xml");
        QTest::newRow("cancelled") << QString() << QStringLiteral("PDF report (*.pdf)") << QString();
    }
    void exportSuffixFromFilter() {
        QFETCH(QString, path);
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        QCOMPARE(AuditExportWriter::withSuffix(path, filter), expected);
    }

    // File → Batch audit in the main window, on the demo; double-click opens a domain there.
    void batchFromMainWindow() {
        auto settings = std::make_shared<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.show();
        window.startDemo(QStringLiteral("example.com"));
        QTRY_VERIFY(!window.isAuditRunning());
        auto* action = window.findChild<QAction*>(QStringLiteral("batchAuditAction"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<BatchAuditDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->setDomainText(QStringLiteral("monitor.test\nloop.test"));
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY(gradeShown(*dialog, QStringLiteral("loop.test")).startsWith(u'D'));
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("batchTable"));
        const QRect cell = table->visualRect(table->model()->index(1, 0));
        // Qt 6 sends the double-click event alone; a view acts on it only after a press there.
        QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto* overview = window.findChild<AuditOverviewTab*>();
        QTRY_COMPARE_WITH_TIMEOUT(overview->report().domain, QStringLiteral("loop.test"), 30000);
        QCOMPARE(window.findChild<QLineEdit*>(QStringLiteral("domainEdit"))->text(),
                 QStringLiteral("loop.test"));
        QTRY_VERIFY(!window.isAuditRunning());

        // A batch uses the window's staged files too: the demo's planned change of example.com.
        QVERIFY(window.setStagedZoneFiles({DemoWorld::stagedZoneFile()}));
        const QString listFile = m_dir->filePath(QStringLiteral("domains.txt"));
        QFile list(listFile);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# staged batch\nexample.com\nmonitor.test\n");
        list.close();
        QVERIFY(dialog->loadDomainsFile(listFile));
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QCOMPARE(dialog->model()->rowCount(), 2);
        QVERIFY(dialog->model()->reportAt(0)->staged);
        QVERIFY(
            dialog->model()->index(0, BatchAuditModel::StatusColumn).data().toString().contains(u"staged"));
        QVERIFY(!dialog->model()->reportAt(1)->staged);
    }

    // File → Open Terraform plan: the plan's records overlay the resolver like a staged zone file.
    void terraformPlanStaged() {
        auto settings = std::make_shared<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.findChild<QAction*>(QStringLiteral("openTerraformPlanAction")));
        window.startDemo(QStringLiteral("example.com"));
        QTRY_VERIFY(!window.isAuditRunning());
        auto* edit = window.findChild<QLineEdit*>(QStringLiteral("domainEdit"));
        edit->clear();
        const QString plan =
            qEnvironmentVariable("MAILSIGHT_TEST_DATA") + QStringLiteral("/audit/terraform-plan.json");
        QVERIFY(window.setStagedZoneFiles({plan}));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerText"));
        QVERIFY2(banner->isVisible() && banner->text().contains(QStringLiteral("Staged")) &&
                     banner->text().contains(QStringLiteral("terraform-plan.json")),
                 qPrintable(banner->text()));
        QCOMPARE(edit->text(), QStringLiteral("plan.test")); // the plan's SPF owner is suggested
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!window.isAuditRunning());
        RecordsTab* records = nullptr;
        for (AuditTab* tab : window.auditTabs())
            if (auto* r = qobject_cast<RecordsTab*>(tab))
                records = r;
        QVERIFY(records);
        QTRY_VERIFY(!records->model()->recordSets().isEmpty());
        bool stagedSpf = false;
        bool stagedDmarc = false;
        for (const auto& set : records->model()->recordSets()) {
            const DnsAnswer& a = set.answer;
            if (a.name == QLatin1String("plan.test") && a.type == DnsRecordType::TXT)
                stagedSpf = a.staged;
            if (a.name == QLatin1String("_dmarc.plan.test") && a.type == DnsRecordType::TXT)
                stagedDmarc = a.staged; // a relative Cloudflare name placed in the audited domain
        }
        QVERIFY(stagedSpf);
        QVERIFY(stagedDmarc);
        auto* overview = window.findChild<AuditOverviewTab*>();
        QTRY_COMPARE(overview->report().domain, QStringLiteral("plan.test"));
        QVERIFY(overview->report().staged);
        QCOMPARE(overview->report().grade, QStringLiteral("B"));
        // File → Export of this one audit, each format by its suffix; JSON marks staged records.
        for (const char* name : {"one.pdf", "one.html", "one.json", "one.csv", "one.sarif", "one.xml"}) {
            const QString path = m_dir->filePath(QString::fromLatin1(name));
            auto written = overview->exportTo(path);
            QVERIFY2(written, written ? "" : qPrintable(written.error()));
            QVERIFY2(QFileInfo(path).size() > 100, name);
        }
        QFile json(m_dir->filePath(QStringLiteral("one.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray reports = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(reports.size(), 1);
        bool stagedRecord = false;
        for (const auto& r : reports.at(0).toObject().value(QStringLiteral("records")).toArray())
            stagedRecord = stagedRecord || r.toObject().value(QStringLiteral("staged")).toBool();
        QVERIFY(stagedRecord);
        // The banner stays while other tabs are shown: it sits above the tabs.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("auditTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(banner->isVisible());
        }
    }

    // The resolver stack of a staged plan: planned names from the plan, the rest from below.
    void resolverPlanWithTerraform() {
        ResolverPlan plan = demoPlan();
        plan.stagedFiles = {qEnvironmentVariable("MAILSIGHT_TEST_DATA") +
                            QStringLiteral("/audit/terraform-plan.json")};
        plan.domains = {QStringLiteral("plan.test")};
        QVERIFY(ResolverPlan::isTerraformPlan(plan.stagedFiles.constFirst()));
        QVERIFY(!ResolverPlan::isTerraformPlan(QStringLiteral("example.com.zone")));
        auto built = plan.build();
        QVERIFY2(built, built ? "" : qPrintable(built.error()));
        const DnsAnswer dmarc = (*built)->resolve(QStringLiteral("_dmarc.plan.test"), DnsRecordType::TXT);
        QCOMPARE(dmarc.outcome, DnsOutcome::Answer);
        QVERIFY(dmarc.staged);
        const DnsAnswer live = (*built)->resolve(QStringLiteral("example.com"), DnsRecordType::TXT);
        QCOMPARE(live.outcome, DnsOutcome::Answer);
        QVERIFY(!live.staged);
        plan.stagedFiles = {m_dir->filePath(QStringLiteral("missing.json"))};
        QVERIFY(!plan.build());
    }

    void malformedPlanChangesNothing() {
        auto settings = std::make_shared<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.show();
        window.startDemo(QStringLiteral("example.com"));
        QTRY_VERIFY(!window.isAuditRunning());
        auto* banner = window.findChild<QLabel*>(QStringLiteral("bannerText"));
        const QString before = banner->text();
        QVERIFY(!before.contains(QStringLiteral("Staged")));
        for (const QByteArray& content :
             {QByteArray("{\"planned_values\": [not json"), QByteArray("{\"format_version\": \"1.2\"}")}) {
            const QString path = m_dir->filePath(QStringLiteral("bad.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
            f.close();
            closeNextMessageBox();
            QVERIFY(!window.setStagedZoneFiles({path}));
            QCOMPARE(banner->text(), before);
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

MAILSIGHT_SQL_CHECKED_MAIN(TestBatchAudit)
#include "tst_batchaudit.moc"
