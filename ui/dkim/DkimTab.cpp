#include "DkimTab.h"

#include "audit/DkimReportSelectors.h"

#include "DkimKeyGenDialog.h"
#include "DkimKeyMatchDialog.h"
#include "DkimSelectorModel.h"
#include "DkimSignatureModel.h"
#include "dkim/DkimChecker.h"
#include "dkim/DkimSelectorDiscovery.h"
#include "dkim/DkimTagExplainer.h"
#include "dkim/DkimVerifier.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"
#include "dns/LdnsResolver.h"
#include "findings/FindingCatalogue.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

DkimTab::DkimTab(QWidget* parent)
    : AuditTab(parent)
    , m_selectors(new DkimSelectorModel(this))
    , m_signatures(new DkimSignatureModel(this)) {
    setObjectName(QStringLiteral("dkimTab"));
    setAcceptDrops(true);

    m_headline =
        new QLabel(tr("Audit a domain to look for its DKIM selectors, or drop .eml/.mbox files here."), this);
    m_headline->setObjectName(QStringLiteral("dkimHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);

    m_addEdit = new QLineEdit(this);
    m_addEdit->setObjectName(QStringLiteral("dkimAddSelector"));
    m_addEdit->setAccessibleName(tr("DKIM selector to add"));
    m_addEdit->setPlaceholderText(tr("selector, e.g. s2024 (Enter adds it)"));
    m_addButton = new QPushButton(tr("Add selector"), this);
    m_matchButton = new QPushButton(tr("Check private key…"), this);
    m_matchButton->setToolTip(
        tr("Confirm that a private key file matches the key published at the selected selector"));
    m_keygenButton = new QPushButton(tr("Generate new key…"), this);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_addEdit, 1);
    toolbar->addWidget(m_addButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_matchButton);
    toolbar->addWidget(m_keygenButton);

    m_selectorView = new QTableView(this);
    m_selectorView->setObjectName(QStringLiteral("dkimSelectors"));
    m_selectorView->setAccessibleName(tr("DKIM selectors"));
    m_selectorView->setModel(m_selectors);
    m_selectorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_selectorView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_selectorView->verticalHeader()->hide();
    m_selectorView->horizontalHeader()->setStretchLastSection(true);
    m_selectorView->setAlternatingRowColors(true);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("dkimDetail"));
    m_detail->setAccessibleName(tr("The selected selector's key record explained"));
    m_detail->setOpenLinks(false);

    m_signatureView = new QTableView(this);
    m_signatureView->setObjectName(QStringLiteral("dkimSignatures"));
    m_signatureView->setAccessibleName(tr("Signatures of dropped messages"));
    m_signatureView->setModel(m_signatures);
    m_signatureView->verticalHeader()->hide();
    m_signatureView->horizontalHeader()->setStretchLastSection(true);
    m_signatureView->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_selectorView);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto* signatures = new QWidget(this);
    auto* sigLayout = new QVBoxLayout(signatures);
    sigLayout->setContentsMargins(0, 0, 0, 0);
    auto* sigLabel = new QLabel(
        tr("Signatures of dropped messages (drop .eml or .mbox files anywhere on this tab):"), signatures);
    sigLayout->addWidget(sigLabel);
    sigLayout->addWidget(m_signatureView);
    m_authSummary = new QLabel(signatures);
    m_authSummary->setObjectName(QStringLiteral("dkimAuthSummary"));
    m_authSummary->setWordWrap(true);
    m_authSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sigLayout->addWidget(m_authSummary);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(signatures);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_notice);
    layout->addLayout(toolbar);
    layout->addWidget(vertical, 1);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addSelector(m_addEdit->text()); });
    connect(m_addEdit, &QLineEdit::returnPressed, this, [this] { addSelector(m_addEdit->text()); });
    connect(m_selectorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DkimTab::showDetail);
    connect(m_matchButton, &QPushButton::clicked, this, &DkimTab::openKeyMatch);
    connect(m_keygenButton, &QPushButton::clicked, this, &DkimTab::openKeyGeneration);
    showDetail();
}

DkimTab::~DkimTab() = default;

std::shared_ptr<DnsSession> DkimTab::session() {
    // Messages can be dropped before any audit: then the system resolvers answer.
    if (!m_session)
        m_session = std::make_shared<DnsSession>(std::make_shared<LdnsResolver>());
    return m_session;
}

void DkimTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) {
    m_domain = domain;
    m_session = std::move(session);
    m_generation = generation;
    m_running = true;
    // Selectors added by hand or read from messages are asked again for the new domain.
    DkimCheckRequest request{domain, {}, true};
    for (const DkimSelectorResult& r : m_selectors->results())
        if (r.source != DkimSelectorSource::Common)
            request.selectors << DkimSelectorCandidate{r.selector, r.source, r.origin};
    m_selectors->clear();
    m_headline->setText(tr("Looking for DKIM selectors of %1…").arg(domain));
    Q_EMIT statusMessage(tr("DKIM: asking %1 selectors of %2")
                             .arg(DkimSelectorDiscovery::commonSelectors().size())
                             .arg(domain));

    auto* watcher = new QFutureWatcher<DkimResult>(this);
    std::shared_ptr<DnsSession> s = m_session;
    connect(watcher, &QFutureWatcher<DkimResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer audit started: drop this result
        m_running = false;
        showResult(watcher->result());
        Q_EMIT finished(generation);
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [s, request]() mutable {
        // Selectors seen in imported DMARC reports join the discovery (read off the UI thread).
        for (const DkimSelectorCandidate& c : DkimReportSelectors::candidates(request.domain)) {
            const bool known =
                std::any_of(request.selectors.cbegin(), request.selectors.cend(),
                            [&](const DkimSelectorCandidate& k) { return k.selector == c.selector; });
            if (!known)
                request.selectors << c;
        }
        return DkimChecker::check(*s, request);
    }));
}

void DkimTab::clearResults() {
    ++m_generation;
    m_running = false;
    m_domain.clear();
    m_domainFindings.clear();
    m_tried.clear();
    m_selectors->clear();
    m_signatures->clear();
    m_authSummary->clear();
    m_notice->clear();
    updateHeadline();
    showDetail();
}

void DkimTab::showResult(const DkimResult& result) {
    m_selectors->setResults(result.selectors);
    m_tried = result.tried;
    m_domainFindings.clear();
    for (const Finding& f : result.findings) {
        bool perSelector = false;
        for (const DkimSelectorResult& s : result.selectors)
            perSelector = perSelector || s.findings.contains(f);
        if (!perSelector)
            m_domainFindings << f;
    }
    m_notice->setText(result.notice);
    updateHeadline();
    if (m_selectors->rowCount() > 0)
        m_selectorView->selectRow(0);
    m_selectorView->resizeColumnsToContents();
    showDetail();
}

QString DkimTab::headline() const {
    return m_headline->text();
}

QString DkimTab::authenticationSummary() const {
    return m_authSummary->text();
}

void DkimTab::updateHeadline() {
    if (m_domain.isEmpty()) {
        m_headline->setText(
            tr("Audit a domain to look for its DKIM selectors, or drop .eml/.mbox files here."));
        return;
    }
    int found = 0;
    int usable = 0;
    std::optional<Severity> worst;
    for (const DkimSelectorResult& r : m_selectors->results()) {
        found += r.found ? 1 : 0;
        usable += r.found && r.key.isReadable() && !r.record.isRevoked() ? 1 : 0;
        const auto w = r.worstSeverity();
        if (w && (!worst || int(*w) > int(*worst)))
            worst = w;
    }
    for (const Finding& f : m_domainFindings)
        if (!worst || int(f.severity) > int(*worst))
            worst = f.severity;
    QString text;
    if (found == 0)
        text = tr("%1: no DKIM key found at the %2 selectors tried — which does not prove there is none.")
                   .arg(m_domain)
                   .arg(m_tried.size());
    else
        text = tr("%1: %n usable DKIM key(s)", nullptr, usable).arg(m_domain) +
               tr(" at %n selector(s) found", nullptr, found) +
               (worst ? tr(" — worst finding: %1").arg(DkimSelectorModel::severityWord(worst))
                      : tr(" — no problems found"));
    m_headline->setText(text);
    QPalette p = m_headline->palette();
    p.setColor(QPalette::WindowText, DkimSelectorModel::severityColour(worst));
    m_headline->setPalette(p);
}

