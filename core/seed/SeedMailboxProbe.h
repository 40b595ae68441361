#pragma once
// One look into a seed mailbox, as the seed run needs it (issue #18). The IMAP implementation is
// ImapSeedProbe; tests of the run use an in-memory fake. look() blocks (a local event loop, like
// SmtpProber) and may be called from a worker thread; cancel() works from any thread and makes a
// running look() return Error::Cancelled at once.

#include "SeedAccount.h"
#include "SeedMailboxObservation.h"

enum class SeedCleanup {
    Keep,   // leave the found message where it is
    Delete, // \Deleted + EXPUNGE of that message only (the default: the seed stays clean)
    Move,   // move it to the folder named in SeedLook::moveTo
};

struct SeedLook {
    QByteArray token; // searched in the X-Mailsight-Token header (and the subject)
    SeedCleanup cleanup = SeedCleanup::Delete;
    QString moveTo;        // with SeedCleanup::Move
    int timeoutMs = 15000; // connect, login and every command of this one look
};

class SeedMailboxProbe {
public:
    virtual ~SeedMailboxProbe() = default;
    // Connect, log in, find the folders (mapping, SPECIAL-USE \Junk, usual names), search INBOX,
    // the spam folder and then every other selectable folder for the token; when found, fetch the
    // whole message without setting \Seen, then clean up as asked. Not found is found=false with
    // no error; the caller polls until its own deadline.
    virtual SeedMailboxObservation look(const SeedAccount& account, const SeedLook& what) = 0;
    virtual void cancel() = 0;
};
