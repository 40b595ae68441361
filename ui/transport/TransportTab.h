#pragma once
// The Transport tab: how mail reaches the domain. A verdict headline first (icon, word, colour,
// one sentence), then the MX hosts (TransportMxModel), the MTA-STS policy as fetched with what it
// means, the TLS-RPT destinations, BIMI, and the transport findings. DNS and HTTPS run with every
// audit; "Probe SMTP" (port 25 STARTTLS, also Settings → Probe SMTP automatically) on request.
// Everything runs on DnsSession::checkPool(); Cancel calls TransportCheck::cancel().

#include "AuditTab.h"
#include "NetPlan.h"
#include "transport/TransportResult.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

class AuditFindingsModel;
class BimiPanel;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;
class TransportMxModel;
struct TransportRun;

class TransportTab : public AuditTab {
    Q_OBJECT
public:
    explicit TransportTab(QWidget* parent = nullptr);
    ~TransportTab() override;

    QString tabTitle() const override;
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // How to connect (connect-to rules, CA file, offline, automatic probing): asked at each run,
    // so a change in Settings applies to the next check. Without it: live, no rules.
    void setNetPlan(std::function<NetPlan()> provider) { m_netPlan = std::move(provider); }
    // Probes STARTTLS on port 25 of every MX host (with the DNS and HTTPS checks again).
    void probeSmtp();
    // Stops the running check or probe (TransportCheck::cancel()).
    void cancel();
    bool isRunning() const { return m_running != nullptr; }

    // The last result as the audit's "transport" JSON (with the connections), for the PDF/HTML
    // export; empty when there is none for this domain.
    QJsonObject transportJson(const QString& domain) const;

    TransportMxModel* mxModel() const { return m_mxModel; }
    AuditFindingsModel* findingsModel() const { return m_findingsModel; }
    QString headline() const;
    QString policyText() const; // the MTA-STS section as plain text
    QString tlsRptText() const; // the TLS-RPT section as plain text
    const std::optional<TransportResult>& result() const { return m_result; }
    // Where the BIMI panel goes: a section of its own below TLS-RPT.
    QVBoxLayout* bimiLayout() const { return m_bimiLayout; }

Q_SIGNALS:
    // A check or probe of this tab ended (shown, failed or cancelled).
    void checkFinished();

private:
    void launch(bool probe, bool reportFinished);
    void setBusy(bool busy, const QString& text);
    void showResult(const TransportResult& result);
    void showError(const QString& error);
    void showFinding(int row);
    void showPolicy(const TransportResult& result);

    QLabel* m_verdictIcon;
    QLabel* m_headline;
    QPushButton* m_probeButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableView* m_mxView;
    TransportMxModel* m_mxModel;
    QLabel* m_policyFacts;
    QPlainTextEdit* m_policyRaw;
    QLabel* m_policyExplained;
    QLabel* m_tlsRpt;
    QGroupBox* m_bimiBox;
    QVBoxLayout* m_bimiLayout;
    BimiPanel* m_bimiPanel;
    QTableView* m_findingsView;
    AuditFindingsModel* m_findingsModel;
    QLabel* m_findingDetail;

    std::function<NetPlan()> m_netPlan;
    QString m_domain;
    std::shared_ptr<DnsSession> m_session;
    quint64 m_generation = 0;
    quint64 m_ticket = 0;
    std::shared_ptr<TransportRun> m_running;
    std::optional<TransportResult> m_result;
    QJsonArray m_connections;
};
