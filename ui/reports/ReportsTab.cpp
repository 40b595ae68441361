#include "ReportsTab.h"

#include "AppSettings.h"
#include "ReportSourcesModel.h"
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

#include "QCustomPlotHeader.h"

namespace {
// Reverse names are looked up for the biggest senders only: a report can list 100,000 addresses.
constexpr int MaxReverseLookups = 100;
// Sources the table lists (the biggest): a model of a hundred thousand rows is slow to fill and to
// sort, and the totals, groups and the simulation cover every source anyway.
constexpr int MaxListedSources = 5000;

QCPBars* stackedBars(QCustomPlot* plot, const QString& name, const QColor& colour, QCPBars* below) {
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colour);
    bars->setWidth(0.7);
    if (below)
        bars->moveAbove(below);
    return bars;
}

QCustomPlot* makePlot(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setAccessibleName(accessibleName);
    plot->setMinimumHeight(180);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    return plot;
}

void setDateAxis(QCustomPlot* plot) {
    plot->xAxis->setTickLabelRotation(30);
    plot->xAxis->grid()->setVisible(false);
}
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

    // Overview: volume over time stacked by result, pass rate of the biggest sources.
    auto* overview = new QSplitter(Qt::Vertical, m_views);
    m_volumePlot = makePlot(overview, QStringLiteral("reportsVolumePlot"),
                            tr("Chart: messages per day by DMARC result"));
    setDateAxis(m_volumePlot);
    m_volumePlot->yAxis->setLabel(tr("Messages"));
    m_passRatePlot = makePlot(overview, QStringLiteral("reportsPassRatePlot"),
                              tr("Chart: DMARC pass rate of the biggest sources"));
    m_passRatePlot->legend->setVisible(false);
    m_passRatePlot->yAxis->setRange(0, 100);
    m_passRatePlot->yAxis->setLabel(tr("DMARC pass %"));
    overview->addWidget(m_volumePlot);
    overview->addWidget(m_passRatePlot);
    m_views->addTab(overview, tr("Overview"));

    // Sources.
    auto* sourcesPage = new QWidget(m_views);
    auto* sourcesLayout = new QVBoxLayout(sourcesPage);
    m_filter = new QLineEdit(sourcesPage);
    m_filter->setObjectName(QStringLiteral("reportsFilter"));
    m_filter->setAccessibleName(tr("Filter the sources"));
    m_filter->setPlaceholderText(tr("Filter by address, reverse name, include or verdict"));
    m_filter->setClearButtonEnabled(true);
    m_sourcesModel = new ReportSourcesModel(this);
    m_sourcesProxy = new QSortFilterProxyModel(this);
    m_sourcesProxy->setSourceModel(m_sourcesModel);
    m_sourcesProxy->setSortRole(ReportSourcesModel::SortRole);
    m_sourcesProxy->setFilterKeyColumn(-1);
    m_sourcesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sourcesView = new QTableView(sourcesPage);
    m_sourcesView->setObjectName(QStringLiteral("reportsSources"));
    m_sourcesView->setAccessibleName(tr("Sending sources"));
    m_sourcesView->setModel(m_sourcesProxy);
    m_sourcesView->setSortingEnabled(true);
    m_sourcesView->sortByColumn(ReportSourcesModel::Messages, Qt::DescendingOrder);
    m_sourcesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourcesView->horizontalHeader()->setStretchLastSection(true);
    m_sourcesView->setWordWrap(false);
    m_sourcesView->verticalHeader()->setVisible(false);
    auto* sourcesSplitter = new QSplitter(Qt::Vertical, sourcesPage);
    sourcesSplitter->addWidget(m_sourcesView);
    m_sourcePlot = makePlot(sourcesSplitter, QStringLiteral("reportsSourcePlot"),
                            tr("Chart: the selected source's messages per day"));
    m_sourcePlot->setMinimumHeight(220);
    m_sourcePlot->legend->setVisible(false); // the colours of the Overview plot
    m_sourcePlot->yAxis->setLabel(tr("Messages"));
    m_sourcePlot->xAxis->setTickLabelRotation(30);
    sourcesSplitter->addWidget(m_sourcePlot);
    sourcesSplitter->setStretchFactor(0, 2);
    sourcesSplitter->setStretchFactor(1, 1);
    sourcesLayout->addWidget(m_filter);
    sourcesLayout->addWidget(sourcesSplitter);
    m_views->addTab(sourcesPage, tr("Sources"));
    connect(m_filter, &QLineEdit::textChanged, m_sourcesProxy, &QSortFilterProxyModel::setFilterFixedString);

    // Policy impact.
    auto* simulationPage = new QWidget(m_views);
    auto* simulationLayout = new QVBoxLayout(simulationPage);
    auto* policyRow = new QHBoxLayout;
    m_policy = new QComboBox(simulationPage);
    m_policy->setObjectName(QStringLiteral("reportsPolicy"));
    m_policy->setAccessibleName(tr("Policy to simulate"));
    m_policy->addItem(tr("p=quarantine"), QStringLiteral("quarantine"));
    m_policy->addItem(tr("p=reject"), QStringLiteral("reject"));
    m_policy->setCurrentIndex(1);
    policyRow->addWidget(new QLabel(tr("If the domain published"), simulationPage));
    policyRow->addWidget(m_policy);
    policyRow->addStretch(1);
    m_simulationText = new QLabel(simulationPage);
    m_simulationText->setObjectName(QStringLiteral("reportsSimulation"));
    m_simulationText->setWordWrap(true);
    m_simulationModel = new ReportSourcesModel(this);
    m_simulationView = new QTableView(simulationPage);
    m_simulationView->setModel(m_simulationModel);
    m_simulationView->setObjectName(QStringLiteral("reportsSimulationView"));
    m_simulationView->setAccessibleName(tr("Sources under the simulated policy"));
    m_simulationView->verticalHeader()->setVisible(false);
    m_simulationView->horizontalHeader()->setStretchLastSection(true);
    m_simulationView->setWordWrap(false);
    simulationLayout->addLayout(policyRow);
    simulationLayout->addWidget(m_simulationText);
    simulationLayout->addWidget(m_simulationView);
    m_views->addTab(simulationPage, tr("Policy impact"));

    // TLS-RPT.
    auto* tlsPage = new QWidget(m_views);
    auto* tlsLayout = new QVBoxLayout(tlsPage);
    m_tlsPlot = makePlot(tlsPage, QStringLiteral("reportsTlsPlot"), tr("Chart: TLS sessions per day"));
    setDateAxis(m_tlsPlot);
    m_tlsPlot->yAxis->setLabel(tr("Sessions"));
    m_tlsText = new QLabel(tlsPage);
    m_tlsText->setObjectName(QStringLiteral("reportsTlsText"));
    m_tlsText->setWordWrap(true);
    tlsLayout->addWidget(m_tlsText);
    tlsLayout->addWidget(m_tlsPlot, 1);
    m_views->addTab(tlsPage, tr("TLS-RPT"));

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
    m_sourceWatcher = new QFutureWatcher<QPair<quint64, QList<DailyVolume>>>(this);
    connect(m_sourceWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto [generation, days] = m_sourceWatcher->future().result();
        if (generation != m_sourceGeneration)
            return;
        m_sourcePlot->clearPlottables();
        QCPBars* pass = stackedBars(m_sourcePlot, tr("DMARC pass"), QColor(0x2e, 0x8b, 0x57), nullptr);
        QCPBars* fail = stackedBars(m_sourcePlot, tr("fail, delivered"), QColor(0xe0, 0xa0, 0x20), pass);
        QCPBars* quarantined = stackedBars(m_sourcePlot, tr("quarantined"), QColor(0xd0, 0x60, 0x20), fail);
        QCPBars* rejected = stackedBars(m_sourcePlot, tr("rejected"), QColor(0xb0, 0x1c, 0x1c), quarantined);
        QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
        const qsizetype every = qMax<qsizetype>(1, days.size() / 12);
        double top = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            const DailyVolume& d = days.at(i);
            pass->addData(double(i + 1), double(d.pass));
            fail->addData(double(i + 1), double(d.failNone));
            quarantined->addData(double(i + 1), double(d.quarantined));
            rejected->addData(double(i + 1), double(d.rejected));
            if (i % every == 0)
                ticks->addTick(double(i + 1), d.day.toString(Qt::ISODate));
            top = qMax(top, double(d.total()));
        }
        m_sourcePlot->xAxis->setTicker(ticks);
        m_sourcePlot->xAxis->setRange(0, double(days.size() + 1));
        m_sourcePlot->yAxis->setRange(0, qMax(1.0, top * 1.15));
        m_sourcePlot->replot();
        Q_EMIT sourceTimelineShown();
    });
    connect(m_sourcesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showSourceTimeline(
                        m_sourcesProxy->index(current.row(), ReportSourcesModel::Address).data().toString());
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
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ReportsTab::updateSimulation);
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
    m_sourceWatcher->waitForFinished();
}

