#include "SmtpProber.h"

#include "ConnectionLog.h"
#include "NetTarget.h"
#include "SessionCancelWatch.h"
#include "TlsSessionInfo.h"
#include "dns/DnsSession.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

SmtpProber::SmtpProber(DnsSession& session, NetOptions options, ConnectionLog* log)
    : m_session(session)
    , m_options(std::move(options))
    , m_log(log) {}

void SmtpProber::cancel() {
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_loop)
        QMetaObject::invokeMethod(m_loop.data(), &QEventLoop::quit, Qt::QueuedConnection);
}

SmtpProbeResult SmtpProber::probe(const QString& host, quint16 port) {
    SmtpProbeResult r;
    r.host = host;
    r.port = port;
    if (m_cancelled) {
        r.outcome = SmtpProbeResult::Outcome::Cancelled;
        r.error = u"cancelled"_s;
        return r;
    }
    const QDeadlineTimer deadline(m_options.totalTimeoutMs);
    const auto targets = NetTarget::resolve(m_session, m_options, host, port);
    if (!targets) {
        r.outcome = SmtpProbeResult::Outcome::NoAddress;
        r.error = targets.error();
        ConnectionLogEntry e;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.protocol = u"smtp"_s;
        e.host = host;
        e.port = port;
        e.outcome = u"no-address"_s;
        e.error = r.error;
        if (m_log)
            m_log->append(e);
        return r;
    }
    for (const NetTarget& t : *targets) {
        const int left = int(qMin<qint64>(deadline.remainingTime(), m_options.connectTimeoutMs * 2));
        if (left <= 0)
            break;
        r = probeAddress(host, port, t.address, t.port, t.via, left);
        // Like an MTA, only an address that cannot be reached moves on to the next one.
        if (r.outcome != SmtpProbeResult::Outcome::Refused && r.outcome != SmtpProbeResult::Outcome::Timeout)
            break;
    }
    return r;
}

