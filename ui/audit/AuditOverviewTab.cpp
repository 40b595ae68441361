#include "AuditOverviewTab.h"

#include "AuditAreaCard.h"
#include "AuditAreaCards.h"
#include "AuditExportWriter.h"
#include "AuditFindingsModel.h"
#include "SeverityStyle.h"
#include "audit/AuditRunner.h"
#include "audit/ReportSourcesReader.h"
#include "audit/export/SenderSections.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"
#include "history/AuditDiff.h"
#include "history/AuditHistory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
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
    , m_cards(new AuditAreaCards(this))
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
    layout->addWidget(m_cards);
    layout->addLayout(filters);
    layout->addWidget(m_table, 3);
    auto* since = new QLabel(tr("Since the &last audit:"), this);
    since->setBuddy(m_changes);
    layout->addWidget(since);
    layout->addWidget(m_changes, 1);
    connect(m_cards, &AuditAreaCards::areaActivated, this, &AuditOverviewTab::areaActivated);
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
        Q_EMIT auditReady(m_report, generation);
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
    m_cards->setAreas({});
    m_export->setEnabled(false);
}

void AuditOverviewTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session,
                                  quint64 generation) {
    m_generation = generation;
    clearResults();
    Q_EMIT statusMessage(tr("Auditing %1: SPF, DMARC, DKIM, transport and DNS trust…").arg(domain));
    const QString historyPath = m_historyPath;
    m_watcher->setProperty("generation", QVariant::fromValue(generation));
    // The whole audit runs on the check pool; the session's resolver (and so its staged
    // overlay) is reused, its cache too.
    const NetOptions net = m_netOptions ? m_netOptions() : NetOptions{};
    const TrustPlan trust = m_trustPlan ? m_trustPlan() : TrustPlan{};
    m_watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [domain, session, historyPath, net,
                                                                     trust] {
        Outcome out;
        std::unique_ptr<AuditHistory> history;
        std::shared_ptr<HistoryDatabase> database;
        AuditRunOptions options;
        options.checkOptions.net = net;
        if (auto trusted = trust.apply(options); !trusted) {
            // Nothing is asked: an audit with other anchors or lists than the settings say would
            // be graded as if they held. The DNS tab shows it as not run.
            out.error = trusted.error();
            out.report.domain = domain;
            out.report.cancelled = true;
            return out;
        }
        if (!historyPath.isEmpty()) {
            auto db = HistoryDatabase::open(historyPath);
            if (db)
                database = *db;
            if (!db) {
                out.historyError = db.error();
            } else if (auto opened = AuditHistory::open(*db); opened) {
                history = std::move(*opened);
            } else {
                out.historyError = opened.error();
            }
            // The busiest DMARC-passing sources of the imported reports (last 90 days) are looked
            // up on the blocklists too, as the CLI's audit does.
            if (db && !net.offline) {
                QStringList errors;
                const auto name = DnsName::fromUserInput(domain); // the audit's own spelling of it
                options.checkOptions.reportSources = ReportSourcesReader::read(
                    *db, {name ? name->ace() : domain}, QDate::currentDate().addDays(-90), &errors);
                if (out.historyError.isEmpty() && !errors.isEmpty())
                    out.historyError = errors.join(QStringLiteral("; "));
            }
        }
        if (history) {
            // DKIM key age counts from the first audit that saw the key. Read here: the checks
            // run on other threads, and a Qt Sql connection must stay on the thread it opened on.
            const QHash<QString, QDateTime> firstSeen = history->keyFirstSeen(domain);
            options.keyFirstSeen = [firstSeen](const QString&) { return firstSeen; };
        }
        AuditRunner runner(session->resolver(), options);
        // Through the main window's session: its queries show in the query log dock, its cache
        // is shared with the other tabs, and Cancel stops this audit too.
        out.report = runner.auditDomain(domain, session);
        // The imported reports of the last 90 days, as the document's sender section reads them.
        if (database && !out.report.cancelled) {
            const QDate today = QDate::currentDate();
            out.senders = SenderSections::collect(database, {out.report.domain},
                                                  SenderSections::defaultSince(today), today)
                              .value(out.report.domain);
        }
        if (!history || out.report.cancelled)
            return out; // a cut-short audit is no evidence worth keeping
        // The last live audit (a staged one is never a baseline).
        auto baseline = history->baseline(out.report.domain, QStringLiteral("last"), out.report.startedAt);
        if (!baseline) {
            out.historyError = baseline.error();
        } else if (*baseline) {
            out.report.diff = AuditDiff::compare(**baseline, out.report);
            out.changes = AuditDiff::summary(out.report.diff);
            out.baseline =
                QCoreApplication::translate("AuditOverviewTab", "Compared with the audit of %1 (grade %2):")
                    .arg(QLocale().toString((*baseline)->startedAt.toLocalTime(), QLocale::ShortFormat),
                         (*baseline)->grade);
        }
        if (auto stored = history->store(out.report); stored)
            out.historyPath = historyPath;
        else
            out.historyError = stored.error();
        return out;
    }));
}

