#pragma once
// Sends one message through the user's own submission server (RFC 6409): implicit TLS (RFC 8314,
// port 465) or STARTTLS (RFC 3207, port 587; refused when the server does not offer it: AUTH is
// never sent over plaintext), AUTH PLAIN or LOGIN (RFC 4954, whichever the server offers), MAIL
// FROM, one RCPT TO per recipient, DATA with dot-stuffing (RFC 5321 §4.5.2). The certificate must
// be trusted (system roots, NetOptions::extraCa, the server's own caFile) and name the host.
// --connect-to rules apply; NetOptions::offline makes none. Every connection goes to the ConnectionLog; the
// password never does, nor its base64. submit() blocks with a local event loop, like SmtpProber; cancel()
// works from any thread.

#include "SeedSubmissionServer.h"
#include "SmtpSubmitResult.h"
#include "net/NetOptions.h"

#include <QMutex>
#include <QPointer>
#include <atomic>

class ConnectionLog;
class QEventLoop;

class SmtpSubmitter {
public:
    explicit SmtpSubmitter(NetOptions options = {}, ConnectionLog* log = nullptr);
    SmtpSubmitResult submit(const SeedSubmissionServer& server, const QStringList& recipients,
                            const QByteArray& message);
    void cancel();

    // CRLF line ends, a '.' doubled at the start of a line, and the final "." line.
    static QByteArray dotStuffed(const QByteArray& message);
    static constexpr qsizetype maxReplyBytes = 64 * 1024;

private:
    NetOptions m_options;
    ConnectionLog* m_log;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex;
    QPointer<QEventLoop> m_loop;
};
