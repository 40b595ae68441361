#include "MessageTab.h"

#include "MessageDetailHtml.h"
#include "SeverityStyle.h"
#include "demo/DemoWorld.h"
#include "dns/DnsSession.h"
#include "message/MessageAnalyzer.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
enum Column { CheckColumn, ResultColumn, SummaryColumn };
constexpr int PageRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;

QIcon iconFor(const QString& result) {
    const auto severity = MessageDetailHtml::severityOf(result);
    return severity ? SeverityStyle::icon(*severity) : SeverityStyle::okIcon();
}

QString readingName(const MessageDmarcResult& r) {
    return r.standard == QLatin1String("rfc9989") ? QStringLiteral("RFC 9989") : QStringLiteral("RFC 7489");
}
} // namespace

MessageTab::MessageTab(QWidget* parent)
    : AuditTab(parent) {
    setObjectName(QStringLiteral("messageTab"));
    setAcceptDrops(true);

    m_headline = new QLabel(tr("Drop a received message (.eml, .mbox) here, open one, or paste its header: "
                               "Mailsight tells why it passed or failed DMARC."),
                            this);
    m_headline->setObjectName(QStringLiteral("messageHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subline = new QLabel(this);
    m_subline->setObjectName(QStringLiteral("messageSubline"));
    m_subline->setWordWrap(true);
    m_subline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_openButton = new QPushButton(tr("Open message…"), this);
    m_pasteButton = new QPushButton(tr("Paste header…"), this);
    m_pasteButton->setCheckable(true);
    m_demoMessages = new QComboBox(this);
    m_demoMessages->setObjectName(QStringLiteral("messageDemoMessages"));
    m_demoMessages->setAccessibleName(tr("Demo messages"));
    m_ip = new QLineEdit(this);
    m_ip->setObjectName(QStringLiteral("messageIp"));
    m_ip->setAccessibleName(tr("Connecting IP"));
    m_ip->setPlaceholderText(tr("IP (from the message)"));
    m_helo = new QLineEdit(this);
    m_helo->setObjectName(QStringLiteral("messageHelo"));
    m_helo->setAccessibleName(tr("HELO name"));
    m_helo->setPlaceholderText(tr("HELO (from the message)"));
    m_mailFrom = new QLineEdit(this);
    m_mailFrom->setObjectName(QStringLiteral("messageMailFrom"));
    m_mailFrom->setAccessibleName(tr("MAIL FROM address"));
    m_mailFrom->setPlaceholderText(tr("MAIL FROM (from the message)"));
    m_againButton = new QPushButton(tr("Analyze again"), this);
    m_againButton->setToolTip(
        tr("Analyze the same message again, with the IP, HELO and MAIL FROM given here"));
    m_againButton->setEnabled(false);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_openButton);
    toolbar->addWidget(m_pasteButton);
    toolbar->addWidget(m_demoMessages);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_ip, 1);
    toolbar->addWidget(m_helo, 1);
    toolbar->addWidget(m_mailFrom, 1);
    toolbar->addWidget(m_againButton);

    m_messageChoice = new QComboBox(this);
    m_messageChoice->setObjectName(QStringLiteral("messageChoice"));
    m_messageChoice->setAccessibleName(tr("Message of the file"));
    m_messageChoice->hide();

    m_pastePanel = new QWidget(this);
    auto* pasteLayout = new QVBoxLayout(m_pastePanel);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    m_pasteEdit = new QPlainTextEdit(m_pastePanel);
    m_pasteEdit->setObjectName(QStringLiteral("messagePaste"));
    m_pasteEdit->setAccessibleName(tr("Pasted message header"));
    m_pasteEdit->setPlaceholderText(
        tr("Paste the message header here (\"Show original\" or \"View source\" in the "
           "mail client), with the body if you have it."));
    m_pasteEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* analyzePaste = new QPushButton(tr("Analyze pasted text"), m_pastePanel);
    analyzePaste->setObjectName(QStringLiteral("messageAnalyzePaste"));
    pasteLayout->addWidget(m_pasteEdit);
    pasteLayout->addWidget(analyzePaste, 0, Qt::AlignRight);
    m_pastePanel->hide();

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("messageChecks"));
    m_checks->setAccessibleName(tr("Checks of the message"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Summary")});
    m_checks->setRootIsDecorated(true);
    m_checks->setAlternatingRowColors(true);
    m_checks->header()->setStretchLastSection(true);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("messageDetail"));
    m_detail->setAccessibleName(tr("Evidence of the selected check"));
    m_detail->setOpenLinks(false);

    m_hops = new QTableWidget(0, 8, this);
    m_hops->setObjectName(QStringLiteral("messageHops"));
    m_hops->setAccessibleName(tr("Delivery path"));
    m_hops->setHorizontalHeaderLabels({tr("Hop"), tr("From (HELO)"), tr("IP"), tr("Reverse name"), tr("By"),
                                       tr("With"), tr("Date (UTC)"), tr("Delay")});
    m_hops->verticalHeader()->hide();
    m_hops->horizontalHeader()->setStretchLastSection(true);
    m_hops->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hops->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings = new QTextBrowser(this);
    m_findings->setObjectName(QStringLiteral("messageFindings"));
    m_findings->setAccessibleName(tr("Findings of the message"));
    m_lower = new QTabWidget(this);
    m_lower->addTab(m_hops, tr("Delivery path"));
    m_lower->addTab(m_findings, tr("Findings"));

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_checks);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_lower);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_subline);
    layout->addLayout(toolbar);
    layout->addWidget(m_messageChoice);
    layout->addWidget(m_pastePanel);
    layout->addWidget(vertical, 1);
    setTabOrderChain({m_openButton, m_pasteButton, m_demoMessages, m_ip, m_helo, m_mailFrom, m_againButton,
                      m_messageChoice, m_pasteEdit, analyzePaste, m_checks, m_detail, m_lower});

    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Open a received message"), QString(),
                                          tr("Messages (*.eml *.mbox *.msg *.txt);;All files (*)"));
        if (!paths.isEmpty())
            openFiles(paths);
    });
    connect(m_pasteButton, &QPushButton::toggled, this, [this](bool on) {
        m_pastePanel->setVisible(on);
        if (on)
            m_pasteEdit->setFocus();
    });
    connect(analyzePaste, &QPushButton::clicked, this,
            [this] { analyzeText(m_pasteEdit->toPlainText().toUtf8()); });
    connect(m_againButton, &QPushButton::clicked, this,
            [this] { run(m_lastInputs, m_lastLabels, m_lastPasted); });
    for (QLineEdit* edit : {m_ip, m_helo, m_mailFrom})
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (!m_lastInputs.isEmpty())
                run(m_lastInputs, m_lastLabels, m_lastPasted);
        });
    connect(m_demoMessages, &QComboBox::activated, this, [this](int index) {
        const QString file = m_demoMessages->itemData(index).toString();
        if (!file.isEmpty())
            openFiles({file});
    });
    connect(m_messageChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showAnalysis(index);
    });
    connect(m_checks, &QTreeWidget::currentItemChanged, this, &MessageTab::showDetail);
    updateDemoMessages();
}