void AuditOverviewTab::adopt(const Outcome& outcome) {
    if (!outcome.error.isEmpty()) {
        m_report = outcome.report; // cancelled: the DNS tab shows its checks as not run
        m_reasons->setText(tr("Not audited: %1").arg(outcome.error));
        m_changes->addItem(outcome.error);
        m_changes->item(0)->setIcon(SeverityStyle::icon(Severity::Error));
        Q_EMIT statusMessage(tr("Not audited: %1").arg(outcome.error));
        return;
    }
    m_report = outcome.report;
    m_grade->setText(m_report.grade);
    m_grade->setToolTip(tr("Grade %1").arg(m_report.grade));
    QString reasons = m_report.gradeReasons.join(QLatin1Char('\n'));
    if (m_report.staged)
        reasons += QLatin1Char('\n') + tr("Staged: some records come from files not yet deployed.");
    m_reasons->setText(reasons);
    m_cards->setAreas(AuditAreaSummary::of(m_report, outcome.senders));
    // The cards come first in the tab order, before the filters (they are made after them): after
    // the last widget outside this tab that precedes the filters (the tab bar, in the window), then
    // the tab's own chain again, so Tab reads top to bottom however often the cards are remade.
    // Alone in its window (tests), the chain is this tab's only: the cards go right before the filters.
    const auto anchor = [this](bool leaveTab) {
        QWidget* w = m_severity->previousInFocusChain();
        for (int guard = 0; w && w != m_severity && guard < 1000; ++guard) {
            if (leaveTab ? !isAncestorOf(w) : !qobject_cast<AuditAreaCard*>(w))
                return w;
            w = w->previousInFocusChain();
        }
        return static_cast<QWidget*>(nullptr);
    };
    QWidget* before = anchor(true);
    if (!before)
        before = anchor(false);
    if (before) {
        for (AuditAreaCard* card : m_cards->cards()) {
            QWidget::setTabOrder(before, card);
            before = card;
        }
        QWidget::setTabOrder(before, m_severity);
        setTabOrderChain({m_severity, m_area, m_export, m_table, m_changes});
    }
    m_model->setFindings(m_report.findings);
    m_table->resizeColumnsToContents();
    m_changes->clear();
    m_export->setEnabled(true);
    if (!outcome.historyError.isEmpty()) {
        m_changes->addItem(tr("The history could not be used: %1").arg(outcome.historyError));
        m_changes->item(0)->setIcon(SeverityStyle::icon(Severity::Warning));
    }
    if (m_historyPath.isEmpty()) {
        m_changes->addItem(tr("No history is kept (Settings → Audit history)."));
    } else if (m_report.cancelled) {
        m_changes->addItem(tr("The audit was cancelled, so it was not stored or compared."));
    } else if (outcome.baseline.isEmpty()) {
        if (outcome.historyError.isEmpty())
            m_changes->addItem(
                m_report.staged
                    ? tr("No earlier live audit of this domain to compare the staged one with.")
                    : tr("No earlier audit of this domain: this one is the first in the history."));
    } else {
        m_changes->addItem(outcome.baseline);
        QFont bold = m_changes->font();
        bold.setBold(true);
        m_changes->item(m_changes->count() - 1)->setFont(bold);
        m_changes->addItems(outcome.changes);
        if (outcome.changes.size() <= 1) // only the grade line
            m_changes->addItem(tr("No finding and no record changed."));
    }
    Q_EMIT statusMessage(
        tr("%1: grade %2, %3 finding(s)").arg(m_report.domain, m_report.grade).arg(m_report.findings.size()));
    if (!outcome.historyPath.isEmpty())
        Q_EMIT auditStored(m_report.domain, outcome.historyPath);
}

std::expected<void, QString> AuditOverviewTab::exportTo(const QString& path) const {
    if (m_report.domain.isEmpty())
        return std::unexpected(tr("There is no audit to export yet."));
    AuditDocumentOptions document;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool isDocument = suffix == QLatin1String("pdf") || suffix.startsWith(QLatin1String("htm"));
    if (m_senderSections && isDocument)
        document.senders = m_senderSections({m_report.domain});
    return AuditExportWriter::write({m_report}, path, document);
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
