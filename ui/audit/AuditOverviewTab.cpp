#include "AuditOverviewTab.h"

#include "AuditExportWriter.h"
#include "AuditFindingsModel.h"
#include "audit/AuditRunner.h"
#include "dns/DnsSession.h"
#include "history/AuditDiff.h"
#include "history/AuditHistory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

AuditOverviewTab::AuditOverviewTab(QWidget* parent)
    : AuditTab(parent)
    , m_model(new AuditFindingsModel(this))
    , m_filter(new AuditFindingsFilter(this))
    , m_grade(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_changes(new QListWidget(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_watcher(new QFutureWatcher<Outcome>(this)) {
    m_grade->setObjectName(QStringLiteral("gradeLabel"));
    QFont big = m_grade->font();
    big.setPointSize(big.pointSize() * 3);
    big.setBold(true);
    m_grade->setFont(big);
    m_reasons->setWordWrap(true);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setAccessibleName(tr("Show findings of severity"));
    m_severity->addItem(tr("All severities"), int(Severity::Info));
    m_severity->addItem(tr("Warnings and errors"), int(Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(Severity::Error));
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setAccessibleName(tr("Show findings of area"));
    m_area->addItem(tr("All areas"), QString());
    for (const QString& area : {QStringLiteral("spf"), QStringLiteral("dmarc"), QStringLiteral("dkim"),
                                QStringLiteral("expect"), QStringLiteral("dns")})
        m_area->addItem(area.toUpper(), area);
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditFindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_changes->setObjectName(QStringLiteral("changesList"));
    m_changes->setAccessibleName(tr("Changes since the last audit"));
    m_grade->setAccessibleName(tr("Grade"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_grade);
    top->addWidget(m_reasons, 1);
    auto* filters = new QHBoxLayout;
    auto* show = new QLabel(tr("&Show:"), this);
    show->setBuddy(m_severity);
    filters->addWidget(show);
    filters->addWidget(m_severity);
    filters->addWidget(m_area);
    filters->addStretch(1);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save this audit as PDF, HTML, JSON, CSV, SARIF or JUnit XML"));
    filters->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 3);
    auto* since = new QLabel(tr("Since the &last audit:"), this);
    since->setBuddy(m_changes);
    layout->addWidget(since);
    layout->addWidget(m_changes, 1);
    setTabOrderChain({m_severity, m_area, m_export, m_table, m_changes});

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumSeverity(Severity(m_severity->currentData().toInt())); });
    connect(m_area, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setArea(m_area->currentData().toString()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString area = m_filter->data(index, AuditFindingsModel::AreaRole).toString();
        Q_EMIT showArea(area == QLatin1String("expect") ? QString() : area);
    });
    connect(m_export, &QPushButton::clicked, this, &AuditOverviewTab::exportWithDialog);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const quint64 generation = m_watcher->property("generation").toULongLong();
        if (generation != m_generation)
            return; // superseded
        adopt(m_watcher->result());
        Q_EMIT finished(generation);
    });
    clearResults();
}

void AuditOverviewTab::clearResults() {
    m_report = {};
    m_model->setFindings({});
    m_grade->setText(QStringLiteral("–"));
    m_reasons->setText(tr("Audit a domain to see its grade."));
    m_changes->clear();
    m_export->setEnabled(false);
}

void AuditOverviewTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session,
                                  quint64 generation) {
    m_generation = generation;
    clearResults();
    Q_EMIT statusMessage(tr("Auditing %1: SPF, DMARC and DKIM…").arg(domain));
    const QString historyPath = m_historyPath;
    m_watcher->setProperty("generation", QVariant::fromValue(generation));
    // The whole audit runs on the check pool; the session's resolver (and so its staged
    // overlay) is reused, its cache too.
    m_watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [domain, session, historyPath] {
        Outcome out;
        AuditRunner runner(session->resolver(), {});
        out.report = runner.auditDomain(domain); // own sessions: the main query log stays the Records tab's
        if (historyPath.isEmpty())
            return out;
        auto db = HistoryDatabase::open(historyPath);
        if (!db)
            return out;
        auto history = AuditHistory::open(*db);
        if (!history)
            return out;
        auto baseline = (*history)->baseline(out.report.domain, QStringLiteral("last"), out.report.startedAt);
        if (baseline && *baseline) {
            out.report.diff = AuditDiff::compare(**baseline, out.report);
            out.changes = AuditDiff::summary(out.report.diff);
        }
        (void)(*history)->store(out.report);
        return out;
    }));
}

void AuditOverviewTab::adopt(const Outcome& outcome) {
    m_report = outcome.report;
    m_grade->setText(m_report.grade);
    m_grade->setToolTip(tr("Grade %1").arg(m_report.grade));
    QString reasons = m_report.gradeReasons.join(QLatin1Char('\n'));
    if (m_report.staged)
        reasons += QLatin1Char('\n') + tr("Staged: some records come from files not yet deployed.");
    m_reasons->setText(reasons);
    m_model->setFindings(m_report.findings);
    m_table->resizeColumnsToContents();
    m_changes->clear();
    m_export->setEnabled(true);
    if (outcome.changes.isEmpty())
        m_changes->addItem(m_historyPath.isEmpty() ? tr("No history is kept.")
                                                   : tr("No earlier audit of this domain."));
    else
        m_changes->addItems(outcome.changes);
    Q_EMIT statusMessage(
        tr("%1: grade %2, %3 finding(s)").arg(m_report.domain, m_report.grade).arg(m_report.findings.size()));
}

std::expected<void, QString> AuditOverviewTab::exportTo(const QString& path) const {
    if (m_report.domain.isEmpty())
        return std::unexpected(tr("There is no audit to export yet."));
    return AuditExportWriter::write({m_report}, path);
}

void AuditOverviewTab::exportWithDialog() {
    const QString path =
        AuditExportWriter::askPath(this, tr("Export the audit"), m_report.domain + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    if (auto done = exportTo(path); !done)
        QMessageBox::warning(this, tr("Export failed"), done.error());
    else
        Q_EMIT statusMessage(tr("Exported to %1").arg(path));
}
