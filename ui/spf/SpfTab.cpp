#include "SpfTab.h"

#include "SeverityStyle.h"
#include "charts/CountAxisTicker.h"
#include "reports/ReportPlots.h"

#include "SpfGraphView.h"
#include "SpfTreeModel.h"
#include "dns/DnsSession.h"
#include "spf/SpfTreeBuilder.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "QCustomPlotHeader.h"
#include "findings/FindingCatalogue.h"

SpfTab::SpfTab(QWidget* parent)
    : AuditTab(parent)
    , m_model(new SpfTreeModel(this))
    , m_view(new QTreeView(this))
    , m_verdict(new QLabel(this))
    , m_record(new QLabel(this))
    , m_explanation(new QTextBrowser(this))
    , m_findings(new QListWidget(this))
    , m_chart(new QCustomPlot(this))
    , m_graph(new SpfGraphView(this))
    , m_pictures(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_ip(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_helo(new QLineEdit(this))
    , m_typedRecord(new QPlainTextEdit(this))
    , m_whatIfResult(new QLabel(this))
    , m_whatIfButton(new QPushButton(tr("Test"), this)) {
    setObjectName(QStringLiteral("spfTab"));
    auto* layout = new QVBoxLayout(this);

    QFont headline = m_verdict->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.25);
    headline.setBold(true);
    m_verdict->setFont(headline);
    m_verdict->setWordWrap(true);
    m_verdict->setText(tr("Enter a domain and audit it to see its SPF tree."));
    layout->addWidget(m_verdict);

    auto* recordRow = new QHBoxLayout;
    m_record->setAccessibleName(tr("SPF record"));
    m_record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_record->setWordWrap(true);
    recordRow->addWidget(m_record, 1);
    auto* copy = new QPushButton(tr("Copy record"), this);
    copy->setObjectName(QStringLiteral("copyRecord"));
    connect(copy, &QPushButton::clicked, this, &SpfTab::copyRecord);
    recordRow->addWidget(copy);
    layout->addLayout(recordRow);

    auto* tools = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search the tree (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the SPF tree"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& t) {
        m_searchFrom = 0;
        search(t);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    tools->addWidget(m_search, 1);
    auto* problem = new QPushButton(tr("Expand to problems"), this);
    problem->setObjectName(QStringLiteral("expandToProblem"));
    connect(problem, &QPushButton::clicked, this, &SpfTab::expandToProblem);
    tools->addWidget(problem);
    layout->addLayout(tools);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("spfTree"));
    m_view->setAccessibleName(tr("SPF lookup tree"));
    m_view->setUniformRowHeights(true); // hundreds of nodes stay fast
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SpfTab::showSelected);

    auto* side = new QSplitter(Qt::Vertical, this);
    m_findings->setObjectName(QStringLiteral("spfFindings"));
    m_findings->setAccessibleName(tr("SPF findings"));
    m_findings->setWordWrap(true);
    // A finding leads to the tree node that shows its evidence.
    connect(m_findings, &QListWidget::currentRowChanged, this, &SpfTab::showFindingNode);
    side->addWidget(m_findings);
    m_explanation->setOpenExternalLinks(false);
    m_explanation->setObjectName(QStringLiteral("spfExplanation"));
    m_explanation->setAccessibleName(tr("Explanation of the selected term"));
    side->addWidget(m_explanation);
    m_chart->setMinimumHeight(260);
    m_chart->setObjectName(QStringLiteral("spfChart"));
    m_chart->setAccessibleName(tr("Chart: DNS lookups per branch of the SPF tree"));
    // Title on top, legend in a row under the axes (as on the Reports charts): nothing covers the
    // bars, and the branch labels get the whole width.
    m_chart->plotLayout()->insertRow(0);
    m_chartTitle = new QCPTextElement(m_chart, QString(), QApplication::font());
    m_chart->plotLayout()->addElement(0, 0, m_chartTitle);
    m_chart->legend->setVisible(true);
    m_chart->legend->setFont(QApplication::font());
    ReportPlots::legendBelow(m_chart);
    // The include graph and the per-branch chart share the space below, the graph first.
    auto* graphPage = new QWidget(this);
    auto* graphLayout = new QVBoxLayout(graphPage);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    auto* graphTools = new QHBoxLayout;
    auto addTool = [&](const QString& text, const QString& name, const QString& tip, auto slot) {
        auto* b = new QToolButton(graphPage);
        b->setText(text);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        connect(b, &QToolButton::clicked, m_graph, slot);
        graphTools->addWidget(b);
        return b;
    };
    QToolButton* fit = addTool(tr("Fit"), QStringLiteral("spfGraphFit"),
                               tr("Fit the whole graph in view (Ctrl+0)"), &SpfGraphView::fitGraph);
    QToolButton* zoomIn = addTool(tr("+"), QStringLiteral("spfGraphZoomIn"),
                                  tr("Zoom in (Ctrl+=, or the mouse wheel)"), &SpfGraphView::zoomIn);
    QToolButton* zoomOut = addTool(tr("−"), QStringLiteral("spfGraphZoomOut"),
                                   tr("Zoom out (Ctrl+-, or the mouse wheel)"), &SpfGraphView::zoomOut);
    auto* legend =
        new QLabel(tr("Drag to pan. Colour, icon and word: within the limit of 10 lookups (up to 8), "
                      "near it (9–10), over it; dashed: loop or void lookup."),
                   graphPage);
    legend->setWordWrap(true);
    graphTools->addWidget(legend, 1);
    graphLayout->addLayout(graphTools);
    graphLayout->addWidget(m_graph, 1);
    connect(m_graph, &SpfGraphView::nodeSelected, this, &SpfTab::showGraphNode);
    m_pictures->setObjectName(QStringLiteral("spfPictures"));
    m_pictures->addTab(graphPage, tr("Include graph"));
    m_pictures->addTab(m_chart, tr("Lookups per branch"));
    side->addWidget(m_pictures);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 1);
    side->setStretchFactor(2, 5);
    side->setSizes({90, 110, 600}); // most of the height for the graph

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    // What-if: any client against the live record, or against a record typed here.
    auto* whatIf = new QFormLayout;
    m_ip->setPlaceholderText(tr("192.0.2.1 or 2001:db8::1"));
    m_ip->setAccessibleName(tr("What if: client IP address"));
    m_sender->setAccessibleName(tr("What if: sender address"));
    m_helo->setAccessibleName(tr("What if: HELO name"));
    m_typedRecord->setAccessibleName(tr("What if: SPF record to test instead of the published one"));
    m_sender->setPlaceholderText(tr("user@domain (optional)"));
    m_helo->setPlaceholderText(tr("mail.example.com (optional)"));
    m_typedRecord->setPlaceholderText(
        tr("Optional: a record to test instead of the published one (v=spf1 …)"));
    m_typedRecord->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_typedRecord->setMaximumHeight(52);
    auto* ipRow = new QHBoxLayout;
    ipRow->addWidget(m_ip, 2);
    ipRow->addWidget(m_sender, 2);
    ipRow->addWidget(m_helo, 2);
    ipRow->addWidget(m_whatIfButton);
    whatIf->addRow(tr("What if (IP, sender, HELO):"), ipRow);
    whatIf->addRow(tr("Record:"), m_typedRecord);
    whatIf->addRow(QString(), m_whatIfResult);
    m_whatIfResult->setWordWrap(true);
    m_whatIfButton->setObjectName(QStringLiteral("whatIfTest"));
    connect(m_whatIfButton, &QPushButton::clicked, this, [this] {
        runWhatIf(m_ip->text().trimmed(), m_sender->text().trimmed(), m_helo->text().trimmed(),
                  m_typedRecord->toPlainText().trimmed());
    });
    connect(m_ip, &QLineEdit::returnPressed, m_whatIfButton, &QPushButton::click);
    layout->addLayout(whatIf);
    setTabOrderChain({m_record, copy, m_search, problem, m_view, m_findings, m_explanation, m_pictures, fit,
                      zoomIn, zoomOut, m_graph, m_ip, m_sender, m_helo, m_whatIfButton, m_typedRecord});
}

