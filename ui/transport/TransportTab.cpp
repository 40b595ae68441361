#include "TransportTab.h"

#include "BimiPanel.h"

#include "SeverityStyle.h"
#include "TransportMxModel.h"
#include "audit/AuditFindingsModel.h"
#include "dns/DnsSession.h"
#include "dnssec/SessionDnssec.h"
#include "findings/FindingCatalogue.h"
#include "net/ConnectionLog.h"
#include "transport/MtaStsExplanation.h"
#include "transport/TransportCheck.h"
#include "transport/TransportVerdict.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

// A running check: Cancel on the UI thread reaches the TransportCheck on the worker.
struct TransportRun {
    QMutex mutex;
    bool cancelled = false;
    TransportCheck* check = nullptr;
    void cancel() {
        QMutexLocker lock(&mutex);
        cancelled = true;
        if (check)
            check->cancel();
    }
};

namespace {
struct Outcome {
    std::optional<TransportResult> result;
    QJsonArray connections;
    QString error;
    bool cancelled = false;
};

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QColor verdictColour(TransportVerdict::Level level) {
    switch (level) {
    case TransportVerdict::Level::Protected:
        return SeverityStyle::okColour();
    case TransportVerdict::Level::Partial:
        return SeverityStyle::colour(Severity::Warning);
    case TransportVerdict::Level::AtRisk:
        return SeverityStyle::colour(Severity::Error);
    case TransportVerdict::Level::NoMail:
    case TransportVerdict::Level::Unknown:
        break;
    }
    return SeverityStyle::colour(Severity::Info);
}

QIcon verdictIcon(TransportVerdict::Level level) {
    switch (level) {
    case TransportVerdict::Level::Protected:
        return SeverityStyle::okIcon();
    case TransportVerdict::Level::Partial:
        return SeverityStyle::icon(Severity::Warning);
    case TransportVerdict::Level::AtRisk:
        return SeverityStyle::icon(Severity::Error);
    case TransportVerdict::Level::NoMail:
    case TransportVerdict::Level::Unknown:
        break;
    }
    return SeverityStyle::icon(Severity::Info);
}

QString fetchErrorName(HttpsResponse::Error e) {
    using E = HttpsResponse::Error;
    switch (e) {
    case E::None:
        return {};
    case E::NoAddress:
        return QCoreApplication::translate("TransportTab", "the policy host has no address");
    case E::Connect:
        return QCoreApplication::translate("TransportTab", "connection refused or unreachable");
    case E::Timeout:
        return QCoreApplication::translate("TransportTab", "timed out");
    case E::Certificate:
        return QCoreApplication::translate("TransportTab", "certificate check failed");
    case E::Tls:
        return QCoreApplication::translate("TransportTab", "TLS handshake failed");
    case E::Protocol:
        return QCoreApplication::translate("TransportTab", "not a valid HTTP response");
    case E::TooLarge:
        return QCoreApplication::translate("TransportTab", "the policy is larger than 64 KiB");
    case E::Cancelled:
        return QCoreApplication::translate("TransportTab", "cancelled");
    }
    return {};
}

QLabel* richLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

TransportTab::TransportTab(QWidget* parent)
    : AuditTab(parent)
    , m_verdictIcon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_probeButton(new QPushButton(tr("&Probe SMTP"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_mxView(new QTableView(this))
    , m_mxModel(new TransportMxModel(this))
    , m_policyFacts(richLabel(QStringLiteral("transportPolicyFacts"), this))
    , m_policyRaw(new QPlainTextEdit(this))
    , m_policyExplained(richLabel(QStringLiteral("transportPolicyExplained"), this))
    , m_tlsRpt(richLabel(QStringLiteral("transportTlsRpt"), this))
    , m_bimiBox(new QGroupBox(tr("BIMI"), this))
    , m_bimiLayout(new QVBoxLayout(m_bimiBox))
    , m_bimiPanel(new BimiPanel(this))
    , m_findingsView(new QTableView(this))
    , m_findingsModel(new AuditFindingsModel(this))
    , m_findingDetail(richLabel(QStringLiteral("transportFindingDetail"), this)) {
    setObjectName(QStringLiteral("transportTab"));
    m_headline->setObjectName(QStringLiteral("transportHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_verdictIcon->setFixedSize(32, 32);

    m_probeButton->setObjectName(QStringLiteral("transportProbeButton"));
    m_probeButton->setToolTip(
        tr("Connect to port 25 of every MX host, ask for STARTTLS and check the certificate. "
           "Many networks block port 25: then the probe says nothing about the hosts."));
    m_cancelButton->setObjectName(QStringLiteral("transportCancelButton"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_progress->setObjectName(QStringLiteral("transportProgress"));
    m_progress->setAccessibleName(tr("Transport check progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_status->setObjectName(QStringLiteral("transportStatus"));
    m_status->setWordWrap(true);

    m_mxView->setObjectName(QStringLiteral("transportMxView"));
    m_mxView->setAccessibleName(tr("MX hosts"));
    m_mxView->setModel(m_mxModel);
    m_mxView->setWordWrap(true);
    m_mxView->setAlternatingRowColors(true);
    m_mxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mxView->verticalHeader()->hide();
    m_mxView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* mxHeader = m_mxView->horizontalHeader();
    mxHeader->setSectionResizeMode(QHeaderView::Interactive);
    mxHeader->setSectionResizeMode(TransportMxModel::Preference, QHeaderView::ResizeToContents);
    mxHeader->setSectionResizeMode(TransportMxModel::Starttls, QHeaderView::Stretch);
    m_mxView->setColumnWidth(TransportMxModel::Dane, 150);
    m_mxView->setColumnWidth(TransportMxModel::Host, 200);
    m_mxView->setColumnWidth(TransportMxModel::Addresses, 150);
    m_mxView->setColumnWidth(TransportMxModel::ReverseDns, 290);
    m_mxView->setColumnWidth(TransportMxModel::MtaSts, 200);

    m_policyRaw->setObjectName(QStringLiteral("transportPolicyRaw"));
    m_policyRaw->setAccessibleName(tr("The MTA-STS policy as fetched"));
    m_policyRaw->setReadOnly(true);
    m_policyRaw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_policyRaw->setMaximumHeight(m_policyRaw->fontMetrics().height() * 7 + 12);
    m_policyRaw->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* policyBox = new QGroupBox(tr("MTA-STS policy (RFC 8461)"), this);
    auto* policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(m_policyFacts);
    policyLayout->addWidget(m_policyRaw);
    policyLayout->addWidget(m_policyExplained);
    auto* rptBox = new QGroupBox(tr("TLS reporting (TLS-RPT, RFC 8460)"), this);
    auto* rptLayout = new QVBoxLayout(rptBox);
    rptLayout->addWidget(m_tlsRpt);
    // BIMI: record, DMARC prerequisite, the logo (rendered only when it passed the profile
    // check) and the Mark Certificate; shown when the domain publishes a record.
    m_bimiBox->setObjectName(QStringLiteral("transportBimiBox"));
    m_bimiPanel->setObjectName(QStringLiteral("transportBimiPanel"));
    m_bimiLayout->addWidget(m_bimiPanel);
    m_bimiBox->hide();

    auto* sections = new QWidget(this);
    auto* sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->addWidget(policyBox);
    sectionsLayout->addWidget(rptBox);
    sectionsLayout->addWidget(m_bimiBox);
    sectionsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("transportSections"));
    scroll->setAccessibleName(tr("MTA-STS, TLS-RPT and BIMI"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(sections);

    m_findingsView->setObjectName(QStringLiteral("transportFindingsView"));
    m_findingsView->setAccessibleName(tr("Transport findings"));
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->hideColumn(AuditFindingsModel::AreaColumn);
    m_findingsView->hideColumn(AuditFindingsModel::DomainColumn);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    auto* findingsBox = new QGroupBox(tr("Findings"), this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->addWidget(m_findingsView, 1);
    findingsLayout->addWidget(m_findingDetail);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("transportDetailSplitter"));
    lower->addWidget(scroll);
    lower->addWidget(findingsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("transportSplitter"));
    splitter->addWidget(m_mxView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_probeButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_progress);
    actions->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    setTabOrderChain({m_probeButton, m_cancelButton, m_mxView, m_policyRaw, m_findingsView});

    connect(m_probeButton, &QPushButton::clicked, this, &TransportTab::probeSmtp);
    connect(m_cancelButton, &QPushButton::clicked, this, &TransportTab::cancel);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showFinding(current.row()); });
    clearResults();
}

TransportTab::~TransportTab() {
    if (m_running)
        m_running->cancel();
}

QString TransportTab::tabTitle() const {
    return tr("Transport");
}

QString TransportTab::headline() const {
    return m_headline->text();
}

QString TransportTab::policyText() const {
    return QTextDocumentFragment::fromHtml(m_policyFacts->text()).toPlainText() + QLatin1Char('\n') +
           m_policyRaw->toPlainText() + QLatin1Char('\n') +
           QTextDocumentFragment::fromHtml(m_policyExplained->text()).toPlainText();
}

QString TransportTab::tlsRptText() const {
    return QTextDocumentFragment::fromHtml(m_tlsRpt->text()).toPlainText();
}

QJsonObject TransportTab::transportJson(const QString& domain) const {
    if (!m_result || m_result->domain != domain)
        return {};
    QJsonObject o = m_result->toJson();
    o.insert(QStringLiteral("connections"), m_connections);
    return o;
}

void TransportTab::clearResults() {
    ++m_ticket;
    if (m_running)
        m_running->cancel();
    m_running.reset();
    m_result.reset();
    m_connections = {};
    m_session.reset();
    m_domain.clear();
    m_verdictIcon->clear();
    m_headline->setText(tr("Enter a domain and press Audit to see how mail reaches it."));
    m_headline->setStyleSheet({});
    m_mxModel->setResult({});
    m_findingsModel->setFindings({});
    m_findingDetail->clear();
    m_policyFacts->clear();
    m_policyRaw->clear();
    m_policyRaw->hide();
    m_policyExplained->clear();
    m_tlsRpt->clear();
    m_bimiPanel->setBimi({});
    m_bimiBox->hide();
    setBusy(false, {});
}

void TransportTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session,
                              quint64 generation) {
    if (m_running)
        m_running->cancel();
    m_domain = domain;
    m_session = std::move(session);
    m_generation = generation;
    const bool probe = m_netPlan && m_netPlan().probeSmtp;
    launch(probe, true);
}

void TransportTab::probeSmtp() {
    if (!m_session || m_domain.isEmpty() || m_running)
        return;
    launch(true, false);
}

void TransportTab::cancel() {
    if (m_running)
        m_running->cancel();
}

void TransportTab::setBusy(bool busy, const QString& text) {
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    const bool offline = m_netPlan && m_netPlan().offline;
    m_probeButton->setEnabled(!busy && m_session && !offline);
    m_probeButton->setToolTip(
        offline ? tr("Offline (demo or zone files): no connection is made.")
                : tr("Connect to port 25 of every MX host, ask for STARTTLS and check the "
                     "certificate. Many networks block port 25: then the probe says nothing "
                     "about the hosts."));
    m_status->setText(text);
}

void TransportTab::launch(bool probe, bool reportFinished) {
    const quint64 ticket = ++m_ticket;
    const quint64 generation = m_generation;
    const NetPlan plan = m_netPlan ? m_netPlan() : NetPlan();
    auto run = std::make_shared<TransportRun>();
    m_running = run;
    const QString text =
        probe && !plan.offline
            ? tr("Probing port 25 (STARTTLS) of the MX hosts of %1…").arg(m_domain)
            : tr("Reading the MX hosts of %1 and fetching its MTA-STS policy…").arg(m_domain);
    if (!m_result || m_result->domain != m_domain) {
        m_headline->setText(text);
        m_headline->setStyleSheet({});
        m_verdictIcon->clear();
    }
    if (probe)
        m_mxModel->setProbing(true);
    setBusy(true, text);
    Q_EMIT statusMessage(text);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, ticket, generation, reportFinished] {
                watcher->deleteLater();
                const Outcome out = watcher->result();
                if (ticket == m_ticket) {
                    m_running.reset();
                    m_mxModel->setProbing(false);
                    if (out.cancelled) {
                        setBusy(false, tr("Cancelled: what was not checked is unknown."));
                        if (!m_result)
                            m_headline->setText(tr("The transport check of %1 was cancelled.").arg(m_domain));
                    } else if (!out.error.isEmpty()) {
                        showError(out.error);
                    } else if (out.result) {
                        m_connections = out.connections;
                        showResult(*out.result);
                    }
                    Q_EMIT checkFinished();
                }
                if (reportFinished)
                    Q_EMIT finished(generation);
            });
    std::shared_ptr<DnsSession> session = m_session;
    const QString domain = m_domain;
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [run, session, domain, plan, probe] {
        Outcome out;
        const auto options = plan.build();
        if (!options) {
            out.error = options.error();
            return out;
        }
        ConnectionLog log;
        TransportCheck check(*session, *options, &log);
        check.setProbeSmtp(probe);
        SessionDnssec dnssec(*session, QString(), options->offline); // DANE needs secure TLSA
        check.setDnssecLookup(dnssec.lookup());
        {
            QMutexLocker lock(&run->mutex);
            if (run->cancelled) {
                out.cancelled = true;
                return out;
            }
            run->check = &check;
        }
        TransportResult result = check.run(domain);
        {
            QMutexLocker lock(&run->mutex);
            run->check = nullptr;
            out.cancelled = run->cancelled;
        }
        out.result = std::move(result);
        out.connections = log.toJson();
        return out;
    }));
}

void TransportTab::showError(const QString& error) {
    setBusy(false, {});
    m_verdictIcon->setPixmap(SeverityStyle::icon(Severity::Error).pixmap(32, 32));
    m_headline->setText(tr("Not checked: %1").arg(error));
    m_headline->setStyleSheet(QStringLiteral("color: %1").arg(SeverityStyle::colour(Severity::Error).name()));
    Q_EMIT statusMessage(tr("Transport: %1").arg(error));
}

void TransportTab::showResult(const TransportResult& r) {
    m_result = r;
    const QJsonObject json = r.toJson();
    const TransportVerdict verdict = TransportVerdict::fromJson(json);
    const QColor colour = verdictColour(verdict.level);
    m_verdictIcon->setPixmap(verdictIcon(verdict.level).pixmap(32, 32));
    m_verdictIcon->setToolTip(verdict.word);
    m_headline->setText(tr("%1: %2").arg(verdict.word, verdict.sentence));
    m_headline->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
    m_mxModel->setResult(r);
    m_mxView->resizeRowsToContents();
    showPolicy(r);

    // TLS-RPT.
    QString rpt;
    if (!r.tlsRpt.dnsError.isEmpty())
        rpt = tr("The _smtp._tls query failed: %1.").arg(esc(r.tlsRpt.dnsError));
    else if (!r.tlsRpt.record)
        rpt = esc(
            tr("No _smtp._tls record: senders send no reports of TLS failures, so problems go unnoticed."));
    else {
        rpt = tr("Record: %1").arg(QStringLiteral("<tt>%1</tt>").arg(esc(r.tlsRpt.record->text)));
        for (const QString& e : r.tlsRpt.record->errors)
            rpt += QStringLiteral("<br><span style=\"color:%1\">%2&nbsp;%3</span>")
                       .arg(SeverityStyle::colour(Severity::Error).name(),
                            SeverityStyle::symbol(Severity::Error), esc(e));
        if (!r.tlsRpt.record->rua.isEmpty()) {
            rpt +=
                QStringLiteral("<br>") + esc(tr("Reports of TLS failures go to:")) + QStringLiteral("<ul>");
            for (const QString& uri : r.tlsRpt.record->rua)
                rpt += QStringLiteral("<li><tt>%1</tt></li>").arg(esc(uri));
            rpt += QStringLiteral("</ul>");
        }
    }
    m_tlsRpt->setText(rpt);

    // BIMI, when the domain (or its organizational domain) publishes a record.
    m_bimiPanel->setBimi(r.bimi);
    m_bimiBox->setVisible(r.bimi.record.has_value());

    QList<Finding> findings = r.findings; // the worst first
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    m_findingsModel->setFindings(findings);
    m_findingsView->resizeColumnToContents(AuditFindingsModel::SeverityColumn);
    m_findingsView->resizeColumnToContents(AuditFindingsModel::CodeColumn);
    if (!r.findings.isEmpty())
        m_findingsView->selectRow(0);
    else
        m_findingDetail->setText(esc(tr("None: nothing to fix in how mail reaches this domain.")));

    const int connections = int(m_connections.size());
    setBusy(false, r.smtpProbed ? tr("Probed port 25 of %1 MX host(s); connections made: %2")
                                      .arg(r.mx.hosts.size())
                                      .arg(connections)
                                : tr("Connections made: %1. STARTTLS not probed.").arg(connections));
    Q_EMIT statusMessage(tr("Transport: %1").arg(verdict.sentence));
}

void TransportTab::showPolicy(const TransportResult& r) {
    const auto& sts = r.mtaSts;
    const QString errorColour = SeverityStyle::colour(Severity::Error).name();
    auto problem = [&](const QString& text) {
        return QStringLiteral("<br><span style=\"color:%1\">%2&nbsp;%3</span>")
            .arg(errorColour, SeverityStyle::symbol(Severity::Error), esc(text));
    };
    QString facts;
    if (!sts.dnsError.isEmpty()) {
        facts = esc(tr("The _mta-sts query failed: %1.").arg(sts.dnsError));
    } else if (sts.records.isEmpty()) {
        facts =
            esc(tr("No _mta-sts record: senders use TLS only when offered, and an attacker on the path can "
                   "strip it."));
    } else {
        facts = tr("Record: %1")
                    .arg(QStringLiteral("<tt>%1</tt>").arg(esc(sts.records.join(QStringLiteral(" | ")))));
        if (sts.record)
            for (const QString& e : sts.record->errors)
                facts += problem(e);
        if (!sts.notFetched.isEmpty())
            facts += QStringLiteral("<br>") + esc(tr("Policy: %1").arg(sts.notFetched));
    }
    if (sts.fetched) {
        const HttpsResponse& f = sts.fetch;
        facts +=
            QStringLiteral("<br>") + tr("Fetched from %1").arg(QStringLiteral("<tt>%1</tt>").arg(esc(f.url)));
        QStringList details;
        if (f.httpStatus > 0)
            details << tr("HTTP status %1").arg(f.httpStatus)
                    << tr("content type %1").arg(f.contentType.isEmpty() ? tr("(none)") : f.contentType);
        if (!f.address.isEmpty())
            details << tr("answered by %1").arg(f.address);
        if (f.error == HttpsResponse::Error::None || f.error == HttpsResponse::Error::Certificate)
            details << (f.certificateValid ? tr("certificate valid") : tr("certificate not valid"));
        if (!f.chain.isEmpty())
            details << tr("certificate until %1")
                           .arg(f.chain.first().notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        facts += QStringLiteral("<br>") + esc(details.join(QStringLiteral("; ")));
        if (!f.ok())
            facts += problem(tr("%1: %2").arg(fetchErrorName(f.error), f.errorText));
        for (const QString& e : f.certificateErrors)
            if (f.error != HttpsResponse::Error::Certificate)
                facts += problem(e);
        if (f.isRedirect())
            facts += problem(tr("a redirect to %1: senders do not follow it").arg(f.location));
        if (sts.policy)
            for (const QString& e : sts.policy->errors)
                facts += problem(e);
    }
    m_policyFacts->setText(facts);
    const bool showRaw = sts.fetched && !sts.fetch.body.isEmpty();
    m_policyRaw->setPlainText(showRaw ? QString::fromUtf8(sts.fetch.body.left(64 * 1024)) : QString());
    m_policyRaw->setVisible(showRaw);
    const QStringList lines = MtaStsExplanation::lines(r.toJson().value(QStringLiteral("mtaSts")).toObject());
    QString explained;
    if (!lines.isEmpty()) {
        explained = QStringLiteral("<ul style=\"margin-left:0px\">");
        for (const QString& line : lines)
            explained += QStringLiteral("<li>%1</li>").arg(esc(line));
        explained += QStringLiteral("</ul>");
    }
    m_policyExplained->setText(explained);
    m_policyExplained->setVisible(!explained.isEmpty());
}

void TransportTab::showFinding(int row) {
    const Finding* raw = m_findingsModel->findingAt(row);
    if (!raw) {
        m_findingDetail->clear();
        return;
    }
    const Finding f = FindingCatalogue::localized(*raw);
    QString h =
        QStringLiteral("<span style=\"color:%1\">%2&nbsp;<b>%3</b></span> <tt>%4</tt> <b>%5</b><br>%6")
            .arg(SeverityStyle::colour(f.severity).name(), SeverityStyle::symbol(f.severity),
                 esc(SeverityStyle::word(f.severity)), esc(f.code), esc(f.title), esc(f.detail));
    h += QStringLiteral("<br><i>%1</i> <small>(%2)</small>").arg(esc(tr("Fix: %1").arg(f.fix)), esc(f.rfc));
    if (!f.evidence.isEmpty())
        h += QStringLiteral("<br><small><tt>%1</tt></small>")
                 .arg(esc(f.evidence.mid(0, 6).join(QLatin1Char('\n')))
                          .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_findingDetail->setText(h);
}
