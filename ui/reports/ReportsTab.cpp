#include "ReportsTab.h"

#include "AppSettings.h"
#include "PolicyImpactView.h"
#include "ReportSourcesView.h"
#include "ReportsOverviewView.h"
#include "TlsRptView.h"
#include "audit/export/SenderSections.h"
#include "dns/DnsSession.h"
#include "history/HistoryDatabase.h"
#include "reports/ReportAnalyzer.h"
#include "reports/ReportImporter.h"
#include "reports/ReverseNameStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
// Reverse names are looked up for the biggest senders only: a report can list 100,000 addresses.
constexpr int MaxReverseLookups = 100;
// Sources the table lists (the biggest): a model of a hundred thousand rows is slow to fill and to
// sort, and the totals, groups and the simulation cover every source anyway.
constexpr int MaxListedSources = 5000;

} // namespace

ReportsTab::ReportsTab(std::shared_ptr<HistoryDatabase> db, QWidget* parent)
    : AuditTab(parent)
    , m_database(std::move(db)) {
    setObjectName(QStringLiteral("reportsTab"));
    setAcceptDrops(true);

    auto* controls = new QHBoxLayout;
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("reportsDomain"));
    m_domain->setAccessibleName(tr("Domain the reports are about"));
    m_domain->setEditable(true);
    m_domain->setMinimumContentsLength(24);
    m_domain->setToolTip(tr("The domain the reports are about (policy_published)"));
    m_allDates = new QCheckBox(tr("All dates"), this);
    m_allDates->setObjectName(QStringLiteral("reportsAllDates"));
    m_allDates->setChecked(true);
    m_since = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_until = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_importFiles = new QPushButton(tr("Import files…"), this);
    m_importFiles->setObjectName(QStringLiteral("reportsImportFiles"));
    m_importFolder = new QPushButton(tr("Import folder…"), this);
    m_importFolder->setObjectName(QStringLiteral("reportsImportFolder"));
    m_includeInPdf = new QCheckBox(tr("Include in PDF report"), this);
    m_includeInPdf->setObjectName(QStringLiteral("reportsIncludeInPdf"));
    m_includeInPdf->setChecked(true);
    m_includeInPdf->setToolTip(tr("File → Export adds \"Who sends as this domain\" to the PDF and HTML "
                                  "report: volume, top sources, unknown senders, forwarders, the policy "
                                  "simulation and TLS-RPT failures of the dates chosen here (else the "
                                  "last 90 days)"));
    connect(m_includeInPdf, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setIncludeReportsInPdf(on);
    });
    auto* domainLabel = new QLabel(tr("Do&main:"), this);
    domainLabel->setBuddy(m_domain);
    controls->addWidget(domainLabel);
    controls->addWidget(m_domain, 1);
    controls->addWidget(m_allDates);
    m_since->setAccessibleName(tr("Reports from"));
    m_until->setAccessibleName(tr("Reports until"));
    controls->addWidget(new QLabel(tr("From:"), this));
    controls->addWidget(m_since);
    controls->addWidget(new QLabel(tr("To:"), this));
    controls->addWidget(m_until);
    controls->addSpacing(12);
    controls->addWidget(m_importFiles);
    controls->addWidget(m_importFolder);
    controls->addSpacing(12);
    controls->addWidget(m_includeInPdf);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("reportsHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setText(
        tr("Drop DMARC aggregate or TLS-RPT reports here (.xml, .gz, .zip, .json, .eml, .mbox or "
           "folders), or use Import."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportsProgress"));
    m_progress->setVisible(false);
    m_importStatus = new QLabel(this);
    m_importStatus->setObjectName(QStringLiteral("reportsImportStatus"));
    m_importStatus->setWordWrap(true);
    m_importStatus->setVisible(false);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("reportsViews"));
    m_views->setAccessibleName(tr("Report views"));

    // One class per view.
    m_overview = new ReportsOverviewView(m_views);
    m_views->addTab(m_overview, tr("Overview"));
    m_sources = new ReportSourcesView([this] { return database(); }, m_views);
    m_views->addTab(m_sources, tr("Sources"));
    connect(m_sources, &ReportSourcesView::timelineShown, this, &ReportsTab::sourceTimelineShown);
    m_policy = new PolicyImpactView(m_views);
    m_views->addTab(m_policy, tr("Policy impact"));
    m_tls = new TlsRptView(m_views);
    m_views->addTab(m_tls, tr("TLS-RPT"));

    // What the last import did, file by file.
    m_importLog = new QPlainTextEdit(m_views);
    m_importLog->setObjectName(QStringLiteral("reportsImportLog"));
    m_importLog->setAccessibleName(tr("Import log"));
    m_importLog->setReadOnly(true);
    m_importLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_importLog->setPlaceholderText(tr("No import yet."));
    m_views->addTab(m_importLog, tr("Import log"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_headline);
    layout->addWidget(m_progress);
    layout->addWidget(m_importStatus);
    layout->addWidget(m_views, 1);

    m_importWatcher = new QFutureWatcher<ImportFileResult>(this);
    connect(m_importWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_importWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_importWatcher, &QFutureWatcherBase::finished, this, &ReportsTab::importDone);
    m_openWatcher = new QFutureWatcher<std::expected<std::shared_ptr<HistoryDatabase>, QString>>(this);
    connect(m_openWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_opening = false;
        if (std::exchange(m_dropOpened, false)) {
            if (!m_database)
                refresh(); // the store chosen since
            return;
        }
        auto opened = m_openWatcher->future().result();
        if (!opened) {
            m_databaseError = opened.error();
            refresh(); // says why
            return;
        }
        setDatabase(*opened);
        if (!m_importAfterOpen.isEmpty())
            importPaths(std::exchange(m_importAfterOpen, {}));
    });
    m_refreshWatcher = new QFutureWatcher<Refresh>(this);
    connect(m_refreshWatcher, &QFutureWatcherBase::finished, this,
            [this] { showRefresh(m_refreshWatcher->future().result()); });

    connect(m_importFiles, &QPushButton::clicked, this, &ReportsTab::chooseFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &ReportsTab::chooseFolder);
    // Typing a domain refreshes once the typing pauses, not on every key.
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(250);
    connect(m_typingTimer, &QTimer::timeout, this, &ReportsTab::refresh);
    connect(m_domain, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updatingControls)
            m_typingTimer->start();
    });
    connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
        m_since->setEnabled(!all);
        m_until->setEnabled(!all);
        if (!m_updatingControls)
            refresh();
    });
    for (QDateEdit* edit : {m_since, m_until})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updatingControls)
                refresh();
        });
    clearResults();
}