MessageTab::~MessageTab() = default;

void MessageTab::setResolverPlan(std::function<ResolverPlan()> plan) {
    m_plan = std::move(plan);
    updateDemoMessages();
}

void MessageTab::startAudit(const QString&, std::shared_ptr<DnsSession>, quint64 generation) {
    // Messages are analyzed on their own request; an audit may have switched to or from the demo.
    updateDemoMessages();
    QTimer::singleShot(0, this, [this, generation] { Q_EMIT finished(generation); });
}

void MessageTab::clearResults() {
    // The message shown does not belong to the audited domain: it stays.
}

void MessageTab::updateDemoMessages() {
    const bool demo = m_plan && m_plan().demo;
    m_demoMessages->clear();
    m_demoMessages->setVisible(demo);
    if (!demo)
        return;
    m_demoMessages->addItem(tr("Demo messages…"));
    for (const DemoWorld::Message& m : DemoWorld::messages()) {
        m_demoMessages->addItem(m.title, m.file);
        m_demoMessages->setItemData(m_demoMessages->count() - 1, m.story, Qt::ToolTipRole);
    }
}

void MessageTab::openFiles(const QStringList& paths) {
    QList<QByteArray> inputs;
    QStringList labels;
    QStringList errors;
    for (const QString& path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            errors << tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
            continue;
        }
        inputs << f.readAll();
        labels << QFileInfo(path).fileName();
    }
    if (!errors.isEmpty())
        Q_EMIT statusMessage(errors.join(QStringLiteral("; ")));
    if (!inputs.isEmpty())
        run(inputs, labels, false);
}

