#pragma once
// The Overview tab: the whole audit of the domain (every check through AuditRunner) with its
// grade and why, the findings sortable and filterable by severity and area (double-click asks
// the main window to show the tab with the evidence), and what changed since the last audit.

#include "AuditTab.h"
#include "TrustPlan.h"
#include "audit/AuditReport.h"
#include "net/NetOptions.h"

#include <QFutureWatcher>

#include <QHash>
#include <QJsonObject>

#include <expected>
#include <functional>

class AuditAreaCards;
class AuditFindingsFilter;
class AuditFindingsModel;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

class AuditOverviewTab : public AuditTab {
    Q_OBJECT
public:
    explicit AuditOverviewTab(QWidget* parent = nullptr);

    QString tabTitle() const override { return tr("Overview"); }
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // The history database to compare with and store into; empty: no history. The main window
    // sets it before each audit (the user's database, or the demo's temporary one).
    void setHistoryPath(const QString& path) { m_historyPath = path; }
    QString historyPath() const { return m_historyPath; }
    const AuditReport& report() const { return m_report; }
    // Where the PDF / HTML export gets the "Who sends as this domain" sections (the Reports tab).
    using SenderSectionsProvider = std::function<QHash<QString, QJsonObject>(const QStringList& domains)>;
    void setSenderSections(SenderSectionsProvider provider) { m_senderSections = std::move(provider); }
    // The connections the audit's transport check may make (offline, --connect-to rules, CA
    // file), read on the UI thread when an audit starts.
    void setNetOptionsSource(std::function<NetOptions()> source) { m_netOptions = std::move(source); }
    // The DNS trust settings (trust anchor, blocklists, ns and blocklist checks), read on the UI
    // thread when an audit starts and applied on the worker; unset: the defaults.
    void setTrustPlanSource(std::function<TrustPlan()> source) { m_trustPlan = std::move(source); }
    // Writes the current report; the format follows the suffix: .pdf, .html, .json, .csv, .sarif,
    // .xml (JUnit).
    std::expected<void, QString> exportTo(const QString& path) const;
    // File → Export: asks for a file and writes it.
    void exportWithDialog();
    AuditFindingsFilter* findingsView() const { return m_filter; }
    // The cards of the areas (SPF, DKIM, DMARC, Reports, Transport, DNS) above the findings.
    AuditAreaCards* areaCards() const { return m_cards; }

Q_SIGNALS:
    // The user wants the evidence of a finding: the tab of that area ("spf", "dmarc", "dkim").
    void showArea(const QString& area);
    // A card of the dashboard was clicked: the tab of that area. Ids (AuditAreaSummary): "spf",
    // "dkim", "dmarc", "reports", "transport", "dnstrust" (DNSSEC, name servers, blocklists).
    void areaActivated(const QString& areaId);
    // An audit of domain was stored in the history database at historyPath.
    void auditStored(const QString& domain, const QString& historyPath);
    // The audit of generation is done (also when cancelled): the DNS tab shows its trust checks.
    void auditReady(const AuditReport& report, quint64 generation);

private:
    struct Outcome {
        AuditReport report;
        QStringList changes;
        QString baseline;     // which earlier audit the changes are against, for people
        QString historyError; // the history could not be read or written
        QString historyPath;  // where it was stored; empty: not stored
        QString error;        // not audited: the trust settings could not be used (TrustPlan)
        QJsonObject senders;  // what the imported reports say (SenderSections), for the Reports card
    };
    void adopt(const Outcome& outcome);

    AuditFindingsModel* m_model;
    AuditFindingsFilter* m_filter;
    QLabel* m_grade;
    QLabel* m_reasons;
    AuditAreaCards* m_cards;
    QComboBox* m_severity;
    QComboBox* m_area;
    QTableView* m_table;
    QListWidget* m_changes;
    QPushButton* m_export;
    QFutureWatcher<Outcome>* m_watcher;
    quint64 m_generation = 0;
    QString m_historyPath;
    AuditReport m_report;
    SenderSectionsProvider m_senderSections;
    std::function<NetOptions()> m_netOptions;
    std::function<TrustPlan()> m_trustPlan;
};
