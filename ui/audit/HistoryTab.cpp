#include "HistoryTab.h"

#include "AppSettings.h"
#include "AuditDiffFindingsModel.h"
#include "AuditDiffRecordsModel.h"
#include "AuditHistoryModel.h"
#include "QCustomPlotHeader.h"
#include "SeverityStyle.h"
#include "charts/CountAxisTicker.h"
#include "dns/DnsSession.h"
#include "history/AuditDiff.h"
#include "history/HistoryLocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {
// F=1 … A=5 (there is no E grade), the grade axis of the trend chart.
double gradePoints(const QString& grade) {
    static const QString order = QStringLiteral("FEDCBA");
    const qsizetype i = order.indexOf(grade.left(1));
    return i < 0 ? 0.0 : double(i == 0 ? 1 : i);
}

QLabel* messageLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(12);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTableView* makeTable(QWidget* parent, const QString& objectName) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

QString HistoryTab::demoHistoryPath() {
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/mailsight-demo-XXXXXX"));
    return dir.isValid() ? dir.filePath(QStringLiteral("demo-history.sqlite")) : QString();
}

QString HistoryTab::historyPathFor(const AppSettings& settings, bool demo) {
    if (demo)
        return demoHistoryPath();
    // The file or the PostgreSQL server chosen in Settings (HistoryDatabase::open takes either).
    return settings.historyEnabled() ? settings.historyLocation() : QString();
}