void DkimTab::showDetail() {
    const DkimSelectorResult* r = m_selectors->resultAt(m_selectorView->currentIndex().row());
    m_matchButton->setEnabled(r && r->found && !m_domain.isEmpty());
    if (!r) {
        QString html =
            tr("<p>Select a selector to see its key record, every tag explained, the key's fingerprint "
               "and where a CNAME leads.</p>");
        for (const Finding& raw : m_domainFindings) {
            const Finding f = FindingCatalogue::localized(raw);
            html += QStringLiteral("<p><b>%1 %2</b> — %3<br/>%4<br/><i>%5</i> (%6)</p>")
                        .arg(severityLabel(f.severity).toHtmlEscaped(), f.code, f.title.toHtmlEscaped(),
                             f.detail.toHtmlEscaped(), f.fix.toHtmlEscaped(), f.rfc);
        }
        m_detail->setHtml(html);
        return;
    }
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QString html = QStringLiteral("<h3 style='font-family:%1'>%2</h3>").arg(mono, r->name.toHtmlEscaped());
    if (!r->cnameChain.isEmpty())
        html += tr("<p>CNAME → <span style='font-family:%1'>%2</span>%3</p>")
                    .arg(mono, r->cnameChain.join(QStringLiteral(" → ")).toHtmlEscaped(),
                         r->dangling ? tr(" <b>(dangling: the target holds no key)</b>") : QString());
    if (dnsOutcomeIsFailure(r->outcome))
        html += tr("<p><b>DNS error:</b> %1. Whether a key is published here is unknown.</p>")
                    .arg(r->dnsError.toHtmlEscaped());
    else if (!r->found)
        html += tr("<p>No key record here (%1).</p>").arg(dnsOutcomeDescription(r->outcome).toHtmlEscaped());
    if (r->found) {
        html += QStringLiteral("<p><b>%1</b></p><pre style='font-family:%2; white-space:pre-wrap'>")
                    .arg(tr("Record as published (strings of at most 255 bytes):"), mono);
        QStringList strings;
        for (const QByteArray& s : r->strings.value(0))
            strings << QLatin1Char('"') + QString::fromUtf8(s).toHtmlEscaped() + QLatin1Char('"');
        html += strings.join(QStringLiteral("\n")) + QStringLiteral("</pre>");
        html += QStringLiteral("<table cellspacing='4'>");
        for (const DkimTag& t : r->record.tags.tags) {
            const QString value = t.name == QLatin1String("p") && t.value.size() > 40
                                      ? t.value.left(24) + QStringLiteral("…") + t.value.right(12)
                                      : t.value;
            html += QStringLiteral("<tr><td style='font-family:%1'><b>%2=</b>%3</td><td>%4</td></tr>")
                        .arg(mono, t.name.toHtmlEscaped(), value.toHtmlEscaped(),
                             DkimTagExplainer::explain(t.name, t.value).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (r->key.isReadable())
            html += tr("<p><b>Key:</b> %1, %2 bits%3, %4<br/><b>Fingerprint:</b> <span "
                       "style='font-family:%5'>%6</span></p>")
                        .arg(r->key.keyType.toUpper())
                        .arg(r->key.bits)
                        .arg(r->key.exponent.isEmpty() ? QString() : tr(", exponent %1").arg(r->key.exponent))
                        .arg(r->key.encoding, mono, r->key.fingerprint);
        else if (!r->key.error.isEmpty())
            html += tr("<p><b>The key cannot be read:</b> %1</p>").arg(r->key.error.toHtmlEscaped());
    }
    for (const Finding& raw : r->findings) {
        const Finding f = FindingCatalogue::localized(raw);
        html += QStringLiteral("<p><span style='color:%1'><b>%2</b></span> <b>%3</b> — %4<br/>%5<br/>"
                               "<i>%6</i> (%7)</p>")
                    .arg(DkimSelectorModel::severityColour(f.severity).name(),
                         severityLabel(f.severity).toHtmlEscaped(), f.code, f.title.toHtmlEscaped(),
                         f.detail.toHtmlEscaped(), f.fix.toHtmlEscaped(), f.rfc);
    }
    m_detail->setHtml(html);
}

void DkimTab::addSelector(const QString& text) {
    const QString selector = text.trimmed();
    if (selector.isEmpty())
        return;
    if (m_domain.isEmpty()) {
        Q_EMIT statusMessage(tr("Audit a domain first, then add its selectors."));
        return;
    }
    if (!DnsName::fromWire(selector + QStringLiteral("._domainkey.") + m_domain)) {
        Q_EMIT statusMessage(tr("'%1' cannot be a selector of %2.").arg(selector, m_domain));
        return;
    }
    m_addEdit->clear();
    auto s = session();
    const QString domain = m_domain;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<QList<DkimSelectorResult>>(this);
    connect(watcher, &QFutureWatcher<QList<DkimSelectorResult>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        for (const DkimSelectorResult& r : watcher->result())
            m_selectors->addOrReplace(r);
        updateHeadline();
        m_selectorView->selectRow(m_selectors->rowCount() - 1);
        showDetail();
        Q_EMIT extraWorkFinished();
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [s, domain, selector] {
        return DkimSelectorDiscovery::probe(*s, domain,
                                            {DkimSelectorCandidate{selector, DkimSelectorSource::User, {}}});
    }));
}

void DkimTab::openMessages(const QStringList& paths) {
    auto s = session();
    const QString domain = m_domain;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<MessageWork>(this);
    connect(watcher, &QFutureWatcher<MessageWork>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const MessageWork work = watcher->result();
        QStringList summary;
        for (const DkimVerification& v : work.verifications) {
            m_signatures->addVerification(v);
            // What the receiving side recorded, next to our own verdict: SPF, DKIM and DMARC at a glance.
            QStringList parts;
            for (const AuthenticationResultsHeader& h : v.authenticationResults) {
                QStringList results;
                for (const AuthenticationResult& r : h.results)
                    results << r.method + QLatin1Char('=') + r.result;
                parts << (h.authServId.isEmpty() ? h.header
                                                 : h.header + QStringLiteral(" (") + h.authServId + u')') +
                             QStringLiteral(": ") + results.join(QStringLiteral(", "));
            }
            parts
                << (v.signatures.isEmpty()
                        ? (v.domainKeySignatures.isEmpty()
                               ? tr("no DKIM signature")
                               : tr("no DKIM signature; a DomainKey-Signature (RFC 4870, historic) by %1 is "
                                    "not evaluated")
                                     .arg(v.domainKeySignatures.first().domain))
                    : v.dmarcAligned9989 != std::optional<bool>(v.dmarcAligned7489)
                        ? tr("DKIM for DMARC: receivers disagree on alignment with From %3 (RFC 9989: %1, "
                             "RFC 7489: %2)")
                              .arg(!v.dmarcAligned9989   ? tr("unknown")
                                   : *v.dmarcAligned9989 ? tr("aligned")
                                                         : tr("not aligned"),
                                   v.dmarcAligned7489 ? tr("aligned") : tr("not aligned"), v.fromDomain)
                    : v.dmarcAligned
                        ? tr("DKIM for DMARC: a signature aligned with From %1 passes").arg(v.fromDomain)
                        : tr("DKIM for DMARC: no passing signature aligned with From %1").arg(v.fromDomain));
            summary << QStringLiteral("<b>%1</b> — %2")
                           .arg(v.label.toHtmlEscaped(), parts.join(QStringLiteral("; ")).toHtmlEscaped());
        }
        if (!summary.isEmpty()) {
            const QString previous = m_authSummary->text();
            m_authSummary->setText((previous.isEmpty() ? QString() : previous + QStringLiteral("<br/>")) +
                                   summary.join(QStringLiteral("<br/>")));
        }
        if (generation == m_generation)
            for (const DkimSelectorResult& r : work.selectors)
                m_selectors->addOrReplace(r);
        m_signatureView->resizeColumnsToContents();
        updateHeadline();
        if (!work.errors.isEmpty())
            Q_EMIT statusMessage(work.errors.join(QStringLiteral("; ")));
        else
            Q_EMIT statusMessage(tr("DKIM: %n message(s) verified", nullptr, int(work.verifications.size())));
        Q_EMIT extraWorkFinished();
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [s, domain, paths] {
        MessageWork work;
        QList<DkimSelectorCandidate> candidates;
        for (const QString& path : paths) {
            const auto messages = MailMessage::readFile(path);
            if (!messages) {
                work.errors << messages.error();
                continue;
            }
            for (const MailMessage& m : *messages) {
                const DkimVerification v = DkimVerifier::verify(m, *s);
                for (const DkimSignatureVerification& sig : v.signatures)
                    if (!domain.isEmpty() && sig.signature.domain == domain &&
                        !sig.signature.selector.isEmpty())
                        candidates << DkimSelectorCandidate{sig.signature.selector,
                                                            DkimSelectorSource::Message, m.label};
                work.verifications << v;
            }
        }
        if (!candidates.isEmpty())
            work.selectors = DkimSelectorDiscovery::probe(
                *s, domain, DkimSelectorDiscovery::candidates(candidates, false));
        return work;
    }));
}

void DkimTab::dragEnterEvent(QDragEnterEvent* event) {
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
}

void DkimTab::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openMessages(paths);
    Q_EMIT messagesDropped(paths);
}

void DkimTab::openKeyMatch() {
    const DkimSelectorResult* r = m_selectors->resultAt(m_selectorView->currentIndex().row());
    if (!r || !r->found)
        return;
    auto* dialog = new DkimKeyMatchDialog(*r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DkimTab::openKeyGeneration() {
    auto* dialog = new DkimKeyGenDialog(m_domain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