void MessageTab::analyzeText(const QByteArray& text) {
    if (text.trimmed().isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to analyze: paste a message header first."));
        return;
    }
    run({text}, {tr("pasted text")}, true);
}

void MessageTab::run(const QList<QByteArray>& inputs, const QStringList& labels, bool pasted) {
    MessageAnalyzer::Request base;
    if (const QString ip = m_ip->text().trimmed(); !ip.isEmpty()) {
        QHostAddress address;
        if (!address.setAddress(ip)) {
            Q_EMIT statusMessage(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(ip));
            m_ip->setFocus();
            return;
        }
        base.ip = address.toString();
    }
    if (const QString helo = m_helo->text().trimmed(); !helo.isEmpty())
        base.helo = helo;
    if (const QString from = m_mailFrom->text().trimmed(); !from.isEmpty())
        base.mailFrom = from;
    m_lastInputs = inputs;
    m_lastLabels = labels;
    m_lastPasted = pasted;
    m_againButton->setEnabled(true);
    const quint64 request = ++m_request;
    const ResolverPlan plan = m_plan ? m_plan() : ResolverPlan{};
    m_headline->setText(tr("Analyzing…"));
    Q_EMIT statusMessage(tr("Analyzing the message: SPF, DKIM, ARC and DMARC…"));

    auto* watcher = new QFutureWatcher<Work>(this);
    connect(watcher, &QFutureWatcher<Work>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return; // a newer request superseded this one
        const Work work = watcher->result();
        m_analyses = work.analyses;
        m_messageChoice->blockSignals(true);
        m_messageChoice->clear();
        for (const MessageAnalysis& a : std::as_const(m_analyses))
            m_messageChoice->addItem(QStringLiteral("%1 — %2").arg(a.label, a.subject));
        m_messageChoice->setVisible(m_analyses.size() > 1);
        m_messageChoice->blockSignals(false);
        if (!work.error.isEmpty()) {
            m_headline->setText(work.error);
            Q_EMIT statusMessage(work.error);
        } else if (!m_analyses.isEmpty()) {
            showAnalysis(0);
            Q_EMIT statusMessage(tr("Message analyzed: %n message(s)", nullptr, int(m_analyses.size())));
        }
        Q_EMIT analyzed();
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [plan, inputs, labels, pasted, base] {
        Work work;
        const auto resolver = plan.build();
        if (!resolver) {
            work.error = resolver.error();
            return work;
        }
        auto session = std::make_shared<DnsSession>(*resolver);
        const MessageAnalyzer analyzer(session);
        for (qsizetype i = 0; i < inputs.size(); ++i)
            for (const MailMessage& m : MessageAnalyzer::readInput(inputs.at(i), labels.value(i), pasted)) {
                if (m.headers.isEmpty()) {
                    work.error = QCoreApplication::translate("MessageTab",
                                                             "%1 holds no header field: give a message or "
                                                             "its header.")
                                     .arg(m.label);
                    continue;
                }
                MessageAnalyzer::Request r = base;
                r.message = m;
                r.pasted = pasted;
                work.analyses << analyzer.analyze(r);
            }
        if (!work.analyses.isEmpty())
            work.error.clear();
        return work;
    }));
}