HistoryTab::HistoryTab(QWidget* parent)
    : AuditTab(parent)
    , m_title(new QLabel(this))
    , m_historyModel(new AuditHistoryModel(this))
    , m_audits(makeTable(this, QStringLiteral("historyTable")))
    , m_chartStack(new QStackedWidget(this))
    , m_chartMessage(messageLabel(this, QStringLiteral("chartMessage")))
    , m_chart(new QCustomPlot(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged findings"), this))
    , m_pairHint(new QLabel(this))
    , m_grade(new QLabel(this))
    , m_diffStack(new QStackedWidget(this))
    , m_diffMessage(messageLabel(this, QStringLiteral("diffMessage")))
    , m_diffTabs(new QTabWidget(this))
    , m_findingsModel(new AuditDiffFindingsModel(this))
    , m_findings(makeTable(this, QStringLiteral("diffFindingsTable")))
    , m_recordsModel(new AuditDiffRecordsModel(this))
    , m_records(makeTable(this, QStringLiteral("diffRecordsTable")))
    , m_listWatcher(new QFutureWatcher<ListResult>(this))
    , m_diffWatcher(new QFutureWatcher<DiffResult>(this)) {
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_audits->setModel(m_historyModel);
    m_audits->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_audits->setToolTip(tr("Select two audits to compare them"));
    m_audits->setAccessibleName(tr("Stored audits"));

    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_chart->setAccessibleName(tr("Trend of grade and findings"));
    m_chart->setMinimumSize(280, 200);
    auto* group = new QCPBarsGroup(m_chart);
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setName(SeverityStyle::word(severity));
        const QColor colour = SeverityStyle::colour(severity);
        // Each series also has its own fill pattern: the chart does not rely on colour alone.
        const Qt::BrushStyle pattern = severity == Severity::Error     ? Qt::SolidPattern
                                       : severity == Severity::Warning ? Qt::Dense3Pattern
                                                                       : Qt::BDiagPattern;
        bars->setBrush(QBrush(colour, pattern));
        bars->setPen(QPen(colour.darker(130)));
        bars->setWidth(0.22);
        bars->setBarsGroup(group);
        m_bars << bars;
    }
    m_gradeGraph = m_chart->addGraph(m_chart->xAxis, m_chart->yAxis2);
    m_gradeGraph->setName(tr("Grade"));
    m_gradeGraph->setPen(QPen(m_chart->palette().color(QPalette::Highlight), 2));
    m_gradeGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, 9));
    QSharedPointer<QCPAxisTickerText> gradeTicker(new QCPAxisTickerText);
    gradeTicker->addTicks({{1, QStringLiteral("F")},
                           {2, QStringLiteral("D")},
                           {3, QStringLiteral("C")},
                           {4, QStringLiteral("B")},
                           {5, QStringLiteral("A")}});
    m_chart->yAxis2->setVisible(true);
    m_chart->yAxis2->setTicker(gradeTicker);
    m_chart->yAxis2->setRange(0.5, 5.5);
    m_chart->yAxis2->setLabel(tr("Grade"));
    m_chart->yAxis->setLabel(tr("Findings"));
    CountAxisTicker::install(m_chart->yAxis);
    // The legend in a row under the plot: inside it would hide the bars of a short history.
    m_chart->legend->setVisible(true);
    m_chart->plotLayout()->addElement(1, 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(1, 0.001);
    m_chart->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_chart->legend->setBrush(Qt::NoBrush);
    m_chart->legend->setTextColor(palette().color(QPalette::Text));
    // Follow the window's palette (dark themes too).
    const QPalette pal = palette();
    m_chart->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : {m_chart->xAxis, m_chart->yAxis, m_chart->yAxis2}) {
        axis->setTickLabelColor(pal.color(QPalette::Text));
        axis->setLabelColor(pal.color(QPalette::Text));
        axis->setBasePen(QPen(pal.color(QPalette::Text)));
        axis->setTickPen(QPen(pal.color(QPalette::Text)));
        axis->setSubTickPen(QPen(pal.color(QPalette::Text)));
    }
    m_chartStack->addWidget(m_chartMessage);
    m_chartStack->addWidget(m_chart);

    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_from->setAccessibleName(tr("Earlier audit"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_to->setAccessibleName(tr("Later audit"));
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showUnchanged->setObjectName(QStringLiteral("showUnchanged"));
    m_pairHint->setObjectName(QStringLiteral("pairHint"));
    m_pairHint->setForegroundRole(QPalette::PlaceholderText);
    m_grade->setObjectName(QStringLiteral("gradeChange"));

    m_findings->setModel(m_findingsModel);
    m_findings->setAccessibleName(tr("Findings that changed between the two audits"));
    m_records->setModel(m_recordsModel);
    m_records->setAccessibleName(tr("Records that changed between the two audits"));
    m_records->setWordWrap(true);
    // Before and after share the width left: a long record must not push the other out of sight.
    m_records->horizontalHeader()->setStretchLastSection(false);
    m_records->horizontalHeader()->setSectionResizeMode(AuditDiffRecordsModel::BeforeColumn,
                                                        QHeaderView::Stretch);
    m_records->horizontalHeader()->setSectionResizeMode(AuditDiffRecordsModel::AfterColumn,
                                                        QHeaderView::Stretch);
    m_diffTabs->setObjectName(QStringLiteral("diffTabs"));
    m_diffTabs->addTab(m_findings, tr("Findings"));
    m_diffTabs->addTab(m_records, tr("Records"));
    m_diffStack->addWidget(m_diffMessage);
    m_diffStack->addWidget(m_diffTabs);

    m_compareRow = new QWidget(this);
    auto* compareRow = new QHBoxLayout(m_compareRow);
    compareRow->setContentsMargins(0, 0, 0, 0);
    auto* fromLabel = new QLabel(tr("&Compare"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&with"), this);
    toLabel->setBuddy(m_to);
    compareRow->addWidget(fromLabel);
    compareRow->addWidget(m_from);
    compareRow->addWidget(toLabel);
    compareRow->addWidget(m_to);
    compareRow->addStretch(1);
    compareRow->addWidget(m_showUnchanged);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_audits);
    top->addWidget(m_chartStack);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_compareRow);
    auto* gradeRow = new QHBoxLayout;
    gradeRow->addWidget(m_grade);
    gradeRow->addSpacing(12);
    gradeRow->addWidget(m_pairHint);
    gradeRow->addStretch(1);
    bottomLayout->addLayout(gradeRow);
    bottomLayout->addWidget(m_diffStack, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    connect(m_listWatcher, &QFutureWatcher<ListResult>::finished, this, [this] {
        if (m_listWatcher->property("token").toULongLong() != m_listToken)
            return; // superseded by a newer read
        adoptList(m_listWatcher->result());
    });
    connect(m_diffWatcher, &QFutureWatcher<DiffResult>::finished, this, [this] {
        if (m_diffWatcher->property("token").toULongLong() != m_diffToken)
            return;
        adoptDiff(m_diffWatcher->result());
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &HistoryTab::pickersChanged);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HistoryTab::pickersChanged);
    connect(m_showUnchanged, &QCheckBox::toggled, m_findingsModel, &AuditDiffFindingsModel::setShowUnchanged);
    // Two rows selected in the list: compare them, the older one first.
    connect(m_audits->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_audits->selectionModel()->selectedRows();
        if (rows.size() != 2)
            return;
        const int newer = std::min(rows.at(0).row(), rows.at(1).row()); // newest first in the list
        const int older = std::max(rows.at(0).row(), rows.at(1).row());
        m_pairHint->hide();
        compare(m_historyModel->entries().at(older).id, m_historyModel->entries().at(newer).id);
    });
    clearResults();
}

bool HistoryTab::isLoading() const {
    return m_listWatcher->isRunning() || m_diffWatcher->isRunning();
}

int HistoryTab::trendPointCount() const {
    return m_gradeGraph->dataCount();
}

void HistoryTab::clearResults() {
    ++m_listToken;
    ++m_diffToken;
    m_historyModel->setEntries({});
    m_audits->resizeColumnsToContents();
    m_diff = {};
    m_findingsModel->setDiff({});
    m_recordsModel->setDiff({});
    m_settingPickers = true;
    m_from->clear();
    m_to->clear();
    m_settingPickers = false;
    m_compareRow->hide();
    m_pairHint->hide();
    m_grade->clear();
    m_grade->hide();
    m_title->setText(tr("Audit a domain to see its past audits, how they changed and the trend."));
    updateChart();
    showDiffMessage(tr("Two stored audits of a domain are compared here, finding by finding and record "
                       "by record."));
}

void HistoryTab::startAudit(const QString& domain, std::shared_ptr<DnsSession>, quint64 generation) {
    m_generation = generation;
    m_domain = domain;
    clearResults();
    m_finishPending = true;
    reload();
}

void HistoryTab::historyChanged(const QString& domain, const QString& historyPath) {
    if (domain != m_domain || historyPath != m_historyPath)
        return;
    reload();
}

void HistoryTab::reload() {
    if (m_historyPath.isEmpty()) {
        m_title->setText(tr("<b>%1</b>: no history is kept. Turn it on in Settings → Audit history to "
                            "compare audits over time.")
                             .arg(m_domain.toHtmlEscaped()));
        showDiffMessage(tr("History is off, so there is nothing to compare."));
        showChartMessage(tr("History is off."));
        if (std::exchange(m_finishPending, false))
            Q_EMIT finished(m_generation);
        Q_EMIT updated();
        return;
    }
    m_title->setText(tr("<b>%1</b>: reading the history…").arg(m_domain.toHtmlEscaped()));
    const QString path = m_historyPath;
    const QString domain = m_domain;
    m_listWatcher->setProperty("token", QVariant::fromValue(++m_listToken));
    m_listWatcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [path, domain] {
        ListResult r;
        auto db = HistoryDatabase::open(path);
        if (!db) {
            r.error = db.error();
            return r;
        }
        auto history = AuditHistory::open(*db);
        if (!history) {
            r.error = history.error();
            return r;
        }
        auto entries = (*history)->list(domain);
        if (!entries) {
            r.error = entries.error();
            return r;
        }
        r.entries = *entries;
        if (r.entries.isEmpty())
            return r;
        // Default pair: the latest audit and the one "since last quarter" before it (as the CLI's
        // --compare quarter picks it: live audits only, else the last one).
        r.to = r.entries.constFirst().id;
        auto baseline =
            (*history)->baseline(domain, QStringLiteral("quarter"), r.entries.constFirst().startedAt);
        if (baseline && *baseline)
            r.from = (*baseline)->id;
        else if (r.entries.size() > 1)
            r.from = r.entries.at(1).id;
        return r;
    }));
}

