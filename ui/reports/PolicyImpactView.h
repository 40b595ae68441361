#pragma once
// The Reports tab's Policy impact page: what p=quarantine or p=reject would do to the mail the
// reports saw, and the sources that would be hit.

#include "reports/ReportSummary.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class ReportSourcesModel;

class PolicyImpactView : public QWidget {
    Q_OBJECT
public:
    explicit PolicyImpactView(QWidget* parent = nullptr);

    void setSummary(const ReportSummary& summary);
    void setSimulatedPolicy(const QString& policy); // quarantine or reject

private:
    void update();

    ReportSummary m_summary;
    QComboBox* m_policy;
    QLabel* m_text;
    ReportSourcesModel* m_model;
    QTableView* m_view;
};