std::shared_ptr<HistoryDatabase> ReportsTab::database() {
    if (!m_database && m_databaseError.isEmpty()) {
        auto db = HistoryDatabase::open();
        if (db)
            m_database = *db;
        else
            m_databaseError = db.error();
    }
    return m_database;
}

void ReportsTab::setDatabase(std::shared_ptr<HistoryDatabase> db) {
    // Work on the old database finishes first; its results are dropped as stale.
    m_importWatcher->waitForFinished();
    m_refreshWatcher->waitForFinished();
    m_sourceWatcher->waitForFinished();
    ++m_refreshGeneration;
    ++m_sourceGeneration;
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
    m_summary = ReportSummary{};
    m_sourcesModel->setSources({});
    m_simulationModel->setSources({});
    m_simulationText->clear();
    m_tlsText->setText(tr("No TLS-RPT report for this domain."));
    updatePlots();
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
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(policy)));
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
        m_headline->setText(tr("The history database could not be opened: %1").arg(m_databaseError));
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
    m_summary = *r.summary;
    m_sourcesModel->setSources(m_summary.sources);
    m_sourcesView->resizeColumnsToContents();
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
    if (s.tlsReports > 0) {
        QStringList types;
        for (const auto& [type, sessions] : s.tlsFailureTypes)
            types.append(tr("%1: %2").arg(type).arg(sessions));
        m_tlsText->setText(
            tr("%1 TLS reports: %2 successful and %3 failed sessions.%4")
                .arg(s.tlsReports)
                .arg(s.tlsSuccessful)
                .arg(s.tlsFailed)
                .arg(types.isEmpty()
                         ? QString()
                         : QLatin1Char(' ') +
                               tr("Failures by type: %1.").arg(types.join(QStringLiteral(", ")))));
    } else {
        m_tlsText->setText(tr("No TLS-RPT report for this domain."));
    }
    updatePlots();
    updateSimulation();
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