void HistoryTab::adoptList(const ListResult& result) {
    m_historyModel->setEntries(result.entries);
    m_audits->resizeColumnsToContents();
    // The file, or the server's URL as HistoryDatabase shows it (never a secret).
    const auto location = HistoryLocation::parse(m_historyPath, {});
    const QString where = !location                ? QString()
                          : location->isPostgres() ? location->display()
                                                   : QDir::toNativeSeparators(location->path);
    if (!result.error.isEmpty()) {
        m_title->setText(tr("<b>%1</b>: the history could not be read: %2")
                             .arg(m_domain.toHtmlEscaped(), result.error.toHtmlEscaped()));
    } else if (m_historyPath == demoHistoryPath()) {
        m_title->setText(tr("<b>%1</b>: %n audit(s) in the demo's own history (temporary, removed when "
                            "Mailsight closes).",
                            nullptr, int(result.entries.size()))
                             .arg(m_domain.toHtmlEscaped()));
    } else {
        m_title->setText(tr("<b>%1</b>: %n audit(s) stored in %2", nullptr, int(result.entries.size()))
                             .arg(m_domain.toHtmlEscaped(), where.toHtmlEscaped()));
    }
    m_settingPickers = true;
    m_from->clear();
    m_to->clear();
    for (const AuditHistoryEntry& e : result.entries) {
        m_from->addItem(AuditHistoryModel::describe(e), e.id);
        m_to->addItem(AuditHistoryModel::describe(e), e.id);
    }
    m_from->setCurrentIndex(m_from->findData(result.from));
    m_to->setCurrentIndex(m_to->findData(result.to));
    m_settingPickers = false;
    const bool comparable = result.entries.size() >= 2;
    m_compareRow->setVisible(comparable);
    updateChart();
    if (std::exchange(m_finishPending, false))
        Q_EMIT finished(m_generation);
    if (!result.error.isEmpty()) {
        showDiffMessage(tr("The history could not be read, so nothing can be compared."));
        Q_EMIT updated();
    } else if (result.entries.isEmpty()) {
        showDiffMessage(
            tr("No audit of %1 is stored yet. When this audit finishes it is stored, and the next "
               "one can be compared with it.")
                .arg(m_domain));
        Q_EMIT updated();
    } else if (!comparable) {
        showDiffMessage(tr("Only one audit of %1 is stored. Audit it again later (or stage a planned change) "
                           "to see what changed.")
                            .arg(m_domain));
        Q_EMIT updated();
    } else {
        // Say which rule picked the earlier audit, as the CLI's --compare quarter does.
        const int fromRow = m_historyModel->rowOf(result.from);
        const int toRow = m_historyModel->rowOf(result.to);
        if (fromRow >= 0 && toRow >= 0) {
            const AuditHistoryEntry& from = result.entries.at(fromRow);
            const AuditHistoryEntry& to = result.entries.at(toRow);
            const auto quarter = [](const QDateTime& t) {
                const QDate d = t.toUTC().date();
                return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
            };
            if (quarter(from.startedAt) != quarter(to.startedAt))
                m_pairHint->setText(tr("Compared since last quarter: with the last audit of %1.")
                                        .arg(quarter(from.startedAt)));
            else if (!from.staged)
                m_pairHint->setText(
                    tr("Compared with the last live audit before: none is from an earlier quarter."));
            else
                m_pairHint->setText(tr("Compared with the audit before: no live audit is stored."));
            m_pairHint->show();
        }
        compare(result.from, result.to);
    }
}

