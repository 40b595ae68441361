#include "DmarcTab.h"

#include "DmarcSeverityStyle.h"
#include "DmarcTagModel.h"
#include "dmarc/DmarcCheck.h"
#include "dns/DnsName.h"
#include "dns/DnsSession.h"
#include "findings/FindingCatalogue.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString severitySpan(Severity s) {
    return QStringLiteral("<span style=\"color:%1\">%2&nbsp;<b>%3</b></span>")
        .arg(DmarcSeverityStyle::colour(s).name(), DmarcSeverityStyle::symbol(s),
             esc(DmarcSeverityStyle::word(s)));
}

QString readingCell(const DmarcReading& r) {
    if (r.undetermined)
        return esc(QCoreApplication::translate("DmarcTab", "unknown (DNS failed)"));
    if (!r.hasPolicy)
        return esc(QCoreApplication::translate("DmarcTab", "none (no DMARC)"));
    return QStringLiteral("<b>%1</b>").arg(esc(dmarcPolicyName(r.applied)));
}
} // namespace

DmarcTab::DmarcTab(QWidget* parent)
    : AuditTab(parent)
    , m_verdictIcon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_paragraph(new QLabel(this))
    , m_fromEdit(new QLineEdit(this))
    , m_fromButton(new QPushButton(tr("&Try"), this))
    , m_fromNote(new QLabel(this))
    , m_record(new QLabel(this))
    , m_tagView(new QTableView(this))
    , m_tagModel(new DmarcTagModel(this))
    , m_details(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("dmarcTab"));
    m_headline->setObjectName(QStringLiteral("dmarcHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setText(tr("Enter a domain and press Audit to read its DMARC policy."));
    m_verdictIcon->setFixedSize(32, 32);

    m_paragraph->setObjectName(QStringLiteral("dmarcParagraph"));
    m_paragraph->setWordWrap(true);
    m_paragraph->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fromEdit->setObjectName(QStringLiteral("dmarcFromEdit"));
    m_fromEdit->setPlaceholderText(tr("a From subdomain, e.g. newsletter or billing.example.com"));
    m_fromEdit->setClearButtonEnabled(true);
    m_fromEdit->setEnabled(false);
    m_fromButton->setObjectName(QStringLiteral("dmarcFromButton"));
    m_fromButton->setEnabled(false);
    m_fromButton->setToolTip(tr("Which policy applies to mail whose From address is in this subdomain"));
    m_fromNote->setObjectName(QStringLiteral("dmarcFromNote"));
    m_fromNote->setWordWrap(true);
    auto* fromLabel = new QLabel(tr("Mail &from:"), this);
    fromLabel->setBuddy(m_fromEdit);

    m_record->setObjectName(QStringLiteral("dmarcRecord"));
    m_record->setAccessibleName(tr("DMARC record"));
    m_record->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_tagView->setObjectName(QStringLiteral("dmarcTagView"));
    m_tagView->setAccessibleName(tr("DMARC tags"));
    m_tagView->setModel(m_tagModel);
    m_tagView->setWordWrap(true);
    m_tagView->setAlternatingRowColors(true);
    m_tagView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tagView->verticalHeader()->hide();
    m_tagView->horizontalHeader()->setSectionResizeMode(DmarcTagModel::Meaning, QHeaderView::Stretch);
    m_tagView->horizontalHeader()->setSectionResizeMode(DmarcTagModel::Tag, QHeaderView::ResizeToContents);
    m_tagView->horizontalHeader()->setSectionResizeMode(DmarcTagModel::Value, QHeaderView::Interactive);
    m_tagView->horizontalHeader()->setSectionResizeMode(DmarcTagModel::Default, QHeaderView::Interactive);
    m_tagView->horizontalHeader()->setSectionResizeMode(DmarcTagModel::Source, QHeaderView::Interactive);
    m_tagView->horizontalHeader()->setSectionResizeMode(DmarcTagModel::Issue, QHeaderView::Interactive);
    m_tagView->setColumnWidth(DmarcTagModel::Value, 220);
    m_tagView->setColumnWidth(DmarcTagModel::Default, 150);
    m_tagView->setColumnWidth(DmarcTagModel::Source, 170);
    m_tagView->setColumnWidth(DmarcTagModel::Issue, 220);
    m_tagView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("dmarcDetails"));
    m_details->setAccessibleName(tr("DMARC details: readings, report destinations, roll-out, checklist"));
    m_details->setOpenLinks(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto* from = new QHBoxLayout;
    from->addWidget(fromLabel);
    from->addWidget(m_fromEdit, 1);
    from->addWidget(m_fromButton);
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_record);
    upperLayout->addWidget(m_tagView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(m_details);
    // The tag table needs about 15 rows; the rest of the height goes to the sections below it.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_paragraph);
    layout->addLayout(from);
    layout->addWidget(m_fromNote);
    layout->addWidget(splitter, 1);
    m_fromNote->hide();
    m_record->hide();

    connect(m_fromEdit, &QLineEdit::returnPressed, this, [this] { tryFromDomain(m_fromEdit->text()); });
    connect(m_fromButton, &QPushButton::clicked, this, [this] { tryFromDomain(m_fromEdit->text()); });
}

QString DmarcTab::tabTitle() const {
    return tr("DMARC");
}

QString DmarcTab::headline() const {
    return m_headline->text();
}

QString DmarcTab::details() const {
    return m_details->toPlainText();
}

void DmarcTab::startAudit(const QString& domain, std::shared_ptr<DnsSession> session, quint64 generation) {
    m_domain = domain;
    m_session = std::move(session);
    m_generation = generation;
    m_fromEdit->clear();
    m_fromNote->hide();
    launch(domain, true);
}

void DmarcTab::clearResults() {
    ++m_ticket; // anything still running is stale now
    m_result.reset();
    m_session.reset();
    m_domain.clear();
    m_verdictIcon->clear();
    m_headline->setText(tr("Enter a domain and press Audit to read its DMARC policy."));
    m_headline->setStyleSheet({});
    m_paragraph->clear();
    m_record->hide();
    m_tagModel->setRows({});
    m_details->clear();
    m_fromEdit->setEnabled(false);
    m_fromButton->setEnabled(false);
    m_fromNote->hide();
}

void DmarcTab::tryFromDomain(const QString& text) {
    if (!m_session || m_domain.isEmpty())
        return;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_fromNote->hide();
        launch(m_domain, false);
        return;
    }
    const auto name = DnsName::fromUserInput(trimmed);
    if (!name) {
        m_fromNote->setText(tr("\"%1\" is not a domain name: %2").arg(trimmed, name.error()));
        m_fromNote->show();
        return;
    }
    QString from = name->ace();
    if (from != m_domain && !from.endsWith(QLatin1Char('.') + m_domain))
        from += QLatin1Char('.') + m_domain; // labels typed without the domain
    if (const auto full = DnsName::fromUserInput(from); !full) {
        m_fromNote->setText(tr("\"%1\" is not a domain name: %2").arg(from, full.error()));
        m_fromNote->show();
        return;
    }
    m_fromNote->setText(tr("Showing the policy for mail From: …@%1").arg(from));
    m_fromNote->show();
    launch(from, false);
}

