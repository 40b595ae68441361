#include "ModeBanner.h"

#include "AppSettings.h"
#include "ResolverPlan.h"
#include "demo/DemoWorld.h"

#include <QApplication>
#include <QCursor>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolTip>

ModeBanner::ModeBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("modeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true); // coloured in applyTheme()
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // The demo's domains are links: reachable by Tab and opened with Enter as well as by mouse.
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setAccessibleName(tr("Mode of the audit"));
    connect(m_text, &QLabel::linkActivated, this, &ModeBanner::domainActivated);
    // Each demo domain tells a story; show it when the pointer rests on the domain's link.
    connect(m_text, &QLabel::linkHovered, this, [this](const QString& link) {
        for (const DemoWorld::Domain& d : DemoWorld::domains()) {
            if (d.name == link) {
                QToolTip::showText(QCursor::pos(), d.story, m_text);
                return;
            }
        }
        QToolTip::hideText();
    });
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    connect(m_action, &QPushButton::clicked, this, &ModeBanner::actionClicked);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
}

void ModeBanner::applyTheme() {
    QPalette bannerPalette = QApplication::palette();
    // Tool-tip colours follow the theme (light, dark, high contrast) and stand out from the window.
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    setPalette(bannerPalette);
}

void ModeBanner::showMode(const QStringList& stagedFiles, bool demo, const AppSettings& settings) {
    QString text;
    QString action;
    if (!stagedFiles.isEmpty()) {
        QStringList zones;
        QStringList plans;
        for (const QString& p : stagedFiles)
            (ResolverPlan::isTerraformPlan(p) ? plans : zones) << QFileInfo(p).fileName();
        QStringList parts;
        if (!zones.isEmpty())
            parts << tr("answers for the zones in %1 come from these files")
                         .arg(zones.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!plans.isEmpty())
            parts << tr("the records planned in the Terraform plan %1 are answered from it")
                         .arg(plans.join(QStringLiteral(", ")).toHtmlEscaped());
        text = tr("<b>Staged audit:</b> %1, overlaid on %2. Nothing is published yet.")
                   .arg(parts.join(tr("; ")), demo ? tr("the demo zones") : tr("live DNS"));
        action = tr("Close staged files");
    } else if (demo) {
        QStringList links;
        for (const DemoWorld::Domain& d : DemoWorld::domains())
            links << QStringLiteral("<a href=\"%1\">%1</a>").arg(d.name.toHtmlEscaped());
        text = tr("<b>Demo:</b> offline, answering from the bundled zones of fictional domains. Try %1.")
                   .arg(links.join(QStringLiteral(", ")));
        action = tr("Leave demo");
    } else if (settings.resolverMode() == AppSettings::ResolverMode::Offline) {
        text = tr("<b>Offline:</b> answering only from the zone files chosen in Settings (%1); names outside "
                  "them are not asked.")
                   .arg(settings.zoneFiles().size());
        action = tr("Settings…");
    } else if (settings.recentDomains().isEmpty()) {
        // First run: invite to the demo, which needs no network and shows good and bad setups.
        text = tr("<b>New to Mailsight?</b> Type a domain above and press Enter, or try the demo: fictional "
                  "domains with good and broken mail setups, answered offline from bundled zone files.");
        action = tr("Try the demo");
    }
    m_text->setText(text);
    m_action->setText(action);
    setVisible(!text.isEmpty());
}
