#pragma once
// The IMAP implementation of SeedMailboxProbe (issue #18): implicit TLS or STARTTLS, LOGIN (or
// AUTHENTICATE PLAIN), LIST with SPECIAL-USE (RFC 6154) to find \Junk, the usual names (Junk,
// Spam, Junk E-mail, [Gmail]/Spam) without it, UID SEARCH for the token, BODY.PEEK[] to read the
// copy without marking it seen, then \Deleted + EXPUNGE (UID EXPUNGE where offered) or MOVE.
// Every connection goes to the ConnectionLog; the password never does.

#include "SeedMailboxProbe.h"
#include "net/NetOptions.h"

#include <QMutex>
#include <QPointer>
#include <atomic>

class ConnectionLog;
class QEventLoop;

class ImapSeedProbe : public SeedMailboxProbe {
public:
    explicit ImapSeedProbe(NetOptions options = {}, ConnectionLog* log = nullptr);
    SeedMailboxObservation look(const SeedAccount& account, const SeedLook& what) override;
    void cancel() override;

private:
    NetOptions m_options;
    ConnectionLog* m_log;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    QPointer<QEventLoop> m_loop;
};
