#pragma once
// The SPF tab: a verdict line, the record (monospace, copyable), the expanded tree with costs and
// problems, the selected term's explanation, the include graph (SpfGraphView: a node per evaluated
// domain, selection shared with the tree) beside a bar chart of lookups per top-level branch
// against the limit of 10, and a what-if panel whose matching path is highlighted in both.

#include "AuditTab.h"
#include "spf/SpfLookupTree.h"
#include "spf/SpfTreeBuilder.h"

#include <QFutureWatcher>
#include <optional>

class QCPTextElement;
class QCustomPlot;
class QTabWidget;
class SpfGraphView;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;
class SpfTreeModel;

class SpfTab : public AuditTab {
    Q_OBJECT
public:
    explicit SpfTab(QWidget* parent = nullptr);

    QString tabTitle() const override { return tr("SPF"); }
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // For tests and the main window.
    SpfTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QListWidget* findingsList() const { return m_findings; }
    QCustomPlot* chart() const { return m_chart; }
    SpfGraphView* graphView() const { return m_graph; }
    QString verdict() const;
    void runWhatIf(const QString& ip, const QString& sender, const QString& helo, const QString& record = {});
    void expandToProblem();
    void search(const QString& text);
    void copyRecord();

private:
    void start(const QString& domain, const SpfTreeBuilder::Options& options, quint64 generation,
               bool whatIf);
    void adopt(const SpfLookupTree& tree);
    void showSelected();
    void showFindingNode(int row);
    // The node a finding's evidence path ends at ("domain: term" or "domain").
    QModelIndex nodeForEvidence(const QStringList& evidence) const;
    void updateChart();
    void showGraphNode(int index); // a node clicked in the graph: its row in the tree
    QModelIndex indexForTreePath(const QList<int>& path) const;
    void updateVerdict();

    SpfTreeModel* m_model;
    QTreeView* m_view;
    QLabel* m_verdict;
    QLabel* m_record;
    QTextBrowser* m_explanation;
    QListWidget* m_findings;
    QCustomPlot* m_chart;
    QCPTextElement* m_chartTitle = nullptr;
    SpfGraphView* m_graph;
    QTabWidget* m_pictures;
    bool m_syncing = false; // tree and graph follow each other's selection, once
    QLineEdit* m_search;
    QLineEdit* m_ip;
    QLineEdit* m_sender;
    QLineEdit* m_helo;
    QPlainTextEdit* m_typedRecord;
    QLabel* m_whatIfResult;
    QPushButton* m_whatIfButton;
    std::shared_ptr<DnsSession> m_session;
    QString m_domain;
    quint64 m_generation = 0;
    quint64 m_auditGeneration = 0;
    int m_searchFrom = 0;
};