QString SpfTab::verdict() const {
    return m_verdict->text();
}

void SpfTab::clearResults() {
    ++m_generation;
    m_model->setTree({});
    m_record->clear();
    m_explanation->clear();
    m_whatIfResult->clear();
    m_chart->clearPlottables();
    m_chart->replot();
    m_graph->setGraph({});
    m_verdict->setText(tr("Enter a domain and audit it to see its SPF tree."));
}

void SpfTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) {
    m_session = std::move(session);
    m_domain = domain;
    m_auditGeneration = generation;
    SpfTreeBuilder::Options options;
    start(domain, options, generation, false);
}

void SpfTab::runWhatIf(const QString& ip, const QString& sender, const QString& helo, const QString& record) {
    QHostAddress address;
    if (!m_session || m_domain.isEmpty()) {
        m_whatIfResult->setText(tr("Audit a domain first."));
        return;
    }
    if (!address.setAddress(ip)) {
        m_whatIfResult->setText(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(ip));
        return;
    }
    SpfTreeBuilder::Options options;
    options.ip = address;
    options.sender = sender;
    options.helo = helo.isEmpty() ? m_domain : helo;
    if (!record.isEmpty())
        options.record = record;
    m_whatIfResult->setText(tr("Evaluating…"));
    start(m_domain, options, m_auditGeneration, true);
}