void HistoryTab::pickersChanged() {
    if (m_settingPickers || m_from->currentIndex() < 0 || m_to->currentIndex() < 0)
        return;
    m_pairHint->hide(); // the user's own pick
    compare(m_from->currentData().toLongLong(), m_to->currentData().toLongLong());
}

void HistoryTab::compare(qint64 fromId, qint64 toId) {
    m_settingPickers = true;
    if (const int i = m_from->findData(fromId); i >= 0)
        m_from->setCurrentIndex(i);
    if (const int i = m_to->findData(toId); i >= 0)
        m_to->setCurrentIndex(i);
    m_settingPickers = false;
    ++m_diffToken;
    if (fromId == 0 || toId == 0 || m_historyPath.isEmpty())
        return;
    if (fromId == toId) {
        m_diff = {};
        m_grade->hide();
        showDiffMessage(tr("Pick two different audits to compare."));
        Q_EMIT updated();
        return;
    }
    const QString path = m_historyPath;
    m_diffWatcher->setProperty("token", QVariant::fromValue(m_diffToken));
    m_diffWatcher->setFuture(QtConcurrent::run(DnsSession::checkPool(), [path, fromId, toId] {
        DiffResult r;
        auto db = HistoryDatabase::open(path);
        if (!db) {
            r.error = db.error();
            return r;
        }
        auto history = AuditHistory::open(*db);
        if (!history) {
            r.error = history.error();
            return r;
        }
        auto before = (*history)->load(fromId);
        auto after = (*history)->load(toId);
        if (!before || !after) {
            r.error = !before ? before.error() : after.error();
            return r;
        }
        r.diff = AuditDiff::compare(*before, *after);
        return r;
    }));
}