void DmarcTab::launch(const QString& from, bool reportFinished) {
    const quint64 ticket = ++m_ticket;
    const quint64 generation = m_generation;
    m_headline->setText(tr("Reading the DMARC policy for %1…").arg(from));
    m_headline->setStyleSheet({});
    m_verdictIcon->clear();
    Q_EMIT statusMessage(tr("Reading the DMARC policy for %1…").arg(from));
    auto* watcher = new QFutureWatcher<DmarcResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, ticket, generation, reportFinished] {
                watcher->deleteLater();
                if (ticket == m_ticket && !watcher->isCanceled())
                    showResult(watcher->result());
                if (reportFinished)
                    Q_EMIT finished(generation);
            });
    std::shared_ptr<DnsSession> session = m_session;
    const QString domain = m_domain;
    watcher->setFuture(QtConcurrent::run(
        DnsSession::checkPool(), [session, domain, from] { return DmarcCheck(session).run(domain, from); }));
}

void DmarcTab::showResult(const DmarcResult& r) {
    m_result = r;
    const DmarcExplanation& e = r.explanation;
    const QColor colour = DmarcSeverityStyle::verdictColour(e.verdict);
    m_verdictIcon->setPixmap(DmarcSeverityStyle::verdictIcon(e.verdict).pixmap(32, 32));
    m_verdictIcon->setToolTip(DmarcSeverityStyle::verdictWord(e.verdict));
    m_headline->setText(e.headline); // starts with the verdict word ("Protected: ...")
    m_headline->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
    m_paragraph->setText(e.paragraph);
    if (const DmarcRecord* rec = r.record()) {
        m_record->setText(QStringLiteral("_dmarc.%1  TXT  \"%2\"").arg(r.recordDomain(), rec->text));
        m_record->show();
    } else {
        m_record->hide();
    }
    m_tagModel->setRows(e.tags);
    m_details->setHtml(detailsHtml(r));
    m_fromEdit->setEnabled(true);
    m_fromButton->setEnabled(true);
    Q_EMIT statusMessage(tr("DMARC: %1").arg(e.headline));
}

