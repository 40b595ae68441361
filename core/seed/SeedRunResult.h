#pragma once
// One seed run (issue #18): the token, whether and how the test message was sent, each seed's
// result and the findings. toJson() is the public shape of `mailsight-cli seed check --format
// json`; the caller stores the value (history), the run knows nothing of storage.

#include "SeedResult.h"
#include "SmtpSubmitResult.h"
#include "findings/Finding.h"

#include <QDateTime>

struct SeedRunResult {
    QByteArray token;
    bool sendAsked = false;      // --send
    bool sent = false;           // the submission server accepted the message
    SmtpSubmitResult submission; // with sendAsked
    QString submissionServer;    // "host:port" (no user, no password)
    QDateTime startedAt;
    int waitSeconds = 0;
    bool cancelled = false;
    QList<SeedResult> seeds;
    QList<Finding> findings;

    bool anyUnreachable() const; // a seed or the submission server could not be used
    bool anyNotInInbox() const;  // a seed put it in spam, or never received it
    // 0 every seed has it in the inbox (or another non-spam folder); 1 spam or missing; 3 a seed
    // or the submission server could not be reached or refused the login.
    int exitCode() const;
    QJsonObject toJson() const;
};
