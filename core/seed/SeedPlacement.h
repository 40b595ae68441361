#pragma once
// Where a seed mailbox put the test message.

#include <QString>

enum class SeedPlacement {
    Inbox,   // INBOX (or the folder mapped as "inbox")
    Spam,    // the \Junk folder (RFC 6154), a usual spam name, or the folder mapped as "spam"
    Other,   // found, in another folder (a rule, a tab, an archive)
    Missing, // not found within the waiting time
};

// "inbox", "spam", "other", "missing": the JSON and metrics spelling (a public interface).
QString seedPlacementName(SeedPlacement placement);
