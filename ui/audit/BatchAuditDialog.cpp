#include "BatchAuditDialog.h"

#include "AuditExportWriter.h"
#include "AuditRunnerHandle.h"
#include "BatchAuditModel.h"
#include "audit/AuditRunner.h"
#include "audit/DomainListParser.h"
#include "dns/DnsSession.h"
#include "history/AuditDiff.h"
#include "history/AuditHistory.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

BatchAuditDialog::BatchAuditDialog(std::function<ResolverPlan()> planSource, QWidget* parent)
    : QDialog(parent)
    , m_planSource(std::move(planSource))
    , m_input(new QPlainTextEdit(this))
    , m_listSummary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_load(new QPushButton(tr("&Load from file…"), this))
    , m_start(new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Start audit"), this))
    , m_cancel(new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Ca&ncel"), this))
    , m_progress(new QProgressBar(this))
    , m_filterText(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_model(new BatchAuditModel(this))
    , m_filter(new BatchAuditFilter(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_watcher(new QFutureWatcher<Outcome>(this)) {
    setObjectName(QStringLiteral("batchAuditDialog"));
    setWindowTitle(tr("Batch audit"));
    setSizeGripEnabled(true);

    m_input->setObjectName(QStringLiteral("batchDomains"));
    m_input->setAccessibleName(tr("Domains to audit"));
    m_input->setPlaceholderText(tr("example.com\nexample.org   # a comment\n…"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setTabChangesFocus(true);
    m_listSummary->setObjectName(QStringLiteral("batchListSummary"));
    m_problems->setObjectName(QStringLiteral("batchProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problems->setPalette(warn);
    m_load->setObjectName(QStringLiteral("batchLoad"));
    m_load->setToolTip(tr("Read the domains from a text file: one a line, # starts a comment"));

    m_concurrency->setObjectName(QStringLiteral("batchConcurrency"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(AuditRunOptions{}.concurrency);
    m_concurrency->setToolTip(tr("How many domains are audited at the same time"));
    m_timeout->setObjectName(QStringLiteral("batchTimeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(AuditRunOptions{}.domainTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A domain whose checks take longer is stopped and marked timed out"));

    m_start->setObjectName(QStringLiteral("batchStart"));
    m_start->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("batchCancel"));
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setAccessibleName(tr("Batch progress"));
    m_progress->setFormat(tr("No batch started yet"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    m_filterText->setObjectName(QStringLiteral("batchFilter"));
    m_filterText->setPlaceholderText(tr("Filter domains"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setAccessibleName(tr("Filter the domains"));
    m_show->setObjectName(QStringLiteral("batchShow"));
    m_show->setAccessibleName(tr("Show domains"));
    m_show->addItem(tr("All domains"), int(BatchAuditFilter::Show::All));
    m_show->addItem(tr("Grade C or worse"), int(BatchAuditFilter::Show::NeedsWork));
    m_show->addItem(tr("Not audited (timed out, cancelled, DNS failure)"),
                    int(BatchAuditFilter::Show::NotAudited));

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setToolTip(
        tr("Double-click a domain, or select it and press Enter, to open it in the main window"));
    m_table->setAccessibleName(tr("Grades per domain"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the list's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BatchAuditModel::DomainColumn, QHeaderView::Stretch);
    for (int c = BatchAuditModel::GradeColumn; c < BatchAuditModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("batchExport"));
    m_export->setToolTip(tr("Save the finished audits as PDF, HTML, JSON, CSV, SARIF or JUnit XML"));

    // Layout: the list and its options on top, the run row, then the results.
    auto* listPanel = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* listLabel = new QLabel(tr("&Domains to audit, one a line (# starts a comment):"), listPanel);
    listLabel->setBuddy(m_input);
    auto* listHeader = new QHBoxLayout;
    listHeader->addWidget(listLabel, 1);
    listHeader->addWidget(m_load);
    listLayout->addLayout(listHeader);
    listLayout->addWidget(m_input, 1);
    listLayout->addWidget(m_listSummary);
    listLayout->addWidget(m_problems);

    auto* options = new QHBoxLayout;
    auto* concurrencyLabel = new QLabel(tr("Domains at &once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    auto* timeoutLabel = new QLabel(tr("&Time bound per domain:"), this);
    timeoutLabel->setBuddy(m_timeout);
    options->addWidget(concurrencyLabel);
    options->addWidget(m_concurrency);
    options->addSpacing(12);
    options->addWidget(timeoutLabel);
    options->addWidget(m_timeout);
    options->addStretch(1);
    options->addWidget(m_start);
    options->addWidget(m_cancel);

    auto* resultsPanel = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_progress);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_show);
    resultsLayout->addLayout(filterRow);
    resultsLayout->addWidget(m_table, 1);
    resultsLayout->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(listPanel, 1);
    topLayout->addLayout(options);
    splitter->addWidget(top);
    splitter->addWidget(resultsPanel);
    // Room for a pasted list of a dozen names; the results get the rest.
    splitter->setSizes({260, 380});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_input, &QPlainTextEdit::textChanged, this, &BatchAuditDialog::updateListSummary);
    connect(m_load, &QPushButton::clicked, this, &BatchAuditDialog::loadWithDialog);
    connect(m_start, &QPushButton::clicked, this, &BatchAuditDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &BatchAuditDialog::cancel);
    connect(m_export, &QPushButton::clicked, this, &BatchAuditDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterText, &QLineEdit::textChanged, m_filter, &BatchAuditFilter::setText);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(BatchAuditFilter::Show(m_show->currentData().toInt())); });
    // Activated: a double-click, or Enter on the selected row (keyboard first).
    connect(m_table, &QTableView::activated, this, &BatchAuditDialog::openRow);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_watcher->property("generation").toULongLong() == m_generation)
            finish(m_watcher->result());
    });

    resize(820, 640);
    updateListSummary();
    setRunning(false);
    m_status->setText(tr("Paste or load a list of domains, then start the audit."));
}

BatchAuditDialog::~BatchAuditDialog() {
    // The worker connects to this dialog and reads its job: let it end first. Cancelled
    // lookups answer at once, so this wait is short.
    if (m_job)
        m_job->cancel();
    m_watcher->waitForFinished();
}

void BatchAuditDialog::setDomainText(const QString& text) {
    m_input->setPlainText(text);
}

bool BatchAuditDialog::loadDomainsFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Domain list not loaded"),
                             tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    m_input->setPlainText(QString::fromUtf8(file.readAll()));
    return true;
}

void BatchAuditDialog::loadWithDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a domain list"), QString(),
                                                      tr("Text files (*.txt *.list);;All files (*)"));
    if (!path.isEmpty())
        loadDomainsFile(path);
}

void BatchAuditDialog::updateListSummary() {
    const DomainList list = DomainListParser::parse(m_input->toPlainText());
    QString summary = tr("%n domain(s) to audit", nullptr, int(list.domains.size()));
    if (list.duplicates > 0)
        summary += tr("; %n duplicate line(s) counted once", nullptr, list.duplicates);
    m_listSummary->setText(summary + QLatin1Char('.'));
    QStringList lines;
    for (const DomainListProblem& p : list.problems)
        lines << tr("line %1: “%2” is not a domain name (%3)").arg(p.line).arg(p.text, p.reason);
    const int shown = 5; // enough to fix the list; the rest are counted
    QString problems;
    if (!lines.isEmpty()) {
        problems = tr("✖ %n line(s) will be skipped:", nullptr, int(lines.size())) + QLatin1Char('\n') +
                   lines.mid(0, shown).join(QLatin1Char('\n'));
        if (lines.size() > shown)
            problems += QLatin1Char('\n') + tr("… and %n more", nullptr, int(lines.size() - shown));
    }
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    m_start->setEnabled(!m_running && !list.domains.isEmpty());
}

bool BatchAuditDialog::start() {
    if (m_running)
        return false;
    const DomainList list = DomainListParser::parse(m_input->toPlainText());
    if (list.domains.isEmpty()) {
        m_status->setText(tr("There is no valid domain name in the list: nothing was audited."));
        return false;
    }
    ResolverPlan plan = m_planSource ? m_planSource() : ResolverPlan{};
    plan.domains = list.domains; // where relative names of a staged Terraform plan belong
    const std::shared_ptr<Resolver> resolver = m_resolver;
    AuditRunOptions options;
    options.concurrency = m_concurrency->value();
    options.domainTimeoutMs = m_timeout->value() * 1000;
    if (m_netSource)
        options.checkOptions.net = m_netSource();
    options.checkOptions.net.offline = options.checkOptions.net.offline || plan.offline();
    const QString historyPath = m_historyPath;
    const QStringList domains = list.domains;

    ++m_generation;
    const quint64 generation = m_generation;
    m_job = std::make_shared<AuditRunnerHandle>();
    m_model->setDomains(domains);
    m_progress->setFormat(tr("%v of %m domains"));
    m_progress->setRange(0, int(domains.size()));
    m_progress->setValue(0);
    m_trend = {};
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    setRunning(true);
    m_status->setText(tr("Auditing %n domain(s)…", nullptr, int(domains.size())));

    m_watcher->setProperty("generation", QVariant::fromValue(generation));
    m_watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [this, job = m_job, plan, resolver,
                                                                     options, historyPath, domains,
                                                                     generation] {
        Outcome out;
        std::shared_ptr<Resolver> stack = resolver;
        if (!stack) {
            auto built = plan.build();
            if (!built) {
                out.error = built.error();
                return out;
            }
            stack = *built;
        }
        std::unique_ptr<AuditHistory> history;
        if (!historyPath.isEmpty()) {
            if (auto db = HistoryDatabase::open(historyPath); !db) {
                out.historyError = db.error();
            } else if (auto opened = AuditHistory::open(*db); !opened) {
                out.historyError = opened.error();
            } else {
                history = std::move(*opened);
            }
        }
        AuditRunOptions runOptions = options;
        if (auto trusted = plan.trust.apply(runOptions); !trusted) { // Settings → DNS trust
            out.error = trusted.error();
            return out;
        }
        if (history)
            runOptions.keyFirstSeen = [h = history.get()](const QString& d) { return h->keyFirstSeen(d); };
        AuditRunner runner(stack, runOptions);
        // Queued to the dialog's thread; a row of a superseded batch is dropped there.
        connect(
            &runner, &AuditRunner::domainFinished, this,
            [this, generation](int done, int total, const AuditReport& report) {
                if (generation == m_generation)
                    domainDone(done, total, report);
            },
            Qt::QueuedConnection);
        job->attach(&runner);
        out.reports = runner.run(domains);
        job->attach(nullptr);
        if (history) {
            for (AuditReport& r : out.reports) {
                if (r.cancelled)
                    continue; // a partial audit is no evidence of anything
                auto baseline = history->baseline(r.domain, QStringLiteral("last"), r.startedAt);
                if (baseline && *baseline)
                    r.diff = AuditDiff::compare(**baseline, r);
                if (auto stored = history->store(r); stored)
                    ++out.stored;
                else
                    out.historyError = stored.error();
            }
            if (auto trend = history->quarterlyTrend(domains); trend)
                out.trend = *trend;
        }
        return out;
    }));
    return true;
}

void BatchAuditDialog::cancel() {
    if (!m_running || !m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the domains being audited stop, those not started are not asked."));
}

void BatchAuditDialog::domainDone(int done, int total, const AuditReport& report) {
    m_model->setReport(report);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    // The rate so far and the time left at that rate, once a domain is done.
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    if (done > 0 && seconds > 0 && m_running) {
        const double rate = double(done) / seconds;
        const qint64 left = qint64(double(total - done) / rate + 0.5);
        m_progress->setFormat(tr("%v of %m domains, %1 a second, about %2:%3 left")
                                  .arg(rate, 0, 'f', rate < 10 ? 1 : 0)
                                  .arg(left / 60)
                                  .arg(left % 60, 2, 10, QLatin1Char('0')));
    }
}

void BatchAuditDialog::finish(const Outcome& outcome) {
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    setRunning(false);
    m_progress->setFormat(tr("%v of %m domains")); // no rate or time left once it is over
    if (!outcome.error.isEmpty()) {
        m_model->markWaitingCancelled();
        m_status->setText(tr("Not audited: %1").arg(outcome.error));
        QMessageBox::warning(this, tr("Batch audit not started"), outcome.error);
        Q_EMIT batchFinished();
        return;
    }
    // The final reports carry what the rows could not yet: history ids and diffs.
    for (const AuditReport& r : outcome.reports)
        m_model->setReport(r);
    m_model->markWaitingCancelled();
    m_progress->setValue(m_progress->maximum());
    m_trend = outcome.trend;

    using Status = BatchAuditModel::Status;
    QMap<QString, int> grades;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->statusAt(row) != Status::Cancelled && m_model->reportAt(row))
            ++grades[m_model->reportAt(row)->grade];
    QStringList parts;
    for (auto it = grades.constBegin(); it != grades.constEnd(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key()).arg(*it);
    const int audited = m_model->rowCount() - m_model->count(Status::Cancelled);
    QString text = tr("%1 of %n domain(s) audited in %2 s", nullptr, m_model->rowCount())
                       .arg(audited)
                       .arg(double(ms) / 1000.0, 0, 'f', 1);
    if (!parts.isEmpty())
        text += tr("; grades %1").arg(parts.join(QStringLiteral(", ")));
    if (const int n = m_model->count(Status::Cancelled); n > 0)
        text += tr("; cancelled: %1").arg(n);
    if (const int n = m_model->count(Status::TimedOut); n > 0)
        text += tr("; timed out: %1").arg(n);
    if (const int n = m_model->count(Status::DnsFailure); n > 0)
        text += tr("; DNS failure: %1").arg(n);
    text += QLatin1Char('.');
    if (outcome.stored > 0)
        text += QLatin1Char(' ') + tr("Stored in the history: %n audit(s).", nullptr, outcome.stored);
    if (!outcome.historyError.isEmpty())
        text += QLatin1Char(' ') + tr("History not written: %1").arg(outcome.historyError);
    text += QLatin1Char(' ') + tr("Double-click a domain to open it in the main window.");
    m_status->setText(text);
    Q_EMIT batchFinished();
}

void BatchAuditDialog::setRunning(bool running) {
    m_running = running;
    m_cancel->setEnabled(running);
    m_input->setReadOnly(running);
    m_load->setEnabled(!running);
    m_concurrency->setEnabled(!running);
    m_timeout->setEnabled(!running);
    m_export->setEnabled(!running && !m_model->finishedReports().isEmpty());
    updateListSummary(); // enables Start
}

std::expected<void, QString> BatchAuditDialog::exportTo(const QString& path) const {
    AuditDocumentOptions options;
    options.trend = m_trend;
    return AuditExportWriter::write(m_model->finishedReports(), path, options);
}

void BatchAuditDialog::exportWithDialog() {
    const QString path =
        AuditExportWriter::askPath(this, tr("Export the batch audit"), QStringLiteral("batch-audit.pdf"));
    if (path.isEmpty())
        return;
    // A PDF of hundreds of domains takes a few seconds on the UI thread (its chart is a widget).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto done = exportTo(path);
    QApplication::restoreOverrideCursor();
    if (!done)
        QMessageBox::warning(this, tr("Export failed"), done.error());
    else
        m_status->setText(
            tr("Exported %n audit(s) to %1", nullptr, int(m_model->finishedReports().size())).arg(path));
}

void BatchAuditDialog::openRow(const QModelIndex& index) {
    const int row = m_filter->mapToSource(index).row();
    const AuditReport* report = m_model->reportAt(row);
    if (!report || m_model->statusAt(row) == BatchAuditModel::Status::Cancelled) {
        m_status->setText(tr("%1 has no finished audit to show.").arg(m_model->domainAt(row)));
        return;
    }
    Q_EMIT showDomain(*report);
}

void BatchAuditDialog::closeEvent(QCloseEvent* event) {
    // Closing only hides the dialog: a running batch goes on, File → Batch audit shows it again.
    QDialog::closeEvent(event);
}
