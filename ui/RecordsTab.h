#pragma once
// The Records tab: what the domain publishes that mail authentication depends on (TXT, SPF, MX,
// A, AAAA, NS, the DMARC, MTA-STS and TLS-RPT names), each with its outcome, exactly as
// published. The first tab of every audit: the evidence the other checks interpret.

#include "AuditTab.h"
#include "RecordSetModel.h"

#include <QElapsedTimer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

class RecordsTab : public AuditTab {
    Q_OBJECT
public:
    struct Query {
        QString purpose;
        QString name;
        DnsRecordType type;
    };

    explicit RecordsTab(QWidget* parent = nullptr);

    QString tabTitle() const override;
    void startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) override;
    void clearResults() override;

    // The questions asked for a domain (A-labels), in display order.
    static QList<Query> queriesFor(const QString& domain);
    // "7 record sets read in 41 ms; 1 lookup failed (timeout)."
    static QString headlineFor(const QList<RecordSetModel::RecordSet>& sets, qint64 elapsedMs);

    RecordSetModel* model() const { return m_model; }
    QString headline() const;

private:
    void showResult(quint64 generation, const QList<RecordSetModel::RecordSet>& sets);
    void copyRecords();
    void updateDetail();

    QLabel* m_headline;
    QCheckBox* m_splits;
    QPushButton* m_copy;
    QTreeView* m_view;
    RecordSetModel* m_model;
    QPlainTextEdit* m_detail;
    QLabel* m_advice;
    qsizetype m_answered = 0;
    quint64 m_generation = 0;
    QElapsedTimer m_clock;
    QString m_domain;
};
