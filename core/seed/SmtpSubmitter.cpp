#include "SmtpSubmitter.h"

#include "net/ConnectionLog.h"
#include "net/TlsSessionInfo.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

SmtpSubmitter::SmtpSubmitter(NetOptions options, ConnectionLog* log)
    : m_options(std::move(options))
    , m_log(log) {}

void SmtpSubmitter::cancel() {
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_loop)
        QMetaObject::invokeMethod(m_loop.data(), &QEventLoop::quit, Qt::QueuedConnection);
}

QByteArray SmtpSubmitter::dotStuffed(const QByteArray& message) {
    QByteArray out;
    out.reserve(message.size() + message.size() / 40 + 8);
    const QList<QByteArray> lines = message.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the message ended with a line end
        if (line.startsWith('.'))
            out += '.';
        out += line + "\r\n";
    }
    return out + ".\r\n";
}

SmtpSubmitResult SmtpSubmitter::submit(const SeedSubmissionServer& server, const QStringList& recipients,
                                       const QByteArray& message) {
    using E = SmtpSubmitResult::Error;
    SmtpSubmitResult r;
    QElapsedTimer clock;
    clock.start();
    QString address = server.host;
    quint16 toPort = server.port;
    QString via;
    for (const ConnectToRule& rule : m_options.connectTo)
        if (rule.matches(server.host, server.port)) {
            address = rule.toHost.isEmpty() ? server.host : rule.toHost;
            toPort = rule.toPort ? rule.toPort : server.port;
            via = rule.toString();
            break;
        }
    const QString where = u"%1 port %2"_s.arg(server.host).arg(server.port);
    ConnectionLogEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.protocol = u"submission"_s;
    entry.host = server.host;
    entry.port = server.port;
    entry.address = address;
    entry.connectedPort = toPort;
    entry.via = via;

    // Whatever a server echoes, the password and its base64 forms never leave this function.
    const QByteArray plainToken = QByteArray('\0' + server.user.toUtf8() + '\0' + server.password.toUtf8());
    const QList<QByteArray> secrets = {server.password.toUtf8(), server.password.toUtf8().toBase64(),
                                       plainToken.toBase64()};
    auto scrub = [&](QString text) {
        for (const QByteArray& s : secrets)
            if (!s.isEmpty())
                text.replace(QString::fromUtf8(s), u"(hidden)"_s);
        return text.left(300);
    };

    QSslSocket socket;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    NetOptions trust = m_options;
    trust.extraCa << server.extraCa;
    if (!trust.extraCa.isEmpty())
        conf.setCaCertificates(trust.trustAnchors());
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(conf);
    socket.setPeerVerifyName(server.host);

    enum class Step {
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        Ehlo2,
        Auth,
        AuthUser,
        AuthPass,
        Mail,
        Rcpt,
        Data,
        Body,
        Quit
    };
    Step step = Step::Connecting;
    bool finished = false, timedOut = false, tlsUp = false;
    qsizetype rcpt = 0;
    QStringList ehlo;
    QStringList certificateErrors;
    QByteArray buffer;
    QStringList reply;
    QEventLoop loop;
    {
        QMutexLocker lock(&m_mutex);
        m_loop = &loop;
    }
    auto finish = [&](E error, const QString& text = {}, const QString& serverReply = {}) {
        if (finished)
            return;
        finished = true;
        r.error = error;
        r.errorText = scrub(text);
        r.serverReply = scrub(serverReply);
        loop.quit();
    };
    auto send = [&](const QByteArray& line) { socket.write(line + "\r\n"); };
    auto helo = [&] {
        const QHostAddress local = socket.localAddress();
        return local.protocol() == QAbstractSocket::IPv6Protocol
                   ? "[IPv6:" + local.toString().toLatin1() + "]"
                   : "[" + local.toString().toLatin1() + "]";
    };
    auto sendMailFrom = [&] {
        step = Step::Mail;
        send("MAIL FROM:<" + server.from.toUtf8() + ">");
    };
    auto startAuth = [&] {
        QStringList mechanisms;
        for (const QString& line : std::as_const(ehlo))
            if (line.startsWith(u"AUTH "_s) || line.startsWith(u"AUTH="_s))
                mechanisms << line.mid(5).toUpper().split(u' ', Qt::SkipEmptyParts);
        if (mechanisms.contains(u"PLAIN"_s)) {
            step = Step::Auth;
            send("AUTH PLAIN " + plainToken.toBase64());
        } else if (mechanisms.contains(u"LOGIN"_s)) {
            step = Step::AuthUser;
            send("AUTH LOGIN");
        } else {
            send("QUIT");
            finish(E::AuthUnavailable,
                   u"%1 offers neither AUTH PLAIN nor AUTH LOGIN (offered: %2)"_s.arg(
                       where, mechanisms.isEmpty() ? u"no AUTH at all"_s : mechanisms.join(u' ')));
        }
    };
    auto onReply = [&](int code) {
        const QString text = reply.join(u" | "_s);
        switch (step) {
        case Step::Greeting:
            if (code != 220)
                return finish(E::Protocol, u"%1 greeted with %2"_s.arg(where, text), text);
            step = tlsUp ? Step::Ehlo2 : Step::Ehlo;
            send("EHLO " + helo());
            return;
        case Step::Ehlo:
        case Step::Ehlo2:
            if (code != 250)
                return finish(E::Protocol, u"%1 answered EHLO with %2"_s.arg(where, text), text);
            ehlo.clear();
            for (qsizetype i = 1; i < reply.size(); ++i)
                ehlo << reply.at(i).mid(4).trimmed().toUpper();
            if (!tlsUp) {
                if (!ehlo.contains(u"STARTTLS"_s)) {
                    send("QUIT");
                    return finish(
                        E::TlsHandshake,
                        u"%1 does not offer STARTTLS: the password is not sent over plaintext"_s.arg(where));
                }
                step = Step::StartTls;
                send("STARTTLS");
                return;
            }
            return startAuth();
        case Step::StartTls:
            if (code != 220)
                return finish(E::TlsHandshake, u"%1 answered STARTTLS with %2"_s.arg(where, text), text);
            step = Step::Handshake;
            socket.startClientEncryption();
            return;
        case Step::AuthUser:
            if (code != 334)
                return finish(E::AuthRefused, u"%1 refused AUTH LOGIN: %2"_s.arg(where, text), text);
            step = Step::AuthPass;
            send(server.user.toUtf8().toBase64());
            return;
        case Step::AuthPass:
            if (code != 334)
                return finish(E::AuthRefused,
                              u"%1 refused the user name %2: %3"_s.arg(where, server.user, text), text);
            step = Step::Auth;
            send(server.password.toUtf8().toBase64());
            return;
        case Step::Auth:
            if (code != 235) {
                send("QUIT");
                return finish(E::AuthRefused,
                              u"%1 refused the login of %2 (wrong user name or password?): %3"_s.arg(
                                  where, server.user, text),
                              text);
            }
            return sendMailFrom();
        case Step::Mail:
            if (code != 250)
                return finish(E::SenderRefused,
                              u"%1 refused MAIL FROM:<%2>: %3"_s.arg(where, server.from, text), text);
            step = Step::Rcpt;
            send("RCPT TO:<" + recipients.at(rcpt).toUtf8() + ">");
            return;
        case Step::Rcpt:
            if (code != 250 && code != 251)
                r.refusedRecipients << recipients.at(rcpt);
            if (++rcpt < recipients.size()) {
                send("RCPT TO:<" + recipients.at(rcpt).toUtf8() + ">");
                return;
            }
            if (!r.refusedRecipients.isEmpty()) {
                send("QUIT");
                return finish(E::RecipientRefused,
                              u"%1 refused the recipient(s) %2: %3"_s.arg(
                                  where, r.refusedRecipients.join(u", "_s), text),
                              text);
            }
            step = Step::Data;
            send("DATA");
            return;
        case Step::Data:
            if (code != 354)
                return finish(E::MessageRefused, u"%1 answered DATA with %2"_s.arg(where, text), text);
            step = Step::Body;
            socket.write(dotStuffed(message));
            return;
        case Step::Body:
            if (code != 250)
                return finish(E::MessageRefused, u"%1 refused the message: %2"_s.arg(where, text), text);
            r.queueId = reply.join(u' ').mid(4).left(200);
            step = Step::Quit;
            send("QUIT");
            return finish(E::None);
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
    QObject::connect(&socket, &QAbstractSocket::connected, &loop, [&] {
        if (server.tls == SeedTlsMode::StartTls)
            step = Step::Greeting;
        else
            step = Step::Handshake;
    });
    QObject::connect(&socket, &QIODevice::readyRead, &loop, [&] {
        if (step == Step::Handshake || step == Step::Quit)
            return;
        buffer += socket.readAll();
        if (buffer.size() > maxReplyBytes)
            return finish(E::Protocol, u"%1: a reply longer than %2 bytes"_s.arg(where).arg(maxReplyBytes));
        qsizetype eol;
        while (!finished && (eol = buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(buffer.left(eol)).trimmed();
            buffer.remove(0, eol + 1);
            bool ok = false;
            const int code = line.left(3).toInt(&ok);
            if (!ok || line.size() < 3 || (line.size() > 3 && line.at(3) != u'-' && line.at(3) != u' '))
                return finish(E::Protocol, u"%1: not an SMTP reply: %2"_s.arg(where, line.left(200)));
            reply << line;
            if (line.size() > 3 && line.at(3) == u'-')
                continue;
            onReply(code);
            reply.clear();
        }
    });
    QObject::connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            certificateErrors << e.errorString();
    });
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        tlsUp = true;
        entry.tlsVersion = TlsSessionInfo::protocolName(socket.sessionProtocol());
        entry.cipher = socket.sessionCipher().name();
        for (const QSslCertificate& c : socket.peerCertificateChain())
            entry.chain << CertificateInfo::from(c);
        if (server.tls == SeedTlsMode::Implicit) {
            step = Step::Greeting;
        } else {
            step = Step::Ehlo2;
            send("EHLO " + helo());
        }
    });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        if (step == Step::Quit || finished)
            return;
        if (step == Step::Connecting) {
            if (e == QAbstractSocket::HostNotFoundError)
                return finish(E::HostNotFound, u"%1: the host name does not resolve"_s.arg(where));
            return finish(
                e == QAbstractSocket::ConnectionRefusedError ? E::Refused : E::Timeout,
                e == QAbstractSocket::ConnectionRefusedError
                    ? u"connection to %1 port %2 refused (nothing listens there)"_s.arg(address).arg(toPort)
                    : u"could not connect to %1 port %2: %3"_s.arg(address).arg(toPort).arg(
                          socket.errorString()));
        }
        if (step == Step::Handshake) {
            if (!certificateErrors.isEmpty())
                return finish(E::TlsCertificate, u"%1: the certificate is not accepted: %2 (give its CA with "
                                                 "caFile or --ca-file if it is a private one)"_s.arg(
                                                     where, certificateErrors.join(u"; "_s)));
            return finish(E::TlsHandshake,
                          u"%1: the TLS handshake failed: %2"_s.arg(where, socket.errorString()));
        }
        finish(E::Protocol,
               u"%1 closed the connection during the SMTP dialogue: %2"_s.arg(where, socket.errorString()));
    });

    if (recipients.isEmpty()) {
        finish(E::RecipientRefused, u"no recipient to send to"_s);
    } else if (m_options.offline) {
        finish(E::Refused, u"offline: no connection to %1 made"_s.arg(where));
    } else if (!m_cancelled) {
        timer.start(m_options.totalTimeoutMs);
        if (server.tls == SeedTlsMode::Implicit)
            socket.connectToHostEncrypted(address, toPort, server.host);
        else
            socket.connectToHost(address, toPort);
        if (!finished)
            loop.exec();
    }
    {
        QMutexLocker lock(&m_mutex);
        m_loop = nullptr;
    }
    if (m_cancelled && !finished)
        finish(E::Cancelled, u"cancelled"_s);
    if (timedOut && !finished) {
        const QString what = step == Step::Connecting ? u"no TCP connection to %1 within %2 ms"_s
                             : step == Step::Handshake
                                 ? u"%1: the TLS handshake did not finish within %2 ms"_s
                                 : u"%1: no reply within %2 ms"_s;
        finish(E::Timeout, what.arg(where).arg(m_options.totalTimeoutMs));
    }
    if (step == Step::Quit)
        socket.waitForBytesWritten(200);
    socket.abort();
    r.elapsedMs = clock.elapsed();
    entry.certificateErrors = certificateErrors;
    entry.outcome = r.ok() ? u"ok"_s : SmtpSubmitResult::errorName(r.error);
    entry.error = r.errorText;
    entry.elapsedMs = r.elapsedMs;
    if (m_log)
        m_log->append(entry);
    return r;
}
