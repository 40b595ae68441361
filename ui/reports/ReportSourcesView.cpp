#include "ReportSourcesView.h"

#include "ReportPlots.h"
#include "ReportSourcesModel.h"
#include "charts/CountAxisTicker.h"
#include "history/HistoryDatabase.h"
#include "reports/ReportAnalyzer.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "QCustomPlotHeader.h"

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportsTab) // the strings this page had in the Reports tab
};
} // namespace

ReportSourcesView::ReportSourcesView(DatabaseSource database, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_filter(new QLineEdit(this))
    , m_model(new ReportSourcesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_plot(nullptr)
    , m_watcher(new QFutureWatcher<QPair<quint64, QList<DailyVolume>>>(this)) {
    m_filter->setObjectName(QStringLiteral("reportsFilter"));
    m_filter->setAccessibleName(Tr::tr("Filter the sources"));
    m_filter->setPlaceholderText(Tr::tr("Filter by address, reverse name, include or verdict"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportSourcesModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("reportsSources"));
    m_view->setAccessibleName(Tr::tr("Sending sources"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReportSourcesModel::Messages, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    m_plot = ReportPlots::make(splitter, QStringLiteral("reportsSourcePlot"),
                               Tr::tr("Chart: the selected source's messages per day"));
    m_plot->setMinimumHeight(220);
    m_plot->yAxis->setLabel(Tr::tr("Messages"));
    CountAxisTicker::install(m_plot->yAxis);
    ReportPlots::dateAxis(m_plot);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(splitter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto [generation, days] = m_watcher->future().result();
        if (generation == m_generation)
            plotTimeline(days);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showTimeline(
                        m_proxy->index(current.row(), ReportSourcesModel::Address).data().toString());
            });
}

ReportSourcesView::~ReportSourcesView() {
    m_watcher->waitForFinished();
}

void ReportSourcesView::waitAndForget() {
    m_watcher->waitForFinished();
    ++m_generation;
}

void ReportSourcesView::setSummary(const ReportSummary& summary) {
    m_summary = summary;
    m_model->setSources(summary.sources);
    m_view->resizeColumnsToContents();
    // The chart under the table is never an empty frame: it starts on the biggest source.
    if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, ReportSourcesModel::Address));
    } else {
        m_plottedSource.clear();
        m_plot->clearPlottables();
        m_plot->xAxis->setLabel(Tr::tr("No sending source in these reports"));
        m_plot->replot();
    }
}

void ReportSourcesView::selectSource(const QString& ip) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, ReportSourcesModel::Address);
        if (index.data().toString() == ip) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void ReportSourcesView::showTimeline(const QString& ip) {
    auto db = m_database ? m_database() : nullptr;
    if (!db || ip.isEmpty())
        return;
    m_plottedSource = ip;
    m_plot->xAxis->setLabel(Tr::tr("Messages from %1 per day").arg(ip));
    ReportQuery query;
    query.domain = m_summary.domain;
    query.since = m_summary.since;
    query.until = m_summary.until;
    const quint64 generation = ++m_generation;
    m_watcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), [db, query, ip, generation] {
        auto days = ReportAnalyzer(db).sourceDaily(query, ip);
        return qMakePair(generation, days ? *days : QList<DailyVolume>{});
    }));
}

void ReportSourcesView::plotTimeline(const QList<DailyVolume>& days) {
    m_plot->clearPlottables();
    const ReportPlots::ResultBars bars = ReportPlots::resultBars(m_plot->xAxis, m_plot->yAxis);
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    const qsizetype every = qMax<qsizetype>(1, days.size() / 12);
    double top = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const DailyVolume& d = days.at(i);
        bars.pass->addData(double(i + 1), double(d.pass));
        bars.failDelivered->addData(double(i + 1), double(d.failNone));
        bars.quarantined->addData(double(i + 1), double(d.quarantined));
        bars.rejected->addData(double(i + 1), double(d.rejected));
        if (i % every == 0)
            ticks->addTick(double(i + 1), d.day.toString(Qt::ISODate));
        top = qMax(top, double(d.total()));
    }
    m_plot->xAxis->setTicker(ticks);
    ReportPlots::dayRange(m_plot->xAxis, days.size());
    m_plot->yAxis->setRange(0, qMax(1.0, top * 1.1));
    m_plot->replot();
    Q_EMIT timelineShown();
}