void ReportsTab::updatePlots() {
    const ReportSummary& s = m_summary;
    // Days with reports side by side (a category axis): reports often cover scattered days, and
    // a true time axis would shrink the bars of a few days into hairlines.
    m_volumePlot->clearPlottables();
    QCPBars* pass = stackedBars(m_volumePlot, tr("DMARC pass"), QColor(0x2e, 0x8b, 0x57), nullptr);
    QCPBars* fail = stackedBars(m_volumePlot, tr("fail, delivered"), QColor(0xe0, 0xa0, 0x20), pass);
    QCPBars* quarantined = stackedBars(m_volumePlot, tr("quarantined"), QColor(0xd0, 0x60, 0x20), fail);
    QCPBars* rejected = stackedBars(m_volumePlot, tr("rejected"), QColor(0xb0, 0x1c, 0x1c), quarantined);
    QSharedPointer<QCPAxisTickerText> days(new QCPAxisTickerText);
    const qsizetype labelEvery = qMax<qsizetype>(1, s.daily.size() / 12);
    double maxTotal = 0;
    for (qsizetype i = 0; i < s.daily.size(); ++i) {
        const DailyVolume& d = s.daily.at(i);
        const double key = double(i + 1);
        pass->addData(key, double(d.pass));
        fail->addData(key, double(d.failNone));
        quarantined->addData(key, double(d.quarantined));
        rejected->addData(key, double(d.rejected));
        if (i % labelEvery == 0)
            days->addTick(key, d.day.toString(Qt::ISODate));
        maxTotal = qMax(maxTotal, double(d.total()));
    }
    m_volumePlot->xAxis->setTicker(days);
    m_volumePlot->xAxis->setRange(0, double(s.daily.size() + 1));
    m_volumePlot->yAxis->setRange(0, qMax(1.0, maxTotal * 1.15));
    m_volumePlot->replot();

    // Pass rate of the ten biggest sources.
    m_passRatePlot->clearPlottables();
    auto* bars = new QCPBars(m_passRatePlot->xAxis, m_passRatePlot->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x2e, 0x6f, 0xb0));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int shown = int(qMin<qsizetype>(s.sources.size(), 10));
    for (int i = 0; i < shown; ++i) {
        const ReportSource& src = s.sources.at(i);
        ticker->addTick(i + 1, src.ip);
        bars->addData(i + 1, src.count > 0 ? 100.0 * double(src.dmarc.pass) / double(src.count) : 0);
    }
    m_passRatePlot->xAxis->setTicker(ticker);
    m_passRatePlot->xAxis->setTickLabelRotation(30);
    m_passRatePlot->xAxis->setRange(0, shown + 1);
    m_passRatePlot->replot();

    m_tlsPlot->clearPlottables();
    QCPBars* ok = stackedBars(m_tlsPlot, tr("successful sessions"), QColor(0x2e, 0x8b, 0x57), nullptr);
    QCPBars* failed = stackedBars(m_tlsPlot, tr("failed sessions"), QColor(0xb0, 0x1c, 0x1c), ok);
    QSharedPointer<QCPAxisTickerText> tlsDays(new QCPAxisTickerText);
    const qsizetype tlsLabelEvery = qMax<qsizetype>(1, s.tlsDaily.size() / 12);
    double maxSessions = 0;
    for (qsizetype i = 0; i < s.tlsDaily.size(); ++i) {
        const TlsRptDaily& d = s.tlsDaily.at(i);
        ok->addData(double(i + 1), double(d.successful));
        failed->addData(double(i + 1), double(d.failed));
        if (i % tlsLabelEvery == 0)
            tlsDays->addTick(double(i + 1), d.day.toString(Qt::ISODate));
        maxSessions = qMax(maxSessions, double(d.successful + d.failed));
    }
    m_tlsPlot->xAxis->setTicker(tlsDays);
    m_tlsPlot->xAxis->setRange(0, double(s.tlsDaily.size() + 1));
    m_tlsPlot->yAxis->setRange(0, qMax(1.0, maxSessions * 1.15));
    m_tlsPlot->replot();
}

