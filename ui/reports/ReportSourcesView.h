#pragma once
// The Reports tab's Sources page: every sending source in a sortable, filterable table and, for
// the selected one, its messages per day by DMARC result (read off the UI thread).

#include "reports/ReportSummary.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class HistoryDatabase;
class QCustomPlot;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class ReportSourcesModel;

class ReportSourcesView : public QWidget {
    Q_OBJECT
public:
    using DatabaseSource = std::function<std::shared_ptr<HistoryDatabase>()>;
    explicit ReportSourcesView(DatabaseSource database, QWidget* parent = nullptr);
    ~ReportSourcesView() override;

    void setSummary(const ReportSummary& summary);
    // Drops a timeline still being read (the database changes).
    void waitAndForget();
    void selectSource(const QString& ip);
    QString plottedSource() const { return m_plottedSource; }
    ReportSourcesModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

Q_SIGNALS:
    void timelineShown();

private:
    void showTimeline(const QString& ip);
    void plotTimeline(const QList<DailyVolume>& days);

    DatabaseSource m_database;
    ReportSummary m_summary;
    QString m_plottedSource;
    quint64 m_generation = 0;
    QLineEdit* m_filter;
    ReportSourcesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QCustomPlot* m_plot;
    QFutureWatcher<QPair<quint64, QList<DailyVolume>>>* m_watcher;
};
