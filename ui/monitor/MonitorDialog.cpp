#include "MonitorDialog.h"

#include "AppSettings.h"
#include "MonitorController.h"
#include "MonitorStateModel.h"
#include "history/HistoryLocation.h"
#include "monitor/UserTimerInstaller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QList<int> kIntervals{1, 2, 3, 4, 6, 8, 12, 24};
}

MonitorDialog::MonitorDialog(MonitorController* controller, AppSettings& settings, bool demo, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_demo(demo)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_enabled(new QCheckBox(tr("Monitor &while Mailsight runs"), this))
    , m_interval(new QComboBox(this))
    , m_next(new QLabel(this))
    , m_model(new MonitorStateModel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_runNow(new QPushButton(tr("&Run now"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_timerName(new QLineEdit(u"mailsight"_s, this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Monitor"));
    setObjectName(u"monitorDialog"_s);
    auto* intro = new QLabel(
        tr("Mailsight audits these domains again every few hours while it runs, compares each audit with "
           "the previous one, and tells you (tray icon and desktop notification) when something regresses: "
           "a lower grade, a new warning or error, a changed record or DKIM key. To audit while Mailsight is "
           "closed, install a systemd user timer."),
        this);
    intro->setWordWrap(true);

    m_input->setPlaceholderText(tr("example.com, example.net"));
    m_input->setObjectName(u"monitorInput"_s);
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("Re&move selected"), this);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(add);
    inputRow->addWidget(remove);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setObjectName(u"monitorDomains"_s);
    m_list->setMaximumHeight(120);

    for (int h : kIntervals)
        m_interval->addItem(h == 24  ? tr("every day")
                            : h == 1 ? tr("every hour")
                                     : tr("every %1 hours").arg(h),
                            h);
    m_interval->setCurrentIndex(std::max(0, int(kIntervals.indexOf(m_controller->intervalHours()))));
    auto* scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_enabled);
    scheduleRow->addWidget(m_interval);
    scheduleRow->addWidget(m_next, 1);

    m_table->setModel(m_model);
    m_table->setObjectName(u"monitorStates"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details->setReadOnly(true);
    m_details->setObjectName(u"monitorDetails"_s);
    m_details->setPlaceholderText(tr("Select a domain to see everything that changed."));
    m_details->setMaximumHeight(110);

    m_progress->setFormat(tr("%v of %m domains"));
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_runNow);
    runRow->addWidget(m_cancel);

    auto* install = new QPushButton(tr("&Install as a systemd user timer"), this);
    auto* uninstall = new QPushButton(tr("Remove the timer"), this);
    m_timerName->setMaximumWidth(160);
    m_timerName->setToolTip(
        tr("The timer's name: mailsight-audit@NAME.timer, ~/.config/mailsight/NAME.conf"));
    auto* timerRow = new QHBoxLayout;
    timerRow->addWidget(new QLabel(tr("Timer name:"), this));
    timerRow->addWidget(m_timerName);
    timerRow->addWidget(install);
    timerRow->addWidget(uninstall);
    timerRow->addStretch(1);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"monitorStatus"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(inputRow);
    layout->addWidget(m_list);
    layout->addLayout(scheduleRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(runRow);
    layout->addLayout(timerRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 560);

    for (const QString& d : m_controller->domains())
        m_list->addItem(d);
    m_enabled->setChecked(m_controller->isEnabled());

    // Enter adds what was typed, and nothing else: no other button is a default.
    for (auto* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &MonitorDialog::addDomains);
    connect(remove, &QPushButton::clicked, this, &MonitorDialog::removeSelected);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->setEnabled(on);
        m_settings.setMonitorEnabled(on);
    });
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        const int hours = m_interval->currentData().toInt();
        m_controller->setIntervalHours(hours);
        m_settings.setMonitorIntervalHours(hours);
    });
    connect(m_runNow, &QPushButton::clicked, m_controller, &MonitorController::runNow);
    connect(m_cancel, &QPushButton::clicked, m_controller, &MonitorController::cancel);
    connect(m_controller, &MonitorController::statesChanged, this, &MonitorDialog::refreshStates);
    connect(m_controller, &MonitorController::scheduleChanged, this, &MonitorDialog::refreshSchedule);
    connect(m_controller, &MonitorController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_controller, &MonitorController::runFinished, this, [this](int regressed, int failed) {
        m_status->setText(
            regressed + failed == 0
                ? tr("Run finished: no regression.")
                : tr("Run finished: %1 domain(s) regressed, %2 failed.").arg(regressed).arg(failed));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MonitorDialog::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT showDomain(m_model->index(index.row(), MonitorStateModel::Domain).data().toString());
    });
    connect(install, &QPushButton::clicked, this, &MonitorDialog::installTimer);
    connect(uninstall, &QPushButton::clicked, this, &MonitorDialog::removeTimer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshStates();
    refreshSchedule();
}

void MonitorDialog::addDomains() {
    QStringList domains = m_controller->domains();
    for (const QString& part : m_input->text().split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts))
        domains << part;
    applyDomains(domains);
}

void MonitorDialog::removeSelected() {
    QStringList domains = m_controller->domains();
    for (const QListWidgetItem* item : m_list->selectedItems())
        domains.removeAll(item->text());
    applyDomains(domains);
}

void MonitorDialog::applyDomains(const QStringList& domains) {
    if (auto set = m_controller->setDomains(domains); !set) {
        m_status->setText(set.error()); // the input stays for correcting
        return;
    }
    m_input->clear();
    m_settings.setMonitorDomains(m_controller->domains());
    m_list->clear();
    for (const QString& d : m_controller->domains())
        m_list->addItem(d);
    m_status->clear();
}

void MonitorDialog::refreshStates() {
    const int row = m_table->currentIndex().row();
    m_model->setStates(m_controller->states());
    m_table->resizeColumnsToContents();
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showDetails();
    const bool running = m_controller->isRunning();
    m_runNow->setEnabled(!running && !m_controller->domains().isEmpty());
    m_cancel->setEnabled(running);
    if (running)
        m_status->setText(tr("Auditing %n domain(s)…", nullptr, int(m_controller->domains().size())));
}

void MonitorDialog::showDetails() {
    const int row = m_table->currentIndex().row();
    const auto states = m_controller->states();
    if (row < 0 || row >= states.size()) {
        m_details->clear();
        return;
    }
    const MonitorDomainState& s = states.at(row);
    m_details->setPlainText(tr("%1 — %2").arg(s.domain, MonitorStateModel::stateWord(s.state)) + u'\n' +
                            s.changes.join(u'\n'));
}

void MonitorDialog::refreshSchedule() {
    const QDateTime next = m_controller->nextRun();
    m_next->setText(next.isValid()
                        ? tr("next run: %1").arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))
                        : tr("not scheduled"));
}