QTreeWidgetItem* MessageTab::addCheck(const QString& name, const QString& result, const QString& summary,
                                      int page, int index, QTreeWidgetItem* parent) {
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_checks);
    item->setText(CheckColumn, name);
    item->setText(ResultColumn, result);
    item->setIcon(ResultColumn, iconFor(result));
    item->setText(SummaryColumn, summary);
    item->setToolTip(SummaryColumn, summary);
    item->setData(CheckColumn, PageRole, page);
    item->setData(CheckColumn, IndexRole, index);
    return item;
}

void MessageTab::showAnalysis(int index) {
    if (index < 0 || index >= m_analyses.size())
        return;
    const MessageAnalysis& a = m_analyses.at(index);
    // The verdict first: symbol, word and colour of the worst DMARC outcome, then the sentence.
    const QString worst =
        a.dmarcFails()
            ? QStringLiteral("fail")
            : (a.dmarc9989.result == QLatin1String("pass") ? QStringLiteral("pass") : a.dmarc9989.result);
    const auto severity = MessageDetailHtml::severityOf(worst);
    m_headline->setText(
        QStringLiteral("<span style=\"color:%1\">%2 %3</span> %4")
            .arg((severity ? SeverityStyle::colour(*severity) : SeverityStyle::okColour()).name(),
                 severity ? SeverityStyle::symbol(*severity) : QStringLiteral("\u2714"),
                 (severity ? SeverityStyle::word(*severity) : tr("OK")).toHtmlEscaped(),
                 a.verdict.toHtmlEscaped()));
    m_subline->setText(tr("%1 · From %2 · %3 · via %4 (%5)")
                           .arg(a.label, a.fromAddress.isEmpty() ? tr("(none)") : a.fromAddress,
                                a.subject.isEmpty() ? tr("(no subject)") : a.subject,
                                a.envelope.ip.isEmpty() ? tr("an unknown IP") : a.envelope.ip,
                                a.envelope.ipSource.isEmpty() ? tr("give it above") : a.envelope.ipSource));

    using Page = MessageDetailHtml::Page;
    m_checks->clear();
    addCheck(tr("DMARC (%1)").arg(readingName(a.dmarc9989)), a.dmarc9989.result,
             a.dmarc9989.policy.isEmpty() ? a.dmarc9989.explanation
                                          : tr("p=%1 → %2").arg(a.dmarc9989.policy, a.dmarc9989.disposition),
             int(Page::Dmarc9989));
    addCheck(tr("DMARC (%1)").arg(readingName(a.dmarc7489)), a.dmarc7489.result,
             a.dmarc7489.policy.isEmpty() ? a.dmarc7489.explanation
                                          : tr("p=%1 → %2").arg(a.dmarc7489.policy, a.dmarc7489.disposition),
             int(Page::Dmarc7489));
    addCheck(
        tr("SPF (%1)").arg(a.spf.identity == QLatin1String("helo") ? tr("HELO") : tr("MAIL FROM")),
        a.spf.result,
        a.spf.domain.isEmpty()
            ? a.spf.reason
            : tr("%1, %2").arg(a.spf.domain, a.dmarc9989.spf.aligned() ? tr("aligned") : tr("not aligned")),
        int(Page::Spf));
    if (a.spfHelo.identity != a.spf.identity || a.spfHelo.domain != a.spf.domain)
        addCheck(tr("SPF (HELO)"), a.spfHelo.result, a.spfHelo.domain, int(Page::SpfHelo));
    if (a.dkim.signatures.isEmpty())
        addCheck(tr("DKIM"), QStringLiteral("none"), tr("no signature"), int(Page::Dkim), -1);
    for (int i = 0; i < a.dkim.signatures.size(); ++i) {
        const DkimSignatureVerification& s = a.dkim.signatures.at(i);
        const bool aligned = i < a.dmarc9989.dkim.size() && a.dmarc9989.dkim.at(i).aligned();
        addCheck(QStringLiteral("DKIM d=%1").arg(s.signature.domain), s.result,
                 tr("s=%1, %2").arg(s.signature.selector, aligned ? tr("aligned") : tr("not aligned")),
                 int(Page::Dkim), i);
    }
    QTreeWidgetItem* arc = addCheck(tr("ARC"), a.arc.chain, a.arc.reason, int(Page::Arc));
    for (const ArcSet& s : a.arc.sets)
        addCheck(
            tr("i=%1 %2").arg(s.instance).arg(s.sealer()),
            s.amsCheck.passed() && s.sealCheck.passed() ? QStringLiteral("pass") : QStringLiteral("fail"),
            tr("AMS %1, seal %2, cv=%3").arg(s.amsCheck.result, s.sealCheck.result, s.seal.chainValidation),
            int(Page::Arc), 0, arc);
    arc->setExpanded(true);
    QTreeWidgetItem* receiver = addCheck(
        tr("Receiver's verdict"),
        a.receiver.isPresent() ? (a.differences.isEmpty() ? tr("agrees") : tr("differs"))
                               : QStringLiteral("none"),
        a.receiver.isPresent()
            ? tr("%1: %n difference(s)", nullptr, int(a.differences.size())).arg(a.receiver.authServId)
            : tr("no Authentication-Results of the receiver"),
        int(Page::Receiver));
    // Agreeing with the receiver is the good case; a difference is worth a look.
    receiver->setIcon(ResultColumn, !a.receiver.isPresent()   ? SeverityStyle::icon(Severity::Info)
                                    : a.differences.isEmpty() ? SeverityStyle::okIcon()
                                                              : SeverityStyle::icon(Severity::Warning));
    for (int c = 0; c < 2; ++c)
        m_checks->resizeColumnToContents(c);
    m_checks->setCurrentItem(m_checks->topLevelItem(0));

    m_hops->setRowCount(int(a.path.hops.size()));
    for (int r = 0; r < a.path.hops.size(); ++r) {
        const ReceivedHop& h = a.path.hops.at(r);
        const QStringList cells{
            QString::number(h.hop) + (r == a.path.borderHop ? QStringLiteral(" ★") : QString()),
            h.helo,
            h.ip,
            h.reverseName,
            h.by,
            h.with,
            h.date.isValid() ? h.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : h.dateText,
            h.delaySeconds ? tr("%1 s").arg(*h.delaySeconds) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(r == a.path.borderHop
                                 ? tr("The receiving system accepted the message here: %1").arg(h.raw)
                                 : h.raw);
            m_hops->setItem(r, c, item);
        }
    }
    m_hops->resizeColumnsToContents();
    m_findings->setHtml(MessageDetailHtml::findings(a.findings));
    m_lower->setTabText(1, tr("Findings (%1)").arg(a.findings.size()));
    showDetail();
}

void MessageTab::showDetail() {
    const int index = m_messageChoice->currentIndex() < 0 ? 0 : m_messageChoice->currentIndex();
    if (index >= m_analyses.size()) {
        m_detail->clear();
        return;
    }
    const QTreeWidgetItem* item = m_checks->currentItem();
    const auto page = item ? MessageDetailHtml::Page(item->data(CheckColumn, PageRole).toInt())
                           : MessageDetailHtml::Page::Summary;
    m_detail->setHtml(MessageDetailHtml::page(m_analyses.at(index), page,
                                              item ? item->data(CheckColumn, IndexRole).toInt() : 0));
}

QString MessageTab::headline() const {
    return m_headline->text();
}

QString MessageTab::detailText() const {
    return m_detail->toPlainText();
}

void MessageTab::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MessageTab::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    } else if (event->mimeData()->hasText()) {
        // Header text dragged from a browser or a mail client.
        event->acceptProposedAction();
        m_pasteEdit->setPlainText(event->mimeData()->text());
        analyzeText(event->mimeData()->text().toUtf8());
    }
}
