#include "MonitorHub.h"

#include "AppSettings.h"
#include "MonitorController.h"
#include "MonitorDialog.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

MonitorHub::MonitorHub(AppSettings& settings, Sources sources, QWidget* window)
    : QObject(window)
    , m_settings(settings)
    , m_sources(std::move(sources))
    , m_window(window)
    , m_controller(new MonitorController(m_sources.plan, this)) {
    m_controller->setNetOptionsSource(m_sources.net);
    m_controller->setHistoryPathSource(m_sources.historyPath);
    if (auto set = m_controller->setDomains(settings.monitorDomains()); !set)
        Q_EMIT statusMessage(tr("Monitor: %1").arg(set.error()));
    m_controller->setIntervalHours(settings.monitorIntervalHours());
    m_controller->setEnabled(settings.monitorEnabled() && !m_controller->domains().isEmpty());
    connect(m_controller, &MonitorController::regression, this, &MonitorHub::notify);
    connect(m_controller, &MonitorController::scheduleChanged, this, &MonitorHub::updateTray);
    connect(m_controller, &MonitorController::runFinished, this, [this](int regressed, int failed) {
        QStringList names, failures;
        for (const auto& st : m_controller->states()) {
            if (st.state == MonitorDomainState::State::Regressed)
                names << st.domain;
            else if (st.state == MonitorDomainState::State::Failed)
                failures << st.domain;
        }
        QString text;
        if (regressed + failed == 0)
            text = tr("Monitor: %n domain(s) audited, no regression.", nullptr,
                      int(m_controller->domains().size()));
        else if (failed == 0)
            text = tr("Monitor: regressed: %1 (File → Monitor… says what changed).").arg(names.join(u", "_s));
        else
            text = tr("Monitor: regressed: %1; not audited: %2.")
                       .arg(names.isEmpty() ? tr("none") : names.join(u", "_s), failures.join(u", "_s));
        Q_EMIT statusMessage(text);
        updateTray();
    });
    updateTray();
}

void MonitorHub::showDialog() {
    if (!m_dialog) {
        m_dialog = new MonitorDialog(m_controller, m_settings, m_sources.demo && m_sources.demo(), m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &MonitorDialog::showDomain, this, &MonitorHub::showDomain);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void MonitorHub::updateTray() {
    const bool wanted = m_controller->isEnabled() && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        auto* menu = new QMenu(m_window);
        menu->addAction(tr("Show Mailsight"), this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        menu->addAction(tr("Monitor…"), this, &MonitorHub::showDialog);
        menu->addAction(tr("Run the Monitor now"), m_controller, &MonitorController::runNow);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                showDialog();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MonitorHub::showDialog);
    }
    int regressed = 0;
    for (const auto& s : m_controller->states())
        regressed += s.state == MonitorDomainState::State::Regressed ? 1 : 0;
    m_tray->setToolTip(regressed > 0 ? tr("Mailsight Monitor: %n domain(s) regressed", nullptr, regressed)
                                     : tr("Mailsight Monitor: %n domain(s), no regression", nullptr,
                                          int(m_controller->domains().size())));
    m_tray->show();
}

void MonitorHub::notify(const QString& domain, const QStringList& changes) {
    const QString title = tr("%1 regressed").arg(domain);
    const QString body =
        changes.mid(0, 4).join(QLatin1Char('\n')) +
        (changes.size() > 4 ? tr("\n… and %n more", nullptr, int(changes.size() - 4)) : QString());
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, body, QSystemTrayIcon::Warning, 15000);
    QApplication::alert(m_window); // the run's summary goes to the status bar
}
