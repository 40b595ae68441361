#pragma once
// The Message tab: drop, open or paste a received message (or its header) and see why it passed or
// failed DMARC. The verdict comes first; then each check (SPF, every DKIM signature, the ARC chain,
// DMARC under RFC 9989 and RFC 7489, the receiver's own verdict) with its evidence one click away,
// the delivery path and the findings. The analysis runs on DnsSession::checkPool() with the
// resolver the window uses (live, custom, offline zones, the demo); a result of a superseded
// request is dropped. It does not audit domains: startAudit() only says it is done.

#include "AuditTab.h"
#include "ResolverPlan.h"
#include "message/MessageAnalysis.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

class MessageTab : public AuditTab {
    Q_OBJECT
public:
    explicit MessageTab(QWidget* parent = nullptr);
    ~MessageTab() override;

    QString tabTitle() const override { return tr("Message"); }
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // Where DNS answers come from, asked at each analysis (MainWindow passes its settings, the
    // demo and the staged files).
    void setResolverPlan(std::function<ResolverPlan()> plan);

    // Also used by the tests and by drops on the DKIM tab.
    void openFiles(const QStringList& paths);
    void analyzeText(const QByteArray& text);

    QString headline() const;
    const QList<MessageAnalysis>& analyses() const { return m_analyses; }
    QTreeWidget* checksView() const { return m_checks; }
    QTableWidget* hopsView() const { return m_hops; }
    QString detailText() const;

Q_SIGNALS:
    // An analysis finished (or failed): the tests wait on it.
    void analyzed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Work {
        QList<MessageAnalysis> analyses;
        QString error;
    };
    void run(const QList<QByteArray>& inputs, const QStringList& labels, bool pasted);
    void showAnalysis(int index);
    void showDetail();
    void updateDemoMessages();
    QTreeWidgetItem* addCheck(const QString& name, const QString& result, const QString& summary, int page,
                              int index = 0, QTreeWidgetItem* parent = nullptr);

    std::function<ResolverPlan()> m_plan;
    QList<MessageAnalysis> m_analyses;
    QList<QByteArray> m_lastInputs;
    QStringList m_lastLabels;
    bool m_lastPasted = false;
    quint64 m_request = 0;

    QLabel* m_headline;
    QLabel* m_subline;
    QPushButton* m_openButton;
    QPushButton* m_pasteButton;
    QComboBox* m_demoMessages;
    QLineEdit* m_ip;
    QLineEdit* m_helo;
    QLineEdit* m_mailFrom;
    QPushButton* m_againButton;
    QComboBox* m_messageChoice;
    QWidget* m_pastePanel;
    QPlainTextEdit* m_pasteEdit;
    QTreeWidget* m_checks;
    QTextBrowser* m_detail;
    QTabWidget* m_lower;
    QTableWidget* m_hops;
    QTextBrowser* m_findings;
};
