#include "DeliverabilityTab.h"

#include "AppSettings.h"
#include "KeychainCredentialStore.h"
#include "SeedListPanel.h"
#include "SeedPasswordCollector.h"
#include "SeedPlacementChart.h"
#include "SeedPlacementStyle.h"
#include "SeedRunStore.h"
#include "SeedVerdictHtml.h"
#include "seed/ImapSeedProbe.h"
#include "seed/SeedTestMessage.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
enum ProgressColumn { ProgressSeed, ProgressElapsed, ProgressState };
enum PlacementColumn { PlacementSeed, PlacementWord, PlacementSeconds, PlacementFolder, PlacementDetail };
constexpr int WaitingRole = Qt::UserRole;

QTableWidget* makeTable(QWidget* parent, const QString& name, const QString& accessible,
                        const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

} // namespace

DeliverabilityTab::DeliverabilityTab(AppSettings* settings, std::function<QString()> historyPath,
                                     std::function<NetPlan()> netPlan, QWidget* parent)
    : AuditTab(parent)
    , m_settings(settings)
    , m_historyPath(std::move(historyPath))
    , m_netPlan(std::move(netPlan))
    , m_factory([](const NetOptions& net) { return std::make_unique<ImapSeedProbe>(net); })
    , m_headline(new QLabel(this))
    , m_keyringNotice(new QLabel(this))
    , m_list(new SeedListPanel(this))
    , m_wait(new QSpinBox(this))
    , m_poll(new QSpinBox(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_runStatus(new QLabel(this))
    , m_progress(makeTable(this, QStringLiteral("seedProgress"), tr("Progress per seed"),
                           {tr("Seed"), tr("Elapsed"), tr("State")}))
    , m_placement(makeTable(this, QStringLiteral("seedPlacement"), tr("Placement per seed"),
                            {tr("Seed"), tr("Placement"), tr("Arrival"), tr("Folder"), tr("Detail")}))
    , m_findingsBox(new QGroupBox(tr("Findings"), this))
    , m_detail(new QTextBrowser(this))
    , m_findings(new QTextBrowser(this))
    , m_chart(new SeedPlacementChart(this))
    , m_elapsed(new QTimer(this)) {
    setObjectName(QStringLiteral("deliverabilityTab"));
    m_pool.setMaxThreadCount(2);
    m_headline->setObjectName(QStringLiteral("deliverabilityHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_keyringNotice->setObjectName(QStringLiteral("keyringNotice"));
    m_keyringNotice->setWordWrap(true);
    m_keyringNotice->hide();
    m_wait->setObjectName(QStringLiteral("seedWait"));
    m_wait->setRange(0, 86400);
    m_wait->setValue(300); // the CLI's --wait default
    m_wait->setSuffix(tr(" s"));
    m_wait->setAccessibleName(tr("Waiting time"));
    m_poll->setObjectName(QStringLiteral("seedPoll"));
    m_poll->setRange(1, 86400);
    m_poll->setValue(5); // the CLI's --poll default
    m_poll->setSuffix(tr(" s"));
    m_poll->setAccessibleName(tr("Time between two looks"));
    m_run->setObjectName(QStringLiteral("seedRun"));
    m_cancel->setObjectName(QStringLiteral("seedCancel"));
    m_cancel->setEnabled(false);
    m_runStatus->setObjectName(QStringLiteral("seedRunStatus"));
    m_runStatus->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("seedVerdicts"));
    m_detail->setAccessibleName(tr("Verdicts of the selected seed"));
    m_findings->setObjectName(QStringLiteral("seedFindings"));
    m_findings->setAccessibleName(tr("Findings of the run"));
    auto* findingsLayout = new QVBoxLayout(m_findingsBox);
    findingsLayout->addWidget(m_findings);

    auto* seedsBox = new QGroupBox(tr("Seed mailboxes"), this);
    auto* seedsLayout = new QVBoxLayout(seedsBox);
    seedsLayout->addWidget(m_list);
    auto* testBox = new QGroupBox(tr("Test message"), this);
    auto* times = new QFormLayout;
    times->addRow(tr("&Wait up to:"), m_wait);
    times->addRow(tr("&Look every:"), m_poll);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* testLayout = new QVBoxLayout(testBox);
    testLayout->addLayout(times);
    testLayout->addLayout(buttons);
    testLayout->addWidget(m_runStatus);
    testLayout->addWidget(m_progress, 1);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(seedsBox);
    top->addWidget(testBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_placement);
    // The selected seed's verdicts beside the run's findings: both in view, both reached by Tab.
    auto* verdictsBox = new QGroupBox(tr("Verdicts of the selected seed"), this);
    auto* verdictsLayout = new QVBoxLayout(verdictsBox);
    verdictsLayout->addWidget(m_detail);
    auto* texts = new QSplitter(Qt::Horizontal, this);
    texts->addWidget(verdictsBox);
    texts->addWidget(m_findingsBox);
    texts->setStretchFactor(0, 3);
    texts->setStretchFactor(1, 2);
    results->addWidget(texts);
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);
    m_findingsBox->hide(); // until a run has findings to list: the explanation gets the room
    auto* historyBox = new QGroupBox(tr("History"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_chart);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(results);
    bottom->addWidget(historyBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_keyringNotice);
    layout->addWidget(vertical, 1);
    // Reading order: the seeds (left), the test (right), then the results below.
    QList<QWidget*> chain = m_list->focusChain();
    chain << m_wait << m_poll << m_run << m_cancel << m_progress << m_placement << m_detail << m_findings;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    if (m_settings)
        m_list->setList(SeedListSettings::fromJson(m_settings->seedList()));
    connect(m_list, &SeedListPanel::listChanged, this, &DeliverabilityTab::saveList);
    connect(m_list, &SeedListPanel::passwordEntered, this, &DeliverabilityTab::storePassword);
    connect(m_list, &SeedListPanel::passwordRemoved, this, &DeliverabilityTab::forgetPassword);
    connect(m_run, &QPushButton::clicked, this, &DeliverabilityTab::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &DeliverabilityTab::cancelRun);
    connect(m_placement, &QTableWidget::itemSelectionChanged, this, &DeliverabilityTab::showSeed);
    connect(m_elapsed, &QTimer::timeout, this, &DeliverabilityTab::tickElapsed);
    m_elapsed->setInterval(1000);

    // The desktop keyring, unless a store is given before the event loop runs (the tests').
    QTimer::singleShot(0, this, [this] {
        if (!m_store)
            setCredentialStore(nullptr);
    });
    setRunningUi(false);
    updateHeadline();
    m_detail->setHtml(emptyText());
    m_chart->setRuns({}, chartEmptyText());
}

DeliverabilityTab::~DeliverabilityTab() {
    if (m_seedRun)
        m_seedRun->cancel();
    m_pool.waitForDone();
}

void DeliverabilityTab::setCredentialStore(SeedCredentialStore* store) {
    if (!store && !m_ownStore)
        m_ownStore = std::make_unique<KeychainCredentialStore>();
    m_store = store ? store : m_ownStore.get();
    m_keyringAvailable = true;
    m_keyringNotice->hide();
    // Asks once whether there is a keyring at all: no Secret Service (CI, Xvfb) says so plainly.
    QPointer<DeliverabilityTab> guard(this);
    m_store->read(QStringLiteral("availability-check"), [guard](const SeedCredentialStore::Reply& reply) {
        // A keyring that cannot even say "no such entry" is of no use for this session.
        if (guard && reply.status != SeedCredentialStore::Status::Ok &&
            reply.status != SeedCredentialStore::Status::NotFound)
            guard->setKeyringAvailable(false, reply.error);
    });
}

void DeliverabilityTab::setKeyringAvailable(bool available, const QString& why) {
    m_keyringAvailable = available;
    m_list->setKeyringAvailable(available);
    m_keyringNotice->setVisible(!available);
    if (!available)
        m_keyringNotice->setText(
            tr("No desktop keyring is available: Mailsight does not store the seeds' passwords; it asks for "
               "them before each run and forgets them when the run ends.") +
            (why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
}

QString DeliverabilityTab::notice() const {
    return m_keyringNotice->isVisible() || !m_keyringAvailable ? m_keyringNotice->text() : QString();
}

void DeliverabilityTab::saveList() {
    if (m_settings) {
        m_settings->setSeedList(m_list->list().toJson());
        m_settings->sync();
    }
    setRunningUi(isRunning());
}

void DeliverabilityTab::storePassword(const QString& key, const QString& password) {
    if (!m_store)
        setCredentialStore(nullptr);
    if (!m_keyringAvailable) {
        m_runPasswords.insert(key, password);
        return;
    }
    QPointer<DeliverabilityTab> guard(this);
    m_store->write(key, password, [guard, key, password](const SeedCredentialStore::Reply& reply) {
        if (!guard || reply.status == SeedCredentialStore::Status::Ok)
            return;
        // Not in the keyring: kept for the next run only.
        guard->m_runPasswords.insert(key, password);
        if (reply.status == SeedCredentialStore::Status::Unavailable)
            guard->setKeyringAvailable(false, reply.error);
        else
            Q_EMIT guard->statusMessage(reply.error);
    });
}

void DeliverabilityTab::forgetPassword(const QString& key) {
    m_runPasswords.remove(key);
    if (m_keyringAvailable && m_store)
        m_store->remove(key, {});
}

void DeliverabilityTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session,
                                   quint64 generation) {
    // Nothing is sent here: sending mail is the user's own action. The domain's history is shown.
    const bool changed = domain != m_domain;
    m_domain = domain;
    if (changed)
        clearResults();
    m_session = std::move(session);
    updateHeadline();
    loadHistory();
    QTimer::singleShot(0, this, [this, generation] { Q_EMIT finished(generation); });
}

void DeliverabilityTab::clearResults() {
    if (isRunning())
        return; // the run's rows stay until it ends
    m_placement->setRowCount(0);
    m_progress->setRowCount(0);
    m_findings->clear();
    m_detail->setHtml(emptyText());
    m_findingsBox->setTitle(tr("Findings"));
    m_findingsBox->hide();
}

void DeliverabilityTab::updateHeadline() {
    m_headline->setText(m_domain.isEmpty()
                            ? tr("Where do the big mailbox providers put your mail? Seed mailboxes tell.")
                            : tr("Where do the big mailbox providers put mail from %1?").arg(m_domain));
}

QString DeliverabilityTab::emptyText() const {
    QString text =
        tr("<p><b>Seed mailboxes</b> are mailboxes you own at the providers your recipients use (Gmail, "
           "Outlook, Yahoo, your own server). Mailsight sends a test message through your submission server "
           "to each of them, then looks over IMAP where it landed: inbox, spam, another folder, or nowhere; "
           "and compares the receiver's verdict with its own.</p>"
           "<p>Add a seed with <b>Add seed…</b> (IMAP server, user, address; the password goes to the "
           "desktop keyring), give your <b>Submission server…</b>, then press <b>Send test and check</b>. "
           "If your own system sends the message, tick <b>Only watch</b> and give its token.</p>");
    if (!m_domain.isEmpty())
        text += tr("<p>No seed run of %1 is stored yet: nothing is sent until you ask.</p>")
                    .arg(m_domain.toHtmlEscaped());
    return text;
}

QString DeliverabilityTab::chartEmptyText() const {
    return m_domain.isEmpty()
               ? tr("Where each seed put the test message, run after run, appears here once a "
                    "domain is audited and a seed run is stored.")
               : tr("No seed run of %1 is stored yet. Where each seed put the test message, run "
                    "after run, appears here.")
                     .arg(m_domain.toHtmlEscaped());
}

QString DeliverabilityTab::runDomain() const {
    if (!m_domain.isEmpty())
        return m_domain.toLower();
    const SeedListSettings& list = m_list->list();
    if (list.watchOnly)
        return {};
    const qsizetype at = list.submission.from.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : list.submission.from.mid(at + 1).toLower();
}

void DeliverabilityTab::setRunningUi(bool running) {
    const SeedListSettings& list = m_list->list();
    m_run->setText(list.watchOnly ? tr("Check &only") : tr("&Send test and check"));
    m_run->setToolTip(list.watchOnly ? tr("Look into every seed for the message your own system sends")
                                     : tr("Send the test message through your submission server, then "
                                          "look where each seed put it"));
    m_run->setEnabled(!running && !list.seeds.isEmpty());
    m_cancel->setEnabled(running);
    m_wait->setEnabled(!running);
    m_poll->setEnabled(!running);
    m_list->setRunning(running);
}

void DeliverabilityTab::startRun() {
    if (isRunning())
        return;
    const SeedListSettings& list = m_list->list();
    auto refuse = [this](const QString& why) {
        m_runStatus->setText(why);
        Q_EMIT statusMessage(why);
    };
    if (list.seeds.isEmpty())
        return refuse(tr("Add a seed mailbox first."));
    SeedRun::Options options;
    options.send = !list.watchOnly;
    options.waitSeconds = m_wait->value();
    options.pollIntervalMs = m_poll->value() * 1000;
    if (list.watchOnly) {
        options.token = m_list->token().toLatin1();
        if (!SeedTestMessage::isToken(options.token))
            return refuse(tr("Give the token your own system puts in its message: 8 to 64 letters, digits "
                             "and '-'."));
    } else if (!list.submission.configured()) {
        return refuse(tr("Give your submission server first (Submission server…), or only watch."));
    }
    if (m_netPlan && m_netPlan().offline)
        return refuse(tr("The demo and offline mode make no connection: seed mailboxes are real IMAP "
                         "accounts. Leave the demo (or offline mode) to use them."));
    SeedConfig config;
    for (const SeedListEntry& e : list.seeds) {
        SeedConfig::Seed seed;
        seed.account.name = e.name;
        seed.account.host = e.host;
        seed.account.port = e.port;
        seed.account.tls = e.tls;
        seed.account.user = e.user;
        seed.address = e.address;
        config.seeds << seed;
    }
    if (options.send) {
        SeedSubmissionServer s;
        s.host = list.submission.host;
        s.port = list.submission.port;
        s.tls = list.submission.tls;
        s.user = list.submission.user;
        s.from = list.submission.from;
        config.submission = s;
    }
    collectPasswords(std::move(config), options);
}

void DeliverabilityTab::collectPasswords(SeedConfig config, SeedRun::Options options) {
    if (!m_store)
        setCredentialStore(nullptr);
    m_run->setEnabled(false);
    m_runStatus->setText(tr("Reading the passwords…"));
    QPointer<DeliverabilityTab> guard(this);
    SeedPasswordCollector::collect(
        {std::move(config), m_store, m_keyringAvailable, m_runPasswords, this},
        [guard](const QString& error) {
            if (guard)
                guard->setKeyringAvailable(false, error);
        },
        [guard, options](std::optional<SeedConfig> ready, const QString& missing) {
            if (!guard)
                return;
            if (!ready) {
                guard->m_runStatus->setText(tr("Not started: no password for %1.").arg(missing));
                guard->setRunningUi(false);
                return;
            }
            guard->launch(*ready, options);
        });
}

void DeliverabilityTab::launch(const SeedConfig& config, const SeedRun::Options& options) {
    NetOptions net;
    if (m_netPlan) {
        auto built = m_netPlan().build();
        if (!built) {
            m_runStatus->setText(built.error());
            setRunningUi(false);
            return;
        }
        net = *built;
    }
    const ProbeFactory factory = m_factory;
    m_seedRun = std::make_shared<SeedRun>(
        config, [factory, net] { return factory(net); }, net, nullptr, m_session);
    const quint64 id = ++m_runId;
    m_result = {};
    m_placement->setRowCount(0);
    m_findings->clear();
    m_progress->setRowCount(0);
    auto addRow = [this](const QString& name) {
        const int r = m_progress->rowCount();
        m_progress->insertRow(r);
        m_progress->setItem(r, ProgressSeed, new QTableWidgetItem(name));
        auto* state = new QTableWidgetItem(SeedPlacementStyle::waitingWord());
        state->setData(WaitingRole, true);
        m_progress->setItem(r, ProgressState, state);
        m_progress->setItem(r, ProgressElapsed, new QTableWidgetItem(tr("%1 s").arg(0)));
    };
    if (options.send)
        addRow(tr("(submission)"));
    for (const SeedConfig::Seed& s : config.seeds)
        addRow(s.account.name);
    m_progress->resizeColumnsToContents();
    m_clock.start();
    m_elapsed->start();
    setRunningUi(true);
    m_runStatus->setText(options.send ? tr("Sending the test message, then looking into %n seed(s)…", nullptr,
                                           int(config.seeds.size()))
                                      : tr("Looking into %n seed(s)…", nullptr, int(config.seeds.size())));
    Q_EMIT statusMessage(m_runStatus->text());

    const QString domain = runDomain();
    const QString path = m_historyPath ? m_historyPath() : QString();
    auto run = m_seedRun;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id != m_runId)
            return;
        showOutcome(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [this, run, options, id, domain, path] {
        Outcome outcome;
        outcome.result = run->run(options, [this, id](const SeedProgress& p) {
            // To the UI thread; `this` outlives the run (the destructor waits for the pool).
            QMetaObject::invokeMethod(
                this, [this, id, p] { onProgress(id, p); }, Qt::QueuedConnection);
        });
        outcome.stored = SeedRunStore::record(path, domain, outcome.result);
        return outcome;
    }));
}

void DeliverabilityTab::onProgress(quint64 run, const SeedProgress& p) {
    if (run != m_runId)
        return;
    const QString name = p.name.isEmpty() ? tr("(submission)") : p.name;
    for (int r = 0; r < m_progress->rowCount(); ++r) {
        if (m_progress->item(r, ProgressSeed)->text() != name)
            continue;
        QTableWidgetItem* state = m_progress->item(r, ProgressState);
        state->setText(SeedPlacementStyle::progressWord(p));
        const bool stillWaiting =
            p.state == SeedProgress::State::Waiting || p.state == SeedProgress::State::Sending;
        state->setData(WaitingRole, stillWaiting);
        if (p.state == SeedProgress::State::Found)
            state->setIcon(SeedPlacementStyle::icon(SeedPlacementStyle::Kind::Good));
        else if (p.state == SeedProgress::State::Failed)
            state->setIcon(SeedPlacementStyle::icon(SeedPlacementStyle::Kind::Failed));
        m_progress->item(r, ProgressElapsed)->setText(tr("%1 s").arg(p.seconds, 0, 'f', 0));
    }
    m_progress->resizeColumnToContents(ProgressSeed);
}

void DeliverabilityTab::tickElapsed() {
    const double seconds = m_clock.elapsed() / 1000.0;
    for (int r = 0; r < m_progress->rowCount(); ++r)
        if (m_progress->item(r, ProgressState)->data(WaitingRole).toBool())
            m_progress->item(r, ProgressElapsed)->setText(tr("%1 s").arg(seconds, 0, 'f', 0));
}

void DeliverabilityTab::cancelRun() {
    if (!m_seedRun)
        return;
    m_seedRun->cancel();
    m_cancel->setEnabled(false);
    m_runStatus->setText(tr("Cancelling…"));
}

void DeliverabilityTab::showOutcome(const Outcome& outcome) {
    m_seedRun.reset();
    m_elapsed->stop();
    m_runPasswords.clear(); // passwords given without a keyring served this run only
    m_result = outcome.result;
    const SeedRunResult& r = m_result;
    for (int row = 0; row < m_progress->rowCount(); ++row) {
        QTableWidgetItem* state = m_progress->item(row, ProgressState);
        if (state->data(WaitingRole).toBool()) {
            state->setData(WaitingRole, false);
            state->setText(r.cancelled ? tr("cancelled") : tr("not found in time"));
            m_progress->item(row, ProgressElapsed)
                ->setText(tr("%1 s").arg(m_clock.elapsed() / 1000.0, 0, 'f', 0));
        }
        // Found in spam is found, but not good: the icon says which.
        for (const SeedResult& seed : r.seeds)
            if (seed.name == m_progress->item(row, ProgressSeed)->text())
                state->setIcon(SeedPlacementStyle::icon(SeedPlacementStyle::kind(seed)));
    }
    m_placement->setRowCount(int(r.seeds.size()));
    for (int row = 0; row < r.seeds.size(); ++row) {
        const SeedResult& s = r.seeds.at(row);
        const auto kind = SeedPlacementStyle::kind(s);
        auto* word = new QTableWidgetItem(SeedPlacementStyle::icon(kind), SeedPlacementStyle::word(s));
        word->setForeground(SeedPlacementStyle::colour(kind));
        const QStringList cells{s.name, QString(),
                                s.arrived ? tr("%1 s").arg(s.seconds.value_or(0), 0, 'f', 1) : QString(),
                                s.folder, s.errorText};
        for (int c = 0; c < cells.size(); ++c)
            m_placement->setItem(row, c, c == PlacementWord ? word : new QTableWidgetItem(cells.at(c)));
        m_placement->item(row, PlacementDetail)->setToolTip(s.errorText);
    }
    m_placement->resizeColumnsToContents();
    m_findings->setHtml(SeedVerdictHtml::findings(r.findings));
    m_findingsBox->setTitle(tr("Findings (%1)").arg(r.findings.size()));
    m_findingsBox->show();
    QString sent;
    if (r.sendAsked)
        sent = r.sent ? tr("Sent through %1.").arg(r.submissionServer)
                      : tr("Not sent: %1").arg(r.submission.errorText);
    m_runStatus->setText(QStringList{sent, outcome.stored}.join(QLatin1Char(' ')).trimmed());
    Q_EMIT statusMessage(m_runStatus->text());
    setRunningUi(false);
    if (!r.seeds.isEmpty())
        m_placement->selectRow(0);
    else
        m_detail->clear();
    loadHistory();
    Q_EMIT runFinished();
}

void DeliverabilityTab::showSeed() {
    const int row = m_placement->currentRow();
    if (row < 0 || row >= m_result.seeds.size())
        return;
    m_detail->setHtml(SeedVerdictHtml::seed(m_result.seeds.at(row)));
}

void DeliverabilityTab::loadHistory() {
    const QString path = m_historyPath ? m_historyPath() : QString();
    const QString domain = m_domain.toLower();
    const quint64 request = ++m_historyRequest;
    if (path.isEmpty() || domain.isEmpty()) {
        m_chart->setRuns({}, chartEmptyText());
        Q_EMIT historyLoaded();
        return;
    }
    using Runs = std::expected<QList<SeedHistoryRun>, QString>;
    auto* watcher = new QFutureWatcher<Runs>(this);
    connect(watcher, &QFutureWatcher<Runs>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_historyRequest)
            return;
        const Runs runs = watcher->result();
        if (!runs)
            m_chart->setRuns({}, tr("The seed history cannot be read: %1").arg(runs.error().toHtmlEscaped()));
        else
            m_chart->setRuns(*runs, chartEmptyText());
        Q_EMIT historyLoaded();
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [path, domain] { return SeedRunStore::load(path, domain); }));
}
