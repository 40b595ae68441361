#pragma once
// File → Batch audit: the user pastes a domain list or loads it from a file, starts the audit
// (AuditRunner on the main window's resolver stack, staged overlays included, off the UI thread),
// watches a progress bar with Cancel and a per-domain grade table fill in as domains finish, opens
// a domain in the main window by double-click, and exports the batch (PDF, HTML, JSON, CSV, SARIF,
// JUnit). With a history database, every finished audit is stored there.

#include "ResolverPlan.h"
#include "audit/AuditReport.h"
#include "net/NetOptions.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonArray>

#include <expected>
#include <functional>
#include <memory>

class AuditRunnerHandle;
class BatchAuditFilter;
class BatchAuditModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class Resolver;

class BatchAuditDialog : public QDialog {
    Q_OBJECT
public:
    // planSource is asked on the UI thread when a batch starts: the resolver stack the main
    // window would use now (settings, demo, staged files).
    explicit BatchAuditDialog(std::function<ResolverPlan()> planSource, QWidget* parent = nullptr);
    ~BatchAuditDialog() override;

    // The history database to store the audits in and compare with; empty: no history.
    void setHistoryPath(const QString& path) { m_historyPath = path; }
    // A resolver to use instead of the plan (tests, embedding).
    void setResolver(std::shared_ptr<Resolver> resolver) { m_resolver = std::move(resolver); }
    // The connections the transport check may make, asked when a batch starts; without it the
    // plan decides only whether any is made (none for the demo and zone files).
    void setNetOptionsSource(std::function<NetOptions()> source) { m_netSource = std::move(source); }

    void setDomainText(const QString& text);
    // Loads a domains file into the list (replacing it); false with a message box if unreadable.
    bool loadDomainsFile(const QString& path);
    // Starts the batch of the listed domains; false when none is valid or a batch is running.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Writes the finished reports; the format follows the suffix (see AuditExportWriter).
    std::expected<void, QString> exportTo(const QString& path) const;

    BatchAuditModel* model() const { return m_model; }
    BatchAuditFilter* filter() const { return m_filter; }

Q_SIGNALS:
    // The user wants to see this domain's audit in the main window.
    void showDomain(const AuditReport& report);
    // Every domain of the batch is done, cancelled or failed.
    void batchFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Outcome {
        QString error; // the resolver stack could not be built
        QList<AuditReport> reports;
        QJsonArray trend;
        int stored = 0;
        QString historyError;
    };
    void updateListSummary();
    void domainDone(int done, int total, const AuditReport& report);
    void finish(const Outcome& outcome);
    void setRunning(bool running);
    void loadWithDialog();
    void exportWithDialog();
    void openRow(const QModelIndex& index);

    std::function<ResolverPlan()> m_planSource;
    std::function<NetOptions()> m_netSource;
    std::shared_ptr<Resolver> m_resolver;
    QString m_historyPath;

    QPlainTextEdit* m_input;
    QLabel* m_listSummary;
    QLabel* m_problems;
    QSpinBox* m_concurrency;
    QSpinBox* m_timeout;
    QPushButton* m_load;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLineEdit* m_filterText;
    QComboBox* m_show;
    BatchAuditModel* m_model;
    BatchAuditFilter* m_filter;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_export;

    QFutureWatcher<Outcome>* m_watcher;
    std::shared_ptr<AuditRunnerHandle> m_job;
    quint64 m_generation = 0;
    bool m_running = false;
    qint64 m_startedMs = 0;
    QJsonArray m_trend;
};
