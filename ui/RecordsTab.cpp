#include "RecordsTab.h"

#include "OutcomeStyle.h"
#include "dns/DnsSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

RecordsTab::RecordsTab(QWidget* parent)
    : AuditTab(parent)
    , m_headline(new QLabel(this))
    , m_splits(new QCheckBox(tr("Show 255-byte string &splits"), this))
    , m_copy(new QPushButton(tr("&Copy records"), this))
    , m_view(new QTreeView(this))
    , m_model(new RecordSetModel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_advice(new QLabel(this)) {
    m_advice->setObjectName(QStringLiteral("recordsAdvice"));
    m_advice->setWordWrap(true);
    m_advice->hide();
    setObjectName(QStringLiteral("recordsTab"));
    m_headline->setObjectName(QStringLiteral("recordsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setText(tr("Enter a domain and press Audit to read what it publishes."));

    m_splits->setObjectName(QStringLiteral("showSplits"));
    m_splits->setToolTip(
        tr("A TXT record is a list of character-strings of at most 255 bytes each. Receivers join "
           "them without spaces; show them as published to check where they are split."));
    m_copy->setObjectName(QStringLiteral("copyRecords"));
    m_copy->setToolTip(tr("Copy the selected record sets (or all) as zone-file lines (Ctrl+C)"));
    m_copy->setEnabled(false);

    m_view->setObjectName(QStringLiteral("recordsView"));
    m_view->setAccessibleName(tr("Published records"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RecordSetModel::Record, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(RecordSetModel::Purpose, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RecordSetModel::Outcome, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RecordSetModel::Ttl, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RecordSetModel::Source, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RecordSetModel::Milliseconds, QHeaderView::ResizeToContents);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_splits);
    tools->addStretch(1);
    tools->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_advice);
    layout->addLayout(tools);
    // The tree gives the overview; long records (an SPF record, a DKIM key) are read whole, wrapped,
    // in the zone-file text below, where an elided line would hide exactly the part that matters.
    m_detail->setObjectName(QStringLiteral("recordsDetail"));
    m_detail->setAccessibleName(tr("Selected records as zone-file text"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detail->setPlaceholderText(tr("The selected record sets as zone-file text."));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsTab::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsTab::updateDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordsTab::updateDetail);
    // A record set that just arrived opens, so its records are visible without a click.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& setIndex) { m_view->expand(setIndex); });

    connect(m_splits, &QCheckBox::toggled, m_model, &RecordSetModel::setShowStringSplits);
    connect(m_copy, &QPushButton::clicked, this, &RecordsTab::copyRecords);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &RecordsTab::copyRecords);
}

QString RecordsTab::tabTitle() const {
    return tr("Records");
}

QList<RecordsTab::Query> RecordsTab::queriesFor(const QString& domain) {
    return {
        {tr("TXT at the domain (SPF lives here)"), domain, DnsRecordType::TXT},
        {tr("SPF type 99 (obsolete, RFC 7208 §3.1)"), domain, DnsRecordType::SPF},
        {tr("Mail exchangers"), domain, DnsRecordType::MX},
        {tr("IPv4 addresses"), domain, DnsRecordType::A},
        {tr("IPv6 addresses"), domain, DnsRecordType::AAAA},
        {tr("Name servers"), domain, DnsRecordType::NS},
        {tr("DMARC policy"), QStringLiteral("_dmarc.") + domain, DnsRecordType::TXT},
        {tr("MTA-STS policy id"), QStringLiteral("_mta-sts.") + domain, DnsRecordType::TXT},
        {tr("TLS reporting (TLS-RPT)"), QStringLiteral("_smtp._tls.") + domain, DnsRecordType::TXT},
    };
}

void RecordsTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) {
    m_generation = generation;
    m_domain = domain;
    m_clock.start();
    m_copy->setEnabled(false);
    m_advice->hide();
    const QList<Query> queries = queriesFor(domain);
    QList<RecordSetModel::RecordSet> waiting;
    for (const Query& q : queries) {
        DnsAnswer asked;
        asked.name = q.name;
        asked.type = q.type;
        waiting.append({q.purpose, asked, false});
    }
    m_model->setRecordSets(waiting);
    m_answered = 0;
    m_headline->setText(tr("Reading %1 record sets of %2…").arg(queries.size()).arg(domain));
    Q_EMIT statusMessage(tr("Reading the records %1 publishes…").arg(domain));

    // Every lookup starts now so they run in parallel. Each row fills in as its answer arrives
    // (a watcher per lookup, owned by this tab); waiting for all of them happens on the check
    // pool, and the whole result comes back through one more watcher.
    QList<QFuture<DnsAnswer>> futures;
    QStringList purposes;
    for (const Query& q : queries) {
        const QFuture<DnsAnswer> future = session->lookup(q.name, q.type);
        const int row = static_cast<int>(futures.size());
        auto* one = new QFutureWatcher<DnsAnswer>(this);
        connect(one, &QFutureWatcherBase::finished, this,
                [this, one, generation, row, total = queries.size()] {
                    one->deleteLater();
                    if (generation != m_generation || one->future().resultCount() == 0)
                        return;
                    m_model->setAnswer(row, one->result());
                    ++m_answered;
                    if (m_answered < total)
                        m_headline->setText(tr("Reading %1 record sets of %2… %3 answered")
                                                .arg(total)
                                                .arg(m_domain)
                                                .arg(m_answered));
                });
        one->setFuture(future);
        futures.append(future);
        purposes.append(q.purpose);
    }
    auto* watcher = new QFutureWatcher<QList<RecordSetModel::RecordSet>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a newer audit
        showResult(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [futures, purposes] {
        QList<RecordSetModel::RecordSet> sets;
        for (qsizetype i = 0; i < futures.size(); ++i)
            sets.append({purposes.at(i), futures.at(i).result()});
        return sets;
    }));
}

QString RecordsTab::headlineFor(const QList<RecordSetModel::RecordSet>& sets, qint64 elapsedMs) {
    int found = 0;
    int absent = 0;
    int cancelled = 0;
    QStringList failures;
    for (const auto& s : sets) {
        switch (OutcomeStyle::kind(s.answer.outcome)) {
        case OutcomeStyle::Kind::Found:
            ++found;
            break;
        case OutcomeStyle::Kind::Absent:
            ++absent;
            break;
        case OutcomeStyle::Kind::Cancelled:
            ++cancelled;
            break;
        case OutcomeStyle::Kind::Failed:
            failures << OutcomeStyle::word(s.answer.outcome);
            break;
        }
    }
    QStringList parts;
    parts << (found == 1 ? tr("1 record set read in %1 ms").arg(elapsedMs)
                         : tr("%1 record sets read in %2 ms").arg(found).arg(elapsedMs));
    if (absent > 0)
        parts << tr("%1 not published").arg(absent);
    if (!failures.isEmpty()) {
        const int failed = static_cast<int>(failures.size());
        failures.removeDuplicates();
        parts << (failed == 1
                      ? tr("1 lookup failed (%1)").arg(failures.constFirst())
                      : tr("%1 lookups failed (%2)").arg(failed).arg(failures.join(QStringLiteral(", "))));
    }
    if (cancelled > 0)
        parts << (cancelled == 1 ? tr("1 lookup cancelled") : tr("%1 lookups cancelled").arg(cancelled));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString RecordsTab::headline() const {
    return m_headline->text();
}

void RecordsTab::showResult(quint64 generation, const QList<RecordSetModel::RecordSet>& sets) {
    // Rows whose own watcher has not reported yet are filled from the combined result; rows
    // already shown are left alone so the selection and scroll position stay where they are.
    for (int row = 0; row < sets.size() && row < m_model->rowCount(); ++row) {
        if (!m_model->recordSets().at(row).answered)
            m_model->setAnswer(row, sets.at(row).answer);
    }
    m_copy->setEnabled(!sets.isEmpty());
    const QString line = headlineFor(sets, m_clock.elapsed());
    m_headline->setText(line);
    const bool failed = std::any_of(sets.begin(), sets.end(), [](const RecordSetModel::RecordSet& s) {
        return OutcomeStyle::kind(s.answer.outcome) == OutcomeStyle::Kind::Failed;
    });
    // Zone files answer REFUSED for names outside them: say so instead of blaming a server.
    const bool outsideZones = std::any_of(sets.begin(), sets.end(), [](const RecordSetModel::RecordSet& s) {
        return s.answer.outcome == DnsOutcome::Refused && s.answer.fromZoneFile();
    });
    m_advice->setText(
        outsideZones ? tr("The name is outside the loaded zone files, so nothing could be read: offline "
                          "audits answer only for names inside them. Audit a name of the loaded "
                          "zones, or ask live DNS (File → Settings).")
                     : tr("A lookup that failed says nothing about whether the record exists: it is "
                          "unknown, not missing. Retry, or choose another resolver in File → Settings."));
    m_advice->setVisible(failed);
    Q_EMIT statusMessage(tr("%1: %2").arg(m_domain, line));
    Q_EMIT finished(generation);
}

void RecordsTab::clearResults() {
    ++m_generation; // whatever is still running belongs to no audit now
    m_model->clear();
    m_copy->setEnabled(false);
    m_advice->hide();
    m_headline->setText(tr("Enter a domain and press Audit to read what it publishes."));
}

void RecordsTab::updateDetail() {
    if (m_model->rowCount() == 0) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(m_model->zoneText(m_view->selectionModel()->selectedRows()));
}

void RecordsTab::copyRecords() {
    if (m_model->rowCount() == 0)
        return;
    QApplication::clipboard()->setText(m_model->zoneText(m_view->selectionModel()->selectedRows()));
    Q_EMIT statusMessage(tr("Records copied as zone-file lines."));
}
