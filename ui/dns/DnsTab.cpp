#include "DnsTab.h"

#include "BlocklistPanel.h"
#include "DnssecPanel.h"
#include "NsServersPanel.h"
#include "SeverityStyle.h"
#include "audit/AuditReport.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QLabel* absentLabel(QWidget* parent, const char* name) {
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QGroupBox* areaGroup(const QString& title, const char* name, QLabel* absent, QWidget* panel) {
    auto* box = new QGroupBox(title);
    box->setObjectName(QLatin1String(name));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(absent);
    layout->addWidget(panel);
    return box;
}
} // namespace

DnsTab::DnsTab(QWidget* parent)
    : AuditTab(parent)
    , m_headline(new QLabel(this))
    , m_dnssecAbsent(absentLabel(this, "dnssecAbsent"))
    , m_nsAbsent(absentLabel(this, "nsAbsent"))
    , m_blocklistAbsent(absentLabel(this, "blocklistAbsent"))
    , m_dnssec(new DnssecPanel(this))
    , m_ns(new NsServersPanel(this))
    , m_blocklists(new BlocklistPanel(this)) {
    m_headline->setObjectName(QStringLiteral("dnsHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_headline->setFont(big);

    m_dnssecBox = areaGroup(tr("Chain of trust (DNSSEC)"), "dnssecBox", m_dnssecAbsent, m_dnssec);
    m_nsBox = areaGroup(tr("Every authoritative server"), "nsBox", m_nsAbsent, m_ns);
    m_blocklistBox = areaGroup(tr("Blocklists"), "blocklistBox", m_blocklistAbsent, m_blocklists);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_dnssecBox);
    column->addWidget(m_nsBox);
    column->addWidget(m_blocklistBox);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // The panels' tables take the focus; the scroll area follows it (Tab stays in reading order).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("DNS trust details"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(scroll, 1);
    clearResults();
}

QString DnsTab::tabTitle() const {
    return tr("DNS trust");
}

QGroupBox* DnsTab::areaBox(const QString& area) const {
    if (area == QLatin1String("dnssec"))
        return m_dnssecBox;
    if (area == QLatin1String("ns"))
        return m_nsBox;
    if (area == QLatin1String("blocklists"))
        return m_blocklistBox;
    return nullptr;
}

void DnsTab::clearResults() {
    m_waiting = false;
    m_headline->setText(tr("Audit a domain to see whether its DNS can be trusted."));
    const QString none = tr("No audit yet.");
    showAreas({}, none);
}

void DnsTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) {
    Q_UNUSED(session)
    clearResults();
    m_generation = generation;
    m_waiting = true;
    m_headline->setText(
        tr("Checking %1: DNSSEC, every authoritative server and the blocklists, once the other checks "
           "are done…")
            .arg(domain));
}

void DnsTab::showReport(const AuditReport& report, quint64 generation) {
    if (generation != m_generation || !m_waiting)
        return;
    m_waiting = false;
    int errors = 0;
    int warnings = 0;
    for (const Finding& f : report.findings) {
        if (f.area != QLatin1String("dnssec") && f.area != QLatin1String("ns") &&
            f.area != QLatin1String("blocklists"))
            continue;
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    const QString why = report.cancelled ? tr("The audit was cancelled before this check ran.")
                        : report.timedOut
                            ? tr("The audit ran out of time before this check finished.")
                            : tr("Not part of this audit (left out in the settings or on the command line).");
    showAreas(report, why);
    if (report.cancelled)
        m_headline->setText(tr("%1: the audit was cancelled.").arg(report.domain));
    else if (errors > 0)
        m_headline->setText(tr("%1 %2: %n problem(s) that break trust in the DNS", nullptr, errors)
                                .arg(SeverityStyle::symbol(Severity::Error), report.domain) +
                            (warnings > 0 ? tr(", and %n warning(s).", nullptr, warnings) : tr(".")));
    else if (warnings > 0)
        m_headline->setText(tr("%1 %2: %n warning(s) about the DNS.", nullptr, warnings)
                                .arg(SeverityStyle::symbol(Severity::Warning), report.domain));
    else
        m_headline->setText(tr("✔ %1: no problem found with DNSSEC, the servers or the blocklists checked.")
                                .arg(report.domain));
    Q_EMIT finished(generation);
}

void DnsTab::showAreas(const AuditReport& report, const QString& whyAbsent) {
    // An area the audit did not run shows why instead of an empty panel.
    const auto show = [&](QLabel* absent, QWidget* panel, const QJsonObject& json, auto setResult) {
        absent->setText(whyAbsent);
        absent->setVisible(json.isEmpty());
        panel->setVisible(!json.isEmpty());
        setResult(json);
    };
    show(m_dnssecAbsent, m_dnssec, report.check(QStringLiteral("dnssec")),
         [this](const QJsonObject& j) { m_dnssec->setResult(j); });
    show(m_nsAbsent, m_ns, report.check(QStringLiteral("ns")),
         [this](const QJsonObject& j) { m_ns->setResult(j); });
    show(m_blocklistAbsent, m_blocklists, report.check(QStringLiteral("blocklists")),
         [this](const QJsonObject& j) { m_blocklists->setResult(j); });
}
