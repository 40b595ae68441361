#include "ImapSeedProbe.h"

#include "ImapConnection.h"
#include "ImapSeedSession.h"
#include "net/ConnectionLog.h"
#include "net/TlsSessionInfo.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslCipher>

using namespace Qt::StringLiterals;
using Error = SeedMailboxObservation::Error;

namespace {
QString outcomeName(const SeedMailboxObservation& o) {
    switch (o.error) {
    case Error::None:
        return u"ok"_s;
    case Error::HostNotFound:
        return u"no-address"_s;
    case Error::Refused:
        return u"refused"_s;
    case Error::Timeout:
        return u"timeout"_s;
    case Error::TlsCertificate:
        return u"certificate-invalid"_s;
    case Error::TlsHandshake:
        return u"tls-failed"_s;
    case Error::LoginRefused:
        return u"login-refused"_s;
    case Error::Protocol:
        return u"protocol-error"_s;
    case Error::Cancelled:
        break;
    }
    return u"cancelled"_s;
}
} // namespace

ImapSeedProbe::ImapSeedProbe(NetOptions options, ConnectionLog* log)
    : m_options(std::move(options))
    , m_log(log) {}

// Like SmtpProber: once cancelled, this probe stays cancelled (the run it belongs to is over).
void ImapSeedProbe::cancel() {
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_loop)
        QMetaObject::invokeMethod(m_loop.data(), &QEventLoop::quit, Qt::QueuedConnection);
}

SeedMailboxObservation ImapSeedProbe::look(const SeedAccount& account, const SeedLook& what) {
    SeedMailboxObservation o;
    const QString where = u"%1 port %2"_s.arg(account.host).arg(account.port);
    if (m_cancelled) {
        o.error = Error::Cancelled;
        o.errorText = u"cancelled"_s;
        return o;
    }
    if (!ImapSeedSession::isValidToken(what.token)) {
        o.error = Error::Protocol;
        o.errorText = u"the token must be 1 to 128 characters of A-Z, a-z, 0-9 and '-'"_s;
        return o;
    }
    if (what.cleanup == SeedCleanup::Move && what.moveTo.isEmpty()) {
        o.error = Error::Protocol;
        o.errorText = u"moving the found message needs a target folder"_s;
        return o;
    }
    if (account.host.isEmpty() || account.port == 0) {
        o.error = Error::HostNotFound;
        o.errorText = u"the seed '%1' names no host or port"_s.arg(account.name);
        return o;
    }
    if (m_options.offline) {
        o.error = Error::Refused;
        o.errorText = u"offline: no connection to %1 made"_s.arg(where);
        return o;
    }

    // --connect-to, as elsewhere in core/net; the address is then resolved by the system (a seed is
    // the user's own account, not a name of the audited zone), TLS still checks the host name.
    QString address = account.host;
    quint16 toPort = account.port;
    QString via;
    for (const ConnectToRule& rule : m_options.connectTo) {
        if (!rule.matches(account.host.toLower(), account.port))
            continue;
        if (!rule.toHost.isEmpty())
            address = rule.toHost;
        if (rule.toPort)
            toPort = rule.toPort;
        via = rule.toString();
        break;
    }
    QList<QSslCertificate> anchors;
    if (!account.extraCa.isEmpty()) {
        NetOptions withSeedCa = m_options;
        withSeedCa.extraCa += account.extraCa;
        anchors = withSeedCa.trustAnchors();
    } else {
        anchors = m_options.trustAnchors();
    }

    ConnectionLogEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.protocol = account.tls == SeedTlsMode::Implicit ? u"imaps"_s : u"imap"_s;
    entry.host = account.host;
    entry.port = account.port;
    entry.address = address;
    entry.connectedPort = toPort;
    entry.via = via;
    QElapsedTimer clock;
    clock.start();

    QEventLoop loop;
    {
        QMutexLocker lock(&m_mutex);
        m_loop = &loop;
    }
    {
        ImapConnection connection(loop, m_cancelled);
        ImapSeedSession session(connection, account, what, anchors);
        o = session.run(address, toPort);
        const QSslSocket& socket = connection.socket();
        if (socket.isEncrypted()) {
            entry.tlsVersion = TlsSessionInfo::protocolName(socket.sessionProtocol());
            entry.cipher = socket.sessionCipher().name();
        }
        for (const QSslCertificate& c : socket.peerCertificateChain())
            entry.chain << CertificateInfo::from(c);
        entry.certificateErrors = connection.certificateErrors();
        connection.abort();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_loop = nullptr;
    }
    if (m_cancelled && o.error == Error::None && !o.found) {
        o.error = Error::Cancelled;
        o.errorText = u"cancelled"_s;
    }
    // Whatever a server echoes (some repeat the command line in a BAD): never the password, raw,
    // as a quoted string or inside AUTHENTICATE PLAIN's base64 (the session already leaves the
    // server's text out of login refusals).
    if (!account.password.isEmpty()) {
        QString quoted = account.password;
        quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        const QString plain = QString::fromLatin1(
            (QByteArray(1, '\0') + account.user.toUtf8() + QByteArray(1, '\0') + account.password.toUtf8())
                .toBase64());
        for (const QString& secret : {quoted, account.password, plain})
            o.errorText.replace(secret, u"(password)"_s);
    }
    entry.outcome = outcomeName(o);
    entry.error = o.errorText;
    entry.elapsedMs = clock.elapsed();
    if (m_log)
        m_log->append(entry);
    return o;
}