void SpfTab::start(const QString& domain, const SpfTreeBuilder::Options& options, quint64 generation,
                   bool whatIf) {
    const quint64 mine = ++m_generation;
    std::shared_ptr<DnsSession> session = m_session;
    Q_EMIT statusMessage(tr("Reading the SPF tree of %1…").arg(domain));
    auto* watcher = new QFutureWatcher<SpfLookupTree>(this);
    connect(watcher, &QFutureWatcher<SpfLookupTree>::finished, this,
            [this, watcher, mine, generation, whatIf] {
                watcher->deleteLater();
                if (mine != m_generation)
                    return; // superseded by a newer audit or what-if
                adopt(watcher->result());
                if (!whatIf)
                    Q_EMIT finished(generation);
            });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [session, options, domain] {
        return SpfTreeBuilder(session.get(), options).build(domain);
    }));
}

void SpfTab::adopt(const SpfLookupTree& tree) {
    m_model->setTree(tree);
    m_record->setText(tree.root.record.isEmpty() ? tree.root.statusDetail : tree.root.record);
    m_view->expandToDepth(1);
    m_view->resizeColumnToContents(SpfTreeModel::TermColumn);
    m_view->setColumnWidth(SpfTreeModel::TermColumn,
                           std::max(m_view->columnWidth(SpfTreeModel::TermColumn) + 40, 220));
    // Room for the widest status word with its icon, whatever rows are expanded later.
    const QFontMetrics fm(m_view->font());
    m_view->setColumnWidth(SpfTreeModel::QualifierColumn, fm.horizontalAdvance(tr("~ softfail")) + 16);
    m_view->setColumnWidth(SpfTreeModel::StatusColumn, fm.horizontalAdvance(tr("not evaluated")) + 36);
    m_view->setColumnWidth(SpfTreeModel::LookupsColumn, fm.horizontalAdvance(tr("Lookups")) + 16);
    m_view->setColumnWidth(SpfTreeModel::CumulativeColumn, fm.horizontalAdvance(tr("Cumulative")) + 16);
    updateVerdict();
    updateChart();
    m_graph->setGraph(SpfGraph::fromTree(tree));
    m_findings->clear();
    for (const Finding& raw : tree.findings) {
        const Finding f = FindingCatalogue::localized(raw);
        auto* item = new QListWidgetItem(SeverityStyle::icon(f.severity),
                                         tr("%1 — %2: %3").arg(severityLabel(f.severity), f.code, f.title),
                                         m_findings);
        item->setToolTip(f.detail + QStringLiteral("\n") + tr("Fix: ") + f.fix + QStringLiteral(" (") +
                         f.rfc + QLatin1Char(')'));
    }
    if (tree.evaluation) {
        const SpfEvaluation& e = *tree.evaluation;
        m_whatIfResult->setText(
            tr("%1 → %2. %3").arg(e.ip, spfResultName(e.result).toUpper(), e.reason.toHtmlEscaped()));
        // Highlight the matching path: expand to every matched node and select the last.
        QModelIndex last;
        for (const QModelIndex& i : m_model->allIndexes())
            if (i.data(SpfTreeModel::MatchedRole).toBool()) {
                m_view->expand(i.parent());
                last = i;
            }
        if (last.isValid())
            m_view->setCurrentIndex(last);
    }
    Q_EMIT statusMessage(tr("SPF: %1 DNS lookups of 10").arg(tree.lookups));
}

