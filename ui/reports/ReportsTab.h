#pragma once
// The Reports tab: imports DMARC aggregate and TLS-RPT reports (drag-and-drop or buttons; off the
// UI thread with progress) into the history database and shows who sends as the domain, each
// view a class of its own: volume over time and the biggest sources by result
// (ReportsOverviewView), a sortable and filterable table of sources (ReportSourcesView), the
// impact of p=quarantine / p=reject (PolicyImpactView), and TLS-RPT failures over time
// (TlsRptView). startAudit() selects the audited domain and looks up the reverse names of its
// biggest senders through the audit's DNS session.

#include "AuditTab.h"
#include "reports/ImportFileResult.h"
#include "reports/ReportSummary.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>

#include <expected>
#include <memory>

class AppSettings;
class HistoryDatabase;
class PolicyImpactView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
class ReportSourcesModel;
class ReportSourcesView;
class ReportsOverviewView;
class TlsRptView;

class ReportsTab : public AuditTab {
    Q_OBJECT
public:
    // database null: the user's history database, opened on first use.
    explicit ReportsTab(std::shared_ptr<HistoryDatabase> database = {}, QWidget* parent = nullptr);
    ~ReportsTab() override;

    QString tabTitle() const override { return tr("Reports"); }
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // Another database (the demo's own); null: the user's history database again.
    void setDatabase(std::shared_ptr<HistoryDatabase> database);
    // Where "Include in PDF report" is remembered (without it the choice lasts for the session)
    // and where the user's history is (Settings → Audit history; without it the default file).
    void setSettings(AppSettings* settings);
    bool includeInPdf() const;
    void setIncludeInPdf(bool include);
    // The sections the exported PDF / HTML gets for these domains (SenderSections::collect over the
    // tab's date range, else the last 90 days); empty when "Include in PDF report" is off.
    QHash<QString, QJsonObject> pdfSections(const QStringList& domains);

    void importPaths(const QStringList& paths);
    bool isImporting() const;
    void setDomain(const QString& domain);
    void setDateRange(const QDate& since, const QDate& until); // invalid dates: all
    void setSimulatedPolicy(const QString& policy);            // quarantine or reject

    const ReportSummary& summary() const { return m_summary; }
    ReportSourcesModel* sourcesModel() const;
    QSortFilterProxyModel* sourcesProxy() const;
    QList<ImportFileResult> lastImport() const { return m_lastImport; }
    // The source whose timeline the Sources page plots (the selected row).
    void selectSource(const QString& ip);
    QString plottedSource() const;
    ReportsOverviewView* overviewView() const { return m_overview; }

Q_SIGNALS:
    void importFinished();
    void summaryShown();
    void sourceTimelineShown();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Refresh {
        quint64 generation = 0;
        std::expected<ReportSummary, QString> summary;
        QStringList domains;
        int reverseNamesLookedUp = 0;
    };

    std::shared_ptr<HistoryDatabase> database();
    void chooseFiles();
    void chooseFolder();
    void importDone();
    void refresh();
    void refreshWith(std::shared_ptr<DnsSession> session, quint64 auditGeneration);
    void showRefresh(const Refresh& refresh);
    void showDomains(const QStringList& domains);
    void showSummary(const ReportSummary& summary);

    std::shared_ptr<HistoryDatabase> m_database;
    QString m_databaseError;
    // A PostgreSQL store is opened off the UI thread (a server that does not answer takes up to
    // the connect timeout); meanwhile database() is null and an import waits here.
    QFutureWatcher<std::expected<std::shared_ptr<HistoryDatabase>, QString>>* m_openWatcher = nullptr;
    QStringList m_importAfterOpen;
    bool m_opening = false;    // a connection is being made (until its result is handled here)
    bool m_dropOpened = false; // the store changed while connecting
    ReportSummary m_summary;
    QList<ImportFileResult> m_lastImport;
    quint64 m_refreshGeneration = 0;
    bool m_updatingControls = false;
    bool m_shownOnce = false;

    QComboBox* m_domain = nullptr;
    QCheckBox* m_allDates = nullptr;
    QCheckBox* m_includeInPdf = nullptr;
    AppSettings* m_settings = nullptr;
    QDateEdit* m_since = nullptr;
    QDateEdit* m_until = nullptr;
    QPushButton* m_importFiles = nullptr;
    QPushButton* m_importFolder = nullptr;
    QLabel* m_headline = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_importStatus = nullptr;
    QTabWidget* m_views = nullptr;
    ReportsOverviewView* m_overview = nullptr;
    ReportSourcesView* m_sources = nullptr;
    PolicyImpactView* m_policy = nullptr;
    TlsRptView* m_tls = nullptr;
    QPlainTextEdit* m_importLog = nullptr;
    QTimer* m_typingTimer = nullptr;

    QFutureWatcher<ImportFileResult>* m_importWatcher = nullptr;
    QFutureWatcher<Refresh>* m_refreshWatcher = nullptr;
};