void ReportsTab::showEvent(QShowEvent* event) {
    AuditTab::showEvent(event);
    // The database is opened when the tab is first looked at (or an audit or import needs it),
    // not when the main window is built.
    if (!m_shownOnce) {
        m_shownOnce = true;
        QTimer::singleShot(0, this, &ReportsTab::refresh);
    }
}

ReportsTab::~ReportsTab() {
    // Let running work finish before the database and models go away.
    m_importWatcher->cancel();
    m_importWatcher->waitForFinished();
    m_refreshWatcher->waitForFinished();
    m_openWatcher->waitForFinished();
}

std::shared_ptr<HistoryDatabase> ReportsTab::database() {
    if (m_database || !m_databaseError.isEmpty() || m_opening)
        return m_database;
    // The history chosen in Settings (a file or a PostgreSQL server), else the default file. A
    // local file opens at once; a server is connected to off the UI thread.
    const QString location = m_settings ? m_settings->historyLocation() : QString();
    if (const auto parsed = HistoryLocation::parse(location, HistoryDatabase::defaultPath());
        parsed && parsed->isPostgres()) {
        m_opening = true;
        m_openWatcher->setFuture(QtConcurrent::run([location] { return HistoryDatabase::open(location); }));
        return nullptr;
    }
    auto db = HistoryDatabase::open(location);
    if (db)
        m_database = *db;
    else
        m_databaseError = db.error();
    return m_database;
}

void ReportsTab::setDatabase(std::shared_ptr<HistoryDatabase> db) {
    // Work on the old database finishes first; its results are dropped as stale. A connection
    // still being made to the previous store is not waited for: its result is dropped.
    m_dropOpened = m_opening;
    m_importWatcher->waitForFinished();
    m_refreshWatcher->waitForFinished();
    m_sources->waitAndForget();
    ++m_refreshGeneration;
    m_database = std::move(db);
    m_databaseError.clear();
    clearResults();
    if (m_database || m_shownOnce)
        refresh();
}

void ReportsTab::setSettings(AppSettings* settings) {
    m_settings = settings;
    if (m_settings) {
        const QSignalBlocker block(m_includeInPdf);
        m_includeInPdf->setChecked(m_settings->includeReportsInPdf());
    }
}

bool ReportsTab::includeInPdf() const {
    return m_includeInPdf->isChecked();
}

void ReportsTab::setIncludeInPdf(bool include) {
    m_includeInPdf->setChecked(include);
}

QHash<QString, QJsonObject> ReportsTab::pdfSections(const QStringList& domains) {
    if (!includeInPdf())
        return {};
    auto db = database();
    if (!db)
        return {};
    QDate since, until;
    if (m_allDates->isChecked()) {
        until = QDate::currentDate();
        since = SenderSections::defaultSince(until);
    } else {
        since = m_since->date();
        until = m_until->date();
    }
    return SenderSections::collect(db, domains, since, until);
}

void ReportsTab::clearResults() {
    showSummary(ReportSummary{});
}