void SpfTab::updateVerdict() {
    const SpfLookupTree& t = m_model->tree();
    QString text;
    using S = SpfTreeNode::RecordStatus;
    switch (t.root.status) {
    case S::NoRecord:
        text = tr("✖ Error: %1 publishes no SPF record.").arg(t.domain);
        break;
    case S::Multiple:
        text = tr("✖ Error: %1 publishes more than one SPF record.").arg(t.domain);
        break;
    case S::DnsFailure:
        text = tr("✖ Error: the SPF record of %1 could not be read (%2) — not the same as having none. "
                  "Retry, or "
                  "choose another resolver.")
                   .arg(t.domain, t.root.statusDetail);
        break;
    case S::SyntaxError:
        text = tr("✖ Error: the SPF record has a syntax error: %1").arg(t.root.statusDetail);
        break;
    default: {
        const auto worst = t.worstSeverity();
        const QString word = !worst                       ? tr("✔ OK")
                             : worst == Severity::Error   ? tr("✖ Error")
                             : worst == Severity::Warning ? tr("⚠ Warning")
                                                          : tr("ℹ Info");
        text = tr("%1: %2 of 10 DNS lookups, %3 void, %4 finding(s).")
                   .arg(word)
                   .arg(t.lookups)
                   .arg(t.voidLookups)
                   .arg(t.findings.size());
        if (t.lookups > 10)
            text += tr(" Receivers stop at the 11th lookup: SPF fails with permerror.");
        bool loop = false;
        t.forEach(
            [&loop](const SpfTreeNode& n, const QStringList&) { loop = loop || n.has(SpfTreeNode::Loop); });
        if (loop)
            text += tr(" An include loops back: receivers follow it until the limit (permerror).");
        if (!t.capped.isEmpty())
            text += tr(" Not expanded to its end: %1.").arg(t.capped);
    }
    }
    m_verdict->setText(text);
}

void SpfTab::updateChart() {
    // Lookups per top-level branch, coloured by where the running count stands against 10.
    m_chart->clearPlottables();
    m_chart->clearItems();
    const SpfLookupTree& t = m_model->tree();
    QVector<double> ticks;
    QVector<QString> labels;
    QVector<double> ok, near, over;
    int running = 0;
    for (const SpfTreeNode& c : t.root.children) {
        if (c.kind != SpfTreeNode::Kind::Term || c.lookups == 0 || !c.evaluated())
            continue;
        const double x = ticks.size() + 1;
        ticks << x;
        QString label = c.term.text;
        if (label.size() > 24)
            label = label.left(23) + QStringLiteral("…");
        labels << label;
        // Split the branch's lookups by where they fall in the running count: up to 8, 9-10, past 10.
        const int from = running;
        running += c.lookups;
        auto part = [&](int lo, int hi) {
            return double(std::max(0, std::min(running, hi) - std::max(from, lo)));
        };
        ok << part(0, 8);
        near << part(8, 10);
        over << part(10, 1 << 20);
    }
    auto addBars = [&](const QVector<double>& values, const QColor& colour, const QString& name) {
        auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setName(name);
        bars->setBrush(colour);
        bars->setPen(Qt::NoPen); // no outline: empty stacked parts would show as lines
        bars->setData(ticks, values);
        return bars;
    };
    QCPBars* okBars = addBars(ok, QColor(0x66, 0xbb, 0x6a), tr("1–8"));
    QCPBars* nearBars = addBars(near, QColor(0xff, 0xa7, 0x26), tr("9–10: near"));
    QCPBars* overBars = addBars(over, QColor(0xe5, 0x39, 0x35), tr("11+: fails"));
    nearBars->moveAbove(okBars);
    overBars->moveAbove(nearBars);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, labels);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setTickLabelRotation(30);
    m_chart->xAxis->setRange(0, ticks.size() + 1);
    double maxY = 1;
    for (int i = 0; i < ticks.size(); ++i)
        maxY = std::max(maxY, ok[i] + near[i] + over[i]);
    m_chart->yAxis->setRange(0, std::max(maxY + 1, 4.0));
    m_chart->yAxis->setLabel(tr("DNS lookups"));
    CountAxisTicker::install(m_chart->yAxis);
    m_chartTitle->setText(tr("Lookups per branch: %1 of 10").arg(t.lookups));
    ReportPlots::fitLegend(m_chart);
    // The labels slant down to the right: room on the right for the last one, which would else be
    // cut at the widget's edge.
    const QFontMetrics metrics(m_chart->xAxis->tickLabelFont());
    const int lastLabel = labels.isEmpty() ? 0 : metrics.horizontalAdvance(labels.constLast());
    m_chart->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    m_chart->axisRect()->setMargins(QMargins(0, 0, std::max(15, int(lastLabel * 0.87) - 20), 0));
    m_chart->replot();
}

QModelIndex SpfTab::indexForTreePath(const QList<int>& path) const {
    QModelIndex i = m_model->index(0, 0);
    for (int row : path)
        i = m_model->index(row, 0, i);
    return i;
}

void SpfTab::showGraphNode(int index) {
    if (m_syncing || index < 0 || index >= m_graph->graph().nodes().size())
        return;
    const QModelIndex i = indexForTreePath(m_graph->graph().nodes().at(index).treePaths.value(0));
    if (!i.isValid())
        return;
    m_syncing = true;
    for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
    m_syncing = false;
}