SmtpProbeResult SmtpProber::probeAddress(const QString& host, quint16 port, const QString& address,
                                         quint16 toPort, const QString& via, int timeoutMs) {
    using O = SmtpProbeResult::Outcome;
    SmtpProbeResult r;
    r.host = host;
    r.address = address;
    r.port = port;
    ConnectionLogEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.protocol = u"smtp"_s;
    entry.host = host;
    entry.port = port;
    entry.address = address;
    entry.connectedPort = toPort;
    entry.via = via;
    QElapsedTimer clock;
    clock.start();

    QSslSocket socket;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCa.isEmpty())
        conf.setCaCertificates(m_options.trustAnchors());
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // So that an outdated server is seen, not just refused: OpenSSL 3 refuses TLS 1.0/1.1 below
    // security level 0. Opportunistic STARTTLS senders (Postfix's default) still deliver to such
    // a server, so the probe accepts what they would and reports STARTTLS-OLD-TLS. Nothing but
    // EHLO and STARTTLS goes over the connection.
    conf.setProtocol(QSsl::AnyProtocol);
    conf.setBackendConfigurationOption("MinProtocol", QByteArrayLiteral("TLSv1"));
    conf.setBackendConfigurationOption("CipherString", QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    socket.setSslConfiguration(conf);
    socket.setPeerVerifyName(host);

    enum class Step { Connecting, Greeting, Ehlo, StartTls, Handshake, Done };
    Step step = Step::Connecting;
    bool finished = false, timedOut = false;
    QByteArray buffer;
    QStringList reply; // the lines of the reply being read
    QEventLoop loop;
    {
        QMutexLocker lock(&m_mutex);
        m_loop = &loop;
    }
    auto finish = [&](O outcome, const QString& error = {}) {
        if (finished)
            return;
        finished = true;
        r.outcome = outcome;
        r.error = error;
        loop.quit();
    };
    auto quit = [&] {
        socket.write("QUIT\r\n");
        socket.flush();
    };
    auto onReply = [&](int code) {
        const QString text = reply.join(u" | "_s);
        switch (step) {
        case Step::Greeting:
            r.banner = reply.join(u"\n"_s);
            if (code != 220)
                return finish(O::ProtocolError, u"the server greeted with %1"_s.arg(text.left(200)));
            step = Step::Ehlo;
            socket.write("EHLO mailsight.invalid\r\n");
            return;
        case Step::Ehlo:
            if (code != 250)
                return finish(O::ProtocolError, u"EHLO was answered with %1"_s.arg(text.left(200)));
            for (qsizetype i = 1; i < reply.size(); ++i)
                r.ehlo << reply.at(i).mid(4).section(u' ', 0, 0).toUpper();
            if (!r.ehlo.contains(u"STARTTLS"_s)) {
                quit();
                return finish(O::NotOffered, u"the EHLO reply does not offer STARTTLS"_s);
            }
            step = Step::StartTls;
            socket.write("STARTTLS\r\n");
            return;
        case Step::StartTls:
            if (code != 220)
                return finish(O::TlsFailed, u"STARTTLS was answered with %1"_s.arg(text.left(200)));
            step = Step::Handshake;
            socket.startClientEncryption();
            return;
        default:
            return;
        }
    };
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&socket, &QAbstractSocket::connected, &loop, [&] { step = Step::Greeting; });
    QObject::connect(&socket, &QIODevice::readyRead, &loop, [&] {
        if (step == Step::Handshake || step == Step::Done)
            return;
        buffer += socket.readAll();
        if (buffer.size() > maxReplyBytes)
            return finish(O::ProtocolError, u"the reply is longer than %1 bytes"_s.arg(maxReplyBytes));
        qsizetype eol;
        while (!finished && (eol = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(eol)).trimmed();
            buffer.remove(0, eol + 1);
            bool ok = false;
            const int code = line.left(3).toInt(&ok);
            if (!ok || line.size() < 3 || (line.size() > 3 && line.at(3) != u'-' && line.at(3) != u' '))
                return finish(O::ProtocolError, u"not an SMTP reply: %1"_s.arg(line.left(200)));
            reply << line;
            if (line.size() > 3 && line.at(3) == u'-')
                continue;
            onReply(code);
            reply.clear();
        }
    });
    QObject::connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            r.certificateErrors << e.errorString();
            if (e.error() == QSslError::CertificateExpired)
                r.expired = true;
        }
        // Seeing the certificate is the point: finish the handshake whatever its errors.
        socket.ignoreSslErrors();
    });
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        step = Step::Done;
        r.tlsVersion = TlsSessionInfo::protocolName(socket.sessionProtocol());
        r.outdatedTls = TlsSessionInfo::isOutdated(socket.sessionProtocol());
        r.cipher = socket.sessionCipher().name();
        quit();
        finish(O::Tls);
    });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (step == Step::Done)
            return;
        if (step == Step::Connecting)
            return finish(e == QAbstractSocket::ConnectionRefusedError ? O::Refused : O::Timeout,
                          e == QAbstractSocket::ConnectionRefusedError
                              ? u"connection to %1 port %2 refused"_s.arg(address).arg(toPort)
                              : u"could not connect to %1 port %2: %3"_s.arg(address).arg(toPort).arg(
                                    socket.errorString()));
        if (step == Step::Handshake)
            return finish(O::TlsFailed, u"the TLS handshake failed: %1"_s.arg(socket.errorString()));
        finish(O::ProtocolError,
               u"the server closed the connection during the SMTP dialogue: %1"_s.arg(socket.errorString()));
    });

    // The session's Cancel (an audit cancelled or past its time bound) ends the probe too.
    SessionCancelWatch sessionWatch(m_session, m_cancelled, loop);
    if (!m_cancelled) {
        timer.start(timeoutMs);
        sessionWatch.start();
        socket.connectToHost(address, toPort);
        loop.exec();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_loop = nullptr;
    }
    if (m_cancelled && !finished)
        finish(O::Cancelled, u"cancelled"_s);
    if (timedOut && !finished) {
        const QString what = step == Step::Connecting ? u"no TCP connection within %1 ms (a filtered port?)"_s
                             : step == Step::Greeting ? u"connected, but no SMTP greeting within %1 ms"_s
                             : step == Step::Handshake ? u"the TLS handshake did not finish within %1 ms"_s
                                                       : u"no reply within %1 ms"_s;
        finish(O::Timeout, what.arg(timeoutMs));
    }
    for (const QSslCertificate& c : socket.peerCertificateChain())
        r.chain << CertificateInfo::from(c);
    if (r.outcome == O::Tls) {
        bool nameError = false, chainError = false;
        for (const QSslError& e : socket.sslHandshakeErrors()) {
            if (e.error() == QSslError::HostNameMismatch)
                nameError = true;
            else
                chainError = true;
        }
        r.nameMatches = !nameError;
        r.chainValid = !chainError;
    }
    socket.abort();
    r.elapsedMs = clock.elapsed();
    entry.tlsVersion = r.tlsVersion;
    entry.cipher = r.cipher;
    entry.chain = r.chain;
    entry.certificateErrors = r.certificateErrors;
    entry.outcome = SmtpProbeResult::outcomeName(r.outcome);
    entry.error = r.error;
    entry.elapsedMs = r.elapsedMs;
    if (m_log)
        m_log->append(entry);
    return r;
}