void HistoryTab::adoptDiff(const DiffResult& result) {
    m_diff = result.diff;
    m_findingsModel->setDiff(m_diff);
    m_recordsModel->setDiff(m_diff);
    if (!result.error.isEmpty()) {
        m_grade->hide();
        showDiffMessage(tr("The audits could not be compared: %1").arg(result.error));
        Q_EMIT updated();
        return;
    }
    updateGradeLabel();
    const int added = m_findingsModel->count(QStringLiteral("new"));
    const int fixed = m_findingsModel->count(QStringLiteral("fixed"));
    const int same = m_findingsModel->count(QStringLiteral("unchanged"));
    m_diffTabs->setTabText(0, tr("Findings: %1 new, %2 fixed, %3 unchanged").arg(added).arg(fixed).arg(same));
    m_diffTabs->setTabText(1, tr("Records: %n change(s)", nullptr, m_recordsModel->rowCount()));
    m_diffStack->setCurrentWidget(m_diffTabs);
    for (QTableView* view : {m_findings, m_records}) {
        view->resizeColumnsToContents();
        view->resizeRowsToContents();
    }
    Q_EMIT updated();
}

void HistoryTab::updateGradeLabel() {
    const QJsonObject grade = m_diff.value(QStringLiteral("grade")).toObject();
    const QString before = grade.value(QStringLiteral("before")).toString();
    const QString after = grade.value(QStringLiteral("after")).toString();
    const QString change = grade.value(QStringLiteral("change")).toString();
    QString word;
    QString symbol;
    QColor colour;
    if (change == QLatin1String("improved")) {
        word = tr("improved");
        symbol = QStringLiteral("▲");
        colour = SeverityStyle::okColour();
    } else if (change == QLatin1String("regressed")) {
        word = tr("regressed");
        symbol = QStringLiteral("▼");
        colour = SeverityStyle::colour(Severity::Error);
    } else {
        word = tr("unchanged");
        symbol = QStringLiteral("=");
        colour = palette().color(QPalette::WindowText);
    }
    m_grade->setText(tr("Grade <b>%1</b> → <b>%2</b>: <span style=\"color:%3\">%4 %5</span>")
                         .arg(before.toHtmlEscaped(), after.toHtmlEscaped(), colour.name(), symbol, word));
    m_grade->show();
}

void HistoryTab::updateChart() {
    // Oldest first, one point per stored audit.
    QList<AuditHistoryEntry> entries = m_historyModel->entries();
    std::reverse(entries.begin(), entries.end());
    QVector<double> x, grades, errors, warnings, infos;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double maxCount = 1;
    for (int i = 0; i < entries.size(); ++i) {
        const AuditHistoryEntry& e = entries.at(i);
        x << i + 1;
        grades << gradePoints(e.grade);
        errors << e.errors;
        warnings << e.warnings;
        infos << e.infos;
        maxCount = std::max({maxCount, double(e.errors), double(e.warnings), double(e.infos)});
        QString tick = QLocale().toString(e.startedAt.toLocalTime().date(), QLocale::ShortFormat) +
                       QLatin1Char('\n') + e.startedAt.toLocalTime().time().toString(QStringLiteral("HH:mm"));
        if (e.staged)
            tick += QLatin1Char('\n') + tr("staged");
        ticker->addTick(i + 1, tick);
    }
    m_bars.at(0)->setData(x, errors, true);
    m_bars.at(1)->setData(x, warnings, true);
    m_bars.at(2)->setData(x, infos, true);
    m_gradeGraph->setData(x, grades, true);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(0.4, double(entries.size()) + 0.6);
    m_chart->yAxis->setRange(0, std::ceil(maxCount * 1.25));
    m_chart->replot(QCustomPlot::rpQueuedReplot);
    if (entries.isEmpty())
        showChartMessage(m_domain.isEmpty() ? tr("The trend of the grade and of the findings by severity "
                                                 "over the stored audits appears here.")
                                            : tr("No stored audit of %1 yet.").arg(m_domain));
    else
        m_chartStack->setCurrentWidget(m_chart);
}

void HistoryTab::showDiffMessage(const QString& text) {
    m_diffMessage->setText(text);
    m_diffStack->setCurrentWidget(m_diffMessage);
}

void HistoryTab::showChartMessage(const QString& text) {
    m_chartMessage->setText(text);
    m_chartStack->setCurrentWidget(m_chartMessage);
}
