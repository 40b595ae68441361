#pragma once
// The DKIM tab: a headline, the table of selectors (discovered, added, read from messages) with a
// detail pane for the selected key (every tag explained, fingerprint, CNAME target, findings), an
// "add selector" field, drag-and-drop of .eml/.mbox files (each signature verified, their
// selectors added), and the key match and key generation dialogs. All DNS work runs on
// DnsSession::checkPool(); results come back through watchers owned by the tab, stale ones dropped.

#include "AuditTab.h"
#include "dkim/DkimResult.h"
#include "dkim/DkimVerification.h"

#include <QFutureWatcher>

class DkimSelectorModel;
class DkimSignatureModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

class DkimTab : public AuditTab {
    Q_OBJECT
public:
    explicit DkimTab(QWidget* parent = nullptr);
    ~DkimTab() override;

    QString tabTitle() const override { return tr("DKIM"); }
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // Also used by the tests: the same as typing in the field / dropping files.
    void addSelector(const QString& selector);
    void openMessages(const QStringList& paths);

    DkimSelectorModel* selectorModel() const { return m_selectors; }
    DkimSignatureModel* signatureModel() const { return m_signatures; }
    QString headline() const;
    QString authenticationSummary() const;

Q_SIGNALS:
    // A selector probe or a message verification finished (tests wait on it).
    void extraWorkFinished();
    // Files were dropped on the tab (the Message tab analyzes them as well).
    void messagesDropped(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct MessageWork {
        QList<DkimVerification> verifications;
        QList<DkimSelectorResult> selectors; // s= of signatures by the audited domain, probed
        QStringList errors;
    };
    std::shared_ptr<DnsSession> session();
    void showResult(const DkimResult& result);
    void updateHeadline();
    void showDetail();
    void openKeyMatch();
    void openKeyGeneration();

    DkimSelectorModel* m_selectors;
    DkimSignatureModel* m_signatures;
    QLabel* m_headline;
    QLabel* m_notice;
    QLabel* m_authSummary; // Authentication-Results / Received-SPF of dropped messages
    QTableView* m_selectorView;
    QTableView* m_signatureView;
    QTextBrowser* m_detail;
    QLineEdit* m_addEdit;
    QPushButton* m_addButton;
    QPushButton* m_matchButton;
    QPushButton* m_keygenButton;

    QString m_domain;
    std::shared_ptr<DnsSession> m_session;
    quint64 m_generation = 0;
    bool m_running = false;
    QList<Finding> m_domainFindings;
    QStringList m_tried;
};