void ReportsTab::showSummary(const ReportSummary& summary) {
    m_summary = summary;
    m_overview->setSummary(m_summary);
    m_sources->setSummary(m_summary);
    m_policy->setSummary(m_summary);
    m_tls->setSummary(m_summary);
}

ReportSourcesModel* ReportsTab::sourcesModel() const {
    return m_sources->model();
}

QSortFilterProxyModel* ReportsTab::sourcesProxy() const {
    return m_sources->proxy();
}

void ReportsTab::selectSource(const QString& ip) {
    m_sources->selectSource(ip);
}

QString ReportsTab::plottedSource() const {
    return m_sources->plottedSource();
}

void ReportsTab::setDomain(const QString& domain) {
    m_domain->setCurrentText(domain.trimmed().toLower());
}

void ReportsTab::setDateRange(const QDate& since, const QDate& until) {
    m_updatingControls = true;
    const bool all = !since.isValid() && !until.isValid();
    m_allDates->setChecked(all);
    if (since.isValid())
        m_since->setDate(since);
    if (until.isValid())
        m_until->setDate(until);
    m_updatingControls = false;
    refresh();
}

void ReportsTab::setSimulatedPolicy(const QString& policy) {
    m_policy->setSimulatedPolicy(policy);
}

void ReportsTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) {
    m_updatingControls = true;
    setDomain(domain);
    m_updatingControls = false;
    refreshWith(std::move(session), generation);
}

void ReportsTab::refresh() {
    refreshWith(nullptr, 0);
}

void ReportsTab::refreshWith(std::shared_ptr<DnsSession> session, quint64 auditGeneration) {
    m_typingTimer->stop();
    auto db = database();
    if (!db) {
        m_headline->setText(m_opening
                                ? tr("Connecting to the history database…")
                                : tr("The history database could not be opened: %1").arg(m_databaseError));
        if (auditGeneration)
            Q_EMIT finished(auditGeneration);
        return;
    }
    ReportQuery query;
    query.domain = m_domain->currentText().trimmed().toLower();
    query.sourceLimit = MaxListedSources;
    if (!m_allDates->isChecked()) {
        query.since = m_since->date();
        query.until = m_until->date();
    }
    const quint64 generation = ++m_refreshGeneration;
    // Reverse-name lookups block on DNS answers: they belong on the check pool, never here.
    QThreadPool* pool = session ? DnsSession::checkPool() : QThreadPool::globalInstance();
    auto future = QtConcurrent::run(pool, [db, query, session, generation] {
        Refresh r;
        r.generation = generation;
        if (auto prepared = ReportImporter(db).prepare(); !prepared) {
            r.summary = std::unexpected(prepared.error());
            return r;
        }
        if (session && !query.domain.isEmpty() && !session->isCancelled()) {
            ReverseNameStore names(db);
            r.reverseNamesLookedUp = names.resolve(names.missing(query.domain, MaxReverseLookups), *session);
        }
        ReportAnalyzer analyzer(db);
        r.domains = analyzer.domains();
        r.summary = query.domain.isEmpty() ? std::expected<ReportSummary, QString>(ReportSummary{})
                                           : analyzer.summarize(query);
        return r;
    });
    if (auditGeneration == 0) {
        m_refreshWatcher->setFuture(future);
        return;
    }
    // An audit's refresh reports back to the main window whatever happens to newer refreshes.
    auto* watcher = new QFutureWatcher<Refresh>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, auditGeneration] {
        showRefresh(watcher->future().result());
        watcher->deleteLater();
        Q_EMIT finished(auditGeneration);
    });
    watcher->setFuture(future);
}

void ReportsTab::showRefresh(const Refresh& r) {
    if (r.generation != m_refreshGeneration)
        return; // superseded by a newer domain or date range
    showDomains(r.domains);
    if (!r.summary) {
        m_headline->setText(tr("The reports could not be read: %1").arg(r.summary.error()));
        return;
    }
    showSummary(*r.summary);
    const ReportSummary& s = m_summary;
    if (s.domain.isEmpty()) {
        m_headline->setText(tr("Choose a domain, or drop reports here to import them."));
    } else if (s.reports == 0 && s.tlsReports == 0) {
        m_headline->setText(
            tr("No report about %1 in the database yet. Drop its DMARC aggregate (rua) or TLS-RPT "
               "reports here, or use Import.")
                .arg(s.domain));
    } else {
        const double pass = s.messages > 0 ? 100.0 * double(s.dmarc.pass) / double(s.messages) : 0;
        QString text = tr("%1: %2 messages from %3 sources in %4 reports; DMARC pass %5%.")
                           .arg(s.domain)
                           .arg(QLocale().toString(s.messages))
                           .arg(s.sourceCount)
                           .arg(s.reports)
                           .arg(QLocale().toString(pass, 'f', 1));
        if (s.unknownSourceCount > 0 && !s.spfSnapshotTakenAt.isEmpty())
            text += QLatin1Char(' ') +
                    tr("%n source(s) match no SPF include.", nullptr, int(s.unknownSourceCount));
        if (s.sources.size() < s.sourceCount)
            text += QLatin1Char(' ') + tr("The tables list the %1 biggest of %2 sources.")
                                           .arg(QLocale().toString(s.sources.size()))
                                           .arg(QLocale().toString(s.sourceCount));
        if (s.spfSnapshotTakenAt.isEmpty())
            text += QLatin1Char(' ') + tr("(No SPF tree stored yet: includes show as unknown.)");
        m_headline->setText(text);
    }
    Q_EMIT summaryShown();
}

