#pragma once
// File → Compare…: two domains (staging and production) and an optional name map, audited off
// the UI thread on the main window's resolver stack (progress, Cancel), then compared structurally
// (ConfigComparison): a headline verdict, a table of every item with both sides per area, the
// differences tinted and marked with an icon and the word "Differs", and why each one matters.

#include "ResolverPlan.h"
#include "monitor/ConfigComparison.h"
#include "net/NetOptions.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class ConfigComparisonModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class AuditRunnerHandle;
class Resolver;

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    // planSource is asked on the UI thread when a comparison starts (settings, demo, staged files).
    explicit CompareDialog(std::function<ResolverPlan()> planSource, QWidget* parent = nullptr);
    ~CompareDialog() override;

    // A resolver to use instead of the plan (tests, embedding).
    void setResolver(std::shared_ptr<Resolver> resolver) { m_resolver = std::move(resolver); }
    void setNetOptionsSource(std::function<NetOptions()> source) { m_netSource = std::move(source); }

    void setDomains(const QString& a, const QString& b, const QString& map = {});
    // Starts the comparison; false (with the reason in the status line) when an input is invalid
    // or one is running.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }
    ConfigComparisonModel* model() const { return m_model; }

Q_SIGNALS:
    void comparisonFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Outcome {
        QString error;      // the resolver stack could not be built
        QString trustError; // Settings → DNS trust: a file that cannot be used
        bool cancelled = false;
        ConfigComparison comparison;
    };
    void finish(const Outcome& outcome);
    void setRunning(bool running);
    void updateInputs();
    void showWhy();
    void selectFirstDifference();

    std::function<ResolverPlan()> m_planSource;
    std::function<NetOptions()> m_netSource;
    std::shared_ptr<Resolver> m_resolver;

    QLineEdit* m_domainA;
    QLineEdit* m_domainB;
    QLineEdit* m_map;
    QCheckBox* m_transport;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_verdict;
    QCheckBox* m_differencesOnly;
    ConfigComparisonModel* m_model;
    QTableView* m_table;
    QLabel* m_why;
    QLabel* m_status;

    QFutureWatcher<Outcome>* m_watcher;
    std::shared_ptr<AuditRunnerHandle> m_job;
    quint64 m_generation = 0;
    bool m_running = false;
};
