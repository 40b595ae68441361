#pragma once
// "Can the DNS be trusted": the chain of trust (DNSSEC), every authoritative server compared, and
// the blocklists, for the domain of the last audit. The three checks run inside the audit (they
// read what the other checks found), so this tab shows the Overview's report instead of running
// them a second time: startAudit() waits for it, showReport() fills the panels.
#include "AuditTab.h"

#include <QJsonObject>

class BlocklistPanel;
class DnssecPanel;
class NsServersPanel;
class QGroupBox;
class QLabel;
struct AuditReport;

class DnsTab : public AuditTab {
    Q_OBJECT
public:
    explicit DnsTab(QWidget* parent = nullptr);

    QString tabTitle() const override;
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // The audit of generation is done (also when cancelled); older generations are ignored.
    void showReport(const AuditReport& report, quint64 generation);
    // The part of each area, for tests: "dnssec", "ns", "blocklists".
    QGroupBox* areaBox(const QString& area) const;

private:
    void showAreas(const AuditReport& report, const QString& whyAbsent);

    QLabel* m_headline;
    QGroupBox* m_dnssecBox;
    QGroupBox* m_nsBox;
    QGroupBox* m_blocklistBox;
    QLabel* m_dnssecAbsent;
    QLabel* m_nsAbsent;
    QLabel* m_blocklistAbsent;
    DnssecPanel* m_dnssec;
    NsServersPanel* m_ns;
    BlocklistPanel* m_blocklists;
    quint64 m_generation = 0;
    bool m_waiting = false;
};
