#pragma once
// The History tab: the audits of the current domain stored in the history database, a trend
// chart of grade and finding counts over them, and the diff of two of them (by default the
// latest and the one "since last quarter", like the CLI's --compare quarter), finding by finding
// and record by record, with the grade change. Every database read runs off the UI thread.

#include "AuditTab.h"
#include "history/AuditHistory.h"

#include <QFutureWatcher>
#include <QJsonObject>

class AppSettings;
class AuditDiffFindingsModel;
class AuditDiffRecordsModel;
class AuditHistoryModel;
class QCheckBox;
class QComboBox;
class QCPBars;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

class HistoryTab : public AuditTab {
    Q_OBJECT
public:
    explicit HistoryTab(QWidget* parent = nullptr);

    QString tabTitle() const override { return tr("History"); }
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // The database to read (the one the Overview stores into); empty: history is off.
    void setHistoryPath(const QString& path) { m_historyPath = path; }
    QString historyPath() const { return m_historyPath; }
    // An audit was stored: reads the list again when it is this tab's domain and database, and
    // compares the new audit with its default baseline.
    void historyChanged(const QString& domain, const QString& historyPath);
    // Picks the two audits to compare by history id (from: the earlier one, to: the later one).
    void compare(qint64 fromId, qint64 toId);

    // The demo's own database, in a temporary folder removed at exit: the demo never writes into
    // the user's history.
    static QString demoHistoryPath();
    // The database audits go into: the demo's, else the settings' one, else none (history off).
    static QString historyPathFor(const AppSettings& settings, bool demo);

    AuditHistoryModel* historyModel() const { return m_historyModel; }
    AuditDiffFindingsModel* findingsModel() const { return m_findingsModel; }
    AuditDiffRecordsModel* recordsModel() const { return m_recordsModel; }
    const QJsonObject& diff() const { return m_diff; }
    int trendPointCount() const;
    bool isLoading() const;

Q_SIGNALS:
    // A list or a diff was read and shown (tests wait on it).
    void updated();

private:
    struct ListResult {
        QList<AuditHistoryEntry> entries;
        qint64 from = 0; // the default pair
        qint64 to = 0;
        QString error;
    };
    struct DiffResult {
        QJsonObject diff;
        QString error;
    };
    void reload();
    void adoptList(const ListResult& result);
    void adoptDiff(const DiffResult& result);
    void pickersChanged();
    void updateChart();
    void updateGradeLabel();
    void showDiffMessage(const QString& text);
    void showChartMessage(const QString& text);

    QLabel* m_title;
    AuditHistoryModel* m_historyModel;
    QTableView* m_audits;
    QStackedWidget* m_chartStack;
    QLabel* m_chartMessage;
    QCustomPlot* m_chart;
    QCPGraph* m_gradeGraph = nullptr;
    QList<QCPBars*> m_bars; // errors, warnings, infos
    QWidget* m_compareRow;
    QComboBox* m_from;
    QComboBox* m_to;
    QCheckBox* m_showUnchanged;
    QLabel* m_pairHint; // why the default pair was picked
    QLabel* m_grade;
    QStackedWidget* m_diffStack;
    QLabel* m_diffMessage;
    QTabWidget* m_diffTabs;
    AuditDiffFindingsModel* m_findingsModel;
    QTableView* m_findings;
    AuditDiffRecordsModel* m_recordsModel;
    QTableView* m_records;
    QFutureWatcher<ListResult>* m_listWatcher;
    QFutureWatcher<DiffResult>* m_diffWatcher;

    QString m_historyPath;
    QString m_domain;
    quint64 m_generation = 0;
    quint64 m_listToken = 0; // drops stale reads
    quint64 m_diffToken = 0;
    bool m_finishPending = false; // finished(m_generation) is owed once the list is read
    bool m_settingPickers = false;
    QJsonObject m_diff;
};