QString MonitorDialog::cliPath() {
    const QString beside = QCoreApplication::applicationDirPath() + u"/mailsight-cli"_s;
    if (QFileInfo(beside).isExecutable())
        return QFileInfo(beside).absoluteFilePath();
    return QStandardPaths::findExecutable(u"mailsight-cli"_s);
}

QStringList MonitorDialog::cliOptions(const AppSettings& settings, bool demo, const QString& historyPath) {
    QStringList out;
    if (demo) {
        out << u"--demo"_s;
    } else if (settings.resolverMode() == AppSettings::ResolverMode::Custom) {
        for (const QString& s : settings.customServers())
            out << u"--resolver "_s + s;
    } else if (settings.resolverMode() == AppSettings::ResolverMode::Offline) {
        out << u"--offline"_s;
        for (const QString& z : settings.zoneFiles())
            out << u"--zone "_s + z;
    }
    out << u"--timeout %1"_s.arg(settings.timeoutMs());
    for (const QString& rule : settings.connectToRules())
        out << u"--connect-to "_s + rule;
    if (!settings.caFile().isEmpty())
        out << u"--ca-file "_s + settings.caFile();
    // A PostgreSQL store goes by --database (the timer's password: libpq's PGPASSFILE or ~/.pgpass).
    const auto location = HistoryLocation::parse(historyPath, {});
    if (historyPath.isEmpty())
        out << u"--no-history"_s;
    else if (location && location->isPostgres())
        out << u"--database "_s + historyPath.trimmed();
    else
        out << u"--history "_s + historyPath;
    // The timer's runs are for the history and the logs; findings are not a failed unit.
    out << u"--fail-on never"_s;
    return out;
}

void MonitorDialog::installTimer() {
    UserTimerPlan plan;
    plan.name = m_timerName->text().trimmed();
    plan.domains = m_controller->domains();
    plan.intervalHours = m_controller->intervalHours();
    plan.cliPath = cliPath();
    plan.options = cliOptions(m_settings, m_demo, m_controller->historyPath());
    if (plan.cliPath.isEmpty()) {
        m_status->setText(tr("mailsight-cli was not found beside Mailsight or on PATH: the timer needs it."));
        return;
    }
    const auto written = UserTimerInstaller::install(plan);
    if (!written) {
        m_status->setText(tr("The timer was not installed: %1").arg(written.error()));
        return;
    }
    m_status->setText(tr("Written: %1, %2 and %3.\nEnable it with:  %4\nRemove it with:  %5, then "
                         "“Remove the timer” here.")
                          .arg(written->config, written->service, written->dropIn,
                               UserTimerInstaller::enableCommand(plan.name),
                               UserTimerInstaller::disableCommand(plan.name)));
}

void MonitorDialog::removeTimer() {
    const QString name = m_timerName->text().trimmed();
    auto removeFiles = [this, name](const QString& stopped) {
        const auto removed = UserTimerInstaller::remove(name);
        if (!removed)
            m_status->setText(tr("The timer was not removed: %1").arg(removed.error()));
        else if (removed->isEmpty())
            m_status->setText(tr("There was no timer named %1.").arg(name));
        else
            m_status->setText(tr("Removed: %1. %2").arg(removed->join(u", "_s), stopped));
    };
    if (!UserTimerInstaller::isValidName(name) || QStandardPaths::findExecutable(u"systemctl"_s).isEmpty()) {
        removeFiles(tr("If it was enabled, also run:  %1").arg(UserTimerInstaller::disableCommand(name)));
        return;
    }
    // Stopped and disabled first when a user manager answers (the unit files are still there);
    // the files go either way.
    auto* systemctl = new QProcess(this);
    connect(systemctl, &QProcess::finished, this, [this, systemctl, name, removeFiles](int code) {
        systemctl->deleteLater();
        removeFiles(code == 0 ? tr("The timer was stopped and disabled.")
                              : tr("systemctl could not disable it; if it was enabled, run:  %1")
                                    .arg(UserTimerInstaller::disableCommand(name)));
    });
    connect(systemctl, &QProcess::errorOccurred, this,
            [systemctl, name, removeFiles](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart)
                    return;
                systemctl->deleteLater();
                removeFiles(QCoreApplication::translate("MonitorDialog", "If it was enabled, also run:  %1")
                                .arg(UserTimerInstaller::disableCommand(name)));
            });
    m_status->setText(tr("Stopping mailsight-audit@%1.timer…").arg(name));
    systemctl->start(u"systemctl"_s,
                     {u"--user"_s, u"disable"_s, u"--now"_s, u"mailsight-audit@%1.timer"_s.arg(name)});
}
