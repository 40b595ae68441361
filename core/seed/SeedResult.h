#pragma once
// What the seed run found at one seed mailbox: whether and when the test message arrived, the
// folder and placement, or why the mailbox could not be looked into; and, for a found copy, the
// message analyzer's reading: the receiver's verdict beside Mailsight's, with the differences.

#include "SeedMailboxObservation.h"
#include "message/MessageAnalysis.h"

#include <optional>

struct SeedResult {
    QString name;
    QString address;
    bool arrived = false;
    std::optional<double> seconds; // from the send (or from the start, when nothing was sent)
    QString folder;
    SeedPlacement placement = SeedPlacement::Missing;
    bool cleaned = false;
    bool lookedInto = true; // false: the seed was not looked into (the message could not be sent)
    SeedMailboxObservation::Error error = SeedMailboxObservation::Error::None;
    QString errorText;                       // plain words; never a password
    std::optional<MessageAnalysis> analysis; // the found copy through the message analyzer

    bool failed() const { return error != SeedMailboxObservation::Error::None; }
    // {"spf": "pass", "dkim": [{"d", "s", "result"}], "dmarc": ..., "dmarc7489": ..., "arc": ...}; null
    // without a copy.
    QJsonValue ourVerdictJson() const;
    // {name, address, arrived, seconds, folder, placement, cleaned, receiverVerdict, ourVerdict,
    // differences, error, errorText}
    QJsonObject toJson() const;
};
