#pragma once
// What `audit --alert-on …` asks for: which changes alert, how often a standing alert repeats, and
// where alerts go (a command, webhooks in one format, mail through the local sendmail).

#include "findings/Severity.h"

#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

struct AlertSettings {
    enum class Mode { Regression, Error, Warning };

    Mode mode = Mode::Regression;
    // Findings at or above this severity alert: when new (Regression) or always (Error, Warning).
    Severity findingThreshold = Severity::Error;
    // A certificate that expires within this many days alerts (TransportCheck's warning window).
    int expiryWindowDays = 21;
    // A standing alert is sent again after this long (--realert, default 24h).
    qint64 realertSeconds = 24 * 3600;

    QStringList commands;                           // --alert-command, each split into argv, no shell
    QStringList webhooks;                           // --alert-webhook URLs
    QString webhookFormat = QStringLiteral("json"); // json | slack | alertmanager
    QStringList mailTo;                             // --alert-mail addresses
    QString sendmail;                               // --sendmail, MAILSIGHT_SENDMAIL, /usr/sbin/sendmail
    // HTTPS webhooks: the CAs to trust (the system's plus --ca-file); empty: Qt's defaults.
    QList<QSslCertificate> trustAnchors;
    int deliveryTimeoutMs = 30000; // per command, webhook post or sendmail run

    bool hasDestination() const { return !commands.isEmpty() || !webhooks.isEmpty() || !mailTo.isEmpty(); }

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString& name);
    // "30m", "24h", "7d" (also "90s") -> seconds; nullopt for anything else or zero.
    static std::optional<qint64> parseDuration(const QString& text);
};
