#pragma once
// The seed configuration file of `mailsight-cli seed check --config FILE` (docs/seed.md): a JSON
// object listing the seed mailboxes and, optionally, the submission server. Passwords come from
// environment variables named in the file ("passwordEnv"), from a file of mode 0600
// ("passwordFile"), or from the file itself ("password") only when the file is mode 0600. The file
// is outside data: every error names the line or the key, never a password.

#include "SeedAccount.h"
#include "SeedMailboxProbe.h"
#include "SeedSubmissionServer.h"

#include <QByteArray>
#include <expected>
#include <functional>
#include <optional>

struct SeedConfig {
    struct Seed {
        SeedAccount account;
        QString address; // where the test message is sent (RCPT TO)
    };
    QList<Seed> seeds;
    std::optional<SeedSubmissionServer> submission;
    SeedCleanup cleanup = SeedCleanup::Delete;
    QString moveTo;

    // What parse() needs from outside the text: environment variables, files (ca-file,
    // passwordFile) and whether the configuration file itself is private (mode 0600 or tighter).
    struct Environment {
        std::function<std::optional<QByteArray>(const QString& name)> variable;
        std::function<std::expected<QByteArray, QString>(const QString& path, bool secret)> readFile;
        bool filePrivate = false;
        QString baseDir; // relative paths in the file are relative to it
        // false (seed check without --send): the submission server's password is not looked up,
        // so that watching needs no submission secret.
        bool submissionPassword = true;
    };

    static std::expected<SeedConfig, QString> parse(const QByteArray& text, const QString& fileName,
                                                    const Environment& environment);
    // Reads PATH with the process environment; refuses a group/world-readable file that holds a
    // password (with `chmod 600 PATH`) and a password file readable by others.
    static std::expected<SeedConfig, QString> read(const QString& path, bool submissionPassword = true);
    // Whether the file at PATH can be read by group or others.
    static bool readableByOthers(const QString& path);

    static constexpr qint64 kMaxBytes = 256 * 1024;
};
