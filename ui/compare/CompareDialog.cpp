#include "CompareDialog.h"

#include "audit/AuditRunnerHandle.h"

#include "ConfigComparisonModel.h"
#include "SeverityStyle.h"
#include "audit/AuditRunner.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

CompareDialog::CompareDialog(std::function<ResolverPlan()> planSource, QWidget* parent)
    : QDialog(parent)
    , m_planSource(std::move(planSource))
    , m_domainA(new QLineEdit(this))
    , m_domainB(new QLineEdit(this))
    , m_map(new QLineEdit(this))
    , m_transport(new QCheckBox(tr("Include &MX, MTA-STS and TLS-RPT"), this))
    , m_start(new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Co&mpare"), this))
    , m_cancel(new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Ca&ncel"), this))
    , m_progress(new QProgressBar(this))
    , m_verdict(new QLabel(this))
    , m_differencesOnly(new QCheckBox(tr("Show &differences only"), this))
    , m_model(new ConfigComparisonModel(this))
    , m_table(new QTableView(this))
    , m_why(new QLabel(this))
    , m_status(new QLabel(this))
    , m_watcher(new QFutureWatcher<Outcome>(this)) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare two domains"));
    setSizeGripEnabled(true);

    m_domainA->setObjectName(QStringLiteral("compareDomainA"));
    m_domainA->setPlaceholderText(tr("staging.example.com"));
    m_domainA->setAccessibleName(tr("Domain A (for example staging)"));
    m_domainB->setObjectName(QStringLiteral("compareDomainB"));
    m_domainB->setPlaceholderText(tr("example.com"));
    m_domainB->setAccessibleName(tr("Domain B (for example production)"));
    m_map->setObjectName(QStringLiteral("compareMap"));
    m_map->setPlaceholderText(tr("staging.example.com=example.com"));
    m_map->setAccessibleName(tr("Expected differences in names"));
    m_map->setToolTip(tr("Names on A's side that stand for names on B's side, as FROM=TO; several separated "
                         "by commas or spaces. They are rewritten before comparing, so that only unexpected "
                         "differences remain."));
    m_transport->setObjectName(QStringLiteral("compareTransport"));
    m_transport->setChecked(true);
    m_start->setObjectName(QStringLiteral("compareStart"));
    m_start->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("compareCancel"));
    m_progress->setObjectName(QStringLiteral("compareProgress"));
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_progress->setRange(0, 2);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Not started"));
    m_verdict->setObjectName(QStringLiteral("compareVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_differencesOnly->setObjectName(QStringLiteral("compareDifferencesOnly"));

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Both sides per area"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ConfigComparisonModel::AreaColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConfigComparisonModel::ItemColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ConfigComparisonModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConfigComparisonModel::AColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConfigComparisonModel::BColumn, QHeaderView::Stretch);
    header->resizeSection(ConfigComparisonModel::ItemColumn, 260);
    m_why->setObjectName(QStringLiteral("compareWhy"));
    m_why->setWordWrap(true);
    m_why->setMinimumHeight(m_why->fontMetrics().lineSpacing() * 2);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Domain &A (staging):"), m_domainA);
    form->addRow(tr("Domain &B (production):"), m_domainB);
    form->addRow(tr("Name &map (optional):"), m_map);
    auto* run = new QHBoxLayout;
    run->addWidget(m_transport);
    run->addStretch(1);
    run->addWidget(m_start);
    run->addWidget(m_cancel);
    auto* tableHeader = new QHBoxLayout;
    tableHeader->addWidget(m_verdict, 1);
    tableHeader->addWidget(m_differencesOnly);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(run);
    layout->addWidget(m_progress);
    layout->addLayout(tableHeader);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_why);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &CompareDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &CompareDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_domainA, &QLineEdit::textChanged, this, &CompareDialog::updateInputs);
    connect(m_domainB, &QLineEdit::textChanged, this, &CompareDialog::updateInputs);
    connect(m_domainA, &QLineEdit::returnPressed, this, &CompareDialog::start);
    connect(m_domainB, &QLineEdit::returnPressed, this, &CompareDialog::start);
    connect(m_map, &QLineEdit::returnPressed, this, &CompareDialog::start);
    connect(m_differencesOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setDifferencesOnly(only);
        selectFirstDifference();
        showWhy();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompareDialog::showWhy);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareDialog::showWhy);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_watcher->property("generation").toULongLong() == m_generation)
            finish(m_watcher->result());
    });

    resize(1000, 680);
    setRunning(false);
    m_verdict->setText(tr("Enter two domains, then compare."));
    m_status->setText(tr("Both domains are audited (SPF, DMARC, DKIM and, if checked, MX, MTA-STS and "
                         "TLS-RPT) and compared item by item, not as text."));
}

