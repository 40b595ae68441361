#include "PolicyImpactView.h"

#include "ReportSourcesModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportsTab) // the strings this page had in the Reports tab
};
} // namespace

PolicyImpactView::PolicyImpactView(QWidget* parent)
    : QWidget(parent)
    , m_policy(new QComboBox(this))
    , m_text(new QLabel(this))
    , m_model(new ReportSourcesModel(this))
    , m_view(new QTableView(this)) {
    auto* policyRow = new QHBoxLayout;
    m_policy->setObjectName(QStringLiteral("reportsPolicy"));
    m_policy->setAccessibleName(Tr::tr("Policy to simulate"));
    m_policy->addItem(Tr::tr("p=quarantine"), QStringLiteral("quarantine"));
    m_policy->addItem(Tr::tr("p=reject"), QStringLiteral("reject"));
    m_policy->setCurrentIndex(1);
    policyRow->addWidget(new QLabel(Tr::tr("If the domain published"), this));
    policyRow->addWidget(m_policy);
    policyRow->addStretch(1);
    m_text->setObjectName(QStringLiteral("reportsSimulation"));
    m_text->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("reportsSimulationView"));
    m_view->setAccessibleName(Tr::tr("Sources under the simulated policy"));
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(policyRow);
    layout->addWidget(m_text);
    layout->addWidget(m_view);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &PolicyImpactView::update);
}

void PolicyImpactView::setSummary(const ReportSummary& summary) {
    m_summary = summary;
    update();
}

void PolicyImpactView::setSimulatedPolicy(const QString& policy) {
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(policy)));
}

void PolicyImpactView::update() {
    const QString policy = m_policy->currentData().toString();
    const PolicySimulation& sim = policy == u"quarantine" ? m_summary.quarantine : m_summary.reject;
    m_model->setSources(sim.sources);
    m_view->resizeColumnsToContents();
    if (m_summary.messages == 0) {
        m_text->setText(Tr::tr("No DMARC aggregate data for this domain and period."));
        return;
    }
    const QString verb = policy == u"quarantine" ? Tr::tr("quarantined") : Tr::tr("rejected");
    QString text = Tr::tr("Under p=%1, %2 of %3 messages (from %4 sources) would have been %5; %6 of them "
                          "were not already.")
                       .arg(policy)
                       .arg(QLocale().toString(sim.messages))
                       .arg(QLocale().toString(m_summary.messages))
                       .arg(sim.sourceCount)
                       .arg(verb)
                       .arg(QLocale().toString(sim.messages - sim.alreadyApplied));
    if (sim.knownSenders > 0)
        text += QLatin1Char(' ') + Tr::tr("%1 of them come from senders the SPF record authorises: fix their "
                                          "DKIM or SPF alignment first.")
                                       .arg(QLocale().toString(sim.knownSenders));
    m_text->setText(text);
}