void ReportsTab::selectSource(const QString& ip) {
    for (int row = 0; row < m_sourcesProxy->rowCount(); ++row) {
        const QModelIndex index = m_sourcesProxy->index(row, ReportSourcesModel::Address);
        if (index.data().toString() == ip) {
            m_sourcesView->setCurrentIndex(index);
            return;
        }
    }
}

void ReportsTab::showSourceTimeline(const QString& ip) {
    auto db = database();
    if (!db || ip.isEmpty())
        return;
    m_plottedSource = ip;
    m_sourcePlot->xAxis->setLabel(tr("Messages from %1 per day").arg(ip));
    ReportQuery query;
    query.domain = m_summary.domain;
    query.since = m_summary.since;
    query.until = m_summary.until;
    const quint64 generation = ++m_sourceGeneration;
    m_sourceWatcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), [db, query, ip, generation] {
        auto days = ReportAnalyzer(db).sourceDaily(query, ip);
        return qMakePair(generation, days ? *days : QList<DailyVolume>{});
    }));
}

void ReportsTab::updateSimulation() {
    const QString policy = m_policy->currentData().toString();
    const PolicySimulation& sim = policy == u"quarantine" ? m_summary.quarantine : m_summary.reject;
    m_simulationModel->setSources(sim.sources);
    m_simulationView->resizeColumnsToContents();
    if (m_summary.messages == 0) {
        m_simulationText->setText(tr("No DMARC aggregate data for this domain and period."));
        return;
    }
    const QString verb = policy == u"quarantine" ? tr("quarantined") : tr("rejected");
    QString text =
        tr("Under p=%1, %2 of %3 messages (from %4 sources) would have been %5; %6 of them were not "
           "already.")
            .arg(policy)
            .arg(QLocale().toString(sim.messages))
            .arg(QLocale().toString(m_summary.messages))
            .arg(sim.sourceCount)
            .arg(verb)
            .arg(QLocale().toString(sim.messages - sim.alreadyApplied));
    if (sim.knownSenders > 0)
        text += QLatin1Char(' ') + tr("%1 of them come from senders the SPF record authorises: fix their "
                                      "DKIM or SPF alignment first.")
                                       .arg(QLocale().toString(sim.knownSenders));
    m_simulationText->setText(text);
}

bool ReportsTab::isImporting() const {
    return m_importWatcher->isRunning();
}

void ReportsTab::importPaths(const QStringList& paths) {
    if (paths.isEmpty() || isImporting())
        return;
    auto db = database();
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