CompareDialog::~CompareDialog() {
    // The worker reads the job and posts to this dialog: let it end first. Cancelled lookups
    // answer at once, so this wait is short.
    if (m_job)
        m_job->cancel();
    m_watcher->waitForFinished();
}

void CompareDialog::closeEvent(QCloseEvent* event) {
    cancel();
    QDialog::closeEvent(event);
}

void CompareDialog::setDomains(const QString& a, const QString& b, const QString& map) {
    m_domainA->setText(a);
    m_domainB->setText(b);
    m_map->setText(map);
}

void CompareDialog::updateInputs() {
    m_start->setEnabled(!m_running && !m_domainA->text().trimmed().isEmpty() &&
                        !m_domainB->text().trimmed().isEmpty());
}

bool CompareDialog::start() {
    if (m_running)
        return false;
    QStringList domains;
    for (QLineEdit* edit : {m_domainA, m_domainB}) {
        const auto name = DnsName::fromUserInput(edit->text().trimmed());
        if (!name) {
            m_status->setText(
                tr("✖ “%1” is not a domain name: %2").arg(edit->text().trimmed(), name.error()));
            edit->setFocus();
            return false;
        }
        domains << name->ace();
    }
    ConfigNameMap map;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& rule : m_map->text().split(separators, Qt::SkipEmptyParts))
        if (auto added = map.add(rule); !added) {
            m_status->setText(QStringLiteral("✖ ") + added.error());
            m_map->setFocus();
            return false;
        }

    ResolverPlan plan = m_planSource ? m_planSource() : ResolverPlan{};
    plan.domains = domains;
    const std::shared_ptr<Resolver> resolver = m_resolver;
    AuditRunOptions options;
    options.concurrency = 2;
    options.checks = ConfigComparison::auditChecks(m_transport->isChecked());
    if (m_netSource)
        options.checkOptions.net = m_netSource();
    options.checkOptions.net.offline = options.checkOptions.net.offline || plan.offline();

    ++m_generation;
    const quint64 generation = m_generation;
    m_job = std::make_shared<AuditRunnerHandle>();
    m_model->clear();
    m_progress->setRange(0, 2);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m domains audited"));
    m_verdict->setText(tr("Auditing %1 and %2…").arg(domains.at(0), domains.at(1)));
    m_status->clear();
    setRunning(true);

    m_watcher->setProperty("generation", QVariant::fromValue(generation));
    m_watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [this, job = m_job, plan, resolver,
                                                                     options, domains, map, generation] {
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
        AuditRunOptions runOptions = options;
        if (auto trusted = plan.trust.apply(runOptions); !trusted) { // Settings → DNS trust
            out.trustError = trusted.error();
            return out;
        }
        AuditRunner runner(stack, runOptions);
        // Progress through the dialog's thread; a superseded run's signals are dropped there.
        QObject::connect(&runner, &AuditRunner::domainFinished, this,
                         [this, generation](int done, int total, const AuditReport&) {
                             if (generation != m_generation)
                                 return;
                             m_progress->setRange(0, total);
                             m_progress->setValue(done);
                         });
        job->attach(&runner);
        const QList<AuditReport> reports = runner.run(domains);
        job->attach(nullptr);
        if (job->isCancelled() || reports.size() != 2 || reports.at(0).cancelled || reports.at(1).cancelled) {
            out.cancelled = true;
            return out;
        }
        out.comparison = ConfigComparison::compare(reports.at(0), reports.at(1), map);
        return out;
    }));
    return true;
}

