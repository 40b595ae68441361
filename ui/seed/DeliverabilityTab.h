#pragma once
// The Deliverability tab (issue #18): seed mailboxes you own at the big providers, and where they
// put a test message. startAudit() sends nothing (sending mail is the user's explicit action): it
// shows the domain's stored seed runs. "Send test and check" (or "Check only" while only watching)
// runs SeedRun on a worker thread with a row of progress per seed and a Cancel button; the result
// shows each seed's placement (icon and word), the receiver's verdict beside Mailsight's, the
// findings, and goes into the history database beside the audits (SeedHistory), whose runs feed
// the placement chart. Passwords live in the desktop keyring (SeedCredentialStore); without one
// they are asked for each run and written nowhere.

#include "AuditTab.h"
#include "NetPlan.h"
#include "seed/SeedRun.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThreadPool>

#include <functional>
#include <memory>

class AppSettings;
class QLabel;
class QPushButton;
class QSpinBox;
class QGroupBox;
class QTableWidget;
class QTextBrowser;
class QTimer;
class SeedCredentialStore;
class SeedListPanel;
class SeedPlacementChart;
struct SeedHistoryRun;

class DeliverabilityTab : public AuditTab {
    Q_OBJECT
public:
    using ProbeFactory = std::function<std::unique_ptr<SeedMailboxProbe>(const NetOptions&)>;

    // settings: where the seed list is kept (never a password); historyPath: the database the
    // window's audits go to ("" : runs are not stored); netPlan: how to connect (the demo: not).
    DeliverabilityTab(AppSettings* settings, std::function<QString()> historyPath,
                      std::function<NetPlan()> netPlan = {}, QWidget* parent = nullptr);
    ~DeliverabilityTab() override;

    QString tabTitle() const override { return tr("Deliverability"); }
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // Tests: a fake probe, an in-memory keyring (the tab does not own it).
    void setProbeFactory(ProbeFactory factory) { m_factory = std::move(factory); }
    void setCredentialStore(SeedCredentialStore* store);

    SeedListPanel* seedList() const { return m_list; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QSpinBox* waitBox() const { return m_wait; }
    QSpinBox* pollBox() const { return m_poll; }
    QTableWidget* progressTable() const { return m_progress; }
    QTableWidget* placementTable() const { return m_placement; }
    QTextBrowser* detailView() const { return m_detail; }
    SeedPlacementChart* chart() const { return m_chart; }
    QString notice() const;
    bool isRunning() const { return bool(m_seedRun); }
    bool keyringAvailable() const { return m_keyringAvailable; }
    const SeedRunResult& lastResult() const { return m_result; }
    // Passwords held in memory for the next run (given without a keyring); none after a run.
    int passwordsHeldForRun() const { return int(m_runPasswords.size()); }

    void startRun();
    void cancelRun();

Q_SIGNALS:
    void runFinished();   // a run ended (done, failed or cancelled) and its result is shown
    void historyLoaded(); // the chart shows the stored runs of the domain

private:
    struct Outcome {
        SeedRunResult result;
        QString stored; // what became of the run in the history (a sentence)
    };
    void saveList();
    void storePassword(const QString& key, const QString& password);
    void forgetPassword(const QString& key);
    void collectPasswords(SeedConfig config, SeedRun::Options options);
    void launch(const SeedConfig& config, const SeedRun::Options& options);
    void onProgress(quint64 run, const SeedProgress& progress);
    void showOutcome(const Outcome& outcome);
    void showSeed();
    void tickElapsed();
    void loadHistory();
    void setKeyringAvailable(bool available, const QString& why = {});
    void setRunningUi(bool running);
    void updateHeadline();
    QString emptyText() const;
    QString chartEmptyText() const;
    QString runDomain() const;

    AppSettings* m_settings;
    std::function<QString()> m_historyPath;
    std::function<NetPlan()> m_netPlan;
    ProbeFactory m_factory;
    std::unique_ptr<SeedCredentialStore> m_ownStore;
    SeedCredentialStore* m_store = nullptr;
    bool m_keyringAvailable = true;
    // Passwords given without a keyring: for the next run only, in memory, then forgotten.
    QHash<QString, QString> m_runPasswords;

    QString m_domain;
    std::shared_ptr<DnsSession> m_session;
    std::shared_ptr<SeedRun> m_seedRun;
    quint64 m_runId = 0;
    quint64 m_historyRequest = 0;
    QElapsedTimer m_clock;
    SeedRunResult m_result;
    QThreadPool m_pool; // the blocking runs, away from the checks' pool

    QLabel* m_headline;
    QLabel* m_keyringNotice;
    SeedListPanel* m_list;
    QSpinBox* m_wait;
    QSpinBox* m_poll;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QLabel* m_runStatus;
    QTableWidget* m_progress;
    QTableWidget* m_placement;
    QGroupBox* m_findingsBox;
    QTextBrowser* m_detail;
    QTextBrowser* m_findings;
    SeedPlacementChart* m_chart;
    QTimer* m_elapsed;
};
