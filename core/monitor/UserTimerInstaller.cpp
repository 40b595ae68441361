#include "UserTimerInstaller.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kWrittenBy = "# Written by Mailsight (Monitor → Install as a systemd user timer).";

std::expected<QByteArray, QString> resource(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(u"the unit template %1 is missing from this build"_s.arg(path));
    return f.readAll();
}

std::expected<void, QString> writeFile(const QString& path, const QByteArray& data) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(u"cannot create the folder %1"_s.arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return std::unexpected(u"%1: %2"_s.arg(path, file.errorString()));
    return {};
}
} // namespace

QString UserTimerInstaller::configHome() {
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg;
    return QDir::homePath() + u"/.config"_s;
}

bool UserTimerInstaller::isValidName(const QString& name) {
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return re.match(name).hasMatch();
}

bool UserTimerInstaller::isValidInterval(int hours) {
    return hours == 24 || (hours >= 1 && hours <= 12 && 24 % hours == 0);
}

UserTimerFiles UserTimerInstaller::files(const QString& name, const QString& home) {
    const QString base = (home.isEmpty() ? configHome() : home);
    const QString units = base + u"/systemd/user/"_s;
    return {units + u"mailsight-audit@.service"_s, units + u"mailsight-audit@.timer"_s,
            units + u"mailsight-audit@%1.timer.d/interval.conf"_s.arg(name),
            base + u"/mailsight/%1.conf"_s.arg(name)};
}

std::expected<QByteArray, QString> UserTimerInstaller::serviceUnit(const QString& cliPath) {
    if (!QDir::isAbsolutePath(cliPath) || cliPath.contains(u' ') || cliPath.contains(u'%') ||
        cliPath.contains(u'\n'))
        return std::unexpected(
            u"mailsight-cli must be named by an absolute path without spaces or %% (not '%1')"_s.arg(
                cliPath));
    auto text = resource(u":/systemd/mailsight-audit-user@.service.in"_s);
    if (!text)
        return text;
    text->replace("@MAILSIGHT_CLI@", cliPath.toUtf8());
    return text;
}

std::expected<QByteArray, QString> UserTimerInstaller::timerUnit() {
    return resource(u":/systemd/mailsight-audit@.timer"_s);
}

QByteArray UserTimerInstaller::intervalDropIn(int hours) {
    const QByteArray calendar =
        hours >= 24 ? QByteArray("daily") : "*-*-* 00/" + QByteArray::number(hours) + ":00:00";
    return kWrittenBy +
           "\n[Timer]\n# An empty OnCalendar= clears the packaged schedule first.\nOnCalendar=\n"
           "OnCalendar=" +
           calendar + "\n";
}

QByteArray UserTimerInstaller::configFile(const UserTimerPlan& plan) {
    QByteArray out = kWrittenBy + "\n# " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() +
                     ". One domain per line; `--option value` lines are options of `mailsight-cli audit`.\n";
    for (const QString& d : plan.domains)
        out += d.toUtf8() + '\n';
    for (const QString& o : plan.options)
        out += o.toUtf8() + '\n';
    return out;
}

std::expected<UserTimerFiles, QString> UserTimerInstaller::install(const UserTimerPlan& plan,
                                                                   bool overwrite) {
    if (!isValidName(plan.name))
        return std::unexpected(
            u"'%1' cannot name a timer: use letters, digits, '-' and '_' (at most 64)"_s.arg(plan.name));
    if (!isValidInterval(plan.intervalHours))
        return std::unexpected(
            u"an interval of %1 hours does not divide the day (1, 2, 3, 4, 6, 8, 12 or 24)"_s.arg(
                plan.intervalHours));
    if (plan.domains.isEmpty())
        return std::unexpected(u"no domain to audit"_s);
    for (const QString& line : plan.domains + plan.options)
        if (line.contains(u'\n') || line.contains(u'\r') || line.trimmed().isEmpty())
            return std::unexpected(u"'%1' cannot be one line of the config file"_s.arg(line));
    const UserTimerFiles f = files(plan.name, plan.configHome);
    if (!overwrite && QFile::exists(f.config)) {
        QFile existing(f.config);
        if (!existing.open(QIODevice::ReadOnly) || !existing.readLine().startsWith(kWrittenBy))
            return std::unexpected(
                u"%1 exists and was not written by Mailsight: not replaced"_s.arg(f.config));
    }
    const auto service = serviceUnit(plan.cliPath);
    if (!service)
        return std::unexpected(service.error());
    const auto timer = timerUnit();
    if (!timer)
        return std::unexpected(timer.error());
    const QList<std::pair<QString, QByteArray>> writes{{f.config, configFile(plan)},
                                                       {f.service, *service},
                                                       {f.timer, *timer},
                                                       {f.dropIn, intervalDropIn(plan.intervalHours)}};
    for (const auto& [path, data] : writes)
        if (auto written = writeFile(path, data); !written)
            return std::unexpected(written.error());
    // The config file may hold webhook tokens: the user's only.
    QFile::setPermissions(f.config, QFile::ReadOwner | QFile::WriteOwner);
    return f;
}

std::expected<QStringList, QString> UserTimerInstaller::remove(const QString& name, const QString& home) {
    if (!isValidName(name))
        return std::unexpected(u"'%1' cannot name a timer"_s.arg(name));
    const UserTimerFiles f = files(name, home);
    QStringList removed;
    for (const QString& path : {f.dropIn, f.config}) {
        if (!QFile::exists(path))
            continue;
        if (!QFile::remove(path))
            return std::unexpected(u"cannot remove %1"_s.arg(path));
        removed << path;
    }
    QDir().rmdir(QFileInfo(f.dropIn).absolutePath());
    // The template units serve every instance: removed with the last config file Mailsight wrote.
    const QDir configs(QFileInfo(f.config).absolutePath());
    bool othersLeft = false;
    for (const QString& other : configs.entryList({u"*.conf"_s}, QDir::Files)) {
        QFile file(configs.filePath(other));
        if (file.open(QIODevice::ReadOnly) && file.readLine().startsWith(kWrittenBy))
            othersLeft = true;
    }
    if (!othersLeft)
        for (const QString& path : {f.service, f.timer})
            if (QFile::exists(path)) {
                if (!QFile::remove(path))
                    return std::unexpected(u"cannot remove %1"_s.arg(path));
                removed << path;
            }
    return removed;
}

QString UserTimerInstaller::enableCommand(const QString& name) {
    return u"systemctl --user daemon-reload && systemctl --user enable --now mailsight-audit@%1.timer"_s.arg(
        name);
}

QString UserTimerInstaller::disableCommand(const QString& name) {
    return u"systemctl --user disable --now mailsight-audit@%1.timer"_s.arg(name);
}