QString DmarcTab::detailsHtml(const DmarcResult& r) {
    auto tr = [](const char* s) { return QCoreApplication::translate("DmarcTab", s); };
    QString h;
    // The two readings: side by side where they differ, one line where they agree.
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("How receivers read it")));
    if (r.rfc9989.sameOutcome(r.rfc7489) && r.discovery.orgDomainsAgree()) {
        h += QStringLiteral("<p>%1 %2</p>")
                 .arg(esc(tr("RFC 9989 and RFC 7489 receivers agree:")), esc(r.rfc9989.explanation));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                            "<tr><th></th><th>RFC 9989 (2026)</th><th>RFC 7489 (2015)</th></tr>");
        auto row = [&](const QString& label, const QString& a, const QString& b) {
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>").arg(esc(label), a, b);
        };
        row(tr("Policy applied"), readingCell(r.rfc9989), readingCell(r.rfc7489));
        row(tr("Record used"), esc(r.discovery.rfc9989.how), esc(r.discovery.rfc7489.how));
        row(tr("Organizational domain"),
            esc(r.discovery.orgDomain9989) +
                QStringLiteral("<br><small>%1</small>").arg(esc(r.discovery.orgDomain9989Reason)),
            esc(r.discovery.orgDomain7489.isEmpty() ? r.fromDomain : r.discovery.orgDomain7489) +
                QStringLiteral("<br><small>%1</small>").arg(esc(tr("Public Suffix List"))));
        row(tr("Why"), esc(r.rfc9989.explanation), esc(r.rfc7489.explanation));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><small>%1<br>%2</small></p>")
             .arg(esc(tr("DKIM alignment: ") + r.explanation.dkimAlignment),
                  esc(tr("SPF alignment: ") + r.explanation.spfAlignment));

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Report destinations")));
    if (r.destinations.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None: no rua or ruf address.")));
    } else {
        h += QStringLiteral(
                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>%1</th>"
                 "<th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(tr("Tag")), esc(tr("Destination")), esc(tr("Authorized")), esc(tr("Details")));
        for (const DmarcReportDestination& d : r.destinations) {
            const Severity s = !d.uri.valid || (d.external && !d.authorized) ? Severity::Error
                               : !d.hasMx()                                  ? Severity::Warning
                                                                             : Severity::Info;
            const QString status =
                d.authorized && d.hasMx()
                    ? QStringLiteral("<span style=\"color:%1\">\u2714&nbsp;<b>%2</b></span>")
                          .arg(DmarcSeverityStyle::verdictColour(QStringLiteral("protected")).name(),
                               esc(tr("Yes")))
                    : severitySpan(s) + QStringLiteral(" ") +
                          esc(d.authorized ? tr("authorized") : tr("not authorized"));
            h += QStringLiteral("<tr><td><tt>%1</tt></td><td><tt>%2</tt></td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(d.uri.tag), esc(d.uri.raw), status, esc(d.note));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Roll-out, step by step")));
    for (const DmarcRolloutStep& s : r.explanation.rollout) {
        const QString mark = s.status == QLatin1String("done") ? QStringLiteral("\u2714 ") + tr("done")
                             : s.status == QLatin1String("current")
                                 ? QStringLiteral("\u27A4 ") + tr("next step")
                                 : tr("later");
        h += QStringLiteral("<li><b>%1</b> — <i>%2</i>").arg(esc(s.title), esc(mark));
        if (s.status != QLatin1String("done"))
            h += QStringLiteral("<br><tt>%1</tt><br>%2")
                     .arg(esc(s.record), esc(tr("Before this step: ") + s.watch));
        h += QStringLiteral("</li>");
    }
    h += QStringLiteral("</ol>");

    h += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
             .arg(esc(tr("Bulk-sender checklist")));
    for (const DmarcChecklistItem& c : r.explanation.checklist) {
        const QString status =
            c.status == QLatin1String("met")
                ? QStringLiteral("<span style=\"color:%1\">\u2714&nbsp;<b>%2</b></span>")
                      .arg(DmarcSeverityStyle::verdictColour(QStringLiteral("protected")).name(),
                           esc(tr("Met")))
            : c.status == QLatin1String("not-met")
                ? QStringLiteral("<span style=\"color:%1\">\u2716&nbsp;<b>%2</b></span>")
                      .arg(DmarcSeverityStyle::colour(Severity::Error).name(), esc(tr("Not met")))
                : QStringLiteral("<span style=\"color:%1\">?&nbsp;<b>%2</b></span>")
                      .arg(DmarcSeverityStyle::verdictColour(QStringLiteral("unknown")).name(),
                           esc(tr("Cannot be seen from DNS")));
        h += QStringLiteral("<tr><td valign=\"top\">%1</td><td><b>%2</b> <small>(%3)</small><br>%4</td></tr>")
                 .arg(status, esc(c.requirement), esc(c.requiredBy), esc(c.detail));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Findings")));
    if (r.findings.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    for (const Finding& raw : r.findings) {
        const Finding f = FindingCatalogue::localized(raw);
        h += QStringLiteral("<p>%1 <tt>%2</tt> <b>%3</b><br>%4<br><i>%5</i> <small>(%6)</small></p>")
                 .arg(severitySpan(f.severity), esc(f.code), esc(f.title), esc(f.detail),
                      esc(tr("Fix: ") + f.fix), esc(f.rfc));
    }
    return h;
}