void ReportsTab::showDomains(const QStringList& domains) {
    const QString current = m_domain->currentText();
    m_updatingControls = true;
    m_domain->clear();
    m_domain->addItems(domains);
    m_domain->setCurrentText(current);
    m_updatingControls = false;
}

bool ReportsTab::isImporting() const {
    return m_importWatcher->isRunning();
}

void ReportsTab::importPaths(const QStringList& paths) {
    if (paths.isEmpty() || isImporting())
        return;
    auto db = database();
    if (!db && m_opening) {
        m_importAfterOpen += paths; // imported once connected
        m_importStatus->setText(tr("Connecting to the history database…"));
        m_importStatus->setVisible(true);
        return;
    }
    if (!db) {
        m_importStatus->setText(tr("The history database could not be opened: %1").arg(m_databaseError));
        m_importStatus->setVisible(true);
        return;
    }
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_importStatus->setText(tr("Importing…"));
    m_importStatus->setVisible(true);
    m_importFiles->setEnabled(false);
    m_importFolder->setEnabled(false);
    Q_EMIT statusMessage(tr("Importing reports…"));
    auto future =
        QtConcurrent::run(QThreadPool::globalInstance(), [db, paths](QPromise<ImportFileResult>& promise) {
            ReportImporter importer(db);
            if (auto prepared = importer.prepare(); !prepared) {
                ImportFileResult failed;
                failed.path = paths.join(QStringLiteral(", "));
                failed.reason = prepared.error();
                promise.addResult(failed);
                return;
            }
            const QStringList files = ReportImporter::expandPaths(paths);
            promise.setProgressRange(0, int(files.size()));
            int done = 0;
            for (const QString& file : files) {
                if (promise.isCanceled())
                    return;
                promise.addResult(importer.importFile(file));
                promise.setProgressValue(++done);
            }
        });
    m_importWatcher->setFuture(future);
}

void ReportsTab::importDone() {
    m_lastImport = m_importWatcher->future().results();
    m_progress->setVisible(false);
    m_importFiles->setEnabled(true);
    m_importFolder->setEnabled(true);
    int imported = 0;
    int duplicates = 0;
    int rejected = 0;
    QString log;
    QString firstDomain;
    for (const ImportFileResult& r : std::as_const(m_lastImport)) {
        const QString name = QFileInfo(r.path).fileName();
        switch (r.status) {
        case ImportStatus::Imported:
            ++imported;
            log += tr("imported   %1 (%2 report(s), %3 rows)\n").arg(name).arg(r.reports).arg(r.records);
            for (const QString& w : r.warnings)
                log += tr("           warning: %1\n").arg(w);
            if (firstDomain.isEmpty())
                firstDomain = r.domains.value(0);
            break;
        case ImportStatus::Duplicate:
            ++duplicates;
            log += tr("duplicate  %1 (already imported)\n").arg(name);
            break;
        case ImportStatus::Rejected:
            ++rejected;
            log += tr("REFUSED    %1\n           %2\n").arg(name, r.reason);
            break;
        }
    }
    m_importLog->setPlainText(log);
    QString status =
        tr("%1 imported, %2 skipped as duplicates, %3 refused.").arg(imported).arg(duplicates).arg(rejected);
    if (rejected > 0)
        status += QLatin1Char(' ') + tr("See the Import log tab for why.");
    m_importStatus->setText(status);
    Q_EMIT statusMessage(status);
    if (m_domain->currentText().trimmed().isEmpty() && !firstDomain.isEmpty()) {
        m_updatingControls = true;
        setDomain(firstDomain);
        m_updatingControls = false;
    }
    if (rejected > 0 && imported == 0)
        m_views->setCurrentWidget(m_importLog);
    refresh();
    Q_EMIT importFinished();
}

void ReportsTab::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import reports"), {}, tr("Reports (*.xml *.gz *.zip *.json *.eml *.mbox);;All files (*)"));
    importPaths(files);
}

void ReportsTab::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of reports"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ReportsTab::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && !isImporting())
        event->acceptProposedAction();
}

void ReportsTab::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}