void SpfTab::showSelected() {
    const QModelIndex i = m_view->currentIndex();
    if (!m_syncing && i.isValid()) {
        // The tree row's node in the graph: its own, or the nearest of its ancestors'.
        QList<int> path;
        for (QModelIndex p = i.siblingAtColumn(0); p.parent().isValid(); p = p.parent())
            path.prepend(p.row());
        m_syncing = true;
        m_graph->selectNode(m_graph->graph().nodeForTreePath(path));
        m_syncing = false;
    }
    const SpfTreeNode* n = m_model->node(i);
    if (!n) {
        m_explanation->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(n->kind == SpfTreeNode::Kind::Record ? n->domain.toHtmlEscaped()
                                                                 : n->term.text.toHtmlEscaped(),
                            m_model->data(i, SpfTreeModel::ExplanationRole).toString().toHtmlEscaped());
    if (n->kind == SpfTreeNode::Kind::Record && !n->record.isEmpty())
        html += QStringLiteral("<p><code>%1</code></p>").arg(n->record.toHtmlEscaped());
    if (n->recordStrings.size() > 1) {
        // The 255-byte character-strings as published; SPF joins them without separators.
        QStringList parts;
        for (const QByteArray& part : n->recordStrings)
            parts << QStringLiteral("\"%1\"").arg(QString::fromLatin1(part).toHtmlEscaped());
        html += tr("<p>Published as %1 strings: <code>%2</code></p>")
                    .arg(n->recordStrings.size())
                    .arg(parts.join(QLatin1Char(' ')));
    }
    if (!n->resolved.isEmpty())
        html += tr("<p>Resolved: %1</p>").arg(n->resolved.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!n->ranges.isEmpty())
        html += tr("<p>Authorises: <code>%1</code></p>")
                    .arg(n->ranges.join(QStringLiteral(", ")).toHtmlEscaped());
    const QStringList flags = SpfTreeNode::flagNames(n->flags);
    if (!flags.isEmpty())
        html += tr("<p>Flags: %1</p>").arg(flags.join(QStringLiteral(", ")));
    if (n->kind == SpfTreeNode::Kind::Term)
        html += tr("<p>Cost %1; running count after it: %2 of 10.</p>").arg(n->cost).arg(n->cumulative);
    m_explanation->setHtml(html);
}

void SpfTab::expandToProblem() {
    QModelIndex first;
    int firstSeverity = -1;
    for (const QModelIndex& i : m_model->allIndexes()) {
        const QVariant s = i.data(SpfTreeModel::SeverityRole);
        if (!s.isValid() || s.toInt() < static_cast<int>(Severity::Warning))
            continue;
        for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
            m_view->expand(p);
        if (s.toInt() > firstSeverity) {
            first = i;
            firstSeverity = s.toInt();
        }
    }
    if (first.isValid()) {
        m_view->setCurrentIndex(first);
        m_view->scrollTo(first);
    }
}

void SpfTab::search(const QString& text) {
    if (text.isEmpty())
        return;
    const QModelIndexList all = m_model->allIndexes();
    for (int k = 0; k < all.size(); ++k) {
        const int at = (m_searchFrom + k) % static_cast<int>(all.size());
        if (all[at].data(SpfTreeModel::NodeTextRole).toString().contains(text, Qt::CaseInsensitive)) {
            for (QModelIndex p = all[at].parent(); p.isValid(); p = p.parent())
                m_view->expand(p);
            m_view->setCurrentIndex(all[at]);
            m_view->scrollTo(all[at]);
            m_searchFrom = at + 1;
            return;
        }
    }
}

void SpfTab::copyRecord() {
    const QString record = m_model->tree().root.record;
    if (!record.isEmpty())
        QApplication::clipboard()->setText(record);
}

QModelIndex SpfTab::nodeForEvidence(const QStringList& evidence) const {
    const QModelIndexList all = m_model->allIndexes();
    for (auto e = evidence.crbegin(); e != evidence.crend(); ++e) {
        for (const QModelIndex& i : all) {
            const SpfTreeNode* n = m_model->node(i);
            const QString label = n->kind == SpfTreeNode::Kind::Record
                                      ? n->domain
                                      : n->domain + QStringLiteral(": ") + n->term.text;
            if (label == *e)
                return i;
        }
    }
    return {};
}

void SpfTab::showFindingNode(int row) {
    const QList<Finding>& findings = m_model->tree().findings;
    if (row < 0 || row >= findings.size())
        return;
    const QModelIndex i = nodeForEvidence(findings.at(row).evidence);
    if (!i.isValid())
        return;
    for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
}
