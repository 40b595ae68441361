#pragma once
// "Install as a systemd user timer": writes the packaged user units (mailsight-audit@.service and
// .timer, with ExecStart pointing at this build's mailsight-cli), a drop-in with the chosen
// interval, and the instance's config file (~/.config/mailsight/NAME.conf: domains and options),
// and says how to enable and how to remove them. Nothing is enabled behind the user's back: the
// commands are shown to run (or run by the caller when asked).

#include <QString>
#include <QStringList>

#include <expected>

struct UserTimerPlan {
    QString name;          // the instance: [A-Za-z0-9_-]{1,64}
    QStringList domains;   // one per line in the config file
    QStringList options;   // "--option value" lines of `mailsight-cli audit`
    int intervalHours = 6; // 1, 2, 3, 4, 6, 8, 12 or 24
    QString cliPath;       // the mailsight-cli to run (absolute)
    QString configHome;    // $XDG_CONFIG_HOME; empty: UserTimerInstaller::configHome()
};

struct UserTimerFiles {
    QString service; // .../systemd/user/mailsight-audit@.service
    QString timer;   // .../systemd/user/mailsight-audit@.timer
    QString dropIn;  // .../systemd/user/mailsight-audit@NAME.timer.d/interval.conf
    QString config;  // .../mailsight/NAME.conf
};

class UserTimerInstaller {
public:
    static QString configHome(); // $XDG_CONFIG_HOME, else ~/.config
    static bool isValidName(const QString& name);
    static bool isValidInterval(int hours);
    static UserTimerFiles files(const QString& name, const QString& configHome);

    // The unit texts as written (for tests and for showing them).
    static std::expected<QByteArray, QString> serviceUnit(const QString& cliPath);
    static std::expected<QByteArray, QString> timerUnit();
    static QByteArray intervalDropIn(int hours);
    static QByteArray configFile(const UserTimerPlan& plan);

    // Writes every file (atomically, each); refuses to replace a config file Mailsight did not
    // write unless overwrite is set. The files written on success.
    static std::expected<UserTimerFiles, QString> install(const UserTimerPlan& plan, bool overwrite = false);
    // Removes the instance's drop-in and config file, and the units when no other instance's
    // config file is left. The files removed.
    static std::expected<QStringList, QString> remove(const QString& name, const QString& configHome = {});

    static QString enableCommand(const QString& name);
    static QString disableCommand(const QString& name);
};