void CompareDialog::cancel() {
    if (!m_running || !m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the DNS questions in flight stop."));
}

void CompareDialog::finish(const Outcome& outcome) {
    setRunning(false);
    if (!outcome.error.isEmpty() || !outcome.trustError.isEmpty()) {
        m_progress->setFormat(tr("Not compared"));
        m_verdict->setText(tr("Not compared."));
        m_status->setText(outcome.trustError.isEmpty()
                              ? tr("✖ The resolver could not be set up: %1").arg(outcome.error)
                              : QStringLiteral("✖ ") + outcome.trustError);
        Q_EMIT comparisonFinished();
        return;
    }
    if (outcome.cancelled) {
        m_progress->setFormat(tr("Cancelled"));
        m_verdict->setText(tr("Cancelled: nothing was compared."));
        m_status->setText(tr("Start again to compare the two domains."));
        Q_EMIT comparisonFinished();
        return;
    }
    const ConfigComparison& c = outcome.comparison;
    m_progress->setValue(m_progress->maximum());
    m_progress->setFormat(tr("Both domains audited"));
    m_model->setComparison(c);
    const int differences = int(c.differences().size());
    const QString word = differences == 0
                             ? QStringLiteral("<span style='color:%1'>✔ %2</span>")
                                   .arg(SeverityStyle::okColour().name(), tr("Identical"))
                             : QStringLiteral("<span style='color:%1'>⚠ %2</span>")
                                   .arg(SeverityStyle::colour(Severity::Warning).name(), tr("Differs"));
    const QString detail =
        differences == 0 ? tr("all %n item(s) are the same on both sides", nullptr, int(c.rows().size()))
                         : tr("%1 of %n item(s) differ", nullptr, int(c.rows().size())).arg(differences);
    m_verdict->setText(
        QStringLiteral("<b>%1</b> — %2 (A: %3, B: %4)")
            .arg(word, detail.toHtmlEscaped(), c.domainA().toHtmlEscaped(), c.domainB().toHtmlEscaped()));
    QStringList status;
    if (!c.mapRules().isEmpty())
        status << tr("Names mapped on A: %1.").arg(c.mapRules().join(QStringLiteral(", ")));
    for (const QString& note : c.notes())
        status << tr("Note: %1.").arg(note);
    m_status->setText(status.join(QLatin1Char('\n')));
    selectFirstDifference();
    Q_EMIT comparisonFinished();
}

void CompareDialog::setRunning(bool running) {
    m_running = running;
    m_cancel->setEnabled(running);
    m_domainA->setReadOnly(running);
    m_domainB->setReadOnly(running);
    m_map->setReadOnly(running);
    m_transport->setEnabled(!running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the first domain is done
    } else if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 2); // stopped before any domain was done: no busy animation left
        m_progress->setValue(0);
    }
    updateInputs();
}

void CompareDialog::selectFirstDifference() {
    // The first difference selected, its why shown: the verdict, then the evidence.
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row)->differs) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
}

void CompareDialog::showWhy() {
    const ConfigDifference* d = m_model->rowAt(m_table->currentIndex().row());
    if (!d) {
        // Kept as a line of its own so the table does not jump when a row is selected.
        m_why->setText(m_model->rowCount() > 0 ? tr("Select a row to see why a difference matters.")
                                               : QString());
        return;
    }
    m_why->setText(d->differs ? tr("Why it matters: %1").arg(d->why())
                              : tr("%1 is the same on both sides.").arg(d->item));
}
