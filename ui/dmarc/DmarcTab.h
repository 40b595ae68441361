#pragma once
// The DMARC tab: the verdict and the plain-language paragraph first, then the record and its
// tag table, the RFC 9989 and RFC 7489 readings side by side where they differ, the report
// destinations with their authorization, the staged roll-out, the bulk-sender checklist and the
// findings. A field tries the policy for a From subdomain.

#include "AuditTab.h"
#include "dmarc/DmarcResult.h"

class DmarcTagModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

class DmarcTab : public AuditTab {
    Q_OBJECT
public:
    explicit DmarcTab(QWidget* parent = nullptr);

    QString tabTitle() const override;
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // Evaluates the policy for a From domain under the audited one ("mail" or "mail.example.com").
    void tryFromDomain(const QString& text);

    // The sections below the tag table as rich text (readings, destinations, roll-out,
    // checklist, findings).
    static QString detailsHtml(const DmarcResult& result);

    DmarcTagModel* tagModel() const { return m_tagModel; }
    QString headline() const;
    QString details() const;
    const std::optional<DmarcResult>& result() const { return m_result; }

private:
    void launch(const QString& from, bool reportFinished);
    void showResult(const DmarcResult& result);

    QLabel* m_verdictIcon;
    QLabel* m_headline;
    QLabel* m_paragraph;
    QLineEdit* m_fromEdit;
    QPushButton* m_fromButton;
    QLabel* m_fromNote;
    QLabel* m_record;
    QTableView* m_tagView;
    DmarcTagModel* m_tagModel;
    QTextBrowser* m_details;

    QString m_domain;
    std::shared_ptr<DnsSession> m_session;
    quint64 m_generation = 0;
    quint64 m_ticket = 0; // latest check started here; older results are dropped
    std::optional<DmarcResult> m_result;
};
